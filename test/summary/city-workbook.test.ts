import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCityWorkbook, NON_PUBLIC_MET, NON_PUBLIC_MISSED, PIVOT_SHEET_NAME } from '../../src/render/summary/index.js';
import { buildSummaryTables, cityStatistics } from '../../src/summary/index.js';
import { partXml, readWorkbook, sheetOf, withOpenpyxl } from '../render/xlsx/workbook-helpers.js';
import { countOf, independentCounts, sampleReport, sampleCheck, shanghai2020, shanghaiSummary, validRecords, type IndependentCounts } from './helpers.js';

/** Pivot layout: title, note, two heading rows, then one row per union. */
const FIRST = 5;
const TYPES = ['工匠', '技师', '职工', '巾帼'];
const FUNDING: Record<string, number> = { 工匠: 20000, 技师: 10000, 职工: 10000, 巾帼: 10000 };

function headingColumns(sheet: ExcelJS.Worksheet): Map<string, number> {
  const columns = new Map<string, number>();
  for (let column = 1; column <= sheet.columnCount; column += 1) {
    const heading = sheet.getCell(4, column).value;
    if (typeof heading === 'string' && !columns.has(heading)) columns.set(heading, column);
  }
  return columns;
}

describe('the city workbook (bundled sample)', () => {
  let bytes: Uint8Array;
  let workbook: ExcelJS.Workbook;
  let pivot: ExcelJS.Worksheet;
  let expected: IndependentCounts;
  let columns: Map<string, number>;
  beforeAll(async () => {
    const check = await sampleCheck();
    expected = independentCounts(await sampleReport());
    const studios = validRecords(check);
    const tables = buildSummaryTables(studios, shanghai2020, shanghaiSummary());
    bytes = await buildCityWorkbook(tables, cityStatistics(studios, shanghai2020, shanghaiSummary()), shanghai2020, { excluded: check.summary.blocked });
    workbook = await readWorkbook(bytes);
    pivot = sheetOf(workbook, PIVOT_SHEET_NAME);
    columns = headingColumns(pivot);
  });

  const column = (heading: string) => {
    const found = columns.get(heading);
    if (!found) throw new Error(`no column ${heading}; have ${[...columns.keys()].join(', ')}`);
    return found;
  };
  const cell = (row: number, heading: string) => pivot.getCell(row, column(heading));
  const unionRow = (union: string) => FIRST + expected.unions.indexOf(union);
  const totalsRow = () => FIRST + expected.unions.length;

  it('has the 汇总 pivot first, then one sheet per union in input order', () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([PIVOT_SHEET_NAME, ...expected.unions]);
    const xuhui = sheetOf(workbook, '徐汇区总工会');
    expect(xuhui.getCell('C3').value).toBe('徐汇区总工会');
  });

  it('counts studios per union and type as an independent count does', () => {
    for (const union of expected.unions) {
      expect(pivot.getCell(unionRow(union), 1).value).toBe(union);
      for (const type of TYPES) expect(cell(unionRow(union), type).value, `${union} ${type}`).toBe(countOf(expected.byUnion.get(union)!.types, type));
    }
  });

  it('totals rows and columns with SUM formulas whose cached results match the independent sums', () => {
    const row = FIRST;
    const lastType = String.fromCharCode(64 + column('巾帼'));
    expect(cell(row, '合计').value).toEqual({ formula: `SUM(B${row}:${lastType}${row})`, result: expected.byUnion.get(expected.unions[0]!)!.names.length });
    const totals = totalsRow();
    expect(pivot.getCell(totals, 1).value).toBe('合计');
    for (const type of TYPES) {
      const letter = String.fromCharCode(64 + column(type));
      const sum = expected.unions.reduce((total, union) => total + countOf(expected.byUnion.get(union)!.types, type), 0);
      expect(cell(totals, type).value).toEqual({ formula: `SUM(${letter}${FIRST}:${letter}${totals - 1})`, result: sum });
    }
    const all = expected.unions.reduce((total, union) => total + expected.byUnion.get(union)!.names.length, 0);
    expect((cell(totals, '合计').value as { result: number }).result).toBe(all);
  });

  it('flags 徐汇区总工会, and only it, as under the 50% non-public minimum', () => {
    const flagHeading = [...columns.keys()].find((heading) => heading.startsWith('是否达到'));
    expect(flagHeading).toBe('是否达到50%');
    for (const union of expected.unions) {
      const own = expected.byUnion.get(union)!;
      const row = unionRow(union);
      expect(cell(row, '非公企业数（个）').value).toBe(own.nonPublic);
      const share = cell(row, '占比').value as { formula: string; result: number };
      expect(share.result).toBeCloseTo(own.nonPublic / own.names.length, 10);
      const flag = cell(row, flagHeading!).value as { formula: string; result: string };
      expect(flag.result, union).toBe(union === '徐汇区总工会' ? NON_PUBLIC_MISSED : NON_PUBLIC_MET);
      expect(flag.formula).toMatch(/^IF\([A-Z]+\d+<\$B\$\d+,"未达到","达到"\)$/);
    }
    // The minimum the formula compares with is the campaign rule's, in the parameter block.
    const minimumRow = Number(/\$B\$(\d+)/.exec((cell(FIRST, flagHeading!).value as { formula: string }).formula)?.[1]);
    expect(pivot.getCell(minimumRow, 1).value).toBe('非公企业占比不低于');
    expect(pivot.getCell(minimumRow, 2).value).toBe(0.5);
    expect(partXml(bytes, 'xl/worksheets/sheet1.xml')).toMatch(/<conditionalFormatting sqref="[A-Z]+5:[A-Z]+14">/);
  });

  it('sums patents by kind per union', () => {
    for (const union of expected.unions) {
      const own = expected.byUnion.get(union)!;
      const row = unionRow(union);
      expect([cell(row, '发明专利（项）').value, cell(row, '实用新型（项）').value, cell(row, '外观设计（项）').value, cell(row, '专利合计（项）').value]).toEqual([
        own.invention,
        own.utility,
        own.design,
        own.invention + own.utility + own.design,
      ]);
    }
  });

  it('prices each union’s studios at the notice’s rates and 1:1 matching, with formulas over the rate cells', () => {
    for (const union of expected.unions) {
      const row = unionRow(union);
      const requested = expected.byUnion.get(union)!.types.reduce((sum, type) => sum + (FUNDING[type] ?? 0), 0);
      const value = cell(row, '申请资助（元）').value as { formula: string; result: number };
      expect(value.result).toBe(requested);
      expect(value.formula).toMatch(new RegExp(`^SUMPRODUCT\\(B${row}:E${row},\\$B\\$\\d+:\\$E\\$\\d+\\)$`));
      expect(cell(row, '区局配套（元）').value).toEqual({ formula: `${String.fromCharCode(64 + column('申请资助（元）'))}${row}*$B$${Number(/\$B\$(\d+)/.exec(value.formula)?.[1]) + 1}`, result: requested });
    }
    const ratesRow = Number(/\$B\$(\d+)/.exec((cell(FIRST, '申请资助（元）').value as { formula: string }).formula)?.[1]);
    expect([2, 3, 4, 5].map((at) => pivot.getCell(ratesRow, at).value)).toEqual([20000, 10000, 10000, 10000]);
    expect(pivot.getCell(ratesRow + 1, 2).value).toBe(1);
  });

  it('reads the same totals, shares and flags with openpyxl', () => {
    const read = withOpenpyxl<{ totals: (number | null)[]; formulas: (string | null)[]; flags: (string | null)[] }>(
      bytes,
      `ws = openpyxl.load_workbook(path)["${PIVOT_SHEET_NAME}"]
cached = openpyxl.load_workbook(path, data_only=True)["${PIVOT_SHEET_NAME}"]
totals = ${totalsRow()}
print(json.dumps({
  "totals": [cached.cell(row=totals, column=c).value for c in range(2, 7)],
  "formulas": [ws.cell(row=totals, column=c).value for c in range(2, 7)],
  "flags": [cached.cell(row=r, column=${column('是否达到50%')}).value for r in range(${FIRST}, totals)],
}))`,
    );
    const typeTotals = TYPES.map((type) => expected.unions.reduce((total, union) => total + countOf(expected.byUnion.get(union)!.types, type), 0));
    expect(read.totals).toEqual([...typeTotals, typeTotals.reduce((a, b) => a + b, 0)]);
    expect(read.formulas.every((formula) => formula?.startsWith('=SUM('))).toBe(true);
    expect(read.flags).toEqual(expected.unions.map((union) => (union === '徐汇区总工会' ? NON_PUBLIC_MISSED : NON_PUBLIC_MET)));
  });

  it('notes how many studios were left out, and repeats the headings when printed', () => {
    expect(String(pivot.getCell('A2').value)).toContain('另有 8 个工作室因申报数据有错误未计入');
    expect(pivot.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, printTitlesRow: '3:4' });
    expect(pivot.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 4 });
  });
});
