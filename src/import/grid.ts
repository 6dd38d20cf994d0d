import type { Severity } from '../core/problem.js';

/**
 * A sheet as the import stage sees it once the file format is gone: rows of
 * cells whose content is already one of a few plain kinds. CSV and XLSX readers
 * both produce this, so header detection and value normalisation never care
 * where a cell came from.
 */

/** What a cell holds, after rich text, hyperlinks and formulas are resolved. */
export type CellContent =
  | { readonly kind: 'empty' }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly number: number }
  /** A date-formatted spreadsheet cell; `hasDay` is false for month-only formats like yyyy"年"m"月". */
  | { readonly kind: 'date'; readonly year: number; readonly month: number; readonly day: number; readonly hasDay: boolean }
  | { readonly kind: 'boolean'; readonly value: boolean };

/** Something wrong with the cell itself, independent of the field it feeds. */
export interface CellIssue {
  readonly code: string;
  readonly message: string;
  readonly severity: Severity;
}

export interface SheetCell {
  readonly content: CellContent;
  /** The cell as the user sees it, for messages and record sources. */
  readonly raw: string;
  readonly issue?: CellIssue;
  /** The value was computed by a formula: template rows pre-filled with formulas are not data. */
  readonly formula?: boolean;
}

export interface SheetRow {
  /** 1-based row number as Excel or a text editor shows it. */
  readonly number: number;
  /** Index 0 is column A; missing cells are undefined. */
  readonly cells: readonly (SheetCell | undefined)[];
}

export interface SheetGrid {
  /** Input file name as given by the user. */
  readonly file: string;
  /** Sheet name for XLSX; undefined for CSV. */
  readonly sheet?: string;
  readonly rows: readonly SheetRow[];
  /** The workbook counts serial dates from 1904 (old Mac Excel); raw serials in date columns need it. */
  readonly date1904: boolean;
}

/**
 * True when the cell shows nothing (a cell with an error or an uncalculated formula shows something).
 * @example isBlank({ content: { kind: 'text', text: '　' }, raw: '　' }) // true
 */
export function isBlank(cell: SheetCell | undefined): boolean {
  if (cell === undefined) return true;
  if (cell.issue !== undefined) return false;
  return cell.content.kind === 'empty' || (cell.content.kind === 'text' && cell.content.text.trim() === '');
}

/**
 * Column letter as Excel shows it, from a 0-based index.
 * @example columnLetter(0) // 'A'
 * @example columnLetter(27) // 'AB'
 */
export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}
