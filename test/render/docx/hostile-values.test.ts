import { describe, expect, it } from 'vitest';
import { CRAFTSMAN_STUDIO, HOSTILE_STUDIO, LONG_NAME } from '../../fixtures/studios.js';
import { compileApplication, documentParagraphs, documentXml, renderApplication, tableRows } from './helpers.js';

const template = compileApplication();

describe('values that look like tags, XML or HTML', () => {
  const docx = renderApplication(HOSTILE_STUDIO, template);
  const paragraphs = documentParagraphs(docx);
  const text = paragraphs.join('\n');

  it('are printed literally, never read as tags', () => {
    expect(text).toContain('{specialty} {#members}{/members} ｛全角｝');
    expect(text).toContain('{leaderName}');
    expect(text).toContain('荣誉 {@raw}');
    expect(paragraphs).toContain('第一段写着 {studioName}，不应被替换。');
    expect(paragraphs).toContain('{/studioHonoursParagraphs}');
  });

  it('are printed literally, never read as markup', () => {
    expect(text).toContain('A & B <w:p> 公司');
    expect(text).toContain('</w:t></w:r></w:p><w:p><w:r><w:t>注入');
    expect(text).toContain('上海市 <script>alert(1)</script> 路');
    expect(text).toContain('"引号" \'单引号\' & 符号');
    expect(text).toContain('<w:br/>');
    expect(text).toContain('&amp;');
    expect(paragraphs).toContain('第二段有 <b>粗体</b> & 符号 🏭。');
  });

  it('leave the document structure exactly as for an ordinary studio with as many members', () => {
    const count = (xml: string, pattern: RegExp) => (xml.match(pattern) ?? []).length;
    const hostileXml = documentXml(docx);
    const ordinaryXml = documentXml(renderApplication({ ...CRAFTSMAN_STUDIO, members: CRAFTSMAN_STUDIO.members.slice(0, 4) }, template));
    for (const pattern of [/<w:tbl>/g, /<w:tr>/g, /<w:tc>/g]) expect(count(hostileXml, pattern)).toBe(count(ordinaryXml, pattern));
  });

  it('keep member names such as {name}, <w:p>, A & B and emoji in their own rows', () => {
    const members = (tableRows(docx)[1] ?? []).slice(2).map((cells) => cells[0]);
    expect(members).toEqual(['{name}', '<w:p>', 'A & B', '🏭王工']);
    expect((tableRows(docx)[1] ?? [])[3]?.[3]).toBe('</w:t>');
  });

  it('keep a 200-character name with an emoji whole', () => {
    expect([...LONG_NAME]).toHaveLength(200);
    expect(tableRows(docx)[0]?.[0]).toEqual(['工作室名称', LONG_NAME]);
  });
});
