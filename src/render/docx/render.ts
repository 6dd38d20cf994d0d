import PizZip from 'pizzip';
import type { FormView } from '../view.js';
import { DETERMINISTIC_GENERATE_OPTIONS } from '../zip.js';
import type { CompiledDocxTemplate } from './compile.js';

/** Any flat view of display strings with lists of rows (summary sheets, not only studio forms). */
export type TemplateView = Readonly<Record<string, string | readonly Readonly<Record<string, string>>[]>>;

/**
 * Fills a checked template with one studio's view and returns the DOCX bytes.
 * Identical input gives identical bytes (fixed zip timestamps). Values are
 * inserted as text: docxtemplater escapes them, so data such as `{name}` or
 * `<w:p>` prints literally and is never parsed as a tag or as markup.
 *
 * A tag without a value is a bug — the view holds a string for every key and the
 * template was checked against those keys — so it throws instead of printing
 * "undefined" into an official form.
 *
 * Only the templated parts are compressed here; the others are copied already
 * compressed from the template's shell, which gives the same bytes as deflating
 * every part again (same level, same fixed date) at a fraction of the cost.
 *
 * @example
 * const bytes = renderDocx(template, buildFormView(studio, campaign, form));
 */
export function renderDocx(template: CompiledDocxTemplate, view: FormView | TemplateView): Uint8Array {
  const filled = template.filler.fill(view);
  const out = new PizZip(template.shell);
  for (const name of template.templatedParts) {
    const rendered = filled.files[name];
    const slot = out.files[name];
    if (!rendered || !slot) throw new Error(`renderDocx(${template.name}): part ${name} is missing after rendering`);
    out.file(name, rendered.asUint8Array(), { binary: true, date: slot.date, createFolders: false });
  }
  return out.generate(DETERMINISTIC_GENERATE_OPTIONS);
}
