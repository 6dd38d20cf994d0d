import type { Campaign } from '../campaigns/schema.js';
import type { Summary } from '../campaigns/summary-schema.js';
import { StudioDocsError } from '../core/errors.js';
import { safeFileName } from '../core/file-names.js';
import type { HtmlPrinter } from '../render/pdf/printer.js';
import { documentDate } from '../render/pdf/postprocess.js';
import { buildCityWorkbook, buildSummaryWorkbook, renderSummaryDocx, renderSummaryPdfs, summaryPageLayout } from '../render/summary/index.js';
import { buildSummaryTables, cityStatistics, type CityStatistics, type SummaryTable } from '../summary/index.js';
import type { ValidStudio } from '../validate/types.js';

export const SUMMARY_FORMATS = ['xlsx', 'docx', 'pdf'] as const;
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];

export interface RenderedSummary {
  readonly summary: Summary;
  /** The recommending union; absent for the city workbook. */
  readonly group?: string;
  readonly format: SummaryFormat;
  /** Relative to the output folder: <表名>/<推荐单位>-<表名>.<ext>, and <表名>-全市汇总.xlsx. */
  readonly relativePath: string;
  readonly bytes: Uint8Array;
}

export interface SummaryJobOptions {
  readonly formats: readonly SummaryFormat[];
  /** Needed when formats include pdf. */
  readonly printer?: HtmlPrinter;
  /** Studios held back by validation errors: named in the city workbook's note. */
  readonly excluded: number;
}

export interface SummaryPlan {
  readonly summary: Summary;
  readonly tables: readonly SummaryTable[];
  readonly city: CityStatistics;
}

/**
 * Per definition: one table per recommending union and the city pivot, all from
 * the validated studios (blocked studios are not summarised).
 *
 * @example const plans = planSummaries(check.valid, campaign, campaign.summaries);
 */
export function planSummaries(studios: readonly ValidStudio[], campaign: Campaign, summaries: readonly Summary[]): SummaryPlan[] {
  const records = studios.map(({ studio }) => studio);
  return summaries.map((summary) => ({ summary, tables: buildSummaryTables(records, campaign, summary), city: cityStatistics(records, campaign, summary) }));
}

/** How many files renderSummaries will yield, for progress bars. */
export function countSummaries(plans: readonly SummaryPlan[], formats: readonly SummaryFormat[]): number {
  return plans.reduce((sum, { tables }) => sum + tables.length * formats.length + (formats.includes('xlsx') ? 1 : 0), 0);
}

/**
 * Every union's sheet in each requested format, then the city workbook (with
 * xlsx). Same data, same bytes for XLSX and DOCX.
 *
 * @example for await (const doc of renderSummaries(plans, campaign, { formats: ['xlsx'], excluded: 8 })) write(doc.relativePath, doc.bytes);
 */
export async function* renderSummaries(plans: readonly SummaryPlan[], campaign: Campaign, options: SummaryJobOptions): AsyncGenerator<RenderedSummary> {
  for (const { summary, tables, city } of plans) {
    const label = safeFileName(summary.label);
    const place = (table: SummaryTable, format: SummaryFormat, bytes: Uint8Array): RenderedSummary => ({
      summary,
      group: table.group,
      format,
      relativePath: `${label}/${safeFileName(table.group, '未填推荐单位')}-${label}.${format}`,
      bytes,
    });
    const layout = summaryPageLayout(summary, tables);
    if (options.formats.includes('xlsx')) {
      for (const table of tables) yield place(table, 'xlsx', await buildSummaryWorkbook(table, campaign, layout));
      yield { summary, format: 'xlsx', relativePath: `${label}-全市汇总.xlsx`, bytes: await buildCityWorkbook(tables, city, campaign, { excluded: options.excluded, page: layout }) };
    }
    if (options.formats.includes('docx')) {
      const documents = renderSummaryDocx(tables, layout);
      for (const [index, table] of tables.entries()) yield place(table, 'docx', documents[index] as Uint8Array);
    }
    if (options.formats.includes('pdf')) {
      if (!options.printer) throw new Error('renderSummaries: a printer is required for PDF output');
      const pdfs = await renderSummaryPdfs(options.printer, tables, layout, documentDate(campaign.noticeDate));
      for (const [index, table] of tables.entries()) yield place(table, 'pdf', pdfs[index] as Uint8Array);
    }
  }
}

/**
 * The campaign's summary definitions, or only those asked for by id. Asking for
 * summaries a campaign does not define is a usage error; not asking gives none.
 *
 * @example selectSummaries(campaign, undefined) // every definition (none for Beijing)
 * @example selectSummaries(campaign, ['shanghai-attachment-1'])
 */
export function selectSummaries(campaign: Campaign, ids: readonly string[] | undefined): Summary[] {
  if (ids === undefined) return [...campaign.summaries];
  if (campaign.summaries.length === 0) {
    throw new StudioDocsError('USAGE', `活动“${campaign.id}”的通知没有定义汇总表（campaign.json 中没有 summaries）。`);
  }
  const unknown = ids.filter((id) => !campaign.summaries.some((summary) => summary.id === id));
  if (unknown.length > 0) {
    throw new StudioDocsError('USAGE', `未知的汇总表“${unknown.join('、')}”；可选：${campaign.summaries.map((summary) => `${summary.id}（${summary.label}）`).join('、')}`);
  }
  return campaign.summaries.filter((summary) => ids.includes(summary.id));
}
