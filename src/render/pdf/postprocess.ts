import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';
import { imposeBooklet, type BookletSheet } from './booklet.js';
import { DOCUMENT_MARKER_PREFIX } from './document.js';
import { PDF_LIB_LOAD_OPTIONS, PDF_LIB_SAVE_OPTIONS } from './pdf-lib-options.js';
import { UnsupportedPdfError } from './pdf-syntax.js';
import { checkedDocumentStarts, extractSlice, joinPrintedPdfs, markedDocumentStarts, openPrintedPdf, PDF_TOOL_NAME, type PrintedPdf } from './split.js';

export interface PdfMeta {
  readonly title: string;
  readonly subject?: string;
  /** Stamped as creation and modification date instead of "now", so equal input gives equal bytes. */
  readonly date: Date;
}

/**
 * Midnight of a campaign day in China Standard Time (UTC+8, no daylight saving),
 * for PDF dates that read as that day in any viewer in China.
 *
 * @example documentDate('2020-10-22').toISOString() // '2020-10-21T16:00:00.000Z'
 */
export function documentDate(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00+08:00`);
}

/**
 * Makes a Chromium PDF reproducible: the pages are copied into a fresh file
 * (dropping Chromium's info dictionary with its timestamp and browser version)
 * and our own metadata is set with a fixed date, in a fixed object order, so the
 * same pages always give the same bytes.
 *
 * @example await postprocessPdf(chromiumBytes, { title: '申请表（张建国工匠创新工作室）', date: documentDate('2020-10-22') })
 */
export async function postprocessPdf(bytes: Uint8Array, meta: PdfMeta, options: PdfLayoutOptions = {}): Promise<Uint8Array> {
  const printed = openOrFallBack(bytes);
  if (printed) return extractSlice(printed, { start: 0, end: printed.pages.length, meta, booklet: options.booklet });
  const source = await PDFDocument.load(bytes, PDF_LIB_LOAD_OPTIONS);
  return impose(await extractPages(source, source.getPageIndices(), meta), options);
}

/** A PDF opened once: its page count, and Chromium's layout when it is laid out as Chromium writes (for joinPdfs). */
export interface OpenedPdf {
  readonly bytes: Uint8Array;
  readonly pageCount: number;
  readonly printed: PrintedPdf | undefined;
}

/**
 * Opens a printed PDF once, for counting its pages and then joining it.
 *
 * @example (await openPdf(jobBytes)).pageCount // 1000
 */
export async function openPdf(bytes: Uint8Array): Promise<OpenedPdf> {
  const printed = openOrFallBack(bytes);
  return { bytes, printed, pageCount: printed?.pages.length ?? (await PDFDocument.load(bytes, PDF_LIB_LOAD_OPTIONS)).getPageCount() };
}

/**
 * Several PDFs (the print jobs of one long document), in order, as one
 * reproducible file with `meta`: Chromium's files are joined byte for byte
 * (split.ts), any other goes through pdf-lib.
 *
 * @example await joinPdfs([await openPdf(firstJob), await openPdf(secondJob)], { title: '推荐排序名单', date: documentDate('2020-12-20') })
 */
export async function joinPdfs(files: readonly OpenedPdf[], meta: PdfMeta): Promise<Uint8Array> {
  const printed = files.map((file) => file.printed);
  if (printed.every((file): file is PrintedPdf => file !== undefined)) return joinPrintedPdfs(printed, meta);
  const joined = await PDFDocument.create({ updateMetadata: false });
  for (const { bytes } of files) {
    const source = await PDFDocument.load(bytes, PDF_LIB_LOAD_OPTIONS);
    for (const page of await joined.copyPages(source, source.getPageIndices())) joined.addPage(page);
  }
  return extractPages(joined, joined.getPageIndices(), meta);
}

export interface PdfLayoutOptions {
  /** Impose each document as a booklet on sheets of this size (see booklet.ts). */
  readonly booklet?: BookletSheet;
}

/**
 * Splits a PDF printed from a batch (see printableHtml with markDocuments) into
 * one PDF per document, using the named destinations that mark where each
 * document starts. Throws if the markers do not account for exactly `metas.length`
 * documents: a wrong split would put one studio's pages into another's file.
 *
 * Chromium's files are split by copying each document's objects byte for byte
 * (split.ts), imposed as a booklet in the same pass when asked; any other PDF
 * goes through pdf-lib (and booklet.ts).
 */
export async function splitPdfDocuments(bytes: Uint8Array, metas: readonly PdfMeta[], options: PdfLayoutOptions = {}): Promise<Uint8Array[]> {
  const documents: Uint8Array[] = [];
  for await (const document of eachSplitDocument(bytes, metas, options)) documents.push(document);
  return documents;
}

/**
 * splitPdfDocuments one document at a time, each made when it is asked for: a
 * job's files (≈ 0.5 MB each, most of it the fonts each file embeds) need not
 * all be in memory at once, and memory freed file by file is reused rather than
 * piling up (glibc keeps freed blocks of this size for the process). The
 * markers are checked before the first document.
 *
 * @example for await (const pdf of eachSplitDocument(batchPdf, metas)) write(pdf);
 */
export async function* eachSplitDocument(bytes: Uint8Array, metas: readonly PdfMeta[], options: PdfLayoutOptions = {}): AsyncGenerator<Uint8Array> {
  const printed = openOrFallBack(bytes);
  if (printed) {
    const starts = markedDocumentStarts(printed, metas.length);
    const { booklet } = options;
    for (const [index, meta] of metas.entries()) {
      yield extractSlice(printed, { start: starts[index] as number, end: starts[index + 1] ?? printed.pages.length, meta, booklet });
    }
    return;
  }
  const source = await PDFDocument.load(bytes, PDF_LIB_LOAD_OPTIONS);
  const starts = documentStartPages(source, metas.length);
  const pageCount = source.getPageCount();
  for (const [index, meta] of metas.entries()) {
    const start = starts[index] as number;
    const end = starts[index + 1] ?? pageCount;
    yield await impose(await extractPages(source, range(start, end), meta), options);
  }
}

function impose(document: Uint8Array, options: PdfLayoutOptions): Promise<Uint8Array> | Uint8Array {
  return options.booklet ? imposeBooklet(document, options.booklet) : document;
}

/** The file opened for the byte-copying splitter, or undefined when it is not laid out the way Chromium writes PDFs. */
function openOrFallBack(bytes: Uint8Array): PrintedPdf | undefined {
  try {
    return openPrintedPdf(bytes);
  } catch (error) {
    if (error instanceof UnsupportedPdfError) return undefined;
    throw error;
  }
}

/** First page (0-based) of each marked document (pdf-lib's reading, for files split.ts does not handle), checked to be strictly increasing from page 0. */
export function documentStartPages(source: PDFDocument, count: number): number[] {
  const pageIndexByRef = new Map(source.getPages().map((page, index) => [page.ref.toString(), index]));
  const dests = source.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  return checkedDocumentStarts(count, (index) => {
    const dest = dests?.lookup(PDFName.of(`${DOCUMENT_MARKER_PREFIX}${index}`));
    const array = dest instanceof PDFDict ? dest.lookupMaybe(PDFName.of('D'), PDFArray) : dest instanceof PDFArray ? dest : undefined;
    const pageRef = array?.get(0);
    return pageRef instanceof PDFRef ? pageIndexByRef.get(pageRef.toString()) : undefined;
  });
}

async function extractPages(source: PDFDocument, pageIndices: readonly number[], meta: PdfMeta): Promise<Uint8Array> {
  const target = await PDFDocument.create({ updateMetadata: false });
  for (const page of await target.copyPages(source, [...pageIndices])) target.addPage(page);
  target.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.subject) target.setSubject(meta.subject);
  target.setAuthor(PDF_TOOL_NAME);
  target.setCreator(PDF_TOOL_NAME);
  target.setProducer(PDF_TOOL_NAME);
  target.setCreationDate(meta.date);
  target.setModificationDate(meta.date);
  target.setLanguage('zh-CN');
  return target.save(PDF_LIB_SAVE_OPTIONS);
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, offset) => start + offset);
}
