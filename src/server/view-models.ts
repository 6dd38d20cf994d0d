import { relative, sep } from 'node:path';
import type { ArchiveFilter } from '../archive/search.js';
import type { DocumentRecord } from '../archive/types.js';
import { severityLabel, type Problem } from '../core/problem.js';
import type { IssueStatus } from '../io/archive-writer.js';
import type { CheckResult } from '../jobs/check.js';
import type { SeasonDocument, SeasonResult } from '../season/run-season.js';
import { HttpError } from './http-error.js';

/**
 * What the page shows, built from core results: plain JSON, no functions, no
 * absolute paths (the page never learns where files live on the server).
 */

export interface ProblemRow {
  readonly file: string;
  readonly sheet: string;
  readonly row: number | null;
  readonly column: string;
  readonly header: string;
  readonly value: string;
  readonly message: string;
  readonly code: string;
  readonly severity: Problem['severity'];
  readonly severityLabel: string;
  readonly studio: string;
}

export function problemRow(problem: Problem): ProblemRow {
  return {
    file: problem.file,
    sheet: problem.sheet ?? '',
    row: problem.row ?? null,
    column: problem.column ?? '',
    header: problem.header ?? '',
    value: problem.value ?? '',
    message: problem.message,
    code: problem.code,
    severity: problem.severity,
    severityLabel: severityLabel(problem.severity),
    studio: problem.studio ?? '',
  };
}

const FORMAT_NAMES = { xlsx: 'Excel 工作簿', csv: 'CSV' } as const;

/** The 核对问题 step: counts on top, then every problem in reading order. */
export function checkView(campaignId: string, check: CheckResult, errorWorkbookUrl: string | null) {
  return {
    campaignId,
    inputs: check.inputs.map((input) => ({
      name: input.name,
      format: FORMAT_NAMES[input.format],
      sheets: input.sheets.map((sheet) => ({ name: sheet.name, level: sheet.level === 'studio' ? '工作室' : '成员', rows: sheet.rows })),
    })),
    summary: check.summary,
    problems: check.problems.map(problemRow),
    errorWorkbookUrl,
  };
}
export type CheckView = ReturnType<typeof checkView>;

const STATUS_LABELS: Record<IssueStatus, string> = {
  written: '新写出',
  'new-version': '新版本',
  unchanged: '内容未变',
  adopted: '补登',
  restored: '恢复',
};

/**
 * A document of a finished job, addressed by its position in the job's list.
 * `entryName` is its path relative to the campaign output folder ("/"-separated),
 * as it appears in the ZIP.
 */
export function jobDocumentView(document: SeasonDocument, index: number, jobId: string, out: string) {
  const entryName = zipEntryName(document, out);
  return {
    index,
    label: document.label,
    kind: document.kind,
    format: document.format,
    studio: document.studio ?? '',
    name: entryName.split('/').pop() ?? entryName,
    entryName,
    status: document.status,
    statusLabel: STATUS_LABELS[document.status],
    url: `/api/jobs/${jobId}/documents/${index}`,
  };
}

/** Where a document sits in the job's ZIP: its written path relative to the output folder. */
export function zipEntryName(document: Pick<SeasonDocument, 'path' | 'relativePath'>, out: string): string {
  const fromPath = relative(out, document.path);
  const entry = fromPath === '' || fromPath.startsWith('..') ? document.relativePath : fromPath;
  return entry.split(sep).join('/');
}

/** A finished job's result as the 生成文书 step lists it. */
export function seasonResultView(result: SeasonResult, jobId: string, out: string) {
  const documents = result.documents.map((document, index) => jobDocumentView(document, index, jobId, out));
  const count = (status: IssueStatus) => documents.filter((document) => document.status === status).length;
  return {
    summary: result.check.summary,
    documents,
    counts: { total: documents.length, written: count('written'), newVersion: count('new-version'), unchanged: count('unchanged') },
    docNumber: result.docNumber ?? null,
    notes: result.notes,
    zipUrl: documents.length > 0 ? `/api/jobs/${jobId}/zip` : null,
  };
}
export type SeasonResultView = ReturnType<typeof seasonResultView>;

/** One line of the 档案 table. */
export function archiveRow(document: DocumentRecord) {
  return {
    id: document.id,
    year: document.year,
    campaign: document.campaign,
    recommender: document.recommender ?? '',
    studio: document.studioName,
    leader: document.leader ?? '',
    unit: document.unit ?? '',
    form: document.formLabel,
    format: document.format,
    version: document.version,
    docNumber: document.docNumber ?? '',
    createdAt: document.createdAt,
    name: document.path.split('/').pop() ?? document.path,
    url: `/api/archive/documents/${document.id}`,
  };
}

const ARCHIVE_QUERY_KEYS = ['studio', 'unit', 'docNumber', 'text'] as const;

/**
 * The 档案 search form's query string → an archive filter (the one `archive search` uses).
 *
 * @example archiveFilterOf(new URLSearchParams('studio=张&year=2020')) // { studio: '张', year: 2020 }
 */
export function archiveFilterOf(query: URLSearchParams): ArchiveFilter {
  const filter: Record<string, string | number> = {};
  for (const key of ARCHIVE_QUERY_KEYS) {
    const value = query.get(key)?.trim();
    if (value) filter[key] = value;
  }
  const year = query.get('year')?.trim();
  if (year) {
    if (!/^\d{4}$/.test(year)) throw new HttpError(400, 'BAD_QUERY', `年度应为四位年份，如 2020（收到“${year}”）。`);
    filter.year = Number(year);
  }
  return filter as ArchiveFilter;
}
