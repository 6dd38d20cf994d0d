import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';

/** Options shared by checking and rendering, so a template that passes the check renders the same way. */
export const DOCXTEMPLATER_OPTIONS = {
  paragraphLoop: true,
  linebreaks: true,
  errorLogging: false,
} as const;

type NullGetter = NonNullable<Docxtemplater.DXT.ConstructorOptions['nullGetter']>;

/**
 * Runs docxtemplater once over a copy of the template's inflated parts and returns
 * its zip. docxtemplater rewrites the zip it renders, so every document starts from a copy.
 */
export function fillParts(parts: ReadonlyMap<string, Uint8Array>, data: object, nullGetter: NullGetter): PizZip {
  const zip = new PizZip();
  for (const [name, bytes] of parts) zip.file(name, bytes, { binary: true, createFolders: false });
  const document = new Docxtemplater(zip, {
    ...DOCXTEMPLATER_OPTIONS,
    // Validation already rejects control characters; this keeps a slip from producing a file Word refuses.
    stripInvalidXMLChars: true,
    nullGetter,
  });
  document.render(data);
  return document.getZip();
}
