import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importApplications } from '../../../src/import/index.js';
import { fieldDef } from '../../../src/model/fields.js';
import { buildImportTemplate, TEMPLATE_DATA_ROWS } from '../../../src/render/xlsx/import-template.js';
import { loadShanghai2020, readWorkbook, sheetOf } from './workbook-helpers.js';

const campaign = loadShanghai2020();

/** Types one row under the template's header, by field label, as a clerk would. */
function fillRow(sheet: ExcelJS.Worksheet, row: number, level: 'studio' | 'member', values: Record<string, string | number>): void {
  campaign.fields[level].forEach((use, index) => {
    const value = values[fieldDef(level, use.key).label];
    if (value !== undefined) sheet.getCell(row, index + 1).value = value;
  });
}

describe('filled-in import template', () => {
  it('imports the typed rows and skips the example row and the instruction sheets', async () => {
    const workbook = await readWorkbook(await buildImportTemplate(campaign));
    const row = TEMPLATE_DATA_ROWS.first;
    fillRow(sheetOf(workbook, '工作室'), row, 'studio', {
      工作室名称: '王红巾帼创新工作室',
      申报类型: '巾帼',
      领衔人姓名: '王红',
      联系方式: '02155885592',
      邮政编码: '200063',
      创建时间: '2016年3月',
      '年度专项经费（元）': '5万元',
      单位性质: '民营企业',
    });
    fillRow(sheetOf(workbook, '成员'), row, 'member', { 工作室名称: '王红巾帼创新工作室', 姓名: '李芳', 性别: '女' });
    fillRow(sheetOf(workbook, '成员'), row + 1, 'member', { 工作室名称: '王红巾帼创新工作室', 姓名: '赵敏', 性别: '女' });
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());

    const imported = await importApplications([{ name: '模板.xlsx', bytes }], { referenceDate: campaign.referenceDate });

    expect(imported.studios.map((studio) => studio.values.studioName)).toEqual(['王红巾帼创新工作室']);
    const [studio] = imported.studios;
    expect(studio?.values).toMatchObject({ leaderPhone: '02155885592', postcode: '200063', foundedDate: '2016-03', annualFunding: 50000, unitNature: '民营企业' });
    expect(studio?.members.map((member) => member.values.memberName)).toEqual(['李芳', '赵敏']);
    expect(imported.inputs[0]?.sheets.map((sheet) => sheet.name)).toEqual(['工作室', '成员']);
  });
});
