import type ExcelJS from 'exceljs';
import { severityLabel, type Problem } from '../../core/problem.js';
import { stripControlCharacters } from '../../core/text.js';
import { displayWidth } from './text-width.js';

export const PROBLEM_LIST_SHEET_NAME = '错误说明';

const MESSAGE_WIDTH = 60;

export const PROBLEM_LIST_COLUMNS = [
  { header: '序号', width: 6 },
  { header: '严重程度', width: 9 },
  { header: '文件', width: 22 },
  { header: '工作表', width: 14 },
  { header: '行', width: 6 },
  { header: '列', width: 6 },
  { header: '列名', width: 16 },
  { header: '工作室', width: 26 },
  { header: '值', width: 24 },
  { header: '问题说明', width: MESSAGE_WIDTH },
  { header: '代码', width: 22 },
] as const;

export const SEVERITY_FILLS = { error: 'FFFFC7CE', warning: 'FFFFEB9C' } as const;

/** By 1-based column: centred short codes, wrapped messages, everything top-aligned so a row reads across. */
const CELL_ALIGNMENT: Record<number, Partial<ExcelJS.Alignment>> = {
  2: { horizontal: 'center', vertical: 'top' },
  5: { horizontal: 'center', vertical: 'top' },
  6: { horizontal: 'center', vertical: 'top' },
  10: { wrapText: true, vertical: 'top' },
};

/** Long values (a whole 800-字 intro) are cut here; the full text is in the marked cell. */
const MAX_VALUE_LENGTH = 200;

/**
 * Fills the 错误说明 sheet: one row per problem in the given order, header frozen
 * and filterable. Every value is written as a plain string, so an input like
 * "=1+1" is shown, never evaluated.
 *
 * @example fillProblemListSheet(workbook.addWorksheet('错误说明'), problems, (problem) => problem.sheet)
 */
export function fillProblemListSheet(
  sheet: ExcelJS.Worksheet,
  problems: readonly Problem[],
  sheetNameOf: (problem: Problem) => string | undefined,
): void {
  sheet.columns = PROBLEM_LIST_COLUMNS.map((column) => ({ width: column.width }));
  const header = sheet.getRow(1);
  PROBLEM_LIST_COLUMNS.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
  });

  problems.forEach((problem, index) => {
    const row = sheet.getRow(index + 2);
    const values: (string | number | undefined)[] = [
      index + 1,
      severityLabel(problem.severity),
      problem.file,
      sheetNameOf(problem),
      problem.row,
      problem.column,
      problem.header,
      problem.studio,
      problem.value === undefined ? undefined : truncate(problem.value, MAX_VALUE_LENGTH),
      problem.message,
      problem.code,
    ];
    values.forEach((value, index) => {
      const cell = row.getCell(index + 1);
      cell.alignment = CELL_ALIGNMENT[index + 1] ?? { vertical: 'top' };
      if (value === undefined || value === '') return;
      cell.value = typeof value === 'string' ? stripControlCharacters(value) : value;
    });
    row.getCell(2).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: SEVERITY_FILLS[problem.severity] } };
    // Excel keeps the default height for wrapped text it did not lay out itself.
    const lines = Math.ceil(displayWidth(problem.message) / (MESSAGE_WIDTH - 2));
    if (lines > 1) row.height = lines * 15 + 3;
  });

  sheet.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' };

  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, problems.length + 1), column: PROBLEM_LIST_COLUMNS.length } };
}

function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}
