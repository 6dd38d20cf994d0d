import { z } from 'zod';

/**
 * Summary sheets (汇总表) are campaign data like forms: which columns, titles,
 * header lines and order a notice's 汇总表 has. What a column can show is code
 * (src/summary/columns.ts); this file names those sources so campaign.json is
 * checked when it is loaded.
 */

/** Column sources computed from the validated Studio record; `field:<key>` reads any catalogue field. */
export const SUMMARY_COLUMN_SOURCES = [
  'index',
  'studioType',
  'studioTypeTitle',
  'studioName',
  'unit',
  'recommender',
  'leaderName',
  'leaderUnitAndPosition',
  'leaderModelWorkerHonours',
  'teamSize',
  'memberCount',
  'patentsTotal',
] as const;
export type SummaryColumnSourceName = (typeof SUMMARY_COLUMN_SOURCES)[number];

const FIELD_REFERENCE = /^field:[A-Za-z][A-Za-z0-9]*$/;

const ColumnSource = z.string().refine((value) => (SUMMARY_COLUMN_SOURCES as readonly string[]).includes(value) || FIELD_REFERENCE.test(value), {
  error: `列的 value 应为 ${SUMMARY_COLUMN_SOURCES.join('、')} 之一，或 field:<字段键名>`,
});

export const SummaryColumnSchema = z.object({
  header: z.string().min(1),
  /** A heading over adjacent columns (乐山附件2：创新工作室负责人（带头人）基本情况). */
  group: z.string().min(1).optional(),
  value: ColumnSource,
  /** Width in Excel units (the width of "0"); measured from the content when absent. */
  width: z.number().positive().max(120).optional(),
  /** A total under the column: the sum of its numbers, or how many cells are filled. */
  total: z.enum(['sum', 'count']).optional(),
  /** Amounts are stored in 元; a 万元 column divides them by 10 000. */
  amountUnit: z.enum(['元', '万元']).default('元'),
});
export type SummaryColumn = z.infer<typeof SummaryColumnSchema>;

/**
 * What a cell of the header block holds:
 * - group: the recommending union's name
 * - blank: an empty box the union fills in by hand
 * - choice:有|无: ☐有 ☐无 to tick by hand
 * - count: how many studios the union puts forward
 * - typeCount:<type>: how many of one studio type
 */
const HEADER_VALUE = /^(group|blank|count|typeCount:.+|choice:[^|]+(\|[^|]+)+)$/;

const HeaderCellSchema = z.union([
  z.object({ label: z.string().min(1), span: z.number().int().positive().default(1) }).strict(),
  z
    .object({
      value: z.string().regex(HEADER_VALUE, { error: '表头格的 value 应为 group、blank、count、typeCount:<类型> 或 choice:有|无' }),
      span: z.number().int().positive().default(1),
    })
    .strict(),
]);
export type SummaryHeaderCell = z.infer<typeof HeaderCellSchema>;

const PageSchema = z
  .object({ size: z.enum(['A4', 'A3']).default('A4'), landscape: z.boolean().default(false) })
  .default({ size: 'A4', landscape: false });

export const SummarySchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** Title as printed, e.g. 2020年度上海市工匠（技师、职工、巾帼）创新工作室推荐申报汇总表. */
  title: z.string().min(1),
  /** Short label used in file names, e.g. 推荐申报汇总表. */
  label: z.string().min(1),
  attachment: z.string().optional(),
  /** One sheet per recommending union (区局（产业）工会 / 县（市、区）总工会). */
  groupBy: z.enum(['recommender']).default('recommender'),
  /** Sort keys applied in turn (studioType: campaign order; field:<key>: ascending, empty last); input order breaks ties. */
  orderBy: z.array(z.string().regex(/^(studioType|field:[A-Za-z][A-Za-z0-9]*)$/)).default([]),
  /** Lines above the list: a ruled block (table) or a line of label and value pairs (inline). */
  header: z
    .object({ layout: z.enum(['table', 'inline']).default('table'), rows: z.array(z.array(HeaderCellSchema).min(1)).default([]) })
    .default({ layout: 'table', rows: [] }),
  /** A heading row over the list, e.g. 2020年度…申报汇总情况. */
  listTitle: z.string().min(1).optional(),
  columns: z.array(SummaryColumnSchema).min(1),
  /** First cell of the totals row (written only when a column has a total). */
  totalsLabel: z.string().min(1).default('合计'),
  /** The box the union signs: label on the left, signature line at the bottom right. */
  opinion: z
    .object({ label: z.string().min(1), signature: z.string().min(1), labelSpan: z.number().int().positive().default(1) })
    .optional(),
  /** Lines printed under the table (填表要求…). */
  notes: z.array(z.string().min(1)).default([]),
  /** Extra sums per union on the city-level pivot sheet, after counts per type (patents, benefit…). */
  pivotSums: z.array(z.object({ header: z.string().min(1), value: ColumnSource, amountUnit: z.enum(['元', '万元']).default('元') })).default([]),
  page: PageSchema,
});
export type Summary = z.infer<typeof SummarySchema>;

export interface SummaryContext {
  readonly studioTypes: readonly { readonly value: string }[];
  /** Studio field keys the campaign collects. */
  readonly studioFields: readonly string[];
}

/**
 * Cross-checks a summary against the rest of the campaign: field references
 * the campaign collects, studio types that exist, header rows that fit the
 * columns. Reported through `add` so schema.ts can turn them into zod issues.
 *
 * @example checkSummary(summary, { studioTypes, studioFields }, (path, message) => issues.push({ path, message }))
 */
export function checkSummary(summary: Summary, context: SummaryContext, add: (path: (string | number)[], message: string) => void): void {
  const fields = new Set(context.studioFields);
  const types = new Set(context.studioTypes.map((type) => type.value));
  const checkField = (reference: string, path: (string | number)[]) => {
    if (!reference.startsWith('field:')) return;
    const key = reference.slice('field:'.length);
    if (!fields.has(key)) add(path, `字段“${key}”不在本活动的 fields.studio 中，这一列将永远为空`);
  };
  summary.columns.forEach((column, index) => checkField(column.value, ['columns', index, 'value']));
  summary.pivotSums.forEach((sum, index) => checkField(sum.value, ['pivotSums', index, 'value']));
  summary.orderBy.forEach((key, index) => checkField(key, ['orderBy', index]));
  summary.header.rows.forEach((row, rowIndex) => {
    const span = row.reduce((sum, cell) => sum + cell.span, 0);
    if (span > summary.columns.length) add(['header', 'rows', rowIndex], `这一行占 ${span} 列，超过了表格的 ${summary.columns.length} 列`);
    row.forEach((cell, cellIndex) => {
      if (!('value' in cell) || !cell.value.startsWith('typeCount:')) return;
      const type = cell.value.slice('typeCount:'.length);
      if (!types.has(type)) add(['header', 'rows', rowIndex, cellIndex, 'value'], `未知的工作室类型“${type}”（studioTypes 中没有）`);
    });
  });
  if (summary.opinion && summary.opinion.labelSpan >= summary.columns.length) {
    add(['opinion', 'labelSpan'], `意见栏标题占 ${summary.opinion.labelSpan} 列，表格只有 ${summary.columns.length} 列`);
  }
  let previousGroup: string | undefined;
  const closedGroups = new Set<string>();
  summary.columns.forEach((column, index) => {
    if (previousGroup && column.group !== previousGroup) closedGroups.add(previousGroup);
    if (column.group && closedGroups.has(column.group)) add(['columns', index, 'group'], `分组“${column.group}”的列必须相邻`);
    previousGroup = column.group;
  });
}
