import { parseValue, PdfLexer, spliceRefs, UnsupportedPdfError, type PdfDict, type PdfRef, type PdfValue, type RefSplicedText, type TextSpan } from './pdf-syntax.js';

/**
 * Random access to the objects of a PDF as Chromium (Skia) writes it: one
 * classic cross-reference table, no object streams, no encryption, no
 * incremental updates. Anything else raises UnsupportedPdfError, so the caller
 * can fall back to a general parser. Objects are read lazily, each at most once.
 */
export class PdfSource {
  /** The whole file, one char per byte. */
  readonly text: string;
  readonly trailer: PdfDict;
  private readonly offsets: number[];
  private readonly objects = new Map<number, PdfObject>();

  constructor(readonly bytes: Uint8Array) {
    this.text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    const { offsets, trailer } = readCrossReferences(this.text);
    this.offsets = offsets;
    this.trailer = trailer;
  }

  /** `%PDF-1.x` from the header. */
  get version(): string {
    const match = /^%PDF-(\d\.\d)/.exec(this.text);
    if (!match) throw new UnsupportedPdfError('no %PDF header');
    return match[1] as string;
  }

  has(num: number): boolean {
    return (this.offsets[num] ?? 0) > 0;
  }

  object(num: number): PdfObject {
    let object = this.objects.get(num);
    if (!object) {
      object = this.readObject(num);
      this.objects.set(num, object);
    }
    return object;
  }

  /** The value a reference points to (a missing object is null, as the PDF standard says), or the value itself. */
  resolve(value: PdfValue | undefined): PdfValue | undefined {
    if (value?.kind !== 'ref') return value;
    return this.has(value.num) ? this.object(value.num).value() : undefined;
  }

  dict(value: PdfValue | undefined): PdfDict | undefined {
    const resolved = this.resolve(value);
    return resolved?.kind === 'dict' ? resolved : undefined;
  }

  /** Object numbers of the page leaves, in page order, with the chain of page-tree nodes above each. */
  pages(): PageLeaf[] {
    const catalog = this.dict(this.trailer.entries.get('/Root'));
    const root = catalog?.entries.get('/Pages');
    if (root?.kind !== 'ref') throw new UnsupportedPdfError('catalog without a page tree reference');
    const leaves: PageLeaf[] = [];
    const visited = new Set<number>();
    const walk = (ref: PdfRef, ancestors: readonly number[]): void => {
      if (visited.has(ref.num)) throw new UnsupportedPdfError(`page tree visits object ${ref.num} twice`);
      visited.add(ref.num);
      const node = this.dict(ref);
      const type = node?.entries.get('/Type');
      if (type?.kind === 'raw' && type.text === '/Page') {
        leaves.push({ num: ref.num, ancestors });
        return;
      }
      const kids = this.resolve(node?.entries.get('/Kids'));
      if (kids?.kind !== 'array') throw new UnsupportedPdfError(`page tree node ${ref.num} has no kids`);
      for (const kid of kids.items) {
        if (kid.kind !== 'ref') throw new UnsupportedPdfError(`page tree node ${ref.num} has a direct kid`);
        walk(kid, [...ancestors, ref.num]);
      }
    };
    walk(root, []);
    return leaves;
  }

  private readObject(num: number): PdfObject {
    const offset = this.offsets[num];
    if (!offset) throw new UnsupportedPdfError(`object ${num} is not in the cross-reference table`);
    const lexer = new PdfLexer(this.text, offset);
    const header = [lexer.next(), lexer.next(), lexer.next()].map((token) => lexer.text(token));
    if (header[0] !== String(num) || header[2] !== 'obj') throw new UnsupportedPdfError(`object ${num} is not at offset ${offset}`);
    const valueStart = lexer.position;
    let parsed: PdfValue | undefined;
    const parse = (): PdfValue => {
      parsed ??= parseValue(new PdfLexer(this.text, valueStart));
      return parsed;
    };
    skipValue(lexer);
    const valueEnd = lexer.position;
    const keyword = lexer.text(lexer.next());
    let stream: StreamRange | undefined;
    if (keyword === 'stream') {
      stream = this.streamRange(num, lexer.position, parse());
      lexer.position = stream.end;
      const endstream = lexer.text(lexer.next());
      if (endstream !== 'endstream') throw new UnsupportedPdfError(`object ${num}: stream length does not reach endstream`);
    } else if (keyword !== 'endobj') {
      throw new UnsupportedPdfError(`object ${num}: endobj expected`);
    }
    let spliced: RefSplicedText | undefined;
    return {
      num,
      range: { start: valueStart, end: valueEnd },
      value: parse,
      spliced: () => {
        spliced ??= spliceRefs(this.text, valueStart, valueEnd);
        return spliced;
      },
      stream,
    };
  }

  private streamRange(num: number, afterKeyword: number, dict: PdfValue): StreamRange {
    // The keyword is followed by CRLF or LF (ISO 32000-1 §7.3.8.1), then the data.
    let start = afterKeyword;
    if (this.text.charCodeAt(start) === 0x0d) start += 1;
    if (this.text.charCodeAt(start) === 0x0a) start += 1;
    const length = dict.kind === 'dict' ? this.resolve(dict.entries.get('/Length')) : undefined;
    const bytes = length?.kind === 'raw' ? Number(length.text) : NaN;
    if (!Number.isInteger(bytes) || bytes < 0) throw new UnsupportedPdfError(`object ${num}: stream without a usable /Length`);
    return { start, end: start + bytes };
  }
}

export interface PdfObject {
  readonly num: number;
  /** Where the value (a stream's dictionary) lies in PdfSource.text. */
  readonly range: TextSpan;
  /** The object's value (for a stream, its dictionary), parsed on first use. */
  readonly value: () => PdfValue;
  /** The value's source text with references cut out, for copying it renumbered. */
  readonly spliced: () => RefSplicedText;
  /** Where the stream data lies in the file, copied byte for byte. */
  readonly stream: StreamRange | undefined;
}

export interface StreamRange {
  readonly start: number;
  readonly end: number;
}

export interface PageLeaf {
  readonly num: number;
  /** Page-tree nodes from the root down to the page's parent, for inherited attributes. */
  readonly ancestors: readonly number[];
}

/** Moves the lexer past one value without building it. */
function skipValue(lexer: PdfLexer): void {
  let depth = 0;
  do {
    const token = lexer.next();
    if (token.kind === '<<' || token.kind === '[') depth += 1;
    else if (token.kind === '>>' || token.kind === ']') depth -= 1;
    else if (token.kind === 'end') throw new UnsupportedPdfError('unexpected end of file');
    else if (token.kind === 'number' && depth === 0) {
      // A top-level `N G R` is one value of three tokens.
      const before = lexer.position;
      const generation = lexer.next();
      const keyword = lexer.next();
      if (!(generation.kind === 'number' && keyword.kind === 'keyword' && lexer.text(keyword) === 'R')) lexer.position = before;
    }
  } while (depth > 0);
}

/** Offsets by object number and the trailer, from the single xref table `startxref` points at. */
function readCrossReferences(text: string): { offsets: number[]; trailer: PdfDict } {
  const tail = text.slice(Math.max(0, text.length - 1024));
  const match = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!match) throw new UnsupportedPdfError('no startxref at the end of the file');
  const lexer = new PdfLexer(text, Number(match[1]));
  if (lexer.text(lexer.next()) !== 'xref') throw new UnsupportedPdfError('startxref does not point at a cross-reference table');
  const offsets: number[] = [];
  for (;;) {
    const first = lexer.next();
    const word = lexer.text(first);
    if (word === 'trailer') break;
    const count = Number(lexer.text(lexer.next()));
    if (first.kind !== 'number' || !Number.isInteger(count)) throw new UnsupportedPdfError('malformed cross-reference subsection');
    let num = Number(word);
    for (let entry = 0; entry < count; entry += 1, num += 1) {
      const offset = Number(lexer.text(lexer.next()));
      lexer.next(); // generation
      const kind = lexer.text(lexer.next());
      if (kind === 'n') offsets[num] = offset;
      else if (kind !== 'f') throw new UnsupportedPdfError(`malformed cross-reference entry for object ${num}`);
    }
  }
  const trailer = parseValue(lexer);
  if (trailer.kind !== 'dict') throw new UnsupportedPdfError('trailer is not a dictionary');
  for (const key of ['/Prev', '/XRefStm', '/Encrypt']) {
    if (trailer.entries.has(key)) throw new UnsupportedPdfError(`trailer has ${key}`);
  }
  return { offsets, trailer };
}
