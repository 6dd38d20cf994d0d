import type { Campaign } from '../campaigns/schema.js';
import type { Summary, SummaryHeaderCell } from '../campaigns/summary-schema.js';
import type { Studio } from '../model/schema.js';
import { roundTo, type NumberFormat, type SummaryCell } from './cells.js';
import { columnSource, readStudioField } from './columns.js';

/**
 * One summary sheet for one recommending union, with every value derived from
 * validated Studio records: the list in the definition's order, the header
 * block's counts, and the totals. Renderers (XLSX, DOCX, PDF) only lay it out.
 */
export interface SummaryTable {
  readonly summary: Summary;
  /** The recommending union (区局（产业）工会) this sheet is for. */
  readonly group: string;
  readonly header: { readonly layout: 'table' | 'inline'; readonly rows: readonly (readonly HeaderCellView[])[] };
  readonly columns: readonly TableColumn[];
  /** The studios in list order; rows[i] is studios[i]. */
  readonly studios: readonly Studio[];
  readonly rows: readonly (readonly SummaryCell[])[];
  /** One entry per column, or undefined when no column has a total. */
  readonly totals: readonly TotalCell[] | undefined;
}

export interface TableColumn {
  readonly header: string;
  readonly group?: string;
  /** From the definition; measured from the content by the renderer when absent. */
  readonly width?: number;
  readonly type: 'text' | 'number';
  readonly format?: NumberFormat;
  readonly total?: 'sum' | 'count';
  /** Short values (types, names of people, numbers) are centred; long ones (units, studio names) start at the left. */
  readonly align: 'left' | 'center';
  /** The definition's value (index, studioType, field:…), so writers can recognise the type column for COUNTIF. */
  readonly source: string;
}

export type TotalCell =
  | { readonly kind: 'label'; readonly text: string; readonly span: number }
  /** Covered by the label's span. */
  | { readonly kind: 'covered' }
  | { readonly kind: 'sum'; readonly value: number; readonly format: NumberFormat }
  | { readonly kind: 'count'; readonly value: number }
  | { readonly kind: 'none' };

export interface HeaderCellView {
  readonly span: number;
  readonly content: HeaderContent;
}

export type HeaderContent =
  | { readonly kind: 'label'; readonly text: string }
  | { readonly kind: 'group'; readonly text: string }
  /** Filled in by hand: nothing in the applications says it. */
  | { readonly kind: 'blank' }
  | { readonly kind: 'choice'; readonly options: readonly string[] }
  /** studioType set: how many of that type; otherwise how many studios. */
  | { readonly kind: 'count'; readonly value: number; readonly studioType?: string };

/** The name a studio without a recommending union is listed under. */
export const NO_RECOMMENDER = '（未填推荐单位）';

/** Text columns whose values are all at most this wide are centred. */
const CENTRED_TEXT_WIDTH = 8;

/**
 * One table per recommending union, unions in order of first appearance in the
 * input, each list sorted by the definition's orderBy (input order breaks ties).
 *
 * @example
 * const tables = buildSummaryTables(valid.map(({ studio }) => studio), campaign, campaign.summaries[0]);
 * tables[0].group // '浦东新区总工会'
 */
export function buildSummaryTables(studios: readonly Studio[], campaign: Campaign, summary: Summary): SummaryTable[] {
  return groupByRecommender(studios).map(([group, members]) => buildSummaryTable(group, members, campaign, summary));
}

/**
 * Studios by recommending union, in order of first appearance.
 *
 * @example groupByRecommender(studios)[0] // ['浦东新区总工会', [studio, …]]
 */
export function groupByRecommender(studios: readonly Studio[]): [string, Studio[]][] {
  const groups = new Map<string, Studio[]>();
  for (const studio of studios) {
    const key = studio.recommender ?? NO_RECOMMENDER;
    const list = groups.get(key) ?? [];
    list.push(studio);
    groups.set(key, list);
  }
  return [...groups];
}

/**
 * One union's table: its studios sorted, every cell and count derived from them.
 *
 * @example buildSummaryTable('徐汇区总工会', studios, campaign, summary).totals // [{ kind: 'label', … }, …]
 */
export function buildSummaryTable(group: string, studios: readonly Studio[], campaign: Campaign, summary: Summary): SummaryTable {
  const ordered = sortStudios(studios, summary.orderBy, campaign);
  const sources = summary.columns.map((column) => columnSource(column.value, campaign, column.amountUnit));
  const rows = ordered.map((studio, position) => sources.map((source) => source.cell(studio, position)));
  const columns: TableColumn[] = summary.columns.map((column, index) => {
    const source = sources[index];
    const type = source?.type ?? 'text';
    const short = rows.every((row) => {
      const cell = row[index];
      return cell?.kind !== 'text' || [...cell.text].length <= CENTRED_TEXT_WIDTH;
    });
    return {
      header: column.header,
      ...(column.group ? { group: column.group } : {}),
      ...(column.width ? { width: column.width } : {}),
      type,
      ...(source?.format ? { format: source.format } : {}),
      ...(column.total ? { total: column.total } : {}),
      align: type === 'number' || short ? 'center' : 'left',
      source: column.value,
    };
  });
  return {
    summary,
    group,
    header: { layout: summary.header.layout, rows: summary.header.rows.map((row) => headerRow(row, columns.length, group, ordered)) },
    columns,
    studios: ordered,
    rows,
    totals: totalsRow(columns, rows, summary.totalsLabel),
  };
}

function headerRow(cells: readonly SummaryHeaderCell[], width: number, group: string, studios: readonly Studio[]): HeaderCellView[] {
  let used = 0;
  return cells.map((cell, index) => {
    // The last cell stretches to the table's edge, so a definition need not count columns.
    const span = index === cells.length - 1 ? Math.max(1, width - used) : cell.span;
    used += span;
    return { span, content: headerContent(cell, group, studios) };
  });
}

function headerContent(cell: SummaryHeaderCell, group: string, studios: readonly Studio[]): HeaderContent {
  if ('label' in cell) return { kind: 'label', text: cell.label };
  const value = cell.value;
  if (value === 'group') return { kind: 'group', text: group };
  if (value === 'blank') return { kind: 'blank' };
  if (value === 'count') return { kind: 'count', value: studios.length };
  if (value.startsWith('typeCount:')) {
    const studioType = value.slice('typeCount:'.length);
    return { kind: 'count', value: studios.filter((studio) => studio.type === studioType).length, studioType };
  }
  return { kind: 'choice', options: value.slice('choice:'.length).split('|') };
}

function totalsRow(columns: readonly TableColumn[], rows: readonly (readonly SummaryCell[])[], label: string): TotalCell[] | undefined {
  const first = columns.findIndex((column) => column.total);
  if (first < 0) return undefined;
  return columns.map((column, index): TotalCell => {
    if (index === 0 && first > 0) return { kind: 'label', text: label, span: first };
    if (index < first) return { kind: 'covered' };
    if (column.total === 'count') return { kind: 'count', value: rows.filter((row) => row[index]?.kind !== 'empty').length };
    if (column.total === 'sum') {
      const sum = rows.reduce((total, row) => {
        const cell = row[index];
        return total + (cell?.kind === 'number' ? cell.value : 0);
      }, 0);
      return { kind: 'sum', value: roundTo(sum, 6), format: column.format ?? 'decimal' };
    }
    return { kind: 'none' };
  });
}

/** Stable sort by the definition's keys: studio types in campaign order, field values ascending, empty values last. */
function sortStudios(studios: readonly Studio[], orderBy: readonly string[], campaign: Campaign): Studio[] {
  const typeOrder = new Map(campaign.studioTypes.map((type, index) => [type.value, index]));
  const keyOf = (studio: Studio, key: string): number | string | undefined => {
    if (key === 'studioType') return typeOrder.get(studio.type) ?? typeOrder.size;
    const value = readStudioField(studio, key.slice('field:'.length));
    return typeof value === 'number' || typeof value === 'string' ? value : undefined;
  };
  return studios
    .map((studio, index) => ({ studio, index }))
    .sort((a, b) => {
      for (const key of orderBy) {
        const order = compareKeys(keyOf(a.studio, key), keyOf(b.studio, key));
        if (order !== 0) return order;
      }
      return a.index - b.index;
    })
    .map(({ studio }) => studio);
}

function compareKeys(a: number | string | undefined, b: number | string | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'zh-CN');
}
