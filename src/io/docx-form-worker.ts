/**
 * Worker thread entry for renderDocxForms (docx-forms.ts): compiles the form's
 * template once from workerData, then renders every studio it is sent.
 */
import type { Campaign, Form } from '../campaigns/schema.js';
import type { Studio } from '../model/schema.js';
import { docxFormRenderer } from '../render/docx/form-renderer.js';
import { ownBuffer, serveWorkerTasks } from './worker-pool.js';

/** What renderDocxForms hands each worker once. */
export interface DocxFormWorkerData {
  readonly campaign: Campaign;
  readonly form: Form;
  readonly templateBytes: Uint8Array;
  readonly reviewYear: number | undefined;
}

serveWorkerTasks<Studio, Uint8Array>(
  (data) => {
    const { campaign, form, templateBytes, reviewYear } = data as DocxFormWorkerData;
    return docxFormRenderer(campaign, form, templateBytes, { reviewYear });
  },
  ownBuffer,
);
