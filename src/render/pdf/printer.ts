/**
 * What the PDF renderer needs from a browser: HTML in, PDF bytes out. The pure
 * render code depends on this interface only; src/io/browser.ts implements it
 * with Chromium, so rendering logic never touches processes itself.
 */
export interface HtmlPrinter {
  /**
   * Prints one complete HTML document (self-contained: no network, no scripts).
   * Page size and margins come from the document's CSS `@page` rule.
   */
  print(html: string): Promise<Uint8Array>;
}
