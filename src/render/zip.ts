import { deflateRawSync, inflateRawSync } from 'node:zlib';
import PizZip from 'pizzip';

/**
 * PizZip (and docxtemplater through it) deflates with pako, a JavaScript port of
 * zlib; Node's own zlib does the same work natively, ≈ 10% of a DOCX form's time.
 * The streams differ in bytes from pako's but not in content, and stay the same
 * for the same input, so documents remain reproducible.
 */
function useNativeDeflate(): void {
  // Not in PizZip's type declarations, but a documented extension point of JSZip 2, which PizZip is.
  const { DEFLATE: deflate } = (PizZip as unknown as { compressions: { DEFLATE: { compress: unknown; uncompress: unknown } } }).compressions;
  deflate.compress = (input: Uint8Array, options?: { level?: number }) => deflateRawSync(input, { level: options?.level ?? 6 });
  deflate.uncompress = (input: Uint8Array) => inflateRawSync(input);
}
useNativeDeflate();

/**
 * Zip writers stamp entries with the current time, so the same document made
 * twice differs byte for byte. Re-packing with one fixed timestamp makes every
 * DOCX/XLSX we write depend only on its content. The date is built from local
 * components because the DOS date format stores local time.
 */
const FIXED_ENTRY_DATE = new Date(2020, 0, 1, 0, 0, 0);

/**
 * How every archive is compressed. A zip loaded from bytes made with these options keeps its
 * entries compressed, and generating it again with them copies those entries instead of deflating anew.
 */
export const DETERMINISTIC_GENERATE_OPTIONS = { type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } } as const;

export function repackDeterministically(bytes: Uint8Array): Uint8Array {
  const source = new PizZip(bytes);
  return generateDeterministicZip(source);
}

/** Generates a zip from PizZip entries with fixed timestamps, keeping entry order. */
export function generateDeterministicZip(zip: PizZip): Uint8Array {
  const out = new PizZip();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    out.file(name, entry.asUint8Array(), { binary: true, date: FIXED_ENTRY_DATE, createFolders: false });
  }
  return out.generate(DETERMINISTIC_GENERATE_OPTIONS);
}

