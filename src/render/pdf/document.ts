import Handlebars from 'handlebars';
import { formStylesheet, type FormPage } from './form-style.js';
import type { Paper, PrintableDocument } from './printer.js';

/**
 * Prefix of the named destinations that mark where each document of a batch
 * starts. Chromium writes a PDF named destination for an element only when a
 * link points at it, so every marker links to itself (zero height: no visible
 * link, no annotation).
 */
export const DOCUMENT_MARKER_PREFIX = 'studio-docs-document-';

/**
 * Table rows per print job for long tables (summary sheets, ranked lists): Chromium's memory grows with the pages
 * of a job. A 10,000-studio ranked list (1,500 pages) peaked at ≈ 2.4 GB browser PSS in one job, ≈ 0.93 GB in jobs
 * of 2,000 rows and ≈ 0.72 GB in jobs of 1,000 (≈ 2 s more of 27 s); each job adds its own copy of the fonts and a
 * fixed cost, so jobs are not made smaller than that.
 */
export const ROWS_PER_PRINT_JOB = 1000;

/** ISO 216 sizes, portrait, in millimetres. */
const PAPER_SIZES_MM: Readonly<Record<FormPage['size'], readonly [number, number]>> = { A4: [210, 297], A3: [297, 420] };

/**
 * The paper a page setup prints on.
 *
 * @example paperOf({ size: 'A3', landscape: true }) // { widthMm: 420, heightMm: 297 }
 */
export function paperOf(page: Pick<FormPage, 'size' | 'landscape'>): Paper {
  const [short, long] = PAPER_SIZES_MM[page.size];
  return page.landscape ? { widthMm: long, heightMm: short } : { widthMm: short, heightMm: long };
}

/**
 * One printable HTML page holding one or more form bodies, each starting on a
 * new page. With `markDocuments`, each body begins with a marker so the printed
 * PDF can be split back into one file per document (see split.ts).
 *
 * @example printableHtml(['<p>甲</p>', '<p>乙</p>'], { size: 'A4', landscape: false }, { markDocuments: true }).paper // { widthMm: 210, heightMm: 297 }
 */
export function printableHtml(bodies: readonly string[], page: FormPage, options: { markDocuments: boolean; title?: string }): PrintableDocument {
  const sections = bodies.map((body, index) => {
    const id = `${DOCUMENT_MARKER_PREFIX}${index}`;
    const marker = options.markDocuments ? `<a class="studio-docs-marker" id="${id}" href="#${id}"></a>` : '';
    return `<section class="studio-docs-document">${marker}\n${body}\n</section>`;
  });
  const html = [
    '<!doctype html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${Handlebars.escapeExpression(options.title ?? '')}</title>`,
    `<style>${formStylesheet()}</style>`,
    '</head>',
    '<body>',
    ...sections,
    '</body>',
    '</html>',
    '',
  ].join('\n');
  return { html, paper: paperOf(page) };
}
