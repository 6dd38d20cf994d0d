import { searchKey } from './keys.js';
import type { DocumentRecord, NamedStudio } from './types.js';

/**
 * What `archive list/search` and friends filter on. Text filters match a part of
 * the value, ignoring case, full-width/half-width forms and spaces (see searchKey).
 */
export interface ArchiveFilter {
  readonly studio?: string | undefined;
  readonly leader?: string | undefined;
  readonly unit?: string | undefined;
  readonly recommender?: string | undefined;
  readonly campaign?: string | undefined;
  /** Campaign year for documents, naming year for named studios. */
  readonly year?: number | undefined;
  readonly docNumber?: string | undefined;
  /** Matches any of studio, leader, unit, recommender and document number. */
  readonly text?: string | undefined;
}

/** A WHERE clause with named parameters (better-sqlite3 `@name` style). */
export interface SqlCondition {
  readonly where: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** The SQL function registered on every registry connection that computes searchKey. */
export const SEARCH_KEY_FUNCTION = 'search_key';

type TextFilter = 'studio' | 'leader' | 'unit' | 'recommender' | 'campaign' | 'docNumber';

interface TableColumns {
  readonly text: Readonly<Partial<Record<TextFilter, string>>>;
  /** SQL expression giving the year as an integer. */
  readonly year: string;
}

const DOCUMENT_COLUMNS: TableColumns = {
  text: { studio: 'studio_name', leader: 'leader', unit: 'unit', recommender: 'recommender', campaign: 'campaign', docNumber: 'doc_number' },
  year: 'year',
};

const NAMED_COLUMNS: TableColumns = {
  text: { studio: 'studio_name', leader: 'leader', unit: 'unit', recommender: 'recommender', campaign: 'campaign' },
  year: "CAST(substr(named_on, 1, 4) AS INTEGER)",
};

const FREE_TEXT_FIELDS: readonly TextFilter[] = ['studio', 'leader', 'unit', 'recommender', 'docNumber'];

/**
 * The documents table condition for a filter.
 *
 * @example documentCondition({ leader: '张' }) // { where: "search_key(leader) LIKE @leader ESCAPE '\\'", params: { leader: '%张%' } }
 */
export function documentCondition(filter: ArchiveFilter): SqlCondition {
  return condition(filter, DOCUMENT_COLUMNS);
}

/**
 * The named_studios table condition for a filter (no document numbers there).
 *
 * @example namedCondition({ year: 2017 }).where // 'CAST(substr(named_on, 1, 4) AS INTEGER) = @year'
 */
export function namedCondition(filter: ArchiveFilter): SqlCondition {
  if (filter.docNumber !== undefined) throw new Error('namedCondition: named studios have no document number');
  return condition(filter, NAMED_COLUMNS);
}

/** True when the filter selects everything. */
export function isEmptyFilter(filter: ArchiveFilter): boolean {
  return Object.values(filter).every((value) => value === undefined || value === '');
}

const FILTER_LABELS: Record<Exclude<keyof ArchiveFilter, 'year'>, string> = {
  studio: '工作室名称',
  leader: '领衔人',
  unit: '单位',
  recommender: '推荐单位',
  campaign: '活动',
  docNumber: '文号',
  text: '关键词',
};

/**
 * The filter in words, for the line above a listing.
 *
 * @example describeFilter({ leader: '张', year: 2020 }) // '领衔人含“张”，2020年度'
 */
export function describeFilter(filter: ArchiveFilter): string {
  const parts: string[] = [];
  for (const [key, label] of Object.entries(FILTER_LABELS) as [keyof typeof FILTER_LABELS, string][]) {
    const value = filter[key];
    if (value) parts.push(`${label}含“${value}”`);
  }
  if (filter.year !== undefined) parts.push(`${filter.year}年度`);
  return parts.join('，');
}

function condition(filter: ArchiveFilter, columns: TableColumns): SqlCondition {
  const clauses: string[] = [];
  const params: Record<string, string | number> = {};
  const like = (column: string, param: string) => `${SEARCH_KEY_FUNCTION}(${column}) LIKE @${param} ESCAPE '\\'`;
  for (const [key, column] of Object.entries(columns.text) as [TextFilter, string][]) {
    const value = filter[key];
    if (value === undefined || value.trim() === '') continue;
    clauses.push(like(column, key));
    params[key] = containsPattern(value);
  }
  if (filter.year !== undefined) {
    clauses.push(`${columns.year} = @year`);
    params.year = filter.year;
  }
  if (filter.text !== undefined && filter.text.trim() !== '') {
    const fields = FREE_TEXT_FIELDS.flatMap((key) => columns.text[key] ?? []);
    clauses.push(`(${fields.map((column) => like(column, 'text')).join(' OR ')})`);
    params.text = containsPattern(filter.text);
  }
  return { where: clauses.length > 0 ? clauses.join(' AND ') : '1', params };
}

/** LIKE pattern for "contains", with the wildcard characters of the query taken literally. */
function containsPattern(value: string): string {
  return `%${searchKey(value).replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

const chinese = new Intl.Collator('zh-CN');

/**
 * Listing order of documents: year, campaign, then recommender and studio in
 * Chinese (pinyin) order as office registers are kept, then form, format, version.
 */
export function compareDocuments(a: DocumentRecord, b: DocumentRecord): number {
  return (
    a.year - b.year ||
    a.campaign.localeCompare(b.campaign) ||
    chinese.compare(a.recommender ?? '', b.recommender ?? '') ||
    chinese.compare(a.studioName, b.studioName) ||
    a.formId.localeCompare(b.formId) ||
    a.format.localeCompare(b.format) ||
    a.version - b.version ||
    a.id - b.id
  );
}

/** Listing order of named studios: naming date, recommender and name in Chinese order. */
export function compareNamedStudios(a: NamedStudio, b: NamedStudio): number {
  return a.namedOn.localeCompare(b.namedOn) || chinese.compare(a.recommender ?? '', b.recommender ?? '') || chinese.compare(a.studioName, b.studioName) || a.id - b.id;
}
