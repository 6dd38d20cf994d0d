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

/**
 * An operator of one or two characters as a number made of its char codes
 * (0 for longer ones), so the operators that matter are told apart without
 * making a string for each of the thousands of operators on a page.
 */
function operatorKey(text: string, start: number, end: number): number {
  const length = end - start;
  if (length === 1) return text.charCodeAt(start);
  return length === 2 ? (text.charCodeAt(start) << 8) | text.charCodeAt(start + 1) : 0;
}

const key = (operator: string): number => operatorKey(operator, 0, operator.length);
const SET_FONT = key('Tf');
const SHOW_TEXT = key('Tj');
const SHOW_TEXT_ARRAY = key('TJ');
const NEXT_LINE_SHOW_TEXT = key("'");
const SPACED_NEXT_LINE_SHOW_TEXT = key('"');
const SAVE_STATE = key('q');
const RESTORE_STATE = key('Q');
const PAINT_XOBJECT = key('Do');
const BEGIN_INLINE_IMAGE = key('BI');

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
  // The operands since the last operator, kept as spans of `content`: only the
  // first (a font or XObject name) and the strings are ever read.
  let operandCount = 0;
  let firstStart = 0;
  let firstEnd = 0;
  const strings: number[] = []; // start, end, start, end, … of the first stringCount strings
  let stringCount = 0;
  let dictionaryOperand = false;
  for (let kind = lexer.advance(); kind !== 'end'; kind = lexer.advance()) {
    if (kind !== 'keyword') {
      if (operandCount === 0) {
        firstStart = lexer.tokenStart;
        firstEnd = lexer.tokenEnd;
      }
      operandCount += 1;
      if (kind === 'string') {
        strings[2 * stringCount] = lexer.tokenStart;
        strings[2 * stringCount + 1] = lexer.tokenEnd;
        stringCount += 1;
      } else if (kind === '<<') dictionaryOperand = true;
      continue;
    }
    switch (operatorKey(content, lexer.tokenStart, lexer.tokenEnd)) {
      case SET_FONT: {
        const ref = operandCount > 0 ? fonts?.entries.get(content.slice(firstStart, firstEnd)) : undefined;
        font = ref?.kind === 'ref' ? ref.num : undefined;
        break;
      }
      case SHOW_TEXT:
      case SHOW_TEXT_ARRAY:
      case NEXT_LINE_SHOW_TEXT:
      case SPACED_NEXT_LINE_SHOW_TEXT:
        if (font !== undefined) recordCodes(usage, font, content, strings, stringCount);
        else if (stringCount > 0 || dictionaryOperand) throw new UnsupportedPdfError('text shown without a font');
        break;
      case SAVE_STATE:
        saved.push(font);
        break;
      case RESTORE_STATE:
        font = saved.pop();
        break;
      case PAINT_XOBJECT: {
        const xobject = operandCount > 0 ? xobjects?.entries.get(content.slice(firstStart, firstEnd)) : undefined;
        const form = xobject && formXObject(source, xobject);
        if (form) scanContent(source, form.content, form.resources ?? resources, usage, depth + 1);
        break;
      }
      case BEGIN_INLINE_IMAGE:
        throw new UnsupportedPdfError('inline image');
    }
    operandCount = 0;
    stringCount = 0;
    dictionaryOperand = false;
  }
}

/** Adds the codes of the first `count` string operands (spans of `content`) to the font's; the font counts as used even when no string is shown. */
function recordCodes(usage: GlyphUsage, font: number, content: string, strings: readonly number[], count: number): void {
  let codes = usage.get(font);
  if (!codes) {
    codes = new Set();
    usage.set(font, codes);
  }
  for (let index = 0; index < 2 * count; index += 2) {
    const start = strings[index] as number;
    const end = strings[index + 1] as number;
    if (content.charCodeAt(start) === 0x3c /* < */) addHexStringBytes(content, start, end, codes);
    else addLiteralStringBytes(content, start, end, codes);
  }
}

/** The bytes of a hex string `< … >` (ISO 32000-1 §7.3.4.3): other characters are ignored, an odd last digit is followed by 0. */
function addHexStringBytes(content: string, start: number, end: number, codes: Set<number>): void {
  let high = -1;
  for (let at = start + 1; at < end - 1; at += 1) {
    const digit = hexDigit(content.charCodeAt(at));
    if (digit < 0) continue;
    if (high < 0) high = digit;
    else {
      codes.add((high << 4) | digit);
      high = -1;
    }
  }
  if (high >= 0) codes.add(high << 4);
}

function hexDigit(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x41 && code <= 0x46) return code - 0x37;
  if (code >= 0x61 && code <= 0x66) return code - 0x57;
  return -1;
}

const ESCAPED: Readonly<Record<number, number>> = { 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c, 0x28: 0x28, 0x29: 0x29, 0x5c: 0x5c };

/** The bytes of a literal string `( … )` (ISO 32000-1 §7.3.4.2), its parentheses at `start` and `end - 1`. */
function addLiteralStringBytes(content: string, start: number, end: number, codes: Set<number>): void {
  const last = end - 1;
  for (let at = start + 1; at < last; at += 1) {
    const code = content.charCodeAt(at);
    if (code !== 0x5c /* \ */) {
      codes.add(code);
      continue;
    }
    // The lexer let no string end in a lone backslash, so at + 1 is still inside it.
    const next = content.charCodeAt(at + 1);
    const escaped = ESCAPED[next];
    if (escaped !== undefined) {
      codes.add(escaped);
      at += 1;
    } else if (next >= 0x30 && next <= 0x37) {
      let value = 0;
      let digits = 0;
      // Up to three octal digits; the closing parenthesis stops them anyway.
      for (let digit = next; digits < 3 && at + 1 < last && digit >= 0x30 && digit <= 0x37; digit = content.charCodeAt(at + 1)) {
        value = value * 8 + (digit - 0x30);
        digits += 1;
        at += 1;
      }
      codes.add(value & 0xff);
    } else if (next === 0x0d || next === 0x0a) {
      at += next === 0x0d && at + 2 < last && content.charCodeAt(at + 2) === 0x0a ? 2 : 1; // line continuation
    }
    // Any other character after a backslash stands for itself (the backslash is dropped).
  }
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
