import { deflateSync, inflateSync } from 'node:zlib';
import { bookletSides, placeInHalf, SHEET_SIZES, type BookletSheet } from './booklet.js';
import { DOCUMENT_MARKER_PREFIX } from './document.js';
import { glyphUsage, type GlyphUsage } from './glyph-usage.js';
import { PdfSource, type PageLeaf } from './pdf-source.js';
import { pdfDateString, pdfTextString, serializeValue, spliceRefs, UnsupportedPdfError, type PdfDict, type PdfRef, type PdfValue, type RefSplicedText } from './pdf-syntax.js';
import type { PdfMeta } from './postprocess.js';

/**
 * Splitting a printed PDF into one file per document without a general PDF
 * library: the cross-reference table is read once, and each document's pages
 * with everything they reference (fonts, glyph procedures, images, content
 * streams) are copied byte for byte into a new file, renumbered in the order
 * they are first reached, under a fresh catalog, page tree and info
 * dictionary. Nothing is re-encoded, so a batch of fifty forms splits in a
 * fraction of the time pdf-lib needs to parse and re-save it, and the same
 * pages and metadata always give the same bytes. Chromium's Type 3 fonts hold
 * the glyphs of the whole batch; each document keeps only the glyph procedures
 * its own pages show (glyph-usage.ts), so it is about as small as if printed alone.
 */

/** Author, creator and producer of every PDF we issue. */
export const PDF_TOOL_NAME = 'studio-docs';

/** Page attributes a page may inherit from its ancestors in the page tree (ISO 32000-1 §7.7.3.4). */
const INHERITABLE = ['/Resources', '/MediaBox', '/CropBox', '/Rotate'] as const;

/** What one output file holds: a run of the source's pages (0-based, end exclusive) and its metadata. */
export interface DocumentSlice {
  readonly start: number;
  readonly end: number;
  readonly meta: PdfMeta;
  /**
   * Impose the pages as a booklet on sheets of this size (page order and
   * placement as booklet.ts): each page becomes a form XObject drawn on its half of a sheet.
   */
  readonly booklet?: BookletSheet;
}

/** An object made for the new file (not copied): its text is produced when it is written, so what it refers to is numbered then. */
interface MadeObject {
  readonly head: () => string;
  /** Stream data, one char per byte. */
  readonly stream?: string;
}

/**
 * Reads a Chromium PDF for splitting. Throws UnsupportedPdfError when the file
 * is not laid out the way Chromium writes it.
 */
export function openPrintedPdf(bytes: Uint8Array): PrintedPdf {
  const source = new PdfSource(bytes);
  const fonts = new Map<number, Type3Font | null>();
  const type3Font = (num: number): Type3Font | null => {
    let font = fonts.get(num);
    if (font === undefined) {
      font = readType3Font(source, num);
      fonts.set(num, font);
    }
    return font;
  };
  const pages = source.pages();
  const pageTree = new Set([...pages.map((page) => page.num), ...pages.flatMap((page) => page.ancestors)]);
  return { source, pages, pageTree, type3Font };
}

export interface PrintedPdf {
  readonly source: PdfSource;
  readonly pages: readonly PageLeaf[];
  /** The page objects and page-tree nodes: a document may take only its own pages of them. */
  readonly pageTree: ReadonlySet<number>;
  /** The Type 3 font at object `num`, read once for all documents of the file (null: not one). */
  readonly type3Font: (num: number) => Type3Font | null;
}

/**
 * First page (0-based) of each of `count` documents, from the named
 * destinations printableHtml's markers leave (see document.ts); checked to
 * start at page 0 and increase strictly, so no document is empty and none
 * takes another's pages.
 *
 * @example markedDocumentStarts(openPrintedPdf(batchBytes), 3) // [0, 3, 5]
 */
export function markedDocumentStarts(printed: PrintedPdf, count: number): number[] {
  const { source, pages } = printed;
  const pageIndexByNum = new Map(pages.map((page, index) => [page.num, index]));
  const catalog = source.dict(source.trailer.entries.get('/Root'));
  const dests = source.dict(catalog?.entries.get('/Dests'));
  return checkedDocumentStarts(count, (index) => {
    let dest = source.resolve(dests?.entries.get(`/${DOCUMENT_MARKER_PREFIX}${index}`));
    if (dest?.kind === 'dict') dest = source.resolve(dest.entries.get('/D'));
    const pageRef = dest?.kind === 'array' ? dest.items[0] : undefined;
    return pageRef?.kind === 'ref' ? pageIndexByNum.get(pageRef.num) : undefined;
  });
}

/**
 * The first page of each of `count` documents, from the page each marker points
 * at; they must start at page 0 and strictly increase, or a split would hand one
 * studio another's pages.
 */
export function checkedDocumentStarts(count: number, markerPage: (index: number) => number | undefined): number[] {
  const starts: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const page = markerPage(index);
    if (page === undefined) throw new Error(`PDF split: marker for document ${index} not found`);
    const previous = starts[starts.length - 1];
    if ((previous === undefined && page !== 0) || (previous !== undefined && page <= previous)) {
      throw new Error(`PDF split: document ${index} starts on page ${page + 1}, after ${starts.map((p) => p + 1).join(',')}`);
    }
    starts.push(page);
  }
  return starts;
}

/**
 * One new PDF holding pages `start` to `end` (exclusive) of the printed file,
 * with only the objects those pages reach and `meta` as its metadata.
 * Throws if a page refers to a page outside the slice (a link into another
 * studio's form), which would otherwise drag that page along.
 */
export function extractSlice(printed: PrintedPdf, slice: DocumentSlice): Uint8Array {
  return writePages([{ printed, start: slice.start, end: slice.end }], slice.meta, slice.booklet);
}

/**
 * All pages of several printed files, in order, as one new PDF with `meta` as
 * its metadata: a long document printed in several jobs joined byte for byte,
 * without parsing its pages into objects (pdf-lib held ≈ 0.3 GB to join a
 * 1,500-page ranked list). Each file keeps its own fonts.
 *
 * @example joinPrintedPdfs(jobs.map(openPrintedPdf), { title: '推荐排序名单', date })
 */
export function joinPrintedPdfs(files: readonly PrintedPdf[], meta: PdfMeta): Uint8Array {
  if (files.length === 0) throw new Error('PDF join: no files');
  return writePages(
    files.map((printed) => ({ printed, start: 0, end: printed.pages.length })),
    meta,
  );
}

/** A run of one printed file's pages (0-based, end exclusive) for a new file. */
interface PageRun {
  readonly printed: PrintedPdf;
  readonly start: number;
  readonly end: number;
}

/** A run being copied: its pages, and the new numbers of the objects of its file reached so far. */
interface CopiedRun {
  readonly printed: PrintedPdf;
  readonly own: readonly PageLeaf[];
  readonly pageDicts: readonly PdfDict[];
  /** The pages copied as pages (none when imposed as a booklet): object number → dictionary under the new page tree. */
  readonly copiedPages: ReadonlyMap<number, PdfDict>;
  readonly usage: GlyphUsage | undefined;
  /** The object's number in the new file, given (and queued for writing) when first reached. */
  readonly renumber: (num: number) => number;
  readonly refText: (ref: PdfRef) => string;
}

function writePages(runs: readonly PageRun[], meta: PdfMeta, booklet?: BookletSheet): Uint8Array {
  if (booklet && runs.length !== 1) throw new Error('PDF split: a booklet is imposed from one printed file');
  // 1 catalog, 2 page tree, 3 info; then the pages (or booklet sheets), then what they reach, breadth first.
  const FIRST_COPIED = 4;
  const order: ({ readonly copied: CopiedRun; readonly num: number } | MadeObject)[] = [];
  const make = (object: MadeObject): number => {
    order.push(object);
    return FIRST_COPIED + order.length - 1;
  };
  const copiedRuns = runs.map(({ printed, start, end }): CopiedRun => {
    const own = printed.pages.slice(start, end);
    if (own.length === 0) throw new Error(`PDF split: no pages ${start + 1}–${end}`);
    const ownPages = new Set(own.map((page) => page.num));
    const numbers = new Map<number, number>();
    const renumber = (num: number): number => {
      let assigned = numbers.get(num);
      if (assigned === undefined) {
        if (printed.pageTree.has(num) && !ownPages.has(num)) throw new Error(`PDF split: pages ${start + 1}–${end} refer to page-tree object ${num} outside them`);
        assigned = FIRST_COPIED + order.length;
        numbers.set(num, assigned);
        order.push({ copied, num });
      }
      return assigned;
    };
    const pageDicts = own.map((leaf) => pageDictionary(printed, leaf));
    const copied: CopiedRun = {
      printed,
      own,
      pageDicts,
      copiedPages: new Map(booklet ? [] : own.map((leaf, index) => [leaf.num, pageDicts[index] as PdfDict])),
      usage: glyphUsage(printed.source, pageDicts),
      renumber,
      refText: (ref) => (printed.source.has(ref.num) ? `${renumber(ref.num)} 0 R` : 'null'),
    };
    return copied;
  });
  let kids: number[];
  const single = copiedRuns[0] as CopiedRun;
  if (booklet) {
    const { source } = single.printed;
    const forms = single.pageDicts.map((page) => make(pageAsForm(source, page, single.refText)));
    kids = bookletSheets(source, booklet, single.pageDicts, forms, make);
  } else {
    kids = copiedRuns.flatMap((copied) => copied.own.map((leaf) => copied.renumber(leaf.num)));
  }

  const writer = new PdfWriter(single.printed.source.version);
  writer.object(`<</Type /Catalog\n/Pages 2 0 R\n/ViewerPreferences <</DisplayDocTitle true>>\n/Lang (zh-CN)>>`);
  writer.object(`<</Type /Pages\n/Kids [${kids.map((kid) => `${kid} 0 R`).join(' ')}]\n/Count ${kids.length}>>`);
  writer.object(infoDictionary(meta));
  for (let index = 0; index < order.length; index += 1) {
    const entry = order[index] as (typeof order)[number];
    if (!('copied' in entry)) {
      writer.object(entry.head(), entry.stream);
      continue;
    }
    const { copied, num } = entry;
    const { printed } = copied;
    const object = printed.source.object(num);
    const page = copied.copiedPages.get(num);
    const codes = copied.usage?.get(num);
    const font = codes && printed.type3Font(num);
    const pruned = font ? type3FontShowing(font, codes, copied.refText) : undefined;
    const head = page ? serializeValue(page, copied.refText) : (pruned ?? joinSpliced(object.spliced(), copied.refText));
    writer.object(head, object.stream && printed.source.bytes.subarray(object.stream.start, object.stream.end));
  }
  return writer.finish();
}

/** A page as a form XObject (ISO 32000-1 §8.10): its content, resources and media box. */
function pageAsForm(source: PdfSource, page: PdfDict, refText: (ref: PdfRef) => string): MadeObject {
  const [x0, y0, x1, y1] = mediaBox(source, page);
  const contents = source.resolve(page.entries.get('/Contents'));
  const refs = contents?.kind === 'array' ? contents.items : [page.entries.get('/Contents')];
  const streams = refs.map((ref) => (ref?.kind === 'ref' ? source.object(ref.num) : undefined));
  const single = streams.length === 1 ? streams[0] : undefined;
  const singleDict = single?.value();
  const filter = singleDict?.kind === 'dict' ? singleDict.entries.get('/Filter') : undefined;
  let data: string;
  if (single?.stream && singleDict?.kind === 'dict' && filter?.kind === 'raw' && filter.text === '/FlateDecode' && singleDict.entries.size === 2) {
    data = source.text.slice(single.stream.start, single.stream.end); // one Flate stream, as Chromium writes: copied as it is
  } else {
    const decoded = streams.map((object) => {
      const dict = object?.value();
      if (!object?.stream || dict?.kind !== 'dict') throw new UnsupportedPdfError('page content is not a stream');
      const raw = source.bytes.subarray(object.stream.start, object.stream.end);
      const streamFilter = dict.entries.get('/Filter');
      if (streamFilter === undefined) return Buffer.from(raw);
      if (streamFilter.kind === 'raw' && streamFilter.text === '/FlateDecode' && !dict.entries.has('/DecodeParms')) return inflateSync(raw);
      throw new UnsupportedPdfError('page content stream filter not handled');
    });
    data = deflateSync(Buffer.concat(decoded.flatMap((part) => [part, Buffer.from('\n')]))).toString('latin1');
  }
  const resources = page.entries.get('/Resources');
  return {
    head: () =>
      `<</Type /XObject\n/Subtype /Form\n/BBox [${[x0, y0, x1, y1].map(pdfNumber).join(' ')}]\n/Resources ${resources ? serializeValue(resources, refText) : '<<>>'}` +
      `\n/Filter /FlateDecode\n/Length ${data.length}>>`,
    stream: data,
  };
}

/** The booklet's sheet sides as page objects drawing the page forms (bookletSides order, placeInHalf placement); returns their numbers. */
function bookletSheets(source: PdfSource, sheet: BookletSheet, pages: readonly PdfDict[], forms: readonly number[], make: (object: MadeObject) => number): number[] {
  const [sheetHeight, sheetWidth] = SHEET_SIZES[sheet];
  const half = sheetWidth / 2;
  return bookletSides(pages.length).map((side) => {
    const names: string[] = [];
    let content = '';
    for (const [number, halfX] of [[side.left, 0], [side.right, half]] as const) {
      if (number === null) continue;
      const [x0, y0, x1, y1] = mediaBox(source, pages[number - 1] as PdfDict);
      const place = placeInHalf(x1 - x0, y1 - y0, halfX, half, sheetHeight);
      names.push(`/P${number} ${forms[number - 1] as number} 0 R`);
      const matrix = [place.scale, 0, 0, place.scale, place.x - x0 * place.scale, place.y - y0 * place.scale];
      content += `q ${matrix.map(pdfNumber).join(' ')} cm /P${number} Do Q\n`;
    }
    const contents = make({ head: () => `<</Length ${content.length}>>`, stream: content });
    return make({
      head: () =>
        `<</Type /Page\n/Parent 2 0 R\n/MediaBox [0 0 ${pdfNumber(sheetWidth)} ${pdfNumber(sheetHeight)}]\n/Resources <</XObject <<${names.join('\n')}>>>>\n/Contents ${contents} 0 R>>`,
    });
  });
}

/** The page's media box as numbers (inherited attributes already applied by pageDictionary). */
function mediaBox(source: PdfSource, page: PdfDict): [number, number, number, number] {
  const box = source.resolve(page.entries.get('/MediaBox'));
  const values = box?.kind === 'array' ? box.items.map((item) => (item.kind === 'raw' ? Number(item.text) : NaN)) : [];
  if (values.length !== 4 || values.some((value) => !Number.isFinite(value))) throw new UnsupportedPdfError('page without a usable /MediaBox');
  return values as [number, number, number, number];
}

/** A number as PDF writes it: no exponent, at most four decimals. */
function pdfNumber(value: number): string {
  return String(Number(value.toFixed(4)));
}

/** The page's own dictionary under the new page tree, with inherited attributes written into it. */
function pageDictionary(printed: PrintedPdf, leaf: PageLeaf): PdfDict {
  const { source } = printed;
  const page = source.dict({ kind: 'ref', num: leaf.num, gen: 0 });
  if (!page) throw new UnsupportedPdfError(`page object ${leaf.num} is not a dictionary`);
  const entries = new Map<string, PdfValue>(page.entries);
  entries.set('/Parent', { kind: 'raw', text: '2 0 R' });
  for (const key of INHERITABLE) {
    for (const ancestor of [...leaf.ancestors].reverse()) {
      if (entries.has(key)) break;
      const inherited = source.dict({ kind: 'ref', num: ancestor, gen: 0 })?.entries.get(key);
      if (inherited) entries.set(key, inherited);
    }
  }
  return { kind: 'dict', entries };
}

/**
 * A Type 3 font taken apart once per printed file: its text around the
 * CharProcs dictionary, and the glyph procedure for each code it can show.
 */
interface Type3Font {
  readonly before: RefSplicedText;
  readonly after: RefSplicedText;
  /** Code → glyph name (through the encoding's Differences) → procedure. */
  readonly procedures: ReadonlyMap<number, readonly [string, PdfValue]>;
}

/** null when the object is not a Type 3 font laid out as Chromium writes them (then it is copied whole). */
function readType3Font(source: PdfSource, num: number): Type3Font | null {
  const object = source.object(num);
  const font = object.value();
  const subtype = font.kind === 'dict' ? font.entries.get('/Subtype') : undefined;
  if (font.kind !== 'dict' || subtype?.kind !== 'raw' || subtype.text !== '/Type3') return null;
  const differences = source.resolve(source.dict(font.entries.get('/Encoding'))?.entries.get('/Differences'));
  const charProcs = source.dict(font.entries.get('/CharProcs'));
  const span = font.spans?.get('/CharProcs');
  if (differences?.kind !== 'array' || !charProcs || !span) return null;
  const procedures = new Map<number, readonly [string, PdfValue]>();
  let code = 0;
  for (const item of differences.items) {
    if (item.kind !== 'raw') return null;
    if (!item.text.startsWith('/')) {
      code = Number(item.text);
      continue;
    }
    const procedure = charProcs.entries.get(item.text);
    if (procedure) procedures.set(code, [item.text, procedure]);
    code += 1;
  }
  return {
    before: spliceRefs(source.text, object.range.start, span.start),
    after: spliceRefs(source.text, span.end, object.range.end),
    procedures,
  };
}

/** The font's text with a CharProcs dictionary of only the glyphs for `codes`; undefined (copy it whole) when a code has no glyph procedure. */
function type3FontShowing(font: Type3Font, codes: ReadonlySet<number>, refText: (ref: PdfRef) => string): string | undefined {
  const shown = [...codes].sort((a, b) => a - b);
  // Every code is checked before any reference is renumbered: a font copied whole must not leave numbers behind.
  for (const code of shown) if (!font.procedures.has(code)) return undefined;
  let procedures = '';
  for (const code of shown) {
    const [name, value] = font.procedures.get(code) as readonly [string, PdfValue];
    procedures += `${procedures ? '\n' : ''}${name} ${serializeValue(value, refText)}`;
  }
  return `${joinSpliced(font.before, refText)} <<${procedures}>>${joinSpliced(font.after, refText)}`;
}

function joinSpliced(spliced: { readonly texts: readonly string[]; readonly refs: readonly PdfRef[] }, refText: (ref: PdfRef) => string): string {
  let text = spliced.texts[0] as string;
  for (let index = 0; index < spliced.refs.length; index += 1) text += refText(spliced.refs[index] as PdfRef) + (spliced.texts[index + 1] as string);
  return text;
}

function infoDictionary(meta: PdfMeta): string {
  const date = pdfDateString(meta.date);
  const tool = pdfTextString(PDF_TOOL_NAME);
  return [
    `<</Title ${pdfTextString(meta.title)}`,
    ...(meta.subject ? [`/Subject ${pdfTextString(meta.subject)}`] : []),
    `/Author ${tool}`,
    `/Creator ${tool}`,
    `/Producer ${tool}`,
    `/CreationDate ${date}`,
    `/ModDate ${date}>>`,
  ].join('\n');
}

/**
 * Appends numbered objects (1, 2, …) and closes the file with a cross-reference
 * table. The pieces (strings of one char per byte, and the copied stream data)
 * are kept as they come and written once, into one buffer of the file's size:
 * a Buffer per piece, or one string of the whole file to encode, cost more than
 * the rest of the splitting.
 */
class PdfWriter {
  private readonly pieces: (string | Uint8Array)[] = [];
  private readonly offsets: number[] = [];
  private length = 0;

  constructor(version: string) {
    // The comment of high bytes marks the file as binary for transfer tools (ISO 32000-1 §7.5.2).
    this.append(`%PDF-${version}\n%\u00e2\u00e3\u00cf\u00d3\n`);
  }

  /** An object; `stream` is its data as bytes (copied as they are) or as a string of one char per byte. */
  object(head: string, stream?: Uint8Array | string): void {
    this.offsets.push(this.length);
    this.append(`${this.offsets.length} 0 obj\n`);
    this.append(head);
    if (stream !== undefined) {
      this.append('\nstream\n');
      this.append(stream);
      this.append('\nendstream');
    }
    this.append('\nendobj\n');
  }

  finish(): Uint8Array {
    const start = this.length;
    const size = this.offsets.length + 1;
    this.append(`xref\n0 ${size}\n0000000000 65535 f \n`);
    const trailer = `trailer\n<</Size ${size}\n/Root 1 0 R\n/Info 3 0 R>>\nstartxref\n${start}\n%%EOF\n`;
    const file = Buffer.allocUnsafe(this.length + XREF_ENTRY.length * this.offsets.length + trailer.length);
    let at = 0;
    for (const piece of this.pieces) {
      if (typeof piece !== 'string') {
        file.set(piece, at);
        at += piece.byteLength;
      } else if (piece.length > SHORT_TEXT) {
        at += file.write(piece, at, 'latin1');
      } else {
        for (let index = 0; index < piece.length; index += 1) file[at + index] = piece.charCodeAt(index);
        at += piece.length;
      }
    }
    at = writeXrefEntries(file, at, this.offsets);
    file.write(trailer, at, 'latin1');
    return file;
  }

  private append(piece: string | Uint8Array): void {
    this.pieces.push(piece);
    this.length += typeof piece === 'string' ? piece.length : piece.byteLength;
  }
}

/** Strings up to this length are copied char by char: cheaper than a call into Buffer.write, which is cheaper for long ones. */
const SHORT_TEXT = 64;

/** A cross-reference entry for an object in use, its offset in the first ten digits. */
const XREF_ENTRY = Buffer.from('0000000000 00000 n \n', 'latin1');

/**
 * The table's entries written straight into the file, digit by digit: the
 * thousand strings they would otherwise be cost more than all the bytes of the table.
 */
function writeXrefEntries(file: Uint8Array, from: number, offsets: readonly number[]): number {
  let at = from;
  for (const offset of offsets) {
    file.set(XREF_ENTRY, at);
    let rest = offset;
    for (let digit = at + 9; digit >= at && rest > 0; digit -= 1) {
      file[digit] = 0x30 + (rest % 10);
      rest = Math.floor(rest / 10);
    }
    at += XREF_ENTRY.length;
  }
  return at;
}
