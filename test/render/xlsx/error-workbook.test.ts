import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/core/problem.js';
import type { InputFile, InputFileInfo } from '../../../src/import/types.js';
import { buildErrorWorkbook, type ErrorWorkbookInput } from '../../../src/render/xlsx/error-workbook.js';
import { PROBLEM_LIST_COLUMNS, SEVERITY_FILLS } from '../../../src/render/xlsx/problem-list-sheet.js';
import { partXml, readWorkbook, sheetOf, withOpenpyxl } from './workbook-helpers.js';

const RED = SEVERITY_FILLS.error;
const YELLOW = SEVERITY_FILLS.warning;

/** An office-style input: a title row, the header on row 2, two studios sharing one cell style. */
async function officeWorkbook(extraSheets: string[] = []): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('工作室');
  sheet.getCell('A1').value = '2020年度创新工作室申报汇总';
  sheet.mergeCells('A1:D1');
  sheet.getRow(2).values = ['工作室名称', '领衔人姓名', '申报类型', '联系电话'];
  sheet.getRow(2).font = { bold: true };
  sheet.getRow(3).values = ['张建国工匠创新工作室', '张建国', '工匠', '13800138000'];
  sheet.getRow(4).values = ['李红巾帼创新工作室', '李红', '巾帼', ''];
  const shared: Partial<ExcelJS.Style> = { font: { name: '宋体', size: 11 }, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } } };
  for (const address of ['B3', 'C3', 'B4', 'C4']) sheet.getCell(address).style = shared;
  sheet.getCell('C4').note = '由区工会补填';
  const members = workbook.addWorksheet('成员');
  members.getRow(1).values = ['所属工作室', '姓名', '性别'];
  members.getRow(2).values = ['张建国工匠创新工作室', '王伟', '男'];
  for (const name of extraSheets) workbook.addWorksheet(name).getCell('A1').value = '旧内容';
  workbook.created = new Date('2020-11-01T08:00:00Z');
  workbook.modified = new Date('2020-11-02T09:30:00Z');
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function xlsxInput(name: string, bytes: Uint8Array): ErrorWorkbookInput {
  const file: InputFile = { name, bytes };
  const info: InputFileInfo = {
    name,
    format: 'xlsx',
    sha256: createHash('sha256').update(bytes).digest('hex'),
    sheets: [
      { name: '工作室', level: 'studio', headerRow: 2, rows: 2 },
      { name: '成员', level: 'member', headerRow: 1, rows: 1 },
    ],
  };
  return { file, info };
}

function csvInput(name: string, bytes: Uint8Array, encoding: InputFileInfo['encoding'] = 'gb18030'): ErrorWorkbookInput {
  return {
    file: { name, bytes },
    info: { name, format: 'csv', encoding, sha256: createHash('sha256').update(bytes).digest('hex'), sheets: [{ name, level: 'studio', headerRow: 1, rows: 2 }] },
  };
}

function problem(fields: Partial<Problem> & Pick<Problem, 'code' | 'message'>): Problem {
  return { file: '申报.xlsx', severity: 'error', ...fields };
}

const XLSX_PROBLEMS: Problem[] = [
  problem({ sheet: '工作室', row: 3, column: 'B', header: '领衔人姓名', studio: '张建国工匠创新工作室', value: '张建国', code: 'LEADER_HONOUR_MISSING', message: '工匠创新工作室领衔人应为“上海工匠”' }),
  problem({ sheet: '工作室', row: 3, column: 'B', header: '领衔人姓名', studio: '张建国工匠创新工作室', value: '张建国', code: 'LEADER_AGE', message: '领衔人年龄超过60岁', severity: 'warning' }),
  problem({ sheet: '工作室', row: 4, column: 'D', header: '联系电话', studio: '李红巾帼创新工作室', code: 'REQUIRED', message: '“联系电话”必须填写' }),
  problem({ sheet: '工作室', row: 4, column: 'C', header: '申报类型', studio: '李红巾帼创新工作室', value: '巾帼', code: 'FEMALE_SHARE_LOW', message: '女职工占比不足50%', severity: 'warning' }),
  problem({ sheet: '工作室', row: 4, studio: '李红巾帼创新工作室', code: 'TEAM_TOO_SMALL', message: '团队人数4人（含领衔人），少于5人' }),
  problem({ sheet: '成员', row: 2, column: 'A', header: '所属工作室', value: '=1+1', code: 'ORPHAN_MEMBER', message: '找不到名为“=1+1”的工作室' }),
  problem({ code: 'NON_PUBLIC_SHARE_LOW', message: '徐汇区总工会推荐的4个工作室中非公企业1个，占25%，低于50%', severity: 'warning', value: '1/4' }),
];

function fillOf(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill;
  return fill?.type === 'pattern' ? fill.fgColor?.argb : undefined;
}

function noteOf(cell: ExcelJS.Cell): string {
  const note = cell.note;
  if (!note) return '';
  return typeof note === 'string' ? note : (note.texts ?? []).map((part) => part.text).join('');
}

describe('error workbook', () => {
  it('fills the problem cells of an xlsx copy red or yellow and notes every message on them', async () => {
    const bytes = await buildErrorWorkbook([xlsxInput('申报.xlsx', await officeWorkbook())], XLSX_PROBLEMS);
    const sheet = sheetOf(await readWorkbook(bytes), '工作室');

    expect(fillOf(sheet.getCell('B3'))).toBe(RED);
    expect(noteOf(sheet.getCell('B3')).split('\n')).toEqual(['【错误】工匠创新工作室领衔人应为“上海工匠”', '【提醒】领衔人年龄超过60岁']);
    expect(fillOf(sheet.getCell('D4'))).toBe(RED);
    expect(noteOf(sheet.getCell('D4'))).toBe('【错误】“联系电话”必须填写');
    expect(fillOf(sheet.getCell('C4'))).toBe(YELLOW);
    expect(noteOf(sheet.getCell('C4'))).toBe('【提醒】女职工占比不足50%\n——原批注——\n由区工会补填');
    expect(fillOf(sheet.getCell('A4'))).toBe(RED);
    expect(noteOf(sheet.getCell('A4'))).toBe('【错误】（本行）团队人数4人（含领衔人），少于5人');
  });

  it('keeps everything else in the xlsx copy as it was', async () => {
    const bytes = await buildErrorWorkbook([xlsxInput('申报.xlsx', await officeWorkbook())], XLSX_PROBLEMS);
    const sheet = sheetOf(await readWorkbook(bytes), '工作室');

    // C3 and B4 shared B3's style object in the input; marking B3 must not turn them red.
    expect(fillOf(sheet.getCell('C3'))).toBe('FFEEEEEE');
    expect(fillOf(sheet.getCell('B4'))).toBe('FFEEEEEE');
    expect(sheet.getCell('B3').font?.name).toBe('宋体');
    expect(sheet.getCell('B3').value).toBe('张建国');
    expect(sheet.getCell('A3').value).toBe('张建国工匠创新工作室');
    expect(sheet.getCell('D3').value).toBe('13800138000');
    expect(sheet.getCell('A2').font?.bold).toBe(true);
    expect(sheet.getCell('A1').value).toBe('2020年度创新工作室申报汇总');
    expect(sheet.getCell('D1').isMerged).toBe(true);
    expect(noteOf(sheet.getCell('C3'))).toBe('');
  });

  it('lists every problem on 错误说明, the first and selected sheet, with cell-less problems too', async () => {
    const bytes = await buildErrorWorkbook([xlsxInput('申报.xlsx', await officeWorkbook())], XLSX_PROBLEMS);
    const workbook = await readWorkbook(bytes);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['错误说明', '工作室', '成员']);
    expect(workbook.views[0]?.activeTab).toBe(0);

    const list = sheetOf(workbook, '错误说明');
    expect((list.getRow(1).values as unknown[]).slice(1)).toEqual(PROBLEM_LIST_COLUMNS.map((column) => column.header));
    expect((list.getRow(1).values as unknown[]).slice(1)).toEqual(['序号', '严重程度', '文件', '工作表', '行', '列', '列名', '工作室', '值', '问题说明', '代码']);
    expect(list.rowCount).toBe(XLSX_PROBLEMS.length + 1);
    expect((list.getRow(2).values as unknown[]).slice(1)).toEqual([
      1, '错误', '申报.xlsx', '工作室', 3, 'B', '领衔人姓名', '张建国工匠创新工作室', '张建国', '工匠创新工作室领衔人应为“上海工匠”', 'LEADER_HONOUR_MISSING',
    ]);
    const batch = list.getRow(8);
    expect([batch.getCell(2).value, batch.getCell(5).value, batch.getCell(9).value, batch.getCell(11).value]).toEqual(['提醒', null, '1/4', 'NON_PUBLIC_SHARE_LOW']);
    expect(fillOf(batch.getCell(2))).toBe(YELLOW);
    expect(list.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(list.autoFilter).toBe('A1:K8');
    expect(list.getColumn(10).width).toBeGreaterThanOrEqual(40);
  });

  it('stores a value like =1+1 as text, never as a formula', async () => {
    const bytes = await buildErrorWorkbook([xlsxInput('申报.xlsx', await officeWorkbook())], XLSX_PROBLEMS);
    const list = sheetOf(await readWorkbook(bytes), '错误说明');
    const cell = list.getCell('I7');
    expect(cell.value).toBe('=1+1');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    const listXml = partXml(bytes, 'xl/worksheets/sheet3.xml');
    expect(listXml).toContain('<autoFilter');
    expect(listXml).not.toContain('<f>');
    const seen = withOpenpyxl<{ value: string; type: string }>(bytes, `
ws = openpyxl.load_workbook(path)['错误说明']
print(json.dumps({'value': ws['I7'].value, 'type': ws['I7'].data_type}))
`);
    expect(seen).toEqual({ value: '=1+1', type: 's' });
  });

  it('copies GBK CSV input onto a sheet named after the file and marks the record a line points into', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('../../fixtures/xlsx/studios-multiline.gbk.csv', import.meta.url)));
    const name = 'studios-multiline.gbk.csv';
    const problems: Problem[] = [
      { file: name, row: 4, column: 'C', header: '申报类型', value: '巾帼', code: 'FEMALE_SHARE_LOW', message: '女职工占比不足50%', severity: 'warning' },
      { file: name, row: 2, column: 'D', header: '工作室介绍', code: 'TEXT_TOO_SHORT', message: '工作室介绍不足600字', severity: 'warning' },
      { file: name, row: 3, column: 'B', header: '领衔人姓名', code: 'LEADER_HONOUR_MISSING', message: '领衔人不是“上海工匠”', severity: 'error' },
    ];
    const workbook = await readWorkbook(await buildErrorWorkbook([csvInput(name, bytes)], problems));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['错误说明', name]);
    const sheet = sheetOf(workbook, name);

    expect(sheet.getCell('A1').value).toBe('工作室名称');
    expect(sheet.getCell('A2').value).toBe('张建国工匠创新工作室');
    expect(sheet.getCell('D2').value).toBe('第一段：精密加工。\n第二段：技能传承。');
    // The record on lines 2–3 sits on row 2; the next record starts on line 4, as in the file.
    expect(sheet.getCell('A3').value).toBeNull();
    expect(sheet.getRow(3).hidden).toBe(true);
    expect(sheet.getRow(4).hidden).toBe(false);
    expect(sheet.getCell('A4').value).toBe('李红巾帼创新工作室');
    expect(sheet.getCell('D4').value).toBe('=1+1');
    expect(sheet.getCell('D4').type).toBe(ExcelJS.ValueType.String);

    expect(fillOf(sheet.getCell('C4'))).toBe(YELLOW);
    expect(fillOf(sheet.getCell('D2'))).toBe(YELLOW);
    expect(fillOf(sheet.getCell('B2'))).toBe(RED);
    expect(noteOf(sheet.getCell('B2'))).toBe('【错误】领衔人不是“上海工匠”');
    const list = sheetOf(workbook, '错误说明');
    expect(list.getCell('D2').value).toBe(name);
  });

  it('puts several CSV files in one workbook with unique, Excel-safe sheet names', async () => {
    const utf8 = (text: string) => new TextEncoder().encode(text);
    const studios = csvInput('申报[浦东]:工作室.csv', utf8('工作室名称,领衔人姓名\n甲工作室,张三\n'), 'utf-8');
    const sameName = csvInput('申报(浦东)_工作室.csv', utf8('工作室名称,领衔人姓名\n乙工作室,李四\n'), 'utf-8');
    const long = csvInput('2020年度上海市工匠技师职工巾帼创新工作室团队成员名单.csv', utf8('\uFEFF所属工作室,姓名\n甲工作室,王五\n'), 'utf-8-bom');
    const problems: Problem[] = [
      { file: sameName.file.name, row: 2, column: 'B', code: 'X', message: '乙的问题', severity: 'error' },
      { file: long.file.name, row: 2, column: 'B', code: 'Y', message: '王五的问题', severity: 'warning' },
    ];
    const workbook = await readWorkbook(await buildErrorWorkbook([studios, sameName, long], problems));
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual(['错误说明', '申报(浦东)_工作室.csv', '申报(浦东)_工作室.csv(2)', '2020年度上海市工匠技师职工巾帼创新工作室团队成员名.csv']);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(31);
    expect(sheetOf(workbook, '申报(浦东)_工作室.csv(2)').getCell('A2').value).toBe('乙工作室');
    expect(fillOf(sheetOf(workbook, '申报(浦东)_工作室.csv(2)').getCell('B2'))).toBe(RED);
    expect(fillOf(sheetOf(workbook, '申报(浦东)_工作室.csv').getCell('B2'))).toBeUndefined();
    const longSheet = sheetOf(workbook, names[3] ?? '');
    expect(longSheet.getCell('A1').value).toBe('所属工作室');
    expect(fillOf(longSheet.getCell('B2'))).toBe(YELLOW);
    expect(sheetOf(workbook, '错误说明').getCell('D3').value).toBe(names[3]);
  });

  it('combines two workbooks, renaming clashing sheets and a stale 错误说明', async () => {
    const first = xlsxInput('浦东.xlsx', await officeWorkbook(['错误说明']));
    const second = xlsxInput('闵行.xlsx', await officeWorkbook());
    const problems: Problem[] = [
      { file: '闵行.xlsx', sheet: '工作室', row: 3, column: 'A', code: 'X', message: '闵行的问题', severity: 'error' },
      { file: '浦东.xlsx', sheet: '成员', row: 2, column: 'C', code: 'Y', message: '浦东的问题', severity: 'warning' },
    ];
    const workbook = await readWorkbook(await buildErrorWorkbook([first, second], problems));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['错误说明', '工作室', '成员', '错误说明(2)', '工作室(闵行)', '成员(闵行)']);
    expect(sheetOf(workbook, '错误说明(2)').getCell('A1').value).toBe('旧内容');
    expect(fillOf(sheetOf(workbook, '工作室(闵行)').getCell('A3'))).toBe(RED);
    expect(sheetOf(workbook, '工作室(闵行)').getCell('B3').value).toBe('张建国');
    expect(sheetOf(workbook, '工作室(闵行)').getCell('D1').isMerged).toBe(true);
    expect(fillOf(sheetOf(workbook, '工作室').getCell('A3'))).toBeUndefined();
    expect(fillOf(sheetOf(workbook, '成员').getCell('C2'))).toBe(YELLOW);
    expect(sheetOf(workbook, '错误说明').getCell('D2').value).toBe('工作室(闵行)');
  });

  it('gives the same bytes for the same inputs and problems', async () => {
    const input = xlsxInput('申报.xlsx', await officeWorkbook());
    const csv = csvInput('studios.csv', new Uint8Array(readFileSync(new URL('../../fixtures/xlsx/studios-multiline.gbk.csv', import.meta.url))));
    const once = await buildErrorWorkbook([input, csv], XLSX_PROBLEMS);
    const twice = await buildErrorWorkbook([input, csv], XLSX_PROBLEMS);
    expect(Buffer.from(once).equals(Buffer.from(twice))).toBe(true);
    const onlyCsv = await buildErrorWorkbook([csv], []);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(Buffer.from(await buildErrorWorkbook([csv], [])).equals(Buffer.from(onlyCsv))).toBe(true);
  });

  it('shows the fill and the note on the exact cell in openpyxl', async () => {
    const bytes = await buildErrorWorkbook([xlsxInput('申报.xlsx', await officeWorkbook())], XLSX_PROBLEMS);
    const seen = withOpenpyxl<{ fill: string; note: string; plain: string; listFirst: string; frozen: string; filter: string }>(bytes, `
wb = openpyxl.load_workbook(path)
ws = wb['工作室']
lst = wb['错误说明']
print(json.dumps({
  'fill': ws['D4'].fill.fgColor.rgb,
  'note': ws['D4'].comment.text if ws['D4'].comment else '',
  'plain': ws['D3'].fill.fgColor.rgb if ws['D3'].fill and ws['D3'].fill.fill_type else 'none',
  'listFirst': wb.sheetnames[0],
  'frozen': lst.freeze_panes,
  'filter': lst.auto_filter.ref,
}))
`);
    expect(seen).toEqual({ fill: RED, note: '【错误】“联系电话”必须填写', plain: 'none', listFirst: '错误说明', frozen: 'A2', filter: 'A1:K8' });
  });
});
