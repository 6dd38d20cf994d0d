/**
 * The PDF object syntax (ISO 32000-1 §7.2–7.3), just enough to read and
 * rewrite the files Chromium prints: a lexer over a latin1 string (one char per
 * byte, so offsets are byte offsets), a parser into values, and a serializer.
 * Numbers, names, strings and keywords are kept as their source text, so a
 * value written back is byte-for-byte what was read, apart from renumbered references.
 */

/** A PDF object the splitter does not interpret: number, name, string, boolean, null — kept as written. */
export interface PdfRaw {
  readonly kind: 'raw';
  readonly text: string;
}

export interface PdfRef {
  readonly kind: 'ref';
  readonly num: number;
  readonly gen: number;
}

export interface PdfArray {
  readonly kind: 'array';
  readonly items: PdfValue[];
}

/** Keys are names as written, with the slash (`/Type`). */
export interface PdfDict {
  readonly kind: 'dict';
  readonly entries: Map<string, PdfValue>;
  /** Where each entry's value was read from (offsets into the lexer's source), for copying parts of a dictionary verbatim. */
  readonly spans?: ReadonlyMap<string, TextSpan>;
}

export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

export type PdfValue = PdfRaw | PdfRef | PdfArray | PdfDict;

/** The input is valid PDF but not in the form this reader handles (the caller falls back to a general parser). */
export class UnsupportedPdfError extends Error {
  override readonly name = 'UnsupportedPdfError';
}

export type TokenKind = 'number' | 'name' | 'string' | 'keyword' | '<<' | '>>' | '[' | ']' | 'end';

export interface Token {
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
}

/** Character classes (ISO 32000-1 §7.2.2); every other byte is a regular character. */
const WHITESPACE_CLASS = 1;
const DELIMITER_CLASS = 2;

/**
 * The class of each byte value, looked up once per character of every file and
 * content stream the splitter reads: a table index is several times cheaper than
 * a Set lookup there. Char codes above 255 (not in a latin1 source) read as undefined: regular.
 */
const CHAR_CLASS: Readonly<Uint8Array> = (() => {
  const table = new Uint8Array(256);
  for (const code of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) table[code] = WHITESPACE_CLASS;
  for (const code of [0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]) table[code] = DELIMITER_CLASS;
  return table;
})();

const INTEGER = /^\d+$/;

export function isWhitespace(code: number): boolean {
  return CHAR_CLASS[code] === WHITESPACE_CLASS;
}

/** Tokens of a PDF source, from a byte offset; strings and comments are skipped whole, so nothing inside them is taken for syntax. */
export class PdfLexer {
  /** Where the token last read by advance() or next() lies in the source. */
  tokenStart = 0;
  tokenEnd = 0;

  constructor(
    readonly source: string,
    public position: number,
  ) {}

  next(): Token {
    const kind = this.advance();
    return { kind, start: this.tokenStart, end: this.tokenEnd };
  }

  /**
   * Reads the next token like next(), leaving its span in tokenStart/tokenEnd
   * instead of a new object: content streams hold hundreds of thousands of
   * tokens per batch, and most of them are numbers nobody looks at.
   */
  advance(): TokenKind {
    const { source } = this;
    let at = this.skipWhitespaceAndComments(this.position);
    this.tokenStart = at;
    if (at >= source.length) {
      this.position = this.tokenEnd = at;
      return 'end';
    }
    const code = source.charCodeAt(at);
    let kind: TokenKind;
    if (CHAR_CLASS[code] !== DELIMITER_CLASS) {
      // Numbers and operators, most of the tokens of a content stream: tested first.
      at = this.endOfRegular(at + 1);
      // Chromium writes only well-formed numbers; a regular token starting like one is one.
      kind = (code >= 0x30 && code <= 0x39) || code === 0x2e || code === 0x2b || code === 0x2d ? 'number' : 'keyword';
    } else if (code === 0x3c /* < */ && source.charCodeAt(at + 1) === 0x3c) {
      kind = '<<';
      at += 2;
    } else if (code === 0x3e /* > */ && source.charCodeAt(at + 1) === 0x3e) {
      kind = '>>';
      at += 2;
    } else if (code === 0x5b || code === 0x5d) {
      kind = code === 0x5b ? '[' : ']';
      at += 1;
    } else if (code === 0x28 /* ( */) {
      kind = 'string';
      at = this.endOfLiteralString(at);
    } else if (code === 0x3c) {
      kind = 'string';
      const close = source.indexOf('>', at);
      if (close < 0) throw new UnsupportedPdfError(`unterminated hex string at ${at}`);
      at = close + 1;
    } else if (code === 0x2f /* / */) {
      kind = 'name';
      at = this.endOfRegular(at + 1);
    } else {
      throw new UnsupportedPdfError(`unexpected '${source[at]}' at ${at}`);
    }
    this.position = this.tokenEnd = at;
    return kind;
  }

  text(token: Token): string {
    return this.source.slice(token.start, token.end);
  }

  private skipWhitespaceAndComments(from: number): number {
    const { source } = this;
    let at = from;
    while (at < source.length) {
      const code = source.charCodeAt(at);
      if (CHAR_CLASS[code] === WHITESPACE_CLASS) at += 1;
      else if (code === 0x25 /* % */) {
        while (at < source.length && source.charCodeAt(at) !== 0x0a && source.charCodeAt(at) !== 0x0d) at += 1;
      } else break;
    }
    return at;
  }

  private endOfRegular(from: number): number {
    const { source } = this;
    let at = from;
    while (at < source.length) {
      // Whitespace and delimiters end a regular token; anything else, class 0 or beyond the table, continues it.
      if (CHAR_CLASS[source.charCodeAt(at)]) break;
      at += 1;
    }
    return at;
  }

  private endOfLiteralString(open: number): number {
    const { source } = this;
    let depth = 0;
    for (let at = open; at < source.length; at += 1) {
      const code = source.charCodeAt(at);
      if (code === 0x5c /* \ */) at += 1;
      else if (code === 0x28) depth += 1;
      else if (code === 0x29 && --depth === 0) return at + 1;
    }
    throw new UnsupportedPdfError(`unterminated string at ${open}`);
  }
}

/**
 * Parses one value at the lexer's position; `N G R` becomes a reference.
 *
 * @example parseValue(new PdfLexer('<</Kids [3 0 R]>>', 0)) // { kind: 'dict', entries: Map { '/Kids' => array of one ref } }
 */
export function parseValue(lexer: PdfLexer): PdfValue {
  const token = lexer.next();
  switch (token.kind) {
    case '<<': {
      const entries = new Map<string, PdfValue>();
      const spans = new Map<string, TextSpan>();
      for (;;) {
        const key = lexer.next();
        if (key.kind === '>>') return { kind: 'dict', entries, spans };
        if (key.kind !== 'name') throw new UnsupportedPdfError(`dictionary key expected at ${key.start}`);
        const name = lexer.text(key);
        const start = lexer.position;
        entries.set(name, parseValue(lexer));
        spans.set(name, { start, end: lexer.position });
      }
    }
    case '[': {
      const items: PdfValue[] = [];
      for (;;) {
        const before = lexer.position;
        if (lexer.next().kind === ']') return { kind: 'array', items };
        lexer.position = before;
        items.push(parseValue(lexer));
      }
    }
    case 'number': {
      const text = lexer.text(token);
      const ref = INTEGER.test(text) ? referenceAfter(lexer) : undefined;
      return ref === undefined ? { kind: 'raw', text } : { kind: 'ref', num: Number(text), gen: ref };
    }
    case 'name':
    case 'string':
    case 'keyword':
      return { kind: 'raw', text: lexer.text(token) };
    default:
      throw new UnsupportedPdfError(`value expected at ${token.start}`);
  }
}

/** After an integer: if `G R` follows, consumes it and returns G; otherwise leaves the lexer where it was. */
function referenceAfter(lexer: PdfLexer): number | undefined {
  const before = lexer.position;
  const generation = lexer.next();
  if (generation.kind === 'number' && INTEGER.test(lexer.text(generation))) {
    const keyword = lexer.next();
    if (keyword.kind === 'keyword' && lexer.text(keyword) === 'R') return Number(lexer.text(generation));
  }
  lexer.position = before;
  return undefined;
}

/**
 * Writes a value back as PDF syntax, references through `refText` (which renumbers them).
 *
 * @example serializeValue(value, (ref) => `${ref.num + 1} 0 R`)
 */
export function serializeValue(value: PdfValue, refText: (ref: PdfRef) => string): string {
  switch (value.kind) {
    case 'raw':
      return value.text;
    case 'ref':
      return refText(value);
    case 'array':
      return `[${value.items.map((item) => serializeValue(item, refText)).join(' ')}]`;
    case 'dict':
      return `<<${[...value.entries].map(([key, item]) => `${key} ${serializeValue(item, refText)}`).join('\n')}>>`;
  }
}

/**
 * Text with every indirect reference (`N G R`) cut out: `texts` has one more
 * element than `refs`, and joining them with renumbered references rewrites the
 * object without parsing it again.
 */
export interface RefSplicedText {
  readonly texts: readonly string[];
  readonly refs: readonly PdfRef[];
}

/**
 * Scans `source` from `start` to `end` for references, skipping strings and comments.
 *
 * @example spliceRefs('<</A 1 0 R /B (2 0 R)>>', 0, 23) // { texts: ['<</A ', ' /B (2 0 R)>>'], refs: [{ num: 1, gen: 0 }] }
 */
export function spliceRefs(source: string, start: number, end: number): RefSplicedText {
  const lexer = new PdfLexer(source, start);
  const texts: string[] = [];
  const refs: PdfRef[] = [];
  let copiedUpTo = start;
  // The last two tokens, to recognise `N G R` when R arrives.
  let first: Token | undefined;
  let second: Token | undefined;
  while (lexer.position < end) {
    const token = lexer.next();
    if (token.kind === 'end' || token.start >= end) break;
    if (
      token.kind === 'keyword' &&
      source.charCodeAt(token.start) === 0x52 /* R */ &&
      token.end - token.start === 1 &&
      first?.kind === 'number' &&
      second?.kind === 'number' &&
      INTEGER.test(lexer.text(first)) &&
      INTEGER.test(lexer.text(second))
    ) {
      texts.push(source.slice(copiedUpTo, first.start));
      refs.push({ kind: 'ref', num: Number(lexer.text(first)), gen: Number(lexer.text(second)) });
      copiedUpTo = token.end;
      first = undefined;
      second = undefined;
      continue;
    }
    first = second;
    second = token;
  }
  texts.push(source.slice(copiedUpTo, end));
  return { texts, refs };
}

/**
 * A text string as a PDF hex string in UTF-16BE with a byte order mark, which
 * every reader decodes the same way (PDFDocEncoding cannot hold Chinese).
 *
 * @example pdfTextString('申请表') // '<FEFF753388F74868>'
 */
export function pdfTextString(text: string): string {
  let hex = 'FEFF';
  for (let index = 0; index < text.length; index += 1) hex += text.charCodeAt(index).toString(16).toUpperCase().padStart(4, '0');
  return `<${hex}>`;
}

/**
 * A date as a PDF date string in UTC, as pdf-lib writes it.
 *
 * @example pdfDateString(new Date('2020-10-21T16:00:00Z')) // '(D:20201021160000Z)'
 */
export function pdfDateString(date: Date): string {
  const two = (value: number): string => String(value).padStart(2, '0');
  const stamp = `${date.getUTCFullYear()}${two(date.getUTCMonth() + 1)}${two(date.getUTCDate())}${two(date.getUTCHours())}${two(date.getUTCMinutes())}${two(date.getUTCSeconds())}`;
  return `(D:${stamp}Z)`;
}
