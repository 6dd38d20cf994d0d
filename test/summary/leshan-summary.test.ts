import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkApplications, type CheckResult } from '../../src/jobs/check.js';
import { buildCityWorkbook, buildSummaryWorkbook, PIVOT_SHEET_NAME, summaryPageLayout } from '../../src/render/summary/index.js';
import { buildSummaryTables, cityStatistics, type SummaryTable } from '../../src/summary/index.js';
import { readWorkbook, sheetOf, withOpenpyxl } from '../render/xlsx/workbook-helpers.js';
import type { ValidationReport } from '../../src/validate/types.js';
import { importedReport, loadCampaignDefinition, validRecords } from './helpers.js';

/** 附件2 of 乐工经〔2020〕24号 as the seed notice prints it. */
const SEED_HEADINGS = [
  '序号',
  '创新工作室所属单位名称',
  '创新工作室名称',
  '创建时间',
  '姓名',
  '工作单位及职务',
  '是否荣获各级各类劳动模范(先进工作者)、工匠称号，若是，请注明何年获何种劳动模范称号',
  '联系电话',
  '创新工作室成员人数（人）',
  '工作场地面积（㎡）',
  '仪器设备（台/套）',
  '年均专项经费（万元）',
  '创新课题或攻关项目累计（项）',
  '创新成果数累计（项）',
  '专利数累计（项）',
  '创新成果转化应用节创经济效益累计（万元）',
];
const LEADER_GROUP = '创新工作室负责人（带头人）基本情况';
const WORK_GROUP = '创新工作室工作开展基本情况';

const leshan = loadCampaignDefinition('leshan-2020');
const summary = leshan.summaries[0]!;
const SAMPLE = fileURLToPath(new URL('../../data/leshan-2020/applications.xlsx', import.meta.url));

/** Per union, straight from the imported rows: rank order and the sums of the numeric columns. */
function independent(report: ValidationReport): Map<string, { ranks: number[]; names: string[]; sums: number[] }> {
  const byUnion = new Map<string, { ranks: number[]; names: string[]; sums: number[] }>();
  for (const checked of report.studios) {
    if (checked.blocked || !checked.studio) continue;
    const values = checked.draft.values;
    const number = (key: string) => Number(values[key] ?? 0);
    const union = String(values.recommender);
    const entry = byUnion.get(union) ?? { ranks: [], names: [], sums: [0, 0, 0, 0, 0, 0, 0, 0] };
    entry.ranks.push(number('recommendRank'));
    entry.names.push(String(values.studioName));
    const row = [
      checked.draft.members.length + 1,
      number('siteArea'),
      number('equipmentCount'),
      number('annualFunding') / 10000,
      number('projectsTotal'),
      number('achievementsTotal'),
      number('inventionPatents') + number('utilityPatents') + number('designPatents'),
      number('economicBenefit') / 10000,
    ];
    entry.sums = entry.sums.map((sum, index) => sum + (row[index] ?? 0));
    byUnion.set(union, entry);
  }
  return byUnion;
}

describe('Leshan 附件2 推荐汇总表 (one more definition, no new code)', () => {
  let check: CheckResult;
  let tables: SummaryTable[];
  let expected: ReturnType<typeof independent>;
  beforeAll(async () => {
    check = await checkApplications([{ name: 'applications.xlsx', bytes: readFileSync(SAMPLE) }], leshan);
    tables = buildSummaryTables(validRecords(check), leshan, summary);
    expected = independent(await importedReport(SAMPLE, leshan));
  });

  it('has the notice’s 16 columns under its two group headings, landscape', () => {
    expect(summary.attachment).toBe('附件2');
    expect(summary.columns.map((column) => column.header)).toEqual(SEED_HEADINGS);
    expect(summary.columns.slice(4, 8).every((column) => column.group === LEADER_GROUP)).toBe(true);
    expect(summary.columns.slice(8).every((column) => column.group === WORK_GROUP)).toBe(true);
    expect(summary.page).toEqual({ size: 'A4', landscape: true });
  });

  it('lists each union’s studios in its 推荐排序 order', () => {
    expect(tables.length).toBe(expected.size);
    for (const table of tables) {
      const own = expected.get(table.group)!;
      const byRank = own.names.map((name, index) => ({ name, rank: own.ranks[index] ?? 0 })).sort((a, b) => a.rank - b.rank).map((entry) => entry.name);
      expect(table.studios.map((studio) => studio.name), table.group).toEqual(byRank);
    }
    expect(tables.some((table) => table.studios.length > 1)).toBe(true);
  });

  it('totals the eight numeric columns as an independent sum does', () => {
    for (const table of tables) {
      const sums = table.totals?.slice(8).map((total) => (total.kind === 'sum' ? total.value : Number.NaN));
      const own = expected.get(table.group)!.sums;
      sums?.forEach((sum, index) => expect(sum, `${table.group} ${SEED_HEADINGS[8 + index]}`).toBeCloseTo(own[index] ?? 0, 6));
    }
  });

  it('writes the workbook with both heading rows, SUM formulas and their cached results', async () => {
    const table = tables.reduce((largest, candidate) => (candidate.studios.length > largest.studios.length ? candidate : largest));
    const bytes = await buildSummaryWorkbook(table, leshan, summaryPageLayout(summary, tables));
    const sheet = sheetOf(await readWorkbook(bytes), '推荐汇总表');
    expect(sheet.getCell('A1').value).toBe('附件2');
    expect(sheet.getCell('A3').value).toBe('推荐单位（盖章）：');
    expect(sheet.getCell('C3').value).toBe(table.group);
    expect(sheet.getCell('E4').value).toBe(LEADER_GROUP);
    expect(sheet.getCell('I4').value).toBe(WORK_GROUP);
    expect(SEED_HEADINGS.map((_, index) => sheet.getCell(index < 4 ? 4 : 5, index + 1).value)).toEqual(SEED_HEADINGS);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', printTitlesRow: '4:5' });
    const totalsRow = 6 + table.studios.length;
    expect(sheet.getCell(totalsRow, 1).value).toBe('合计');
    const own = expected.get(table.group)!.sums;
    for (let index = 0; index < 8; index += 1) {
      const column = String.fromCharCode(73 + index);
      const value = sheet.getCell(totalsRow, 9 + index).value as { formula: string; result: number };
      expect(value.formula).toBe(`SUM(${column}6:${column}${totalsRow - 1})`);
      expect(value.result).toBeCloseTo(own[index] ?? 0, 6);
    }
    const cached = withOpenpyxl<number[]>(bytes, `ws = openpyxl.load_workbook(path, data_only=True).active\nprint(json.dumps([ws.cell(row=${totalsRow}, column=c).value for c in range(9, 17)]))`);
    cached.forEach((value, index) => expect(value).toBeCloseTo(own[index] ?? 0, 6));
    expect(String(sheet.getCell(totalsRow + 1, 1).value)).toContain('填表要求');
  });

  it('leaves the non-public columns out of the city pivot (Leshan does not collect 单位性质) and sums the economic benefit', async () => {
    const city = cityStatistics(validRecords(check), leshan, summary);
    expect(city.nonPublicTracked).toBe(false);
    expect(city.funding).toBeUndefined();
    const workbook = await readWorkbook(await buildCityWorkbook(tables, city, leshan, { excluded: check.summary.blocked }));
    const pivot: ExcelJS.Worksheet = sheetOf(workbook, PIVOT_SHEET_NAME);
    const headings = Array.from({ length: pivot.columnCount }, (_, index) => pivot.getCell(4, index + 1).value);
    expect(headings.some((heading) => String(heading).includes('非公'))).toBe(false);
    expect(headings.some((heading) => String(heading).includes('资助'))).toBe(false);
    const benefit = headings.indexOf('节创经济效益累计（万元）') + 1;
    expect(benefit).toBeGreaterThan(0);
    const total = [...expected.values()].reduce((sum, union) => sum + (union.sums[7] ?? 0), 0);
    expect((pivot.getCell(5 + tables.length, benefit).value as { result: number }).result).toBeCloseTo(total, 6);
  });
});
