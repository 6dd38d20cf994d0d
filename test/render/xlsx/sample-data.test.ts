import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readWorkbook, sheetOf } from './workbook-helpers.js';

const DATA = fileURLToPath(new URL('../../../data/shanghai-2020/', import.meta.url));
const path = (name: string) => `${DATA}${name}`;

function csvColumn(text: string, header: string): string[] {
  const records = parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  return records.map((record) => record[header] ?? '');
}

async function sheetColumn(sheetName: string, header: string): Promise<string[]> {
  const sheet = sheetOf(await readWorkbook(readFileSync(path('applications.xlsx'))), sheetName);
  const headers = (sheet.getRow(2).values as unknown[]).map(String);
  const index = headers.indexOf(header);
  if (index < 0) throw new Error(`no column ${header}`);
  const values: string[] = [];
  for (let row = 3; row <= sheet.rowCount; row += 1) values.push(String(sheet.getRow(row).getCell(index).value ?? ''));
  return values;
}

describe('bundled Shanghai 2020 sample', () => {
  it('ships a workbook and a GBK CSV pair', () => {
    for (const name of ['applications.xlsx', 'studios.gbk.csv', 'members.gbk.csv']) expect(existsSync(path(name)), name).toBe(true);
    // GBK, not UTF-8: strict UTF-8 decoding must fail on the Chinese header.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path('studios.gbk.csv')))).toThrow();
  });

  it('holds the same studios and members in the workbook and in the CSV files', async () => {
    const studiosCsv = new TextDecoder('gb18030').decode(readFileSync(path('studios.gbk.csv')));
    const membersCsv = new TextDecoder('gb18030').decode(readFileSync(path('members.gbk.csv')));
    const studioNames = await sheetColumn('工作室', '工作室名称');
    expect(studioNames.length).toBeGreaterThanOrEqual(44);
    expect(csvColumn(studiosCsv, '工作室名称')).toEqual(studioNames);
    expect(csvColumn(membersCsv, '姓名')).toEqual(await sheetColumn('成员', '姓名'));
    expect(csvColumn(membersCsv, '所属工作室')).toEqual(await sheetColumn('成员', '所属工作室'));
  });

  it('covers every studio type and at least eight recommending unions', async () => {
    expect(new Set(await sheetColumn('工作室', '申报类型'))).toEqual(new Set(['工匠', '技师', '职工', '巾帼']));
    expect(new Set(await sheetColumn('工作室', '区局（产业）工会')).size).toBeGreaterThanOrEqual(8);
  });

  it('puts the summary title above the header, as office files do', async () => {
    const workbook = await readWorkbook(readFileSync(path('applications.xlsx')));
    expect(sheetOf(workbook, '工作室').getCell('A1').value).toBe('2020年度上海市工匠（技师、职工、巾帼）创新工作室申报汇总');
    expect(sheetOf(workbook, '工作室').getCell('A2').value).toBe('序号');
  });
});
