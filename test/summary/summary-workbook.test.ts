import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSummaryWorkbook } from '../../src/render/summary/index.js';
import { buildSummaryTables, type SummaryTable } from '../../src/summary/index.js';
import { validateApplications, validStudios } from '../../src/validate/index.js';
import { displayWidth } from '../../src/render/xlsx/text-width.js';
import { draft } from '../fixtures/drafts.js';
import { partXml, readWorkbook, withOpenpyxl } from '../render/xlsx/workbook-helpers.js';
import { countOf, independentCounts, sampleCheck, sampleReport, shanghai2020, shanghaiSummary, validRecords } from './helpers.js';

/** Rows of the 附件1 sheet as laid out: attachment, title, 7 header rows, list title, headings, then the list. */
const HEADING_ROW = 11;
const FIRST_DATA_ROW = 12;

function onlySheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const [sheet] = workbook.worksheets;
  if (!sheet || workbook.worksheets.length !== 1) throw new Error('expected one sheet');
  return sheet;
}

function findRow(sheet: ExcelJS.Worksheet, firstCell: string): number {
  for (let row = 1; row <= sheet.rowCount; row += 1) if (sheet.getCell(row, 1).value === firstCell) return row;
  throw new Error(`no row starting with ${firstCell}`);
}

describe('a union’s 附件1 workbook (徐汇区总工会, bundled sample)', () => {
  let table: SummaryTable;
  let bytes: Uint8Array;
  let sheet: ExcelJS.Worksheet;
  let own: ReturnType<typeof independentCounts>['byUnion'] extends Map<string, infer V> ? V : never;
  beforeAll(async () => {
    const check = await sampleCheck();
    table = buildSummaryTables(validRecords(check), shanghai2020, shanghaiSummary()).find((candidate) => candidate.group === '徐汇区总工会')!;
    own = independentCounts(await sampleReport()).byUnion.get('徐汇区总工会')!;
    bytes = await buildSummaryWorkbook(table, shanghai2020);
    sheet = onlySheet(await readWorkbook(bytes));
  });

  it('prints the attachment mark, the title and the union’s name as the notice lays them out', () => {
    expect(sheet.getCell('A1').value).toBe('附件1');
    expect(sheet.getCell('A2').value).toBe('2020年度上海市工匠（技师、职工、巾帼）创新工作室推荐申报汇总表');
    expect(sheet.getCell('A3').value).toBe('区局（产业）工会名称');
    expect(sheet.getCell('C3').value).toBe('徐汇区总工会');
    expect(sheet.getCell('A10').value).toBe('2020年度上海市工匠（技师、职工、巾帼）创新工作室申报汇总情况');
    expect([1, 2, 3, 4, 5].map((column) => sheet.getCell(HEADING_ROW, column).value)).toEqual(['序号', '工作室类型', '工作室名称', '申报单位', '领衔人']);
  });

  it('lists every valid studio of the union, each with its unit and leader', () => {
    const names = own.names.map((_, index) => sheet.getCell(FIRST_DATA_ROW + index, 3).value);
    expect([...names].sort()).toEqual([...own.names].sort());
    table.studios.forEach((studio, index) => {
      const row = sheet.getRow(FIRST_DATA_ROW + index);
      expect(row.getCell(1).value).toBe(index + 1);
      expect(row.getCell(2).value).toBe(studio.type);
      expect(row.getCell(4).value).toBe(studio.unit);
      expect(row.getCell(5).value).toBe(studio.leader.name);
    });
  });

  it('counts each type with COUNTIF over the list, the cached result matching an independent count', () => {
    const last = FIRST_DATA_ROW + own.names.length - 1;
    ['工匠', '技师', '职工', '巾帼'].forEach((type, index) => {
      const cell = sheet.getCell(6 + index, 5);
      expect(sheet.getCell(6 + index, 1).value).toBe(`本地区、本系统${type}创新工作室创建数`);
      const formula = `COUNTIF(B${FIRST_DATA_ROW}:B${last},"${type}")`;
      // exceljs's reader drops a cached result of 0, so the stored value is read from the sheet XML.
      expect((cell.value as { formula: string }).formula).toBe(formula);
      const stored = new RegExp(`<c r="E${6 + index}"[^>]*><f>${formula.replace(/"/g, '&quot;').replace(/[()]/g, '\\$&')}</f><v>(\\d+)</v></c>`).exec(partXml(bytes, 'xl/worksheets/sheet1.xml'));
      expect(Number(stored?.[1])).toBe(countOf(own.types, type));
      // The district's own creation count is not in the applications: a blank box beside its label.
      expect(sheet.getCell(6 + index, 3).value).toBeNull();
    });
  });

  it('totals the list with COUNTA and leaves a signature box', () => {
    const totals = findRow(sheet, '合计');
    expect(totals).toBe(FIRST_DATA_ROW + own.names.length);
    expect(sheet.getCell(totals, 3).value).toEqual({ formula: `COUNTA(C${FIRST_DATA_ROW}:C${totals - 1})`, result: own.names.length });
    expect(sheet.getCell(totals, 3).numFmt).toBe('"共"0"个"');
    const opinion = findRow(sheet, '区局（产业）工会申报意见');
    expect(String(sheet.getCell(opinion, 3).value)).toMatch(/^盖章：\s+年\s+月\s+日$/);
    expect(sheet.getRow(opinion).height).toBeGreaterThan(60);
  });

  it('freezes the rows down to the headings, repeats them on every printed page and fits A4 width', () => {
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADING_ROW });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${HEADING_ROW}:${HEADING_ROW}` });
  });

  it('makes each list column wide enough for its longest Chinese text', () => {
    for (const column of [3, 4]) {
      const longest = Math.max(...table.studios.map((studio) => displayWidth(column === 3 ? studio.name : studio.unit)));
      expect(sheet.getColumn(column).width ?? 0).toBeGreaterThanOrEqual(longest);
    }
  });

  it('reads the same formulas and cached values with openpyxl', () => {
    const read = withOpenpyxl<{ formulas: (string | null)[]; cached: (number | null)[]; total: [string, number]; name: string }>(
      bytes,
      `wb = openpyxl.load_workbook(path)
ws = wb.active
cached = openpyxl.load_workbook(path, data_only=True).active
total_row = ${FIRST_DATA_ROW} + ${own.names.length}
print(json.dumps({
  "formulas": [ws.cell(row=r, column=5).value for r in range(6, 10)],
  "cached": [cached.cell(row=r, column=5).value for r in range(6, 10)],
  "total": [ws.cell(row=total_row, column=3).value, cached.cell(row=total_row, column=3).value],
  "name": ws["C3"].value,
}))`,
    );
    expect(read.formulas.every((formula) => formula?.startsWith('=COUNTIF(B12:'))).toBe(true);
    expect(read.cached).toEqual(['工匠', '技师', '职工', '巾帼'].map((type) => countOf(own.types, type)));
    expect(read.total).toEqual([`=COUNTA(C${FIRST_DATA_ROW}:C${FIRST_DATA_ROW + own.names.length - 1})`, own.names.length]);
    expect(read.name).toBe('徐汇区总工会');
  });

  it('gives identical bytes for identical data', async () => {
    expect(Buffer.from(await buildSummaryWorkbook(table, shanghai2020)).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('formula injection in a summary workbook', () => {
  const hostile = '=HYPERLINK("http://x")';
  let bytes: Uint8Array;
  beforeAll(async () => {
    const drafts = [draft({ studioId: 'X1', studioName: hostile, unit: '+SUM(1,2)' }), draft({ studioId: 'X2', studioName: '@cmd', unit: '-2+3' })];
    const studios = validStudios(validateApplications({ inputs: [], studios: drafts, problems: [] }, shanghai2020)).map(({ studio }) => studio);
    expect(studios).toHaveLength(2);
    const [table] = buildSummaryTables(studios, shanghai2020, shanghaiSummary());
    bytes = await buildSummaryWorkbook(table!, shanghai2020);
  });

  it('stores a studio named =HYPERLINK("http://x") as a text cell, not a formula', async () => {
    const sheet = onlySheet(await readWorkbook(bytes));
    const names = [sheet.getCell(FIRST_DATA_ROW, 3), sheet.getCell(FIRST_DATA_ROW + 1, 3)];
    expect(names.map((cell) => cell.value)).toEqual([hostile, '@cmd']);
    expect(names.map((cell) => cell.type)).toEqual([3, 3]); // ExcelJS.ValueType.String
    expect(sheet.getCell(FIRST_DATA_ROW, 4).value).toBe('+SUM(1,2)');
    // Text format: re-typing the cell in Excel keeps it text.
    expect(names.map((cell) => cell.numFmt)).toEqual(['@', '@']);
    const xml = partXml(bytes, 'xl/worksheets/sheet1.xml');
    expect(xml).not.toContain('HYPERLINK');
    expect(xml).not.toMatch(/<f>[^<]*SUM\(1,2\)/);
  });

  it('is read back by openpyxl as a string', () => {
    const read = withOpenpyxl<{ value: string; type: string }>(
      bytes,
      `ws = openpyxl.load_workbook(path).active
cell = ws.cell(row=${FIRST_DATA_ROW}, column=3)
print(json.dumps({"value": cell.value, "type": cell.data_type}))`,
    );
    expect(read).toEqual({ value: hostile, type: 's' });
  });
});
