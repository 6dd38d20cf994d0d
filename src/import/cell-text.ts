import type { CellContent, SheetCell } from './grid.js';

/**
 * A cell's value as the XLSX reader hands it over — the shapes exceljs uses for
 * cell values, so the import shows exactly what it showed when exceljs read the
 * files: strings, numbers, booleans, Dates (built from the serial, so read in
 * UTC), `{ richText }`, `{ text, hyperlink }`, `{ error }` and
 * `{ formula | sharedFormula, result }`.
 */
export type XlsxCellValue = null | undefined | string | number | boolean | Date | object;

const EMPTY: SheetCell = Object.freeze({ content: Object.freeze({ kind: 'empty' }), raw: '' });

/**
 * The one place where spreadsheet cell values become plain content: shared and
 * plain strings, rich text, hyperlinks (whose text may itself be rich text),
 * formulas (their cached result; none when the file was never recalculated),
 * error values, dates, numbers and booleans.
 *
 * @example normaliseCell({ richText: [{ text: '张' }, { text: '建国' }] }, undefined) // text '张建国'
 * @example normaliseCell({ formula: 'B2*2' }, undefined) // empty, with a FORMULA_NOT_CALCULATED issue
 */
export function normaliseCell(value: XlsxCellValue, numFmt: string | undefined): SheetCell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return textCell(value);
  if (typeof value === 'number') return numberCell(value);
  if (typeof value === 'boolean') return { content: { kind: 'boolean', value }, raw: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return dateCell(value, numFmt);
  if ('richText' in value) return textCell(richTextOf(value.richText as readonly { text?: unknown }[]));
  if ('hyperlink' in value) return hyperlinkCell((value as { text?: unknown }).text, value.hyperlink as string);
  if ('error' in value) return errorCell(String(value.error));
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = value as { formula?: string; sharedFormula?: string; result?: XlsxCellValue };
    if (formula.result === undefined || formula.result === null) {
      return {
        content: { kind: 'empty' },
        raw: `=${'sharedFormula' in formula ? formula.sharedFormula : formula.formula}`,
        formula: true,
        issue: {
          code: 'FORMULA_NOT_CALCULATED',
          message: '单元格是公式，但文件保存时没有计算结果，已按空白处理；请在 Excel/WPS 中打开并保存后重新导入，或直接填写数值',
          severity: 'warning',
        },
      };
    }
    return { ...normaliseCell(formula.result, numFmt), formula: true };
  }
  return textCell(String(value));
}

/** A cell holding text as typed; the empty string is an empty cell. */
export function textCell(text: string): SheetCell {
  return text === '' ? EMPTY : { content: { kind: 'text', text }, raw: text };
}

/** Excel displays at most 15 significant digits; binary noise beyond that is not the user's. */
export function numberCell(value: number): SheetCell {
  // Whole numbers below 10^15 are already what Excel shows (and by far the most common); -0 shows as 0.
  if (Number.isInteger(value) && value < 1e15 && value > -1e15) {
    const shown = value + 0;
    return { content: { kind: 'number', number: shown }, raw: String(shown) };
  }
  if (!Number.isFinite(value)) return textCell(String(value));
  const shown = Number(value.toPrecision(15));
  return { content: { kind: 'number', number: shown }, raw: String(shown) };
}

function errorCell(error: string): SheetCell {
  return {
    content: { kind: 'empty' },
    raw: error,
    issue: { code: 'CELL_ERROR', message: `单元格显示错误值 ${error}，请修正公式或直接填写内容`, severity: 'error' },
  };
}

function dateCell(date: Date, numFmt: string | undefined): SheetCell {
  const time = date.getTime();
  if (Number.isNaN(time)) {
    return {
      content: { kind: 'empty' },
      raw: '',
      issue: { code: 'INVALID_DATE', message: '单元格中的日期无法读取，请重新填写', severity: 'error' },
    };
  }
  // Serials are rounded to milliseconds; a half-second nudge keeps 23:59:59.999 artefacts on the right day.
  const rounded = new Date(time + 500);
  const year = rounded.getUTCFullYear();
  const month = rounded.getUTCMonth() + 1;
  const day = rounded.getUTCDate();
  const hasDay = formatShowsDay(numFmt);
  const content: CellContent = { kind: 'date', year, month, day, hasDay };
  const monthText = month < 10 ? `0${month}` : String(month);
  const raw = hasDay ? `${year}-${monthText}-${day < 10 ? `0${day}` : String(day)}` : `${year}-${monthText}`;
  return { content, raw };
}

/** A workbook has a handful of formats; each is looked at once. */
const showsDayByFormat = new Map<string, boolean>();

/** yyyy"年"m"月" shows no day: the user typed a month, so we must not invent the 1st. */
function formatShowsDay(numFmt: string | undefined): boolean {
  if (!numFmt) return true;
  let showsDay = showsDayByFormat.get(numFmt);
  if (showsDay === undefined) {
    const tokens = numFmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '').replace(/\\./g, '');
    showsDay = /d/i.test(tokens);
    if (showsDayByFormat.size < 1000) showsDayByFormat.set(numFmt, showsDay);
  }
  return showsDay;
}

function hyperlinkCell(text: unknown, hyperlink: string): SheetCell {
  if (typeof text === 'string' && text !== '') return textCell(text);
  if (typeof text === 'object' && text !== null && 'richText' in text && Array.isArray(text.richText)) {
    return textCell(richTextOf(text.richText as { text?: unknown }[]));
  }
  return textCell(hyperlink.replace(/^mailto:/i, ''));
}

function richTextOf(runs: readonly { text?: unknown }[]): string {
  let text = '';
  for (const run of runs) if (typeof run.text === 'string') text += run.text;
  return text;
}
