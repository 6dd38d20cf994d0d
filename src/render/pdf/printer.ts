/** Paper of a print job in millimetres, as it lies (landscape already applied). */
export interface Paper {
  readonly widthMm: number;
  readonly heightMm: number;
}

/**
 * One complete HTML document (self-contained: no network, no scripts) and the
 * paper it is printed on. Margins come from its CSS `@page` rules; the paper
 * size does not, because Chromium lays a whole document out once more to read
 * `@page { size }` (a tenth of the time a batch of forms takes to print).
 */
export interface PrintableDocument {
  readonly html: string;
  readonly paper: Paper;
}

/**
 * What the PDF renderer needs from a browser: HTML in, PDF bytes out. The pure
 * render code depends on this interface only; src/io/browser.ts implements it
 * with Chromium, so rendering logic never touches processes itself.
 */
export interface HtmlPrinter {
  print(document: PrintableDocument): Promise<Uint8Array>;
}
