import ExcelJS from 'exceljs';
import type { InputFile } from '../../src/import/types.js';

/** Test inputs built in code: workbooks through exceljs, CSV through TextEncoder. */

export type Rows = readonly (readonly ExcelJS.CellValue[])[];

export const STUDIO_HEADER = ['工作室名称', '申报类型', '申报单位', '领衔人姓名', '性别', '联系方式', '创建时间'] as const;
export const MEMBER_HEADER = ['工作室名称', '姓名', '性别', '年龄', '学历', '职称（技能等级）', '工种', '工作年限'] as const;

export const STUDIO_ROWS: Rows = [
  ['张建国工匠创新工作室', '工匠', '上海某某机械有限公司', '张建国', '男', '13800138000', '2016年3月'],
  ['李红巾帼创新工作室', '巾帼', '上海某某纺织有限公司', '李红', '女', '021-55885592', '2015.9'],
];
export const MEMBER_ROWS: Rows = [
  ['张建国工匠创新工作室', '王强', '男', 35, '大专', '技师', '数控车工', 12],
  ['张建国工匠创新工作室', '赵敏', '女', 29, '本科', '工程师/高级工', '钳工', 6],
  ['李红巾帼创新工作室', '孙丽', '女', 41, '中专', '高级技师', '挡车工', 20],
];

export interface SheetSpec {
  readonly name: string;
  readonly rows: Rows;
  readonly state?: ExcelJS.WorksheetState;
  /** Runs after the rows are written: merges, number formats… */
  readonly decorate?: (sheet: ExcelJS.Worksheet) => void;
}

export async function workbookFile(name: string, sheets: readonly SheetSpec[], options: { date1904?: boolean } = {}): Promise<InputFile> {
  const workbook = new ExcelJS.Workbook();
  if (options.date1904) workbook.properties.date1904 = true;
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name, spec.state ? { state: spec.state } : {});
    spec.rows.forEach((row, index) => {
      row.forEach((value, column) => {
        if (value !== null && value !== undefined) sheet.getCell(index + 1, column + 1).value = value;
      });
    });
    spec.decorate?.(sheet);
  }
  return { name, bytes: new Uint8Array(await workbook.xlsx.writeBuffer()) };
}

/** The usual two-sheet workbook: 工作室 and 成员. */
export function standardWorkbook(name = '申报.xlsx'): Promise<InputFile> {
  return workbookFile(name, [
    { name: '工作室', rows: [STUDIO_HEADER, ...STUDIO_ROWS] },
    { name: '成员', rows: [MEMBER_HEADER, ...MEMBER_ROWS] },
  ]);
}

export function csvText(rows: Rows): string {
  return rows.map((row) => row.map((value) => quote(String(value ?? ''))).join(',')).join('\r\n') + '\r\n';
}

export function csvFile(name: string, text: string, options: { bom?: boolean } = {}): InputFile {
  const body = new TextEncoder().encode(text);
  if (!options.bom) return { name, bytes: body };
  const bytes = new Uint8Array(body.length + 3);
  bytes.set([0xef, 0xbb, 0xbf]);
  bytes.set(body, 3);
  return { name, bytes };
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
