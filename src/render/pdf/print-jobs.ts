import { printableHtml } from './document.js';
import type { FormPage } from './form-style.js';
import { eachSplitDocument, postprocessPdf, type PdfMeta } from './postprocess.js';
import type { HtmlPrinter } from './printer.js';

/** Documents printed together in one browser call: their bodies, one PDF's metadata each, and the page setup. */
export interface PrintJob {
  readonly bodies: readonly string[];
  readonly metas: readonly PdfMeta[];
  /** Paper, and the booklet imposition when the page setup asks for one. */
  readonly page: FormPage;
}

/**
 * Prints jobs and yields one reproducible PDF per document, in order. `ahead`
 * jobs are handed to the printer before the oldest is split, so the browser
 * prints the next ones (a two-tab printer, two at once) while this process
 * splits; at most that many printed jobs, plus the one being split, are held in
 * memory. A job of several documents is marked and split (split.ts) one file at
 * a time, as the caller takes them; a job of one is printed under its own title
 * and only post-processed.
 *
 * @example for await (const pdf of printInJobs(printer, jobs, 2)) files.push(pdf);
 */
export async function* printInJobs(printer: HtmlPrinter, jobs: Iterable<PrintJob>, ahead: number): AsyncGenerator<Uint8Array> {
  const printing: PrintingJob[] = [];
  for (const job of jobs) {
    printing.push(startJob(printer, job));
    if (printing.length > Math.max(1, ahead)) yield* finishJob(printing.shift() as PrintingJob);
  }
  for (let job = printing.shift(); job; job = printing.shift()) yield* finishJob(job);
}

interface PrintingJob {
  readonly job: PrintJob;
  readonly pdf: Promise<Uint8Array>;
}

function startJob(printer: HtmlPrinter, job: PrintJob): PrintingJob {
  const markDocuments = job.bodies.length > 1;
  const pdf = printer.print(printableHtml(job.bodies, job.page, { markDocuments, title: markDocuments ? '' : job.metas[0]?.title }));
  // Awaited later by finishJob; without this a failure before then would be reported as unhandled.
  pdf.catch(() => undefined);
  return { job, pdf };
}

async function* finishJob({ job, pdf }: PrintingJob): AsyncGenerator<Uint8Array> {
  const bytes = await pdf;
  const layout = { booklet: job.page.booklet };
  if (job.metas.length === 1) yield await postprocessPdf(bytes, job.metas[0] as PdfMeta, layout);
  else yield* eachSplitDocument(bytes, job.metas, layout);
}
