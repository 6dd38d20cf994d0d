import type { CellValue } from 'exceljs';
import type { CellContent, SheetCell } from './grid.js';

/**
 * The one place where exceljs cell values become plain content. Every shape
 * exceljs produces goes through here: shared strings and plain strings, rich
 * text, hyperlinks (whose text may itself be rich text), formulas (their cached
 * result; none when the file was never recalculated), error values, Dates (built
 * by exceljs from the serial, so read in UTC), numbers and booleans.
 *
 * @example normaliseCell({ richText: [{ text: '张' }, { text: '建国' }] }, undefined) // text '张建国'
 * @example normaliseCell({ formula: 'B2*2' }, undefined) // empty, with a FORMULA_NOT_CALCULATED issue
 */
export function normaliseCell(value: CellValue, numFmt: string | undefined): SheetCell {
  if (value === null || value === undefined) return { content: { kind: 'empty' }, raw: '' };
  if (typeof value === 'string') return textCell(value);
  if (typeof value === 'number') return numberCell(value);
  if (typeof value === 'boolean') return { content: { kind: 'boolean', value }, raw: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return dateCell(value, numFmt);
  if ('richText' in value) return textCell(richTextOf(value.richText));
  if ('hyperlink' in value) return hyperlinkCell(value.text as unknown, value.hyperlink);
  if ('error' in value) {
    return {
      content: { kind: 'empty' },
      raw: value.error,
      issue: { code: 'CELL_ERROR', message: `单元格显示错误值 ${value.error}，请修正公式或直接填写内容`, severity: 'error' },
    };
  }
  if ('formula' in value || 'sharedFormula' in value) {
    if (value.result === undefined || value.result === null) {
      return {
        content: { kind: 'empty' },
        raw: `=${'sharedFormula' in value ? value.sharedFormula : value.formula}`,
        formula: true,
        issue: {
          code: 'FORMULA_NOT_CALCULATED',
          message: '单元格是公式，但文件保存时没有计算结果，已按空白处理；请在 Excel/WPS 中打开并保存后重新导入，或直接填写数值',
          severity: 'warning',
        },
      };
    }
    return { ...normaliseCell(value.result as CellValue, numFmt), formula: true };
  }
  return textCell(String(value));
}

function textCell(text: string): SheetCell {
  return text === '' ? { content: { kind: 'empty' }, raw: '' } : { content: { kind: 'text', text }, raw: text };
}

/** Excel displays at most 15 significant digits; binary noise beyond that is not the user's. */
function numberCell(value: number): SheetCell {
  if (!Number.isFinite(value)) return textCell(String(value));
  const shown = Number(value.toPrecision(15));
  return { content: { kind: 'number', number: shown }, raw: String(shown) };
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
  // exceljs rounds serials to milliseconds; a half-second nudge keeps 23:59:59.999 artefacts on the right day.
  const rounded = new Date(time + 500);
  const content: CellContent = {
    kind: 'date',
    year: rounded.getUTCFullYear(),
    month: rounded.getUTCMonth() + 1,
    day: rounded.getUTCDate(),
    hasDay: formatShowsDay(numFmt),
  };
  const month = String(content.month).padStart(2, '0');
  const raw = content.hasDay ? `${content.year}-${month}-${String(content.day).padStart(2, '0')}` : `${content.year}-${month}`;
  return { content, raw };
}

/** yyyy"年"m"月" shows no day: the user typed a month, so we must not invent the 1st. */
function formatShowsDay(numFmt: string | undefined): boolean {
  if (!numFmt) return true;
  const tokens = numFmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return /d/i.test(tokens);
}

function hyperlinkCell(text: unknown, hyperlink: string): SheetCell {
  if (typeof text === 'string' && text !== '') return textCell(text);
  if (typeof text === 'object' && text !== null && 'richText' in text && Array.isArray(text.richText)) {
    return textCell(richTextOf(text.richText as { text?: unknown }[]));
  }
  return textCell(hyperlink.replace(/^mailto:/i, ''));
}

function richTextOf(runs: readonly { text?: unknown }[]): string {
  return runs.map((run) => (typeof run.text === 'string' ? run.text : '')).join('');
}
