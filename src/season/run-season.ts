import { announcementsOf, type AnnouncementOptions } from '../announcements/content.js';
import { publicityPeriod, type PublicityPeriod } from '../announcements/working-days.js';
import type { DocumentFacts } from '../archive/types.js';
import { loadCampaign, type CampaignBundle } from '../campaigns/load.js';
import type { Campaign } from '../campaigns/schema.js';
import { StudioDocsError } from '../core/errors.js';
import { formatProblem, type Problem } from '../core/problem.js';
import type { InputFile } from '../import/types.js';
import { ArchiveWriter, type IssueStatus } from '../io/archive-writer.js';
import { checkInWorker } from '../io/check-in-worker.js';
import type { AllocatedDocNumber } from '../io/doc-numbers.js';
import { renderDocxForms } from '../io/docx-forms.js';
import { OnDemandPrinter } from '../io/form-printer.js';
import { collectGarbageNow } from '../io/heap-growth.js';
import type { Registry } from '../io/registry.js';
import { openRunRegistry, runInputs } from '../io/run-registry.js';
import { toolVersion } from '../io/tool-version.js';
import { ANNOUNCEMENT_LABELS, renderAnnouncements } from '../jobs/announcements.js';
import type { CheckResult } from '../jobs/check.js';
import { countForms, managementCycleYears, renderForms, selectForReview, type FormFormat } from '../jobs/forms.js';
import type { ReviewScores } from '../jobs/scores.js';
import { countSummaries, planSummaries, renderSummaries, selectSummaries, type SummaryFormat, type SummaryPlan } from '../jobs/summary.js';
import type { HtmlPrinter } from '../render/pdf/printer.js';
import { rankApplications, reviewOf, type Selection } from '../review/index.js';
import { buildRankedWorkbook } from '../review/ranked-workbook.js';
import { abortCheckpoint, interruptedError, throwIfAborted } from './abort.js';
import { allocateDecisionNumber } from './decision-number.js';
import { announcementFacts, formFacts, RANKED_LIST_LABEL, rankedListFacts, summaryFacts } from './document-facts.js';
import { saveErrorWorkbook } from './error-workbook.js';

export type SeasonPhase = 'forms' | 'summaries' | 'announcements';

export interface SeasonProgress {
  readonly phase: SeasonPhase;
  /** What is being made, in Chinese, for progress bars: 生成申请表… */
  readonly label: string;
  readonly done: number;
  readonly total: number;
}

export interface SeasonRequest {
  readonly campaignId: string;
  /** The applications: one workbook or a studios/members CSV pair. */
  readonly files: readonly InputFile[];
  readonly out: string;
  readonly registry: string;
  readonly formats: readonly FormFormat[];
  /** Recorded with the run: build, render, serve. */
  readonly command: string;
  /** The forms of every valid studio (default true; `summary` turns them off). */
  readonly forms?: boolean;
  /** Summary sheets per recommending union and the city workbook (default: when the campaign defines them). */
  readonly summaries?: boolean;
  /** Only these summary definitions (campaign summaries' ids); default all. */
  readonly summaryIds?: readonly string[];
  /** Formats of the summary sheets; default xlsx plus `formats`. */
  readonly summaryFormats?: readonly SummaryFormat[];
  /** Expert scores: ranking, the ranking workbook and (when the campaign defines them) 推荐排序名单, 公示, 命名决定. */
  readonly scores?: InputFile;
  /** Date of the 命名决定, YYYY-MM-DD; required with scores. */
  readonly announceDate?: string;
  readonly publicityStart?: string;
  /** Only studios whose management cycle ends in this year, and only their forms. */
  readonly reviewYear?: number;
  readonly writeErrorWorkbook?: boolean;
  /** Stops the run between documents; the browser is closed at once. Ends with StudioDocsError INTERRUPTED. */
  readonly signal?: AbortSignal;
  /** After validation, before anything is rendered (the CLI prints the report here). */
  readonly onCheck?: (check: CheckResult, errorWorkbook: string | undefined, campaign: Campaign) => void;
  readonly onProgress?: (progress: SeasonProgress) => void;
}

export type SeasonDocumentKind = 'form' | 'summary' | 'ranking' | 'announcement';

export interface SeasonDocument {
  /** As written: under `out`, with the version suffix when there is one. */
  readonly path: string;
  /** Relative to `out`, "/"-separated. */
  readonly relativePath: string;
  readonly status: IssueStatus;
  readonly kind: SeasonDocumentKind;
  readonly label: string;
  readonly format: FormFormat | SummaryFormat;
  readonly studio?: string;
  readonly docNumber?: string;
}

export interface SeasonReview {
  readonly scoreProblems: readonly Problem[];
  readonly selection: Selection;
  readonly docNumber?: AllocatedDocNumber;
  readonly publicity?: PublicityPeriod;
}

export interface SeasonResult {
  readonly campaign: Campaign;
  readonly check: CheckResult;
  readonly errorWorkbook?: string;
  /** Studios whose forms were made (all valid ones, or those due for review with reviewYear). */
  readonly studios: number;
  readonly documents: readonly SeasonDocument[];
  readonly review?: SeasonReview;
  /** The summary tables made, for reports (hand-filled items, non-public shares). */
  readonly summaryPlans: readonly SummaryPlan[];
  /** The 命名决定's 发文字号, when one was issued. */
  readonly docNumber?: string;
  /** Things the office should know that are not errors (e.g. why announcements were not made). */
  readonly notes: readonly string[];
  readonly registry: { readonly path: string; readonly run: number | null };
}

/**
 * The whole season for a campaign in one run, as `studio-docs build` and the web
 * page do it: validate (with the marked-up workbook), every form of every valid
 * studio, the summary sheets, and with expert scores the ranking and the naming
 * documents; everything issued into the archive. Score problems and campaign
 * settings are checked before the first document, so a run that would fail
 * half-way fails before it starts.
 *
 * @example
 * const result = await runSeason({ campaignId: 'shanghai-2020', files, out: 'out/shanghai-2020', registry: 'out/studio-docs.sqlite', formats: ['docx', 'pdf'], command: 'build' });
 */
export async function runSeason(request: SeasonRequest): Promise<SeasonResult> {
  const bundle = loadCampaign(request.campaignId);
  const { campaign } = bundle;
  const reviewDates = request.scores ? reviewSettings(campaign, request) : undefined;
  if (request.reviewYear !== undefined) managementCycleYears(campaign);
  throwIfAborted(request.signal);

  const registry = openRunRegistry(request.registry, request.out);
  try {
    // In a worker thread: the memory of parsing the inputs goes back when it ends, before the browser starts.
    const checked = await checkInWorker({
      files: request.files,
      campaign,
      namedStudios: registry.namedStudios(),
      errorWorkbook: request.writeErrorWorkbook === true,
      ...(request.scores && reviewDates ? { scores: request.scores } : {}),
    });
    const { check } = checked;
    const errorWorkbook = request.writeErrorWorkbook ? saveErrorWorkbook(request.out, checked.errorWorkbook) : undefined;
    request.onCheck?.(check, errorWorkbook, campaign);
    if (check.valid.length === 0) {
      throw new StudioDocsError('INVALID_DATA', check.summary.studios === 0 ? '输入中没有任何工作室数据。' : '没有可生成文书的工作室：全部工作室都有错误，请先按上面的清单修改。', {
        details: { campaign: campaign.id, summary: check.summary, problems: check.problems },
      });
    }
    const ranking = checked.scores && reviewDates ? rankWithScores(checked.scores, check, campaign) : undefined;
    throwIfAborted(request.signal);

    const run = new SeasonRun(request, bundle, registry);
    const studios = request.reviewYear === undefined ? check.valid : selectForReview(check.valid, campaign, request.reviewYear);
    const summaries = request.summaries !== false && request.reviewYear === undefined ? selectSummaries(campaign, request.summaryIds) : [];
    const summaryPlans = planSummaries(check.valid, campaign, summaries);
    const review = await run.issueAll(async () => {
      if (request.forms !== false) await run.issueForms(studios, check);
      if (summaryPlans.length > 0) await run.issueSummaries(summaryPlans, check);
      return ranking && reviewDates ? run.issueReview(ranking, reviewDates) : undefined;
    });
    return {
      campaign,
      check,
      ...(errorWorkbook ? { errorWorkbook } : {}),
      studios: studios.length,
      documents: run.documents,
      ...(review ? { review } : {}),
      summaryPlans,
      ...(review?.docNumber ? { docNumber: review.docNumber.docNumber } : {}),
      notes: run.notes,
      registry: { path: registry.path, run: run.archive.run?.id ?? null },
    };
  } finally {
    registry.close();
  }
}

interface Ranking {
  readonly selection: Selection;
  readonly scoreProblems: readonly Problem[];
}

/** Dates and campaign settings for the naming documents, checked before any input is read. */
function reviewSettings(campaign: Campaign, request: SeasonRequest): AnnouncementOptions {
  reviewOf(campaign);
  if (!request.announceDate) throw new StudioDocsError('USAGE', '给出专家评分表时还需要命名决定的成文日期（--date YYYY-MM-DD）。');
  if (request.reviewYear !== undefined) throw new StudioDocsError('USAGE', '周期考核（--review-year）不排名，不能同时给出专家评分表。');
  return { date: request.announceDate, ...(request.publicityStart ? { publicityStart: request.publicityStart } : {}) };
}

function rankWithScores(scores: ReviewScores, check: CheckResult, campaign: Campaign): Ranking {
  if (scores.errors > 0) {
    throw new StudioDocsError('INVALID_DATA', `评分表有错误，未生成任何文书；请修改评分表后重新运行：\n${scores.problems.map(formatProblem).join('\n')}`, {
      details: { campaign: campaign.id, scoreProblems: scores.problems },
    });
  }
  return { selection: rankApplications(check.valid, scores.matched.byStudio, campaign), scoreProblems: scores.problems };
}

/** One run's archive writer, browser and progress, and the documents it issued. */
class SeasonRun {
  readonly archive: ArchiveWriter;
  readonly documents: SeasonDocument[] = [];
  readonly notes: string[] = [];
  private printer: HtmlPrinter | undefined;
  private readonly checkpoint: () => Promise<void>;
  private readonly campaign: Campaign;

  constructor(
    private readonly request: SeasonRequest,
    private readonly bundle: CampaignBundle,
    private readonly registry: Registry,
  ) {
    this.campaign = bundle.campaign;
    this.checkpoint = abortCheckpoint(request.signal);
    const inputs = runInputs([...request.files, ...(request.scores ? [request.scores] : [])]);
    this.archive = new ArchiveWriter(registry, { campaign: this.campaign.id, command: request.command, toolVersion: toolVersion(), outDir: request.out, inputs });
  }

  /** Runs the phases with one browser (when PDFs are wanted; started by the first print); a stop closes it at once. */
  async issueAll<T>(phases: () => Promise<T>): Promise<T> {
    const { signal } = this.request;
    const printsForms = this.request.forms !== false && this.request.formats.includes('pdf');
    const printsOther = this.summaryFormats().includes('pdf') || (this.request.scores !== undefined && this.request.formats.includes('pdf'));
    const browser = printsForms || printsOther ? OnDemandPrinter.prepare() : undefined;
    this.printer = browser;
    const stop = () => void browser?.close();
    signal?.addEventListener('abort', stop, { once: true });
    try {
      const result = await phases();
      this.archive.finish('finished');
      return result;
    } catch (error) {
      const stopped = signal?.aborted === true;
      this.archive.finish(stopped ? 'interrupted' : 'failed');
      throw stopped ? interruptedError() : error;
    } finally {
      signal?.removeEventListener('abort', stop);
      await browser?.close();
    }
  }

  async issueForms(studios: CheckResult['valid'], check: CheckResult): Promise<void> {
    const byKey = new Map(check.valid.map(({ key, studio }) => [key, studio]));
    const progress = this.phase('forms', '生成申请表', countForms(studios, this.bundle, this.request.formats));
    const options = {
      formats: this.request.formats,
      docxRenderer: renderDocxForms,
      ...(this.request.reviewYear === undefined ? {} : { reviewYear: this.request.reviewYear }),
      ...this.printerOption(),
    };
    for await (const doc of renderForms(studios, this.bundle, options)) {
      await this.issue('form', doc.form.label, doc, formFacts(this.campaign, doc, byKey), { studio: doc.studioName });
      progress();
    }
  }

  async issueSummaries(plans: readonly SummaryPlan[], check: CheckResult): Promise<void> {
    const formats = this.summaryFormats();
    // The forms' garbage goes before the sheets are built and printed beside the browser.
    collectGarbageNow();
    const progress = this.phase('summaries', '生成汇总表', countSummaries(plans, formats));
    for await (const doc of renderSummaries(plans, this.campaign, { formats, excluded: check.summary.blocked, ...this.printerOption() })) {
      await this.issue('summary', doc.summary.label, doc, summaryFacts(this.campaign, doc));
      progress();
    }
  }

  async issueReview(ranking: Ranking, dates: AnnouncementOptions): Promise<SeasonReview> {
    const { selection, scoreProblems } = ranking;
    const announce = this.campaign.announcements !== undefined && selection.totals.selected > 0;
    const progress = this.phase('announcements', '生成评审结果和公文', 1 + (announce ? 3 * this.request.formats.length : 0));
    const reviewSpec = reviewOf(this.campaign);
    await this.issue('ranking', RANKED_LIST_LABEL, { relativePath: `${RANKED_LIST_LABEL}.xlsx`, bytes: await buildRankedWorkbook(selection, this.campaign, reviewSpec), format: 'xlsx' }, rankedListFacts(this.campaign));
    progress();
    // Building the workbook of 10,000 ranked studios left up to ≈ 0.28 GB of garbage (≈ 0.1 GB live); it goes before the long lists are printed.
    collectGarbageNow();
    if (!announce) {
      this.notes.push(
        this.campaign.announcements === undefined
          ? `活动“${this.campaign.id}”的通知没有规定公示和命名决定的发文信息（campaign.json 无 announcements），只生成了${RANKED_LIST_LABEL}。`
          : `没有入选的工作室，未生成公示和命名决定。`,
      );
      return { scoreProblems, selection };
    }
    const docNumber = allocateDecisionNumber(this.registry, selection, this.campaign, dates);
    const publicity = publicityPeriod(dates.publicityStart ?? dates.date, announcementsOf(this.campaign).publicity.workingDays);
    for await (const doc of renderAnnouncements(selection, this.campaign, dates, docNumber.docNumber, { formats: this.request.formats, ...this.printerOption() })) {
      await this.issue('announcement', ANNOUNCEMENT_LABELS[doc.kind], doc, announcementFacts(this.campaign, doc), doc.docNumber ? { docNumber: doc.docNumber } : {});
      // A city-wide list as DOCX leaves ≈ 0.26 GB of garbage: it goes before the next document is made beside the browser.
      collectGarbageNow();
      progress();
    }
    return { scoreProblems, selection, docNumber, publicity };
  }

  private async issue(
    kind: SeasonDocumentKind,
    label: string,
    doc: { readonly relativePath: string; readonly bytes: Uint8Array; readonly format: SeasonDocument['format'] },
    facts: DocumentFacts,
    extra: { studio?: string; docNumber?: string } = {},
  ): Promise<void> {
    // Checked before each write: a stop lands between whole documents.
    await this.checkpoint();
    const result = this.archive.issue(doc.relativePath, doc.bytes, facts);
    this.documents.push({ path: result.path, relativePath: result.relativePath, status: result.status, kind, label, format: doc.format, ...extra });
  }

  private phase(phase: SeasonPhase, label: string, total: number): () => void {
    let done = 0;
    this.request.onProgress?.({ phase, label, done, total });
    return () => {
      done += 1;
      this.request.onProgress?.({ phase, label, done, total });
    };
  }

  private summaryFormats(): readonly SummaryFormat[] {
    return this.request.summaryFormats ?? ['xlsx', ...this.request.formats];
  }

  private printerOption(): { printer?: HtmlPrinter } {
    return this.printer ? { printer: this.printer } : {};
  }
}
