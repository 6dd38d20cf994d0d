import { execFileSync } from 'node:child_process';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { buildLeshan2020ApprovalDocx } from '../../../scripts/templates/leshan-2020-approval.js';
import { buildLeshan2020MaterialDocx, MATERIAL_OUTLINE } from '../../../scripts/templates/leshan-2020-material.js';
import { compileDocxTemplate, formTemplateVocabulary, renderDocx } from '../../../src/render/docx/index.js';
import { paragraphTexts } from '../../../src/render/docx/paragraphs.js';
import { buildFormView } from '../../../src/render/view.js';
import { convertWithLibreOffice, withTempDir } from '../../render/docx/helpers.js';
import { asset, chapterText, compact, formOf, KNOWN_TEAM_SENTENCES, leshan, leshanDraft, MATERIAL_FIELDS, validLeshanStudio } from './leshan-fixtures.js';

const approvalForm = formOf('approval');
const materialForm = formOf('material');
const vocabulary = formTemplateVocabulary(leshan);
const approvalTemplate = compileDocxTemplate(asset(approvalForm.docx), { name: 'approval.docx', ...vocabulary });
const materialTemplate = compileDocxTemplate(asset(materialForm.docx), { name: 'material.docx', ...vocabulary });

const studio = validLeshanStudio();
const approvalDocx = renderDocx(approvalTemplate, buildFormView(studio, leshan, approvalForm));
const materialDocx = renderDocx(materialTemplate, buildFormView(studio, leshan, materialForm));

function documentXml(docx: Uint8Array): string {
  const entry = new PizZip(docx).file('word/document.xml');
  if (!entry) throw new Error('no word/document.xml');
  return entry.asText();
}

/** Each table as rows of cell texts (a cell's paragraphs joined with a newline). */
function tables(docx: Uint8Array): string[][][] {
  return [...documentXml(docx).matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map(([, tableXml = '']) =>
    [...tableXml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([rowXml]) =>
      [...rowXml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([, cellXml = '']) => paragraphTexts(cellXml).join('\n')),
    ),
  );
}

describe('the committed Leshan 2020 DOCX templates', () => {
  it('are exactly what their generator writes (rerun scripts/templates/build-leshan-2020-docx.ts after editing it)', () => {
    expect(Buffer.from(buildLeshan2020ApprovalDocx(approvalForm)).equals(Buffer.from(asset(approvalForm.docx)))).toBe(true);
    expect(Buffer.from(buildLeshan2020MaterialDocx(materialForm)).equals(Buffer.from(asset(materialForm.docx)))).toBe(true);
  });

  it('are A4 pages with GB/T 9704 margins that name the fonts offices have', () => {
    for (const bytes of [asset(approvalForm.docx), asset(materialForm.docx)]) {
      const xml = documentXml(bytes);
      expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
      expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    }
    const styles = new PizZip(asset(materialForm.docx)).file('word/styles.xml')?.asText() ?? '';
    const eastAsiaFont = (styleId: string) => new RegExp(`w:styleId="${styleId}"[\\s\\S]*?w:eastAsia="([^"]+)"`).exec(styles)?.[1];
    expect([eastAsiaFont('MaterialHeading1'), eastAsiaFont('MaterialHeading2'), eastAsiaFont('MaterialBody'), eastAsiaFont('MaterialTitle')]).toEqual(['黑体', '楷体_GB2312', '仿宋_GB2312', '方正小标宋简体']);
  });
});

describe('附件1 推荐审批表 rendered for a studio of a leader and six members', () => {
  const [sideOne = [], sideTwo = []] = tables(approvalDocx);
  const rowStarting = (rows: string[][], label: string) => rows.find((cells) => cells.some((cell) => cell === label)) ?? [];

  it('starts with the attachment mark and the title of the notice', () => {
    expect(paragraphTexts(documentXml(approvalDocx)).slice(0, 2)).toEqual(['附件1', '乐山市劳模和工匠人才创新工作室推荐审批表']);
  });

  it('fills every row of the leader’s details, in the notice’s order', () => {
    expect(sideOne[0]).toEqual(['创新工作室名称', '乐山嘉州精工机械有限公司张建华劳模和工匠人才创新工作室', '创建时间', '2015年3月']);
    expect(sideOne[1]).toEqual(['创新工作室所属单位名称', '乐山嘉州精工机械有限公司']);
    expect(sideOne[2]).toEqual(['创新工作室负责人（带头人）基本情况', '姓名', '张建华', '工作单位及职务', '乐山嘉州精工机械有限公司 数控车间主任']);
    expect(sideOne[3]).toEqual(['', '性别', '男', '出生年月', '1970年5月', '籍贯', '四川乐山']);
    expect(sideOne[4]).toEqual(['', '民族', '汉族', '政治面貌', '中共党员', '学历', '本科']);
    expect(sideOne[5]).toEqual(['', '职称', '高级工程师', '技术等级', '高级技师']);
    expect(sideOne[6]).toEqual(['', '是否荣获过劳模和工匠称号', '是', '何时获何种劳模称号', '2018年乐山市劳动模范\n2019年“乐山工匠”']);
  });

  it('computes the team sentences from the leader and the members: 7 people, 4 men, 4 party members, average age 38.6', () => {
    const sentences = sideOne.slice(7, 11).map((cells) => compact(cells[cells.length - 1] ?? ''));
    expect(sentences).toEqual([KNOWN_TEAM_SENTENCES.team, KNOWN_TEAM_SENTENCES.degrees, KNOWN_TEAM_SENTENCES.qualifications, KNOWN_TEAM_SENTENCES.conditions]);
    expect(sideOne[7]?.[0]).toBe('创新工作室基本情况');
  });

  it('underlines each filled-in number as the blank it fills', () => {
    expect(documentXml(approvalDocx)).toMatch(/<w:rStyle w:val="FormFill"\/><\/w:rPr><w:t xml:space="preserve"> 38\.6 <\/w:t>/);
  });

  it('lists the awards by level with their total, then each award on its own line', () => {
    const awards = rowStarting(sideOne, '创新工作室获奖情况');
    expect(compact(awards[1] ?? '').startsWith(KNOWN_TEAM_SENTENCES.awards)).toBe(true);
    expect(awards[1]?.split('\n').slice(1)).toEqual(['2019年全国职工优秀技术创新成果奖', '2018年四川省职工优秀技术创新成果三等奖']);
  });

  it('puts the summary, the three opinion boxes and the notes on the second side, after a page break', () => {
    const xml = documentXml(approvalDocx);
    expect(xml.indexOf('<w:pageBreakBefore/>')).toBeGreaterThan(xml.indexOf('创新工作室获奖情况'));
    expect(xml.indexOf('<w:pageBreakBefore/>')).toBeLessThan(xml.indexOf('创新工作室简介及主要先进事迹（600字以内）'));
    expect(sideTwo[0]?.[0]?.split('\n')).toEqual(['创新工作室简介及主要先进事迹（600字以内）', ...studio.intro!.split('\n')]);
    expect(sideTwo[1]).toEqual(['所在单位工会意见', '年　　月　　日', '县（市、区）总工会意见', '年　　月　　日']);
    expect(sideTwo[2]).toEqual(['乐山市总工会意见', '年　　月　　日']);
    const paragraphs = paragraphTexts(xml);
    expect(paragraphs.slice(-3)).toEqual([
      '填表说明：',
      '1.创新工作室名称统一为：单位+劳模姓名。如：xx公司张三劳模和工匠人才创新工作室。',
      '2.此表打印填写，禁止手工填写；A4纸双面印制，不加页或另附纸张，并以纸质件（一式2份）和电子文档方式一并报送。',
    ]);
  });

  it('leaves no tag and no sign of a missing value', () => {
    const text = paragraphTexts(documentXml(approvalDocx)).join('\n');
    for (const leftover of ['undefined', 'null', 'NaN', '[object Object]', '{', '}']) expect(text).not.toContain(leftover);
  });

  it('prints on one sheet, both sides, when LibreOffice lays it out, with the computed numbers intact', () => {
    withTempDir((dir) => {
      const pdf = convertWithLibreOffice(approvalDocx, dir, 'approval');
      // Content-stream order keeps a cell's lines together; -layout would interleave the vertical group labels.
      const text = compact(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
      expect(text.match(/—\d+—/g)).toEqual(['—1—', '—2—']);
      for (const sentence of [KNOWN_TEAM_SENTENCES.team, KNOWN_TEAM_SENTENCES.degrees, KNOWN_TEAM_SENTENCES.qualifications]) expect(text).toContain(sentence);
      expect(text).toContain('乐山市总工会意见');
    });
  });
});

describe('附件3 申报材料 rendered from the eight narrative fields', () => {
  const paragraphs = paragraphTexts(documentXml(materialDocx)).filter((text) => text !== '');

  it('prints the title, then the studio and its unit instead of the outline’s instructions', () => {
    expect(paragraphs.slice(0, 4)).toEqual(['附件3', '乐山市劳模和工匠人才创新工作室申报材料', '乐山嘉州精工机械有限公司张建华劳模和工匠人才创新工作室', '所属单位：乐山嘉州精工机械有限公司']);
    const text = paragraphs.join('\n');
    for (const instruction of ['参考提纲', '字数要求', '工作室建立的背景及意义', '管理制度、活动制度']) expect(text).not.toContain(instruction);
  });

  it('gives the chapters in the outline’s order, each heading followed by its own paragraphs', () => {
    const expected = MATERIAL_OUTLINE.flatMap((chapter) => [chapter.heading, ...(chapter.field ? chapterText(chapter.field as (typeof MATERIAL_FIELDS)[number]).split('\n') : [])]);
    expect(paragraphs.slice(4)).toEqual(expected);
    expect(MATERIAL_OUTLINE.map((chapter) => chapter.heading)).toEqual([
      '一、基本情况', '二、近两年工作情况', '（一）制度建立情况', '（二）日常运作情况', '（三）分工协作情况',
      '三、近两年主要成效', '（一）创新成果情况', '（二）技能人才培养情况', '（三）取得效益情况', '（四）开展技术交流协作情况',
    ]);
    expect(MATERIAL_OUTLINE.flatMap((chapter) => (chapter.field ? [chapter.field] : []))).toEqual([...MATERIAL_FIELDS]);
  });

  it('sets 一、 headings in the 黑体 style and （一） headings in the 楷体 style', () => {
    const xml = documentXml(materialDocx);
    const styleOf = (heading: string) => new RegExp(`<w:pStyle w:val="(\\w+)"/>(?:(?!<w:p[ >]).)*?${heading.replace(/[（）]/g, '.')}`).exec(xml)?.[1];
    expect(styleOf('一、基本情况')).toBe('MaterialHeading1');
    expect(styleOf('（四）开展技术交流协作情况')).toBe('MaterialHeading2');
  });

  it('renders a chapter written as one line as one paragraph', () => {
    const docx = renderDocx(materialTemplate, buildFormView(validLeshanStudio(leshanDraft({ materialExchange: `${'交流协作情况良好。'.repeat(40)}` })), leshan, materialForm));
    const texts = paragraphTexts(documentXml(docx)).filter((text) => text !== '');
    expect(texts.slice(texts.indexOf('（四）开展技术交流协作情况') + 1)).toEqual(['交流协作情况良好。'.repeat(40)]);
  });
});
