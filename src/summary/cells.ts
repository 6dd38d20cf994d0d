/**
 * A summary cell keeps its number as a number, so the XLSX writer can write real
 * numbers (and sum them with formulas) while DOCX and PDF print the same value
 * as text through displayCell().
 */

/** integer/decimal as typed; yuan: 元; wan: already divided into 万元; count: 共N个. */
export type NumberFormat = 'integer' | 'decimal' | 'yuan' | 'wan' | 'count';

export type SummaryCell =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number; readonly format: NumberFormat }
  | { readonly kind: 'empty' };

export const EMPTY_CELL: SummaryCell = { kind: 'empty' };

/** @example textCell('') // { kind: 'empty' } */
export function textCell(text: string | undefined): SummaryCell {
  return text === undefined || text === '' ? EMPTY_CELL : { kind: 'text', text };
}

/** @example numberCell(3, 'integer') // { kind: 'number', value: 3, format: 'integer' } */
export function numberCell(value: number | undefined, format: NumberFormat): SummaryCell {
  return value === undefined || !Number.isFinite(value) ? EMPTY_CELL : { kind: 'number', value, format };
}

/**
 * The cell as printed on paper.
 *
 * @example displayCell({ kind: 'number', value: 50000, format: 'yuan' }) // '50,000'
 * @example displayCell({ kind: 'number', value: 7, format: 'count' }) // '共7个'
 */
export function displayCell(cell: SummaryCell): string {
  if (cell.kind === 'empty') return '';
  if (cell.kind === 'text') return cell.text;
  return displayNumber(cell.value, cell.format);
}

/** @example displayNumber(2.5, 'wan') // '2.5' */
export function displayNumber(value: number, format: NumberFormat): string {
  switch (format) {
    case 'integer':
      return String(Math.round(value));
    case 'count':
      return `共${Math.round(value)}个`;
    case 'yuan':
      return withThousands(roundTo(value, 2));
    case 'decimal':
      return String(roundTo(value, 2));
    case 'wan':
      return String(roundTo(value, 4));
  }
}

/**
 * Rounds away binary noise (0.1 + 0.2) so sums print and compare as a person expects.
 *
 * @example roundTo(0.1 + 0.2, 6) // 0.3
 */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

function withThousands(value: number): string {
  const [whole = '0', fraction] = String(value).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction ? `.${fraction}` : ''}`;
}
