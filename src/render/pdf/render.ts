import type { FormView } from '../view.js';
import { imposeBooklet, type BookletSheet } from './booklet.js';
import { printableHtml } from './document.js';
import { postprocessPdf, splitPdfDocuments, type PdfMeta } from './postprocess.js';
import type { HtmlPrinter } from './printer.js';
import type { HtmlTemplate } from './template.js';

export interface PdfRenderOptions {
  /** Creation/modification date written into every PDF (the campaign's notice date). */
  readonly date: Date;
  /**
   * Documents printed per browser call. 1 prints each document on its own
   * (slowest; each PDF embeds only its own glyphs). Larger batches print several
   * documents at once and split the result; each file is still one studio's
   * pages, but its font subsets also hold the glyphs of the batch, so its bytes
   * depend on which studios share the batch (same input and batch size → same bytes).
   */
  readonly batchSize?: number;
}

/**
 * Renders one PDF per view, in order. Each document is printed from the shared
 * form stylesheet plus the template body, then made reproducible (fixed dates,
 * no browser version) by postprocessPdf, and imposed as a booklet when the
 * form's page setup asks for one (page.booklet).
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
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? 1));
  // The browser prints the next batch while this process post-processes the current one.
  let pending: PrintedBatch | undefined;
  for (const batch of chunks(views, batchSize)) {
    const next = printBatch(printer, template, batch, options.date);
    if (pending) yield* await finishBatch(pending);
    pending = next;
  }
  if (pending) yield* await finishBatch(pending);
}

interface PrintedBatch {
  readonly metas: readonly PdfMeta[];
  readonly pdf: Promise<Uint8Array>;
  readonly booklet: BookletSheet | undefined;
}

function printBatch(printer: HtmlPrinter, template: HtmlTemplate, views: readonly FormView[], date: Date): PrintedBatch {
  const metas = views.map((view) => pdfMeta(view, date));
  const bodies = views.map((view) => template.renderBody(view));
  const markDocuments = views.length > 1;
  const html = printableHtml(bodies, template.page, { markDocuments, title: markDocuments ? '' : metas[0]?.title });
  const pdf = printer.print(html);
  // Awaited later by finishBatch; without this a failure before then would be reported as unhandled.
  pdf.catch(() => undefined);
  return { metas, pdf, booklet: template.page.booklet };
}

async function finishBatch(batch: PrintedBatch): Promise<Uint8Array[]> {
  const bytes = await batch.pdf;
  const documents = batch.metas.length === 1 ? [await postprocessPdf(bytes, batch.metas[0] as PdfMeta)] : await splitPdfDocuments(bytes, batch.metas);
  const sheet = batch.booklet;
  return sheet ? Promise.all(documents.map((document) => imposeBooklet(document, sheet))) : documents;
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
