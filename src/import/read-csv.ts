import { parse } from 'csv-parse/sync';
import { StudioDocsError } from '../core/errors.js';
import type { SheetCell, SheetGrid, SheetRow } from './grid.js';
import { splitCsv, type CsvRecord } from './split-csv.js';

const DELIMITERS = [',', '\t', ';'] as const;

/**
 * Splits decoded CSV text into a grid. Every cell stays text (no casting), and
 * each row carries the line where its record starts, so a quoted field with
 * line breaks does not shift the row numbers users are told about.
 *
 * @example readCsv('工作室名称,领衔人\n甲,张三', 'a.csv').rows[1] // { number: 2, cells: [甲, 张三] }
 * @throws StudioDocsError UNREADABLE_INPUT when the text is not valid CSV (e.g. an unclosed quote).
 */
export function readCsv(text: string, fileName: string): SheetGrid {
  // One line-break convention makes line counting exact (Excel writes CRLF records and LF inside cells).
  let unified = text.replace(/\r\n?/g, '\n');
  // Excel's "sep=;" first line names the delimiter; blanking it keeps the line numbers.
  const declared = /^sep=(.)\n/i.exec(unified)?.[1];
  if (declared !== undefined) unified = `\n${unified.slice(unified.indexOf('\n') + 1)}`;
  const delimiter = declared ?? guessDelimiter(unified);
  const records = splitCsv(unified, delimiter) ?? parseLeniently(unified, delimiter, fileName);
  const rows: SheetRow[] = records.map(({ record, lines }) => {
    const lineBreaks = record.reduce((count, field) => count + countLineBreaks(field), 0);
    return { number: lines - lineBreaks, cells: record.map(textCell) };
  });
  return { file: fileName, rows, date1904: false };
}

/** csv-parse for what splitCsv leaves to it: stray and unclosed quotes, with its line numbers in errors. */
function parseLeniently(unified: string, delimiter: string, fileName: string): CsvRecord[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(unified, {
      delimiter,
      info: true,
      relax_column_count: true,
      // Chinese text often has ASCII quotes inside unquoted fields: 2019年"上海工匠".
      relax_quotes: true,
      skip_empty_lines: true,
      bom: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (cause) {
    const line = lineOf(cause);
    throw new StudioDocsError(
      'UNREADABLE_INPUT',
      `${fileName} 不是有效的 CSV 文件${line ? `（第${line}行附近有未配对的引号或格式错误）` : ''}，请在 Excel/WPS 中打开检查后另存为 .xlsx 或 CSV 再导入`,
      { cause },
    );
  }
  return records.map(({ record, info }) => ({ record, lines: info.lines }));
}

function textCell(text: string): SheetCell {
  return text === '' ? { content: { kind: 'empty' }, raw: '' } : { content: { kind: 'text', text }, raw: text };
}

function countLineBreaks(field: string): number {
  let count = 0;
  for (let index = field.indexOf('\n'); index >= 0; index = field.indexOf('\n', index + 1)) count += 1;
  return count;
}

/** Excel's "Unicode 文本" is tab-separated and some locales use semicolons; commas otherwise. */
function guessDelimiter(text: string): string {
  const firstLines = text.split('\n', 5).join('\n').replace(/"[^"]*"/g, '');
  let best: string = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = firstLines.split(delimiter).length - 1;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

function lineOf(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'lines' in error && typeof error.lines === 'number') return error.lines;
  return undefined;
}
