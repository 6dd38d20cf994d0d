import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { buildShanghai2020ApplicationDocx } from '../../../scripts/templates/shanghai-2020-application.js';
import { paragraphTexts } from '../../../src/render/docx/paragraphs.js';
import { applicationForm, applicationTemplateBytes } from './helpers.js';

const zip = new PizZip(applicationTemplateBytes);
const part = (name: string) => zip.file(name)?.asText() ?? '';
const documentXml = part('word/document.xml');

describe('the committed Shanghai 2020 application.docx template', () => {
  it('is exactly what its generator script writes (rerun scripts/templates/build-shanghai-2020-application-docx.ts after editing it)', () => {
    const generated = buildShanghai2020ApplicationDocx(applicationForm);
    expect(Buffer.from(generated).equals(Buffer.from(applicationTemplateBytes))).toBe(true);
  });

  it('keeps every tag inside a single run, so Word and docxtemplater see the same tag', () => {
    const runTexts = [...documentXml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(([, text = '']) => text);
    for (const text of runTexts) {
      const opens = (text.match(/\{/g) ?? []).length;
      expect(opens, text).toBe((text.match(/\}/g) ?? []).length);
    }
  });

  it('starts with the attachment mark and the title broken after its parenthesis, as in the notice', () => {
    const paragraphs = paragraphTexts(documentXml);
    expect(paragraphs[0]).toBe('附件2');
    expect(paragraphs[1]).toBe('2020年度上海市工匠（技师、职工、巾帼）\n创新工作室申请表');
  });

  it('is an A4 portrait page with GB/T 9704 margins and a — n — page number', () => {
    expect(documentXml).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
    expect(documentXml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(part('word/footer1.xml')).toContain('<w:instrText xml:space="preserve"> PAGE </w:instrText>');
  });

  it('names the fonts offices have: 方正小标宋简体 title, 黑体 attachment mark, 宋体 labels, 仿宋_GB2312 values', () => {
    const styles = part('word/styles.xml');
    const eastAsiaFont = (styleId: string) => new RegExp(`w:styleId="${styleId}"[\\s\\S]*?w:eastAsia="([^"]+)"`).exec(styles)?.[1];
    expect(eastAsiaFont('FormTitle')).toBe('方正小标宋简体');
    expect(eastAsiaFont('AttachmentMark')).toBe('黑体');
    expect(eastAsiaFont('FormLabel')).toBe('宋体');
    expect(eastAsiaFont('FormValue')).toBe('仿宋_GB2312');
    expect(part('word/fontTable.xml')).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
  });

  it('lays every row of a table on the same six-column grid', () => {
    for (const [table = ''] of documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)) {
      expect(table).toContain('<w:tblLayout w:type="fixed"/>');
      for (const [row = ''] of table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)) {
        const spans = [...row.matchAll(/<w:tc><w:tcPr>[\s\S]*?<\/w:tcPr>/g)].map(([cell]) => Number(/w:gridSpan w:val="(\d+)"/.exec(cell)?.[1] ?? 1));
        expect(spans.reduce((sum, span) => sum + span, 0)).toBe(6);
      }
    }
  });
});
