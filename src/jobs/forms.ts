import type { CampaignBundle } from '../campaigns/load.js';
import { cycleEndingIn } from '../campaigns/management-cycle.js';
import type { Campaign, Form } from '../campaigns/schema.js';
import { StudioDocsError } from '../core/errors.js';
import { sha256Hex } from '../core/hash.js';
import { safeFileName, uniqueStems } from '../core/file-names.js';
import { docxFormRenderer } from '../render/docx/form-renderer.js';
import { compileHtmlTemplate, documentDate, renderPdfDocuments, type HtmlPrinter } from '../render/pdf/index.js';
import { buildFormView, type FormView } from '../render/view.js';
import type { ValidStudio } from '../validate/types.js';

export const FORM_FORMATS = ['docx', 'pdf'] as const;
export type FormFormat = (typeof FORM_FORMATS)[number];

export interface RenderedForm {
  readonly studioKey: string;
  readonly studioName: string;
  readonly form: Form;
  readonly format: FormFormat;
  /** Relative to the output folder: <表名>/<推荐单位>/<工作室>-<表名>.<ext>. */
  readonly relativePath: string;
  readonly bytes: Uint8Array;
  /** What the document says: studio, campaign, form template and format (see DocumentFacts.contentKey). */
  readonly contentKey: string;
}

export interface RenderFormsOptions {
  readonly formats: readonly FormFormat[];
  /** Needed when formats include pdf. */
  readonly printer?: HtmlPrinter;
  /** Forms describe the management cycle ending in this year (pass the studios selectForReview() picked). */
  readonly reviewYear?: number;
  /**
   * Renders one form as DOCX for many studios, in order. Default: in this thread;
   * the CLI and the web page pass the worker-thread renderer (src/io/docx-forms.ts).
   */
  readonly docxRenderer?: DocxFormsRenderer;
}

export type DocxFormsRenderer = (studios: readonly ValidStudio[], bundle: CampaignBundle, form: Form, options: { reviewYear?: number | undefined }) => AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

/** DOCX in the calling thread: the template compiled once, one studio after another. */
export function* renderDocxFormsInThread(studios: readonly ValidStudio[], bundle: CampaignBundle, form: Form, options: { reviewYear?: number | undefined }): Generator<Uint8Array> {
  const render = docxFormRenderer(bundle.campaign, form, asset(bundle, form.docx ?? ''), { reviewYear: options.reviewYear });
  for (const { studio } of studios) yield render(studio);
}

/**
 * Every form of the campaign for every valid studio, in each requested format.
 * Templates are checked and compiled once, before the first document.
 *
 * @example
 * for await (const doc of renderForms(valid, bundle, { formats: ['docx'] })) write(doc.relativePath, doc.bytes);
 */
export async function* renderForms(studios: readonly ValidStudio[], bundle: CampaignBundle, options: RenderFormsOptions): AsyncGenerator<RenderedForm> {
  const { campaign } = bundle;
  const stems = uniqueStems(studios.map(({ studio }) => safeFileName(studio.name)));
  const folders = studios.map(({ studio }) => safeFileName(studio.recommender ?? '', '未填推荐单位'));
  const campaignKey = sha256Hex(JSON.stringify(campaign));
  for (const form of campaign.forms) {
    // Views are built as documents are made, not all at once: memory stays flat for any batch size.
    const views = function* (): Generator<FormView> {
      for (const { studio } of studios) yield buildFormView(studio, campaign, form, { reviewYear: options.reviewYear });
    };
    const templateKeys = { docx: form.docx ? sha256Hex(asset(bundle, form.docx)) : '', pdf: form.html ? sha256Hex(asset(bundle, form.html)) : '' };
    const place = (index: number, format: FormFormat, bytes: Uint8Array): RenderedForm => {
      const { key, studio } = studios[index] as ValidStudio;
      const label = safeFileName(form.label);
      return {
        contentKey: sha256Hex(JSON.stringify([format, form.id, templateKeys[format], campaignKey, options.reviewYear ?? null, studio])),
        studioKey: key,
        studioName: studio.name,
        form,
        format,
        relativePath: `${label}/${folders[index]}/${stems[index]}-${label}.${format}`,
        bytes,
      };
    };
    if (options.formats.includes('docx') && form.docx) {
      let index = 0;
      const renderDocx = options.docxRenderer ?? renderDocxFormsInThread;
      for await (const docx of renderDocx(studios, bundle, form, { reviewYear: options.reviewYear })) {
        yield place(index, 'docx', docx);
        index += 1;
      }
    }
    if (options.formats.includes('pdf') && form.html) {
      if (!options.printer) throw new Error('renderForms: a printer is required for PDF output');
      const source = new TextDecoder().decode(asset(bundle, form.html));
      const template = compileHtmlTemplate(source, form.html, { campaign, form });
      let index = 0;
      for await (const pdf of renderPdfDocuments(options.printer, template, views(), { date: documentDate(campaign.noticeDate) })) {
        yield place(index, 'pdf', pdf);
        index += 1;
      }
    }
  }
}

/**
 * The named studios whose management cycle ends in `year`, for that year's
 * review (render --review-year). Only campaigns that set managementCycleYears
 * have cycles.
 *
 * @example selectForReview(valid, campaign, 2019) // studios named in 2016 (3-year cycles)
 */
export function selectForReview(studios: readonly ValidStudio[], campaign: Campaign, year: number): ValidStudio[] {
  const cycleYears = managementCycleYears(campaign);
  return studios.filter(({ studio }) => studio.namedDate !== undefined && cycleEndingIn(studio.namedDate, cycleYears, year) !== undefined);
}

/**
 * The campaign's management cycle length; a usage error for campaigns without
 * cycles, so `--review-year` fails before any input is read.
 *
 * @example managementCycleYears(shanghaiTechnician2016) // 3
 */
export function managementCycleYears(campaign: Campaign): number {
  if (!campaign.managementCycleYears) {
    throw new StudioDocsError('USAGE', `评选活动“${campaign.id}”没有管理周期（campaign.json 未设 managementCycleYears），不能使用 --review-year。`);
  }
  return campaign.managementCycleYears;
}

/** How many documents renderForms will yield, for progress bars. */
export function countForms(studios: readonly ValidStudio[], bundle: CampaignBundle, formats: readonly FormFormat[]): number {
  const perStudio = bundle.campaign.forms.reduce(
    (sum, form) => sum + (formats.includes('docx') && form.docx ? 1 : 0) + (formats.includes('pdf') && form.html ? 1 : 0),
    0,
  );
  return perStudio * studios.length;
}

function asset(bundle: CampaignBundle, name: string): Uint8Array {
  const bytes = bundle.assets.get(name);
  if (!bytes) throw new Error(`Campaign ${bundle.campaign.id}: template ${name} was not loaded`);
  return bytes;
}
