import type { Problem } from '../core/problem.js';

/** An input file as bytes: the core never reads the disk itself. */
export interface InputFile {
  /** Name shown to users in messages (usually the basename). */
  readonly name: string;
  readonly bytes: Uint8Array;
}

export type InputFormat = 'xlsx' | 'csv';
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030';

export interface InputFileInfo {
  readonly name: string;
  readonly format: InputFormat;
  /** For CSV: how the bytes were decoded. */
  readonly encoding?: TextEncoding;
  readonly sha256: string;
  /** Which record level each sheet (CSV: the file itself, sheet name = file name) was read as. */
  readonly sheets: readonly { name: string; level: 'studio' | 'member'; headerRow: number; rows: number }[];
}

/** Where a cell came from, to point users at it and to highlight it in the error workbook. */
export interface SourceCell {
  /** Column letter as Excel shows it. */
  readonly column: string;
  /** Header text as written in the input. */
  readonly header: string;
  /** Cell content as text, before normalisation (what the user sees in Excel). */
  readonly raw: string;
}

export interface RecordSource {
  readonly file: string;
  /** Sheet name for XLSX; absent for CSV. */
  readonly sheet?: string;
  /** 1-based row number. */
  readonly row: number;
  /** By catalogue field key. Only columns present in the input appear. */
  readonly cells: Readonly<Record<string, SourceCell>>;
}

/**
 * A normalised value per catalogue field key: strings trimmed and NFKC-normalised
 * except full-width punctuation, ellipses, circled numbers and CJK units (so forms
 * print ，（）…… ㎡ as typed),
 * integers/decimals as numbers, amounts as 元 numbers, dates as YYYY-MM or
 * YYYY-MM-DD, enums as the option value, booleans as booleans. Empty cells are absent.
 * A cell that could not be normalised is absent and has a problem.
 */
export type FieldValues = Readonly<Record<string, string | number | boolean>>;

export interface MemberDraft {
  readonly values: FieldValues;
  readonly source: RecordSource;
}

export interface StudioDraft {
  readonly values: FieldValues;
  readonly source: RecordSource;
  /** Members linked by studio id, else by studio name, in input order. */
  readonly members: readonly MemberDraft[];
}

export interface ImportResult {
  readonly inputs: readonly InputFileInfo[];
  readonly studios: readonly StudioDraft[];
  /** Problems found while reading: unreadable values, unknown enum values, orphan members, … */
  readonly problems: readonly Problem[];
}
