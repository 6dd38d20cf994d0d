import { beforeAll, describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import { fieldDef } from '../../../src/model/fields.js';
import {
  buildImportTemplate,
  EXAMPLE_ROW_PREFIX,
  importTemplateVersion,
  TEMPLATE_DATA_ROWS,
  TEMPLATE_SHEET_NAMES,
} from '../../../src/render/xlsx/import-template.js';
import { loadShanghai2020, readWorkbook, sheetOf, validationAt, withOpenpyxl } from './workbook-helpers.js';

const campaign = loadShanghai2020();
let bytes: Uint8Array;
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  bytes = await buildImportTemplate(campaign);
  workbook = await readWorkbook(bytes);
});

function headers(sheet: ExcelJS.Worksheet): string[] {
  const values: string[] = [];
  sheet.getRow(1).eachCell((cell) => values.push(String(cell.value)));
  return values;
}

function columnOf(sheet: ExcelJS.Worksheet, label: string): string {
  const index = headers(sheet).findIndex((header) => header.replace(/^\*/, '') === label);
  if (index < 0) throw new Error(`no column ${label}`);
  return sheet.getColumn(index + 1).letter;
}

describe('import template', () => {
  it('has the data sheets, the instructions and a hidden options sheet, in that order', () => {
    expect(workbook.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      ['工作室', 'visible'],
      ['成员', 'visible'],
      ['填写说明', 'visible'],
      ['选项', 'hidden'],
    ]);
  });

  it('heads each data sheet with the campaign fields, required ones marked * in red', () => {
    for (const level of ['studio', 'member'] as const) {
      const sheet = sheetOf(workbook, TEMPLATE_SHEET_NAMES[level]);
      const expected = campaign.fields[level].map((use) => `${use.required ? '*' : ''}${fieldDef(level, use.key).label}`);
      expect(headers(sheet)).toEqual(expected);
      campaign.fields[level].forEach((use, index) => {
        const cell = sheet.getRow(1).getCell(index + 1);
        expect(cell.font?.color?.argb === 'FFC00000', `${cell.value}`).toBe(use.required);
      });
    }
    expect(headers(sheetOf(workbook, '工作室'))).toContain('*领衔人姓名');
    expect(headers(sheetOf(workbook, '成员'))).toContain('*姓名');
  });

  it('puts a grey italic example row under the header that starts with 示例：', () => {
    const sheet = sheetOf(workbook, '工作室');
    const first = sheet.getCell('A2');
    expect(String(first.value).startsWith(EXAMPLE_ROW_PREFIX)).toBe(true);
    expect(first.font?.italic).toBe(true);
    expect(first.font?.color?.argb).toBe('FF808080');
    expect(sheet.getCell(`${columnOf(sheet, '申报类型')}2`).value).toBe('工匠');
    expect(String(sheetOf(workbook, '成员').getCell('A2').value).startsWith(EXAMPLE_ROW_PREFIX)).toBe(true);
  });

  it('offers drop-downs from the 选项 sheet on the data rows only', () => {
    const studios = sheetOf(workbook, '工作室');
    const options = sheetOf(workbook, '选项');
    const typeColumn = columnOf(studios, '申报类型');
    const natureColumn = columnOf(studios, '单位性质');
    for (const row of [TEMPLATE_DATA_ROWS.first, TEMPLATE_DATA_ROWS.last]) {
      const validation = validationAt(studios, `${typeColumn}${row}`);
      expect(validation?.type).toBe('list');
      expect(validation?.formulae[0]).toMatch(/^'选项'!\$[A-Z]+\$2:\$[A-Z]+\$\d+$/);
    }
    expect(validationAt(studios, `${typeColumn}${TEMPLATE_DATA_ROWS.last + 1}`)).toBeUndefined();
    expect(validationAt(studios, `${typeColumn}2`)).toBeUndefined();

    const [, column, lastRow] = /\$([A-Z]+)\$2:\$[A-Z]+\$(\d+)$/.exec(validationAt(studios, `${natureColumn}3`)?.formulae[0] ?? '') ?? [];
    const listed: unknown[] = [];
    for (let row = 2; row <= Number(lastRow); row += 1) listed.push(options.getCell(`${column}${row}`).value);
    expect(listed).toEqual(['国有企业', '集体企业', '民营企业', '外资企业', '事业单位', '机关', '社会组织', '其他']);

    const typeRange = /\$([A-Z]+)\$2:\$[A-Z]+\$(\d+)$/.exec(validationAt(studios, `${typeColumn}3`)?.formulae[0] ?? '');
    expect(options.getCell(`${typeRange?.[1]}2`).value).toBe('工匠');
    expect(Number(typeRange?.[2]) - 1).toBe(campaign.studioTypes.length);

    const members = sheetOf(workbook, '成员');
    expect(validationAt(members, `${columnOf(members, '性别')}500`)?.type).toBe('list');
  });

  it('formats phone, postcode and id cells as text on the data rows', () => {
    const studios = sheetOf(workbook, '工作室');
    for (const label of ['联系方式', '邮政编码', '工作室编号']) {
      const column = columnOf(studios, label);
      expect(studios.getCell(`${column}${TEMPLATE_DATA_ROWS.first}`).numFmt, label).toBe('@');
      expect(studios.getCell(`${column}${TEMPLATE_DATA_ROWS.last}`).numFmt, label).toBe('@');
    }
    expect(studios.getCell(`${columnOf(studios, '领衔人年龄')}${TEMPLATE_DATA_ROWS.first}`).numFmt).not.toBe('@');
  });

  it('freezes the header row and gives Chinese headers room', () => {
    for (const name of ['工作室', '成员']) {
      const sheet = sheetOf(workbook, name);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getColumn(columnOf(sheet, name === '工作室' ? '工作室名称' : '职称（技能等级）')).width).toBeGreaterThanOrEqual(16);
    }
    expect(sheetOf(workbook, '工作室').getColumn(columnOf(sheetOf(workbook, '工作室'), '工作室介绍')).width).toBeGreaterThanOrEqual(36);
  });

  it('explains the notice, every field and every rule on 填写说明, with the template version', () => {
    const texts: string[] = [];
    sheetOf(workbook, '填写说明').eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    const all = texts.join('\n');
    expect(all).toContain(campaign.noticeTitle);
    expect(all).toContain(campaign.noticeNumber);
    expect(all).toContain('2020年11月13日');
    expect(all).toContain(importTemplateVersion(campaign));
    expect(importTemplateVersion(campaign)).toBe('studio-docs 导入模板 shanghai-2020 v1');
    for (const rule of campaign.rules) expect(all).toContain(rule.basis);
    expect(all).toContain('团队不少于5人（含领衔人）');
    expect(all).toContain('2016年3月');
    expect(all).toContain('5万元');
    expect(all).toContain('按“工作室名称”关联');
    for (const use of campaign.fields.studio) expect(texts).toContain(fieldDef('studio', use.key).label);
    expect(workbook.keywords).toBe(importTemplateVersion(campaign));
  });

  it('is byte-identical when built twice, dated the notice day', async () => {
    const again = await buildImportTemplate(campaign);
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    expect(workbook.created.toISOString()).toBe('2020-10-22T00:00:00.000Z');
    expect(workbook.lastModifiedBy).toBe('studio-docs');
  });

  it('reads the same in openpyxl: headers, bounded validations on 选项, text formats, hidden sheet', () => {
    const seen = withOpenpyxl<{
      sheets: [string, string][];
      header: string[];
      validations: { sqref: string; formula: string; type: string }[];
      phoneFormats: string[];
      frozen: string;
      keywords: string;
    }>(
      bytes,
      `
wb = openpyxl.load_workbook(path)
ws = wb['工作室']
header = [c.value for c in ws[1]]
phone = openpyxl.utils.get_column_letter(header.index('*联系方式') + 1)
print(json.dumps({
  'sheets': [[s.title, s.sheet_state] for s in wb.worksheets],
  'header': header,
  'validations': [{'sqref': str(dv.sqref), 'formula': dv.formula1, 'type': dv.type} for dv in ws.data_validations.dataValidation],
  'phoneFormats': [ws[phone + '3'].number_format, ws[phone + '1002'].number_format, ws[phone + '1003'].number_format],
  'frozen': ws.freeze_panes,
  'keywords': wb.properties.keywords,
}))
`,
    );
    expect(seen.sheets).toEqual([
      ['工作室', 'visible'],
      ['成员', 'visible'],
      ['填写说明', 'visible'],
      ['选项', 'hidden'],
    ]);
    expect(seen.header[1]).toBe('*工作室名称');
    expect(seen.validations.length).toBe(7); // 申报类型, 单位性质, 性别, 学历, 技能等级, 户籍属性, 户籍地
    for (const validation of seen.validations) {
      expect(validation.type).toBe('list');
      expect(validation.sqref).toMatch(/^[A-Z]+3:[A-Z]+1002$/);
      expect(validation.formula).toMatch(/^'选项'!\$[A-Z]+\$2:\$[A-Z]+\$\d+$/);
    }
    expect(seen.phoneFormats).toEqual(['@', '@', 'General']);
    expect(seen.frozen).toBe('A2');
    expect(seen.keywords).toBe('studio-docs 导入模板 shanghai-2020 v1');
  });
});
