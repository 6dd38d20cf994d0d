import ExcelJS from 'exceljs';
import { StudioDocsError } from '../core/errors.js';
import { normaliseCell } from './cell-text.js';
import type { SheetCell, SheetGrid, SheetRow } from './grid.js';
import type { InputFile } from './types.js';

/**
 * Reads every visible sheet of an .xlsx workbook into grids. Uses exceljs's full
 * Workbook reader: the streaming reader loses merged cells and sheet visibility.
 * Merged cells repeat their master's value in every covered cell, so a studio
 * name merged down a block of member rows reaches each of them.
 *
 * @example (await readXlsx({ name: '申报.xlsx', bytes })).map((grid) => grid.sheet) // ['工作室', '成员']
 * @throws StudioDocsError UNREADABLE_INPUT for a corrupt zip or a zip that is not a workbook.
 */
export async function readXlsx(file: InputFile): Promise<SheetGrid[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type (an ArrayBuffer); at run time it hands the bytes to JSZip, which takes a Node Buffer.
    await workbook.xlsx.load(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength) as unknown as ArrayBuffer);
  } catch (cause) {
    throw new StudioDocsError('UNREADABLE_INPUT', `${file.name} 已损坏或不是有效的 Excel 工作簿（.xlsx），无法读取；请在 Excel/WPS 中打开并重新保存为 .xlsx 后再导入`, { cause });
  }
  if (workbook.worksheets.length === 0) {
    throw new StudioDocsError('UNREADABLE_INPUT', `${file.name} 是压缩文件，但不是 Excel 工作簿（.xlsx），请提供 .xlsx 或 .csv 文件`);
  }
  const date1904 = workbook.properties?.date1904 === true;
  return workbook.worksheets
    .filter((worksheet) => worksheet.state !== 'hidden' && worksheet.state !== 'veryHidden')
    .map((worksheet) => ({ file: file.name, sheet: worksheet.name, rows: readRows(worksheet), date1904 }));
}

function readRows(worksheet: ExcelJS.Worksheet): SheetRow[] {
  const rows: SheetRow[] = [];
  for (let number = 1; number <= worksheet.rowCount; number += 1) {
    const row = worksheet.findRow(number);
    if (!row) continue;
    const cells: (SheetCell | undefined)[] = [];
    for (let column = 1; column <= row.cellCount; column += 1) {
      const cell = row.findCell(column);
      cells.push(cell ? normaliseCell(cell.value, cell.master.numFmt) : undefined);
    }
    rows.push({ number, cells });
  }
  return rows;
}
