import { describe, expect, it } from 'vitest';
import { StudioDocsError } from '../../../src/core/errors.js';
import { formTemplateVocabulary } from '../../../src/render/docx/index.js';
import { MEMBER_ROW_KEYS, formViewKeys } from '../../../src/render/view.js';
import { CRAFTSMAN_STUDIO } from '../../fixtures/studios.js';
import { applicationTemplateBytes, campaign, compileApplication, documentParagraphs, renderApplication, withDocumentXml } from './helpers.js';

/** The application template with the 工作室名称 value cell's tag replaced by `runs` (raw run XML). */
function templateWithNameCell(runs: string): Uint8Array {
  return withDocumentXml(applicationTemplateBytes, (xml) => {
    const tagRun = '<w:r><w:t xml:space="preserve">{studioName}</w:t></w:r>';
    if (!xml.includes(tagRun)) throw new Error('the template no longer has a single-run {studioName}');
    return xml.replace(tagRun, runs);
  });
}

function textRun(text: string): string {
  return `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
}

function badTemplateError(bytes: Uint8Array): StudioDocsError {
  try {
    compileApplication(bytes);
  } catch (error) {
    if (error instanceof StudioDocsError) return error;
    throw error;
  }
  throw new Error('the template was accepted');
}

describe('checking a DOCX template when it is loaded', () => {
  it('accepts the committed Shanghai 2020 template and lists its tags', () => {
    const template = compileApplication();
    expect(template.tags).toContain('studioName');
    expect(template.tags).toContain('#members');
    for (const type of campaign.studioTypes) expect(template.tags).toContain(`box_studioType_${type.value}`);
  });

  it('rejects an unknown tag, naming it and quoting its paragraph', () => {
    const error = badTemplateError(templateWithNameCell(textRun('名称：{studioNam}')));
    expect(error.code).toBe('BAD_TEMPLATE');
    expect(error.message).toContain('未知标签 {studioNam}');
    expect(error.message).toContain('位于段落“名称：{studioNam}”');
  });

  it('suggests the right key when only the case differs', () => {
    const error = badTemplateError(templateWithNameCell(textRun('{StudioName}')));
    expect(error.message).toContain('未知标签 {StudioName}，是否应为 {studioName}？');
  });

  it('rejects full-width braces typed with a Chinese input method', () => {
    const error = badTemplateError(templateWithNameCell(textRun('｛studioName｝')));
    expect(error.code).toBe('BAD_TEMPLATE');
    expect(error.message).toContain('全角花括号“｛studioName｝”');
  });

  it('rejects a tag broken across two paragraphs', () => {
    const broken = `${textRun('{studio')}</w:p><w:p>${textRun('Name}')}`;
    const error = badTemplateError(templateWithNameCell(broken));
    expect(error.message).toContain('标签“{studio”与下一段的“Name}”被分在两个段落中');
    expect(error.message).toContain('位于段落“{studio”');
  });

  it('accepts a tag Word split over several runs of one paragraph, and renders it whole', () => {
    const split = `${textRun('{stu')}<w:r><w:rPr><w:b/></w:rPr><w:t>dioNa</w:t></w:r>${textRun('me}')}`;
    const template = compileApplication(templateWithNameCell(split));
    const paragraphs = documentParagraphs(renderApplication(CRAFTSMAN_STUDIO, template));
    expect(paragraphs).toContain(CRAFTSMAN_STUDIO.name);
  });

  it('rejects a tag that is never closed, quoting only the paragraph it starts in', () => {
    const error = badTemplateError(templateWithNameCell(textRun('名称 {studioName')));
    expect(error.message).toContain('标签“{studioName”没有闭合');
    expect(error.message).toContain('位于段落“名称 {studioName”');
  });

  it('rejects a closing brace without an opening one', () => {
    const error = badTemplateError(templateWithNameCell(textRun('名称 studioName}')));
    expect(error.message).toContain('前面缺少 {');
    expect(error.message).toContain('位于段落“名称 studioName}”');
  });

  it('rejects raw-XML tags, which would insert the data as markup', () => {
    const error = badTemplateError(templateWithNameCell(textRun('{@studioName}')));
    expect(error.message).toContain('不允许使用原始 XML 标签 {@studioName}');
  });

  it('rejects a loop that is never closed and a member key used outside the members loop', () => {
    const error = badTemplateError(templateWithNameCell(textRun('{#introParagraphs}{text}')));
    expect(error.message).toContain('循环 {#introParagraphs} 没有对应的结束标签 {/introParagraphs}');
    const outside = badTemplateError(templateWithNameCell(textRun('{qualification}')));
    expect(outside.message).toContain('未知标签 {qualification}');
  });

  it('reports every problem of a template in one error', () => {
    const error = badTemplateError(templateWithNameCell(textRun('{studioNam} ｛unit｝ {leaderNmae}')));
    expect(error.message).toContain('有 3 处标签问题');
    expect(error.message).toContain('{studioNam}');
    expect(error.message).toContain('{leaderNmae}');
    expect(error.message).toContain('｛unit｝');
  });

  it('rejects bytes that are not a DOCX file', () => {
    const error = badTemplateError(new TextEncoder().encode('这不是 Word 文件'));
    expect(error.code).toBe('BAD_TEMPLATE');
    expect(error.message).toContain('不是有效的 DOCX 文件');
  });
});

describe('the tag vocabulary of a campaign', () => {
  it('is the view keys outside loops and the item keys inside each loop', () => {
    const { allowedTags, loopTags } = formTemplateVocabulary(campaign);
    expect([...allowedTags].sort()).toEqual([...formViewKeys(campaign)].sort());
    expect([...(loopTags.members ?? [])].sort()).toEqual([...MEMBER_ROW_KEYS].sort());
    for (const key of ['introParagraphs', 'studioHonoursParagraphs', 'leaderHonoursParagraphs']) {
      expect([...(loopTags[key] ?? [])], key).toEqual(['text']);
    }
  });
});
