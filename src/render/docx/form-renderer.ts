import type { Campaign, Form } from '../../campaigns/schema.js';
import type { Studio } from '../../model/schema.js';
import { buildFormView, type FormViewOptions } from '../view.js';
import { compileDocxTemplate } from './compile.js';
import { renderDocx } from './render.js';
import { formTemplateVocabulary } from './vocabulary.js';

/** One studio in, that studio's form as DOCX bytes out. */
export type DocxFormRenderer = (studio: Studio) => Uint8Array;

/**
 * Checks and compiles the form's DOCX template once and returns the function
 * that renders it for one studio. The same function runs in the calling thread
 * and in every worker thread, so the bytes never depend on where a form was made.
 *
 * @example
 * const render = docxFormRenderer(campaign, form, bundle.assets.get(form.docx));
 * const bytes = render(studio);
 */
export function docxFormRenderer(campaign: Campaign, form: Form, templateBytes: Uint8Array, options: FormViewOptions = {}): DocxFormRenderer {
  const template = compileDocxTemplate(templateBytes, { name: form.docx ?? `${form.id}.docx`, ...formTemplateVocabulary(campaign) });
  return (studio) => renderDocx(template, buildFormView(studio, campaign, form, options));
}
