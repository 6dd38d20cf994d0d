import { availableParallelism } from 'node:os';
import type { CampaignBundle } from '../campaigns/load.js';
import type { Form } from '../campaigns/schema.js';
import type { Studio } from '../model/schema.js';
import { docxFormRenderer } from '../render/docx/form-renderer.js';
import type { ValidStudio } from '../validate/types.js';
import type { DocxFormWorkerData } from './docx-form-worker.js';
import { mapInWorkers, workerScript } from './worker-pool.js';

export interface DocxFormsOptions {
  /** Forms describe the management cycle ending in this year (render --review-year). */
  readonly reviewYear?: number | undefined;
  /** Worker threads; 1 renders in the calling thread. Default: os.availableParallelism(). */
  readonly threads?: number | undefined;
  /** Documents in flight at most (memory bound). Default: 4 per thread. */
  readonly window?: number | undefined;
}

/**
 * Renders `form` as DOCX for every studio, yielding the bytes in input order.
 * The template is checked here first (a BAD_TEMPLATE error comes before any
 * thread starts) and compiled once per thread; with more than one thread the
 * studios are spread over worker threads, never more than `window` at a time.
 * The bytes are the same whatever the number of threads. Stopping early (break,
 * return, an exception) terminates the workers.
 *
 * @example
 * for await (const bytes of renderDocxForms(valid, bundle, form, { threads: 2 })) await write(bytes);
 */
export async function* renderDocxForms(
  studios: Iterable<ValidStudio> | AsyncIterable<ValidStudio>,
  bundle: CampaignBundle,
  form: Form,
  options: DocxFormsOptions = {},
): AsyncGenerator<Uint8Array> {
  const templateBytes = form.docx === undefined ? undefined : bundle.assets.get(form.docx);
  if (templateBytes === undefined) throw new Error(`renderDocxForms: campaign ${bundle.campaign.id} has no DOCX template for form ${form.id}`);
  // Compiled here even when workers render: a broken template fails before any thread starts.
  const render = docxFormRenderer(bundle.campaign, form, templateBytes, { reviewYear: options.reviewYear });
  const threads = options.threads ?? availableParallelism();
  if (threads <= 1) {
    for await (const { studio } of studios) yield render(studio);
    return;
  }
  const workerData: DocxFormWorkerData = { campaign: bundle.campaign, form, templateBytes, reviewYear: options.reviewYear };
  yield* mapInWorkers<Studio, Uint8Array>(studiosOf(studios), { script: workerScript('docx-form-worker.js'), workerData, threads, window: options.window ?? threads * 4 });
}

async function* studiosOf(studios: Iterable<ValidStudio> | AsyncIterable<ValidStudio>): AsyncGenerator<Studio> {
  for await (const { studio } of studios) yield studio;
}
