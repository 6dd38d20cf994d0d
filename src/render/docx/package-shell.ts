import PizZip from 'pizzip';
import { generateDeterministicZip } from '../zip.js';
import { fillParts } from './fill.js';

/**
 * The finished package of a template with every part that holds no tag already
 * compressed. Those parts come out of docxtemplater the same whatever the data,
 * so they are deflated once per template, not once per document: a document only
 * swaps in its templated parts (see renderDocx). The templated parts here hold an
 * empty filling that every document replaces.
 */
export function packageShell(parts: ReadonlyMap<string, Uint8Array>): Uint8Array {
  return generateDeterministicZip(inTemplateOrder(fillParts(parts, {}, () => ''), parts));
}

/**
 * docxtemplater re-adds the parts it rewrites ([Content_Types].xml among them) at
 * the end of the archive; put them back where the template had them, so
 * [Content_Types].xml stays the first entry as Word writes it.
 */
function inTemplateOrder(rendered: PizZip, parts: ReadonlyMap<string, Uint8Array>): PizZip {
  const ordered = new PizZip();
  const names = [...parts.keys(), ...Object.keys(rendered.files).filter((name) => !parts.has(name))];
  for (const name of names) {
    const entry = rendered.files[name];
    if (entry && !entry.dir) ordered.file(name, entry.asUint8Array(), { binary: true, createFolders: false });
  }
  return ordered;
}
