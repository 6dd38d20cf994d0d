import type { FormView } from '../view.js';
import type { PdfMeta } from './postprocess.js';
import { printInJobs, type PrintJob } from './print-jobs.js';
import type { HtmlPrinter } from './printer.js';
import type { HtmlTemplate } from './template.js';

/** Forms printed per browser call unless the caller says otherwise (see PdfRenderOptions.batchSize). */
export const DEFAULT_PDF_BATCH_SIZE = 50;

export interface PdfRenderOptions {
  /** Creation/modification date written into every PDF (the campaign's notice date). */
  readonly date: Date;
  /**
   * Documents printed per browser call (default DEFAULT_PDF_BATCH_SIZE). Each
   * call has a fixed cost (page load, font set-up), so one document per call is
   * many times slower. A batch is split back into one file per document; each
   * file holds only its studio's pages and the glyphs those pages use, but its
   * bytes depend on which studios share the batch (same input and batch size →
   * same bytes).
   */
  readonly batchSize?: number;
  /**
   * Batches handed to the printer before the oldest is split (default 2): with a
   * two-tab printer both tabs print while this process splits the batch before
   * them. At most this many printed batches, plus the one being split, are held in memory.
   */
  readonly batchesAhead?: number;
}

/**
 * Renders one PDF per view, in order. Views are printed in batches from the
 * shared form stylesheet plus the template body, split into one reproducible
 * file per view (fixed dates, no browser version; split.ts), and imposed as a
 * booklet when the form's page setup asks for one (page.booklet).
 *
 * @example
 * for await (const pdf of renderPdfDocuments(printer, template, views, { date: documentDate('2020-10-22') })) files.push(pdf);
 */
export async function* renderPdfDocuments(
  printer: HtmlPrinter,
  template: HtmlTemplate,
  views: Iterable<FormView>,
  options: PdfRenderOptions,
): AsyncGenerator<Uint8Array> {
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_PDF_BATCH_SIZE));
  yield* printInJobs(printer, formJobs(template, views, batchSize, options.date), Math.floor(options.batchesAhead ?? 2));
}

/** Print jobs of `batchSize` forms, each rendered only when the printer is ready to take it. */
function* formJobs(template: HtmlTemplate, views: Iterable<FormView>, batchSize: number, date: Date): Generator<PrintJob> {
  for (const batch of chunks(views, batchSize)) {
    yield { bodies: batch.map((view) => template.renderBody(view)), metas: batch.map((view) => pdfMeta(view, date)), page: template.page };
  }
}

/**
 * Title and subject of one form's PDF, from its view.
 *
 * @example pdfMeta(view, date).title // '2020年度…申请表（张建国工匠创新工作室）'
 */
export function pdfMeta(view: FormView, date: Date): PdfMeta {
  const text = (key: string): string => (typeof view[key] === 'string' ? (view[key] as string) : '');
  return { title: `${text('formTitle')}（${text('studioName')}）`, subject: text('programName'), date };
}

function* chunks<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let chunk: T[] = [];
  for (const item of items) {
    chunk.push(item);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}
