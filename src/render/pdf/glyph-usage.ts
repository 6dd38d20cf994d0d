import { inflateSync } from 'node:zlib';
import type { PdfSource } from './pdf-source.js';
import { PdfLexer, UnsupportedPdfError, type PdfDict, type PdfValue } from './pdf-syntax.js';

/**
 * Which character codes of which Type 3 fonts a set of pages draws.
 *
 * Chromium embeds CJK OpenType (CFF) fonts as Type 3 fonts whose glyphs are
 * drawing procedures, one font per block of 256 glyphs, holding every glyph the
 * whole print job used. A document split out of a batch needs only the glyphs
 * its own pages show; this reads the pages' content streams (and the form
 * XObjects they paint) to find them, so split.ts can leave the rest out.
 */

/** Codes shown per font object number. */
export type GlyphUsage = Map<number, Set<number>>;

/**
 * The codes each font is shown with on the given pages (page dictionaries with
 * inherited resources already applied), or undefined when a content stream uses
 * something this reader does not follow (another filter, inline images, tiling
 * patterns): then nothing is left out.
 */
export function glyphUsage(source: PdfSource, pages: readonly PdfDict[]): GlyphUsage | undefined {
  const usage: GlyphUsage = new Map();
  try {
    for (const page of pages) scanContent(source, contentOf(source, page.entries.get('/Contents')), source.dict(page.entries.get('/Resources')), usage, 0);
  } catch (error) {
    if (error instanceof UnsupportedPdfError) return undefined;
    throw error;
  }
  return usage;
}

/** Form XObjects may paint form XObjects; a cycle would be a broken file. */
const MAX_FORM_DEPTH = 8;

const TEXT_SHOWING = new Set(['Tj', 'TJ', "'", '"']);

function scanContent(source: PdfSource, content: string, resources: PdfDict | undefined, usage: GlyphUsage, depth: number): void {
  if (depth > MAX_FORM_DEPTH) throw new UnsupportedPdfError('form XObjects nested too deep');
  const patterns = source.dict(resources?.entries.get('/Pattern'));
  for (const pattern of patterns?.entries.values() ?? []) {
    const type = source.dict(pattern)?.entries.get('/PatternType');
    if (type?.kind === 'raw' && type.text === '1') throw new UnsupportedPdfError('tiling pattern: its cells may show text');
  }
  const fonts = source.dict(resources?.entries.get('/Font'));
  const xobjects = source.dict(resources?.entries.get('/XObject'));
  const lexer = new PdfLexer(content, 0);
  // The font is part of the graphics state: q saves it, Q restores it.
  const saved: (number | undefined)[] = [];
  let font: number | undefined;
  let operands: string[] = [];
  for (let token = lexer.next(); token.kind !== 'end'; token = lexer.next()) {
    if (token.kind !== 'keyword') {
      operands.push(lexer.text(token));
      continue;
    }
    const operator = lexer.text(token);
    if (operator === 'Tf') {
      const ref = fonts?.entries.get(operands[0] ?? '');
      font = ref?.kind === 'ref' ? ref.num : undefined;
    } else if (TEXT_SHOWING.has(operator)) {
      if (font !== undefined) recordCodes(usage, font, operands);
      else if (operands.some((operand) => operand.startsWith('(') || operand.startsWith('<'))) throw new UnsupportedPdfError('text shown without a font');
    } else if (operator === 'q') saved.push(font);
    else if (operator === 'Q') font = saved.pop();
    else if (operator === 'Do') {
      const xobject = xobjects?.entries.get(operands[0] ?? '');
      const form = xobject && formXObject(source, xobject);
      if (form) scanContent(source, form.content, form.resources ?? resources, usage, depth + 1);
    } else if (operator === 'BI') throw new UnsupportedPdfError('inline image');
    operands = [];
  }
}

function recordCodes(usage: GlyphUsage, font: number, operands: readonly string[]): void {
  let codes = usage.get(font);
  if (!codes) {
    codes = new Set();
    usage.set(font, codes);
  }
  for (const operand of operands) {
    if (operand.startsWith('<') && !operand.startsWith('<<')) {
      const hex = operand.slice(1, -1).replace(/[^0-9A-Fa-f]/g, '');
      for (let at = 0; at < hex.length; at += 2) codes.add(parseInt(hex.slice(at, at + 2).padEnd(2, '0'), 16));
    } else if (operand.startsWith('(')) {
      for (const code of literalStringBytes(operand)) codes.add(code);
    }
  }
}

/** The bytes of a literal string token `( … )` (ISO 32000-1 §7.3.4.2). */
function literalStringBytes(token: string): number[] {
  const bytes: number[] = [];
  const escapes: Record<string, number> = { n: 0x0a, r: 0x0d, t: 0x09, b: 0x08, f: 0x0c, '(': 0x28, ')': 0x29, '\\': 0x5c };
  for (let at = 1; at < token.length - 1; at += 1) {
    const char = token[at] as string;
    if (char !== '\\') {
      bytes.push(char.charCodeAt(0));
      continue;
    }
    const next = token[at + 1] ?? '';
    if (next in escapes) {
      bytes.push(escapes[next] as number);
      at += 1;
    } else if (/[0-7]/.test(next)) {
      const octal = /^[0-7]{1,3}/.exec(token.slice(at + 1))?.[0] ?? '0';
      bytes.push(parseInt(octal, 8) & 0xff);
      at += octal.length;
    } else if (next === '\r' || next === '\n') {
      at += next === '\r' && token[at + 2] === '\n' ? 2 : 1; // line continuation
    }
  }
  return bytes;
}

/** A form XObject's content and resources; undefined for images, which show no text. */
function formXObject(source: PdfSource, ref: PdfValue): { content: string; resources: PdfDict | undefined } | undefined {
  const subtype = source.dict(ref)?.entries.get('/Subtype');
  if (subtype?.kind === 'raw' && subtype.text === '/Image') return undefined;
  if (subtype?.kind !== 'raw' || subtype.text !== '/Form') throw new UnsupportedPdfError('XObject that is neither image nor form');
  return { content: streamText(source, ref), resources: source.dict(source.dict(ref)?.entries.get('/Resources')) };
}

/** A page's content: one stream or an array of streams, decoded and joined (ISO 32000-1 §7.8.2). */
function contentOf(source: PdfSource, contents: PdfValue | undefined): string {
  const resolved = source.resolve(contents);
  const refs = resolved?.kind === 'array' ? resolved.items : contents ? [contents] : [];
  return refs.map((ref) => streamText(source, ref)).join('\n');
}

/** The decoded data of a stream object, one char per byte; only Flate (what Chromium writes) or no filter. */
function streamText(source: PdfSource, ref: PdfValue): string {
  if (ref.kind !== 'ref') throw new UnsupportedPdfError('content is not a stream reference');
  const object = source.object(ref.num);
  const dict = object.value();
  if (!object.stream || dict.kind !== 'dict') throw new UnsupportedPdfError(`object ${ref.num} is not a stream`);
  const data = source.bytes.subarray(object.stream.start, object.stream.end);
  const filter = source.resolve(dict.entries.get('/Filter'));
  if (filter === undefined) return Buffer.from(data).toString('latin1');
  if (filter.kind === 'raw' && filter.text === '/FlateDecode' && !dict.entries.has('/DecodeParms')) return inflateSync(data).toString('latin1');
  throw new UnsupportedPdfError(`object ${ref.num}: stream filter not handled`);
}
