import type ExcelJS from 'exceljs';
import { stripControlCharacters } from '../../core/text.js';
import { decodeText } from '../../import/decode-text.js';
import { readCsv } from '../../import/read-csv.js';
import type { TextEncoding } from '../../import/types.js';
import { displayWidth } from './text-width.js';

/** One CSV record and the lines of the file it spans (a quoted field may hold line breaks). */
export interface CsvRecord {
  readonly firstLine: number;
  readonly lastLine: number;
  readonly cells: readonly string[];
}

const FALLBACK_DECODER: Record<TextEncoding, string> = { 'utf-8': 'utf-8', 'utf-8-bom': 'utf-8', gb18030: 'gb18030' };

/**
 * The records of a CSV file exactly as the importer numbered them (same decoding,
 * same parser, a record's row is the line it starts on). A file the importer
 * could not read is still shown, one line per row, so the copy never fails.
 *
 * @example csvRecords(gbkBytes, 'studios.csv', 'gb18030')[1] // { firstLine: 2, lastLine: 2, cells: ['张建国工匠创新工作室', …] }
 */
export function csvRecords(bytes: Uint8Array, fileName: string, encoding?: TextEncoding): CsvRecord[] {
  const text = decodeLeniently(bytes, fileName, encoding);
  try {
    return readCsv(text, fileName).rows.map((row) => {
      const cells = row.cells.map((cell) => cell?.raw ?? '');
      const innerBreaks = cells.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0);
      return { firstLine: row.number, lastLine: row.number + innerBreaks, cells };
    });
  } catch {
    return text
      .split(/\r\n|\r|\n/)
      .map((line, index) => ({ firstLine: index + 1, lastLine: index + 1, cells: line.split(',') }))
      .filter((record) => record.cells.some((cell) => cell.trim() !== ''));
  }
}

function decodeLeniently(bytes: Uint8Array, fileName: string, encoding: TextEncoding | undefined): string {
  try {
    return decodeText(bytes, fileName).text;
  } catch {
    return new TextDecoder(FALLBACK_DECODER[encoding ?? 'gb18030']).decode(bytes);
  }
}

/**
 * Writes each record on the sheet row equal to the file line it starts on, so
 * "第5行" means the same in the CSV, in the error list and in the copy. Every
 * value is written as text: a cell reading "=1+1" or "0021" stays exactly that.
 *
 * @example writeCsvRecords(workbook.addWorksheet('studios.csv'), csvRecords(bytes, 'studios.csv'))
 */
export function writeCsvRecords(sheet: ExcelJS.Worksheet, records: readonly CsvRecord[]): void {
  const widths: number[] = [];
  for (const record of records) {
    // Lines a quoted field continues onto hold no record: hidden, they keep row numbers equal to line numbers without gaps on screen.
    for (let line = record.firstLine + 1; line <= record.lastLine; line += 1) {
      const continuation = sheet.getRow(line);
      continuation.hidden = true;
      // exceljs drops rows with neither cells nor a height, and with them the hidden flag.
      continuation.height = 15;
    }
    const row = sheet.getRow(record.firstLine);
    record.cells.forEach((value, index) => {
      const clean = stripControlCharacters(value);
      if (clean === '') return;
      const cell = row.getCell(index + 1);
      cell.value = clean;
      cell.numFmt = '@';
      widths[index] = Math.max(widths[index] ?? 0, Math.min(40, displayWidth(clean)));
    });
  }
  widths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = Math.max(8, width + 2);
  });
  const header = records[0]?.firstLine ?? 1;
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: header, topLeftCell: `A${header + 1}`, activeCell: `A${header + 1}` }];
}

/**
 * The sheet row where the record containing `line` is written, or undefined when no record covers it.
 *
 * @example sheetRowForLine(records, 3) // 2 when the record on lines 2–3 holds a line break
 */
export function sheetRowForLine(records: readonly CsvRecord[], line: number): number | undefined {
  return records.find((record) => record.firstLine <= line && line <= record.lastLine)?.firstLine;
}
