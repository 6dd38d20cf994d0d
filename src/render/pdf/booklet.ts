import { PDFDocument, PDFName, PDFString, type PDFEmbeddedPage } from 'pdf-lib';
import { PDF_LIB_LOAD_OPTIONS, PDF_LIB_SAVE_OPTIONS } from './pdf-lib-options.js';

/**
 * Booklet imposition: a form printed page by page on A4 becomes sheets of A3
 * landscape, two pages side by side, in the order that makes a stapled
 * booklet when the sheets are printed double-sided (flip on the short edge),
 * stacked and folded in the middle — what 洪工办〔2021〕31号 附件1 填表说明
 * asks for: “请用A3纸张双面打印，装订成册”.
 */

/** One side of a sheet: 1-based page numbers of the original document, null where a blank page pads it out. */
export interface BookletSide {
  readonly left: number | null;
  readonly right: number | null;
}

/**
 * The sides of a booklet of `pageCount` pages, front then back of each sheet,
 * outermost sheet first. Pages are padded with blanks to a multiple of 4 (one
 * sheet holds four pages); blanks fall at the end of the booklet, before the back cover.
 *
 * @example bookletSides(8).map((side) => [side.left, side.right]) // [[8,1],[2,7],[6,3],[4,5]]
 * @example bookletSides(3).map((side) => [side.left, side.right]) // [[null,1],[2,3]]
 */
export function bookletSides(pageCount: number): BookletSide[] {
  if (!Number.isInteger(pageCount) || pageCount < 1) throw new RangeError(`bookletSides: page count must be a positive integer, got ${pageCount}`);
  const padded = Math.ceil(pageCount / 4) * 4;
  const page = (number: number): number | null => (number <= pageCount ? number : null);
  const sides: BookletSide[] = [];
  for (let sheet = 0; sheet < padded / 4; sheet += 1) {
    sides.push({ left: page(padded - 2 * sheet), right: page(2 * sheet + 1) });
    sides.push({ left: page(2 * sheet + 2), right: page(padded - 2 * sheet - 1) });
  }
  return sides;
}

/** Sheet sizes a booklet may be printed on, in PDF points (portrait width × height). */
export const SHEET_SIZES = {
  A3: [841.89, 1190.55],
} as const;

export type BookletSheet = keyof typeof SHEET_SIZES;

/**
 * Imposes a PDF's pages as a booklet on landscape sheets of `sheet` paper: each
 * side holds two pages of half the sheet (A4 on A3), placed as bookletSides()
 * orders them. Title, subject, author, dates and language are carried over, and
 * the result is saved in a fixed object order, so equal input gives equal bytes.
 *
 * @example const a3 = await imposeBooklet(a4Pdf, 'A3'); // 8 A4 pages → 4 A3 landscape sides
 */
export async function imposeBooklet(bytes: Uint8Array, sheet: BookletSheet): Promise<Uint8Array> {
  const source = await PDFDocument.load(bytes, PDF_LIB_LOAD_OPTIONS);
  const target = await PDFDocument.create({ updateMetadata: false });
  const [sheetHeight, sheetWidth] = SHEET_SIZES[sheet];
  const half = sheetWidth / 2;
  const embedded = await target.embedPages(source.getPages());
  for (const side of bookletSides(source.getPageCount())) {
    const page = target.addPage([sheetWidth, sheetHeight]);
    placeHalf(page, embedded, side.left, 0, half, sheetHeight);
    placeHalf(page, embedded, side.right, half, half, sheetHeight);
  }
  copyDocumentInfo(source, target);
  return target.save(PDF_LIB_SAVE_OPTIONS);
}

/** Draws one original page centred in its half of the sheet, scaled down only if it does not fit. */
function placeHalf(
  page: ReturnType<PDFDocument['addPage']>,
  embedded: readonly PDFEmbeddedPage[],
  number: number | null,
  x: number,
  width: number,
  height: number,
): void {
  if (number === null) return;
  const original = embedded[number - 1];
  if (!original) throw new Error(`imposeBooklet: page ${number} is missing`);
  const place = placeInHalf(original.width, original.height, x, width, height);
  page.drawPage(original, { x: place.x, y: place.y, width: original.width * place.scale, height: original.height * place.scale });
}

/**
 * Where a page of `width` × `height` goes in the half of a sheet that starts at
 * `halfX` and is `halfWidth` × `sheetHeight`: centred, scaled down only if it does not fit.
 *
 * @example placeInHalf(595.28, 841.89, 595.275, 595.275, 841.89) // { x: 595.2725, y: 0, scale: 1 }
 */
export function placeInHalf(width: number, height: number, halfX: number, halfWidth: number, sheetHeight: number): { x: number; y: number; scale: number } {
  const scale = Math.min(1, halfWidth / width, sheetHeight / height);
  return { x: halfX + (halfWidth - width * scale) / 2, y: (sheetHeight - height * scale) / 2, scale };
}

function copyDocumentInfo(source: PDFDocument, target: PDFDocument): void {
  const title = source.getTitle();
  if (title !== undefined) target.setTitle(title, { showInWindowTitleBar: true });
  const subject = source.getSubject();
  if (subject !== undefined) target.setSubject(subject);
  const author = source.getAuthor();
  if (author !== undefined) target.setAuthor(author);
  const creator = source.getCreator();
  if (creator !== undefined) target.setCreator(creator);
  const producer = source.getProducer();
  if (producer !== undefined) target.setProducer(producer);
  const created = source.getCreationDate();
  if (created !== undefined) target.setCreationDate(created);
  const modified = source.getModificationDate();
  if (modified !== undefined) target.setModificationDate(modified);
  const language = source.catalog.lookupMaybe(PDFName.of('Lang'), PDFString);
  if (language) target.setLanguage(language.decodeText());
}
