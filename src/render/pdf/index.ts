/**
 * PDF rendering, top to bottom: compile and check the HTML template
 * (template.ts) → render each view into the shared printable page (document.ts)
 * → print with the browser the caller provides (printer.ts) → fix metadata and
 * split batches into one file per studio (postprocess.ts; Chromium's files are
 * split by copying objects, split.ts, keeping each studio's glyphs only,
 * glyph-usage.ts) → impose as an A3 booklet when the form asks for one (booklet.ts).
 */
export { compileHtmlTemplate, type HtmlTemplate, type HtmlTemplateContext } from './template.js';
export { findExternalReferences, type TemplateIssue } from './template-safety.js';
export { FONT_FAMILIES, FORM_FONT_FAMILIES, formStylesheet, type FormPage } from './form-style.js';
export { printableHtml } from './document.js';
export type { HtmlPrinter } from './printer.js';
export { documentDate, postprocessPdf, splitPdfDocuments, type PdfLayoutOptions, type PdfMeta } from './postprocess.js';
export { DEFAULT_PDF_BATCH_SIZE, pdfMeta, renderPdfDocuments, type PdfRenderOptions } from './render.js';
export { bookletSides, imposeBooklet, SHEET_SIZES, type BookletSheet, type BookletSide } from './booklet.js';
