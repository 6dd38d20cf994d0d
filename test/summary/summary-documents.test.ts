import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PdfPrinter } from '../../src/io/browser.js';
import { assertFontsInstalled } from '../../src/io/fonts.js';
import { paragraphTexts } from '../../src/render/docx/paragraphs.js';
import { documentDate, FORM_FONT_FAMILIES } from '../../src/render/pdf/index.js';
import { renderSummaryDocx, renderSummaryPdfs, summaryPageLayout } from '../../src/render/summary/index.js';
import { buildSummaryTables, type SummaryTable } from '../../src/summary/index.js';
import { validateApplications, validStudios } from '../../src/validate/index.js';
import { draft } from '../fixtures/drafts.js';
import { compactPdfText, pdfPageCount } from '../fixtures/pdf-inspect.js';
import { RANKED, sampleCheck, shanghai2020, shanghaiSummary, validRecords } from './helpers.js';

function documentXml(docx: Uint8Array): string {
  return new PizZip(docx).file('word/document.xml')?.asText() ?? '';
}

function documentText(docx: Uint8Array): string {
  return paragraphTexts(documentXml(docx)).join('\n');
}

let tables: SummaryTable[];
let xuhui: SummaryTable;
let xuhuiIndex: number;

beforeAll(async () => {
  tables = buildSummaryTables(validRecords(await sampleCheck()), shanghai2020, shanghaiSummary());
  xuhuiIndex = tables.findIndex((table) => table.group === '徐汇区总工会');
  xuhui = tables[xuhuiIndex]!;
});

describe('附件1 as DOCX', () => {
  it('prints the union, every studio with its unit and leader, the type counts and the total', () => {
    const docx = renderSummaryDocx(tables, summaryPageLayout(shanghaiSummary(), tables))[xuhuiIndex]!;
    const text = documentText(docx);
    expect(text).toContain('附件1');
    expect(text).toContain('徐汇区总工会');
    for (const studio of xuhui.studios) {
      expect(text).toContain(studio.name);
      expect(text).toContain(studio.unit);
      expect(text).toContain(studio.leader.name);
    }
    expect(text).toContain(`共${xuhui.studios.length}个`);
    const counts = xuhui.header.rows.flatMap((row) => row.flatMap(({ content }) => (content.kind === 'count' ? [String(content.value)] : [])));
    const paragraphs = paragraphTexts(documentXml(docx));
    for (const count of counts) expect(paragraphs).toContain(count);
    expect(text).toContain('区局（产业）工会申报意见');
    expect(text).not.toMatch(/undefined|NaN|\{|\}/);
  });

  it('repeats the list’s heading rows on every page and keeps each studio on one row', () => {
    const xml = documentXml(renderSummaryDocx([xuhui], summaryPageLayout(shanghaiSummary(), [xuhui]))[0]!);
    const rows = xml.split('<w:tr>').slice(1);
    const headingRows = rows.filter((row) => row.includes('<w:tblHeader/>'));
    expect(headingRows.map((row) => paragraphTexts(`<w:tbl><w:tr>${row}</w:tbl>`).join('|'))).toEqual([
      '2020年度上海市工匠（技师、职工、巾帼）创新工作室申报汇总情况',
      '序号|工作室类型|工作室名称|申报单位|领衔人',
    ]);
    expect(rows.filter((row) => xuhui.studios.some((studio) => row.includes(studio.name)))).toHaveLength(xuhui.studios.length);
  });

  it('gives identical bytes for identical data', () => {
    const layout = summaryPageLayout(shanghaiSummary(), tables);
    const [first] = renderSummaryDocx(tables, layout);
    const [again] = renderSummaryDocx(tables, layout);
    expect(Buffer.from(first!).equals(Buffer.from(again!))).toBe(true);
  });

  it('prints values that look like tags or markup literally', () => {
    const drafts = [draft({ studioId: 'H1', studioName: '{#rows}<w:p>甲&乙</w:p>', unit: '=HYPERLINK("http://x")' })];
    const studios = validStudios(validateApplications({ inputs: [], studios: drafts, problems: [] }, shanghai2020)).map(({ studio }) => studio);
    const hostile = buildSummaryTables(studios, shanghai2020, shanghaiSummary());
    const docx = renderSummaryDocx(hostile, summaryPageLayout(shanghaiSummary(), hostile))[0]!;
    expect(documentXml(docx)).toContain('{#rows}&lt;w:p&gt;甲&amp;乙&lt;/w:p&gt;');
    expect(documentText(docx)).toContain('=HYPERLINK("http://x")');
  });

  it('lays grouped headings over two rows, merging the ungrouped headings down', () => {
    const studios = validStudios(validateApplications({ inputs: [], studios: [draft({ studioId: 'R1' })], problems: [] }, shanghai2020)).map(({ studio }) => studio);
    const ranked = buildSummaryTables(studios, shanghai2020, RANKED);
    const xml = documentXml(renderSummaryDocx(ranked, summaryPageLayout(RANKED, ranked))[0]!);
    expect(xml).toContain('w:orient="landscape"');
    expect(xml.match(/<w:vMerge w:val="restart"\/>/g)).toHaveLength(2);
    expect(xml.match(/<w:vMerge w:val="continue"\/>/g)).toHaveLength(2);
    const text = documentText(renderSummaryDocx(ranked, summaryPageLayout(RANKED, ranked))[0]!);
    expect(text).toContain('推荐单位（盖章）：');
    expect(text).toContain('负责人');
    expect(text).toContain('填表要求：申报的工作室数量超过1个的，请予排序。');
  });
});

describe('附件1 as PDF', () => {
  let printer: PdfPrinter;
  let pdfs: Uint8Array[];
  beforeAll(async () => {
    assertFontsInstalled(FORM_FONT_FAMILIES);
    printer = await PdfPrinter.launch();
    pdfs = await renderSummaryPdfs(printer, tables, summaryPageLayout(shanghaiSummary(), tables), documentDate(shanghai2020.noticeDate));
  });
  afterAll(async () => {
    await printer?.close();
  });

  it('prints one PDF per union', () => {
    expect(pdfs).toHaveLength(tables.length);
  });

  it('shows the union, each studio, the counts and the total, on one A4 page', () => {
    const pdf = pdfs[xuhuiIndex]!;
    const text = compactPdfText(pdf);
    expect(text).toContain('徐汇区总工会');
    expect(text).toContain('推荐申报汇总表');
    for (const studio of xuhui.studios) {
      expect(text).toContain(studio.name);
      expect(text).toContain(studio.leader.name);
    }
    expect(text).toContain(`共${xuhui.studios.length}个`);
    expect(text).toContain('区局（产业）工会申报意见');
    expect(pdfPageCount(pdf)).toBe(1);
  });

  it('keeps every union’s studios in its own file', () => {
    tables.forEach((table, index) => {
      const text = compactPdfText(pdfs[index]!);
      expect(text).toContain(table.group);
      for (const other of tables) {
        if (other === table) continue;
        for (const studio of other.studios) expect(text).not.toContain(studio.name);
      }
    });
  });
});
