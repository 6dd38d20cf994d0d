import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import type { FormView } from '../view.js';
import { generateDeterministicZip } from '../zip.js';
import { DOCXTEMPLATER_OPTIONS, type CompiledDocxTemplate } from './compile.js';

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
 * @example
 * const bytes = renderDocx(template, buildFormView(studio, campaign, form));
 */
export function renderDocx(template: CompiledDocxTemplate, view: FormView | TemplateView): Uint8Array {
  const document = new Docxtemplater(freshZip(template), {
    ...DOCXTEMPLATER_OPTIONS,
    // Validation already rejects control characters; this keeps a slip from producing a file Word refuses.
    stripInvalidXMLChars: true,
    nullGetter: (part) => {
      throw new Error(`renderDocx(${template.name}): the view has no value for {${part.raw ?? part.value}}`);
    },
  });
  document.render(view);
  return generateDeterministicZip(inTemplateOrder(document.getZip(), template));
}

/**
 * docxtemplater re-adds the parts it rewrites ([Content_Types].xml among them) at
 * the end of the archive; put them back where the template had them, so
 * [Content_Types].xml stays the first entry as Word writes it.
 */
function inTemplateOrder(rendered: PizZip, template: CompiledDocxTemplate): PizZip {
  const ordered = new PizZip();
  const names = [...template.parts.keys(), ...Object.keys(rendered.files).filter((name) => !template.parts.has(name))];
  for (const name of names) {
    const entry = rendered.files[name];
    if (entry && !entry.dir) ordered.file(name, entry.asUint8Array(), { binary: true, createFolders: false });
  }
  return ordered;
}

function freshZip(template: CompiledDocxTemplate): PizZip {
  const zip = new PizZip();
  for (const [name, bytes] of template.parts) zip.file(name, bytes, { binary: true, createFolders: false });
  return zip;
}
