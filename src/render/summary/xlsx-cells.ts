import type ExcelJS from 'exceljs';
import { stripControlCharacters } from '../../core/text.js';
import type { NumberFormat, SummaryCell } from '../../summary/cells.js';
import { displayWidth } from '../xlsx/text-width.js';

/**
 * Cell writing shared by the summary workbooks: text that can never turn into a
 * formula, numbers with a format that matches how the paper form prints them,
 * formulas with their cached result, and row heights that fit wrapped Chinese text.
 */

export const BODY_FONT: Partial<ExcelJS.Font> = { name: '宋体', size: 11 };
export const HEADING_FONT: Partial<ExcelJS.Font> = { name: '黑体', size: 11 };
export const TITLE_FONT: Partial<ExcelJS.Font> = { name: '宋体', size: 16, bold: true };
export const ATTACHMENT_FONT: Partial<ExcelJS.Font> = { name: '黑体', size: 14 };
export const HEADING_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
export const FLAG_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } };

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
export const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Excel's text format: what is typed into the cell later stays text too. */
export const TEXT_FORMAT = '@';

/** A cached formula result as exceljs writes it. */
export type FormulaValue = { formula: string; result: number | string };

/**
 * Writes text as a shared string in a text-formatted cell. A value such as
 * =HYPERLINK("http://x") is stored and shown literally: it is never a formula,
 * and re-typing the cell in Excel keeps it text.
 *
 * @example writeText(sheet.getCell('C9'), '=HYPERLINK("http://x")')
 */
export function writeText(cell: ExcelJS.Cell, text: string): void {
  cell.value = stripControlCharacters(text);
  cell.numFmt = TEXT_FORMAT;
}

/**
 * Number formats by how the forms print them; `value` picks whole or two-decimal 元 ("#,##0.##" would print "50,000.").
 *
 * @example numberFormat('count') // '"共"0"个"'
 */
export function numberFormat(format: NumberFormat, value = 0): string {
  switch (format) {
    case 'integer':
      return '0';
    case 'count':
      return '"共"0"个"';
    case 'yuan':
      return Number.isInteger(value) ? '#,##0' : '#,##0.00';
    case 'decimal':
    case 'wan':
      return 'General';
  }
}

/** @example writeSummaryCell(sheet.getCell('I6'), { kind: 'number', value: 16.5, format: 'wan' }) */
export function writeSummaryCell(cell: ExcelJS.Cell, value: SummaryCell): void {
  if (value.kind === 'text') writeText(cell, value.text);
  else if (value.kind === 'number') {
    cell.value = value.value;
    cell.numFmt = numberFormat(value.format, value.value);
  }
}

/** @example writeFormula(sheet.getCell('C15'), 'COUNTA(C12:C14)', 3, '"共"0"个"') */
export function writeFormula(cell: ExcelJS.Cell, formula: string, result: number | string, format?: string): void {
  cell.value = { formula, result } satisfies FormulaValue;
  if (format) cell.numFmt = format;
}

/** A string literal inside a formula ("工匠" → "\"工匠\"", quotes doubled as Excel wants). */
export function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * How many lines a text wraps to in a cell `width` Excel units wide.
 *
 * @example wrappedLines('区局（产业）工会名称', 10) // 3
 */
export function wrappedLines(text: string, width: number): number {
  const usable = Math.max(1, width - 1.5);
  return text.split(/\r?\n/).reduce((lines, line) => lines + Math.max(1, Math.ceil(displayWidth(line) / usable)), 0);
}

/** Row height (points) that shows `lines` lines of text at `fontSize` with a little padding. */
export function rowHeightFor(lines: number, fontSize = BODY_FONT.size ?? 11): number {
  return Math.ceil(Math.max(1, lines) * fontSize * 1.4 + 6);
}

/**
 * Merges a rectangle and draws the box on every cell in it (Excel draws each cell's own border).
 *
 * @example mergeBox(sheet, 3, 1, 3, 2).value = '区局（产业）工会名称'
 */
export function mergeBox(sheet: ExcelJS.Worksheet, top: number, left: number, bottom: number, right: number, border = true): ExcelJS.Cell {
  if (bottom > top || right > left) sheet.mergeCells(top, left, bottom, right);
  if (border) {
    for (let row = top; row <= bottom; row += 1) for (let column = left; column <= right; column += 1) sheet.getCell(row, column).border = BOX;
  }
  return sheet.getCell(top, left);
}

/**
 * Column letters as Excel writes them.
 *
 * @example columnLetter(1) // 'A'
 * @example columnLetter(28) // 'AB'
 */
export function columnLetter(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/**
 * Print setup every summary sheet shares: paper, fit to one page wide, title rows repeated, centred, page numbers.
 *
 * @example printSetup(sheet, { size: 'A4', landscape: true }, { from: 4, to: 5 })
 */
export function printSetup(
  sheet: ExcelJS.Worksheet,
  page: { size: 'A4' | 'A3'; landscape: boolean },
  repeatRows: { from: number; to: number } | undefined,
): void {
  sheet.pageSetup = {
    // OOXML numbers A3 as 8; exceljs's PaperSize enum lists only some sizes.
    paperSize: (page.size === 'A3' ? 8 : 9) as unknown as ExcelJS.PaperSize,
    orientation: page.landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.6, right: 0.6, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    ...(repeatRows ? { printTitlesRow: `${repeatRows.from}:${repeatRows.to}` } : {}),
  };
  sheet.headerFooter = { oddFooter: '&C第 &P 页，共 &N 页' };
}
