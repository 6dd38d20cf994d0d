import Handlebars from 'handlebars';
import { formStylesheet, type FormPage } from './form-style.js';

/**
 * Prefix of the named destinations that mark where each document of a batch
 * starts. Chromium writes a PDF named destination for an element only when a
 * link points at it, so every marker links to itself (zero height: no visible
 * link, no annotation).
 */
export const DOCUMENT_MARKER_PREFIX = 'studio-docs-document-';

/**
 * One printable HTML page holding one or more form bodies, each starting on a
 * new page. With `markDocuments`, each body begins with a marker so the printed
 * PDF can be split back into one file per document (see split.ts).
 *
 * @example printableHtml(['<p>甲</p>', '<p>乙</p>'], { size: 'A4', landscape: false }, { markDocuments: true })
 */
export function printableHtml(bodies: readonly string[], page: FormPage, options: { markDocuments: boolean; title?: string }): string {
  const sections = bodies.map((body, index) => {
    const id = `${DOCUMENT_MARKER_PREFIX}${index}`;
    const marker = options.markDocuments ? `<a class="studio-docs-marker" id="${id}" href="#${id}"></a>` : '';
    return `<section class="studio-docs-document">${marker}\n${body}\n</section>`;
  });
  return [
    '<!doctype html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${Handlebars.escapeExpression(options.title ?? '')}</title>`,
    `<style>${formStylesheet(page)}</style>`,
    '</head>',
    '<body>',
    ...sections,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
