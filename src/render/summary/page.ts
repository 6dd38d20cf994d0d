import type { Summary } from '../../campaigns/summary-schema.js';
import type { SummaryTable } from '../../summary/index.js';
import { columnFloors, columnWidths } from './layout.js';

/**
 * The printed page of one summary definition, shared by its DOCX and PDF so
 * both look alike, and shared by every union so their sheets match: paper from
 * the definition, column widths from the widest content of any union, and a
 * type size at which the columns fit the page width (narrowing the widest
 * columns when even 小五 is too large).
 */
export interface SummaryPageLayout {
  readonly size: 'A4' | 'A3';
  readonly landscape: boolean;
  readonly widthMm: number;
  readonly heightMm: number;
  readonly margins: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };
  readonly contentWidthMm: number;
  /** Excel units; used as proportions of contentWidthMm. */
  readonly columnWidths: readonly number[];
  /** Centred only when every union's values in the column are short. */
  readonly align: readonly ('left' | 'center')[];
  /** Type size of the table, pt. */
  readonly fontPt: number;
}

const PAPER_MM = { A4: [210, 297], A3: [297, 420] } as const;
/** A wider left margin for binding, as on the application forms. */
const MARGINS_MM = { top: 25, right: 20, bottom: 20, left: 25 } as const;
/** 小四, 五号, 小五 (GUIDE.md §4): the largest that lets the columns fit, never smaller than 小五. */
const TYPE_SIZES_PT = [12, 10.5, 9] as const;
const SMALLEST_TYPE_PT = 9;
const POINTS_PER_MM = 72 / 25.4;

/**
 * @example summaryPageLayout(summary, tables).contentWidthMm // 165 (A4 portrait)
 */
export function summaryPageLayout(summary: Summary, tables: readonly SummaryTable[]): SummaryPageLayout {
  const [shortSide, longSide] = PAPER_MM[summary.page.size];
  const widthMm = summary.page.landscape ? longSide : shortSide;
  const heightMm = summary.page.landscape ? shortSide : longSide;
  const contentWidthMm = widthMm - MARGINS_MM.left - MARGINS_MM.right;
  const perTable = tables.map(columnWidths);
  const count = summary.columns.length;
  const natural = Array.from({ length: count }, (_, index) => Math.max(0, ...perTable.map((row) => row[index] ?? 0)));
  const perTableFloors = tables.map((table, at) => columnFloors(table, perTable[at] ?? []));
  const floors = Array.from({ length: count }, (_, index) => Math.max(0, ...perTableFloors.map((row) => row[index] ?? 0)));
  const align = Array.from({ length: count }, (_, index) =>
    tables.length > 0 && tables.every((table) => table.columns[index]?.align === 'center') ? ('center' as const) : ('left' as const),
  );
  const fits = TYPE_SIZES_PT.find((size) => sum(natural) <= unitsAcross(contentWidthMm, size));
  const fontPt = fits ?? SMALLEST_TYPE_PT;
  return {
    size: summary.page.size,
    landscape: summary.page.landscape,
    widthMm,
    heightMm,
    margins: MARGINS_MM,
    contentWidthMm,
    columnWidths: fits ? natural : squeeze(natural, floors, unitsAcross(contentWidthMm, fontPt)),
    align,
    fontPt,
  };
}

/**
 * The type size the layout was planned for: the largest standard size at which
 * every column's natural width fits, else 小五 with the widest columns narrowed.
 *
 * @example summaryFontSize(layout) // 10.5
 */
export function summaryFontSize(layout: SummaryPageLayout): number {
  return layout.fontPt;
}

/** Width units (two per Chinese character) across the content width at a type size. */
function unitsAcross(contentWidthMm: number, fontPt: number): number {
  return ((contentWidthMm * POINTS_PER_MM) / fontPt) * 2;
}

/**
 * Narrows only the widest columns until the table fits (long names and units
 * wrap onto more lines), never below a column's floor, so short columns —
 * numbers, people's names, phone numbers — keep the width that shows them on one line.
 *
 * @example squeeze([6, 40, 30, 8], [6, 8, 8, 8], 70) // [6, 28, 28, 8]
 */
export function squeeze(widths: readonly number[], floors: readonly number[], available: number): number[] {
  let cap = Math.max(0, ...widths);
  const capped = () => widths.map((width, index) => Math.min(width, Math.max(cap, floors[index] ?? width)));
  const lowest = Math.min(...widths.map((width, index) => Math.min(width, floors[index] ?? width)));
  while (cap > lowest && sum(capped()) > available) cap -= 0.5;
  return capped();
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
