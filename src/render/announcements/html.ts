import { printableHtml } from '../pdf/document.js';
import { FONT_STACKS } from '../pdf/form-style.js';
import { postprocessPdf } from '../pdf/postprocess.js';
import type { HtmlPrinter } from '../pdf/printer.js';
import { escapeHtml } from '../summary/html-text.js';
import { textWidth, type Block, type OfficialDocument, type TableColumn, type TableRow } from './blocks.js';

/**
 * Official documents as PDF, the same blocks as the DOCX. Page numbers are CSS
 * page-margin boxes on :right (odd) and :left (even) pages, which Chromium prints
 * since version 131 (“— 1 —”, 四号宋体, one character in from the outer edge).
 * Fonts: 仿宋 → FandolFang, 小标宋 → Noto Serif CJK SC bold, 黑体 → Noto Sans CJK SC, 楷体 → AR PL UKai
 * (each through its GB2312 subset first, see FONT_STACKS).
 */

const { song, hei, kai, fang } = FONT_STACKS;
/** 22 lines in the 225 mm type area. */
const LINE = `${(225 / 22).toFixed(3)}mm`;
const PAGE_NUMBER = `content: "— " counter(page) " —"; font-family: ${song}; font-size: 14pt; vertical-align: top; padding-top: 7mm;`;

const STYLE = `<style>
@page { margin: 37mm 26mm 35mm 28mm; }
@page :right { @bottom-right { ${PAGE_NUMBER} text-align: right; padding-right: 14pt; } }
@page :left { @bottom-left { ${PAGE_NUMBER} text-align: left; padding-left: 14pt; } }
.official { font-family: ${fang}; font-size: 16pt; line-height: ${LINE}; color: #000; }
.official p { margin: 0; }
.official .issuer-mark { font-family: ${song}; font-weight: 700; color: #e00000; text-align: center; line-height: 1.2; letter-spacing: 0.05em; white-space: nowrap; }
.official .doc-number { text-align: center; margin-top: calc(2 * ${LINE}); padding-bottom: 4mm; border-bottom: 1.5pt solid #e00000; margin-bottom: ${LINE}; }
.official .title { font-family: ${song}; font-weight: 700; font-size: 22pt; line-height: 1.45; text-align: center; margin: ${LINE} 0; text-wrap: balance; }
.official .body { text-indent: 2em; text-align: justify; }
.official .note-first { padding-left: 5em; text-indent: -3em; text-align: justify; }
.official .note-more { padding-left: 5em; text-align: justify; }
.official .signature { text-align: right; }
.official .blank { height: ${LINE}; }
.official .attachment { break-before: page; }
.official .attachment-label { font-family: ${hei}; }
.official table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 12pt; line-height: 1.45; margin: 0 0 ${LINE}; }
.official tr { break-inside: avoid; }
.official th, .official td { border: 0.5pt solid #000; padding: 1.2mm 1.5mm; vertical-align: middle; overflow-wrap: anywhere; }
.official th { font-family: ${hei}; font-weight: 400; text-align: center; }
.official td.group { font-family: ${hei}; }
.official td.district { font-family: ${kai}; font-weight: 700; }
.official tr.total td { font-family: ${hei}; }
.official table.continued { break-before: page; }
.official .left { text-align: left; } .official .center { text-align: center; } .official .right { text-align: right; }
</style>`;

/**
 * The HTML body of an official document (for printableHtml).
 *
 * @example officialHtmlBody(decisionDocument(content)) // '<style>…</style><div class="official">…'
 */
export function officialHtmlBody(document: OfficialDocument): string {
  const parts: string[] = [];
  let inAttachment = false;
  for (const block of document.blocks) {
    if (block.kind === 'pageBreak') {
      if (inAttachment) parts.push('</div>');
      parts.push('<div class="attachment">');
      inAttachment = true;
    } else {
      parts.push(blockHtml(block));
    }
  }
  if (inAttachment) parts.push('</div>');
  return `${STYLE}\n<div class="official">\n${parts.join('\n')}\n</div>`;
}

/**
 * Prints one official document and makes the PDF reproducible (fixed date, no browser version).
 *
 * @example const pdf = await renderOfficialPdf(printer, decisionDocument(content), documentDate('2020-12-20'));
 */
export async function renderOfficialPdf(printer: HtmlPrinter, document: OfficialDocument, date: Date): Promise<Uint8Array> {
  const printable = printableHtml([officialHtmlBody(document)], { size: 'A4', landscape: false }, { markDocuments: false, title: document.title });
  return postprocessPdf(await printer.print(printable), { title: document.title, date });
}

function blockHtml(block: Exclude<Block, { kind: 'pageBreak' }>): string {
  switch (block.kind) {
    case 'issuerMark': {
      const size = Math.min(36, Math.floor(420 / Math.max(1, textWidth(block.text))));
      return `<p class="issuer-mark" style="font-size:${size}pt">${escapeHtml(block.text)}</p>`;
    }
    case 'docNumber':
      return `<p class="doc-number">${escapeHtml(block.text)}</p>`;
    case 'title':
      return `<h1 class="title">${escapeHtml(block.text)}</h1>`;
    case 'addressees':
      return `<p class="addressees">${escapeHtml(block.text)}</p>`;
    case 'paragraph':
      return `<p class="body">${escapeHtml(block.text)}</p>`;
    case 'blank':
      return '<div class="blank"></div>';
    case 'attachmentNote':
      return block.items
        .map((item, index) => (index === 0 ? `<p class="note-first">附件：1.${escapeHtml(item)}</p>` : `<p class="note-more">${index + 1}.${escapeHtml(item)}</p>`))
        .join('\n');
    case 'signature': {
      const signatureRight = Math.max(0, 4 + (textWidth(block.date) - textWidth(block.signature)) / 2);
      return `<p class="signature" style="padding-right:${signatureRight}em">${escapeHtml(block.signature)}</p>\n<p class="signature" style="padding-right:4em">${escapeHtml(block.date)}</p>`;
    }
    case 'attachmentLabel':
      return `<p class="attachment-label">${escapeHtml(block.text)}</p>`;
    case 'attachmentTitle':
      return `<h1 class="title">${escapeHtml(block.text)}</h1>`;
    case 'table':
      return tableHtml(block.columns, block.rows);
  }
}

function tableHtml(columns: readonly TableColumn[], rows: readonly TableRow[]): string {
  const total = columns.reduce((sum, column) => sum + column.width, 0);
  const colgroup = `<colgroup>${columns.map((column) => `<col style="width:${((column.width / total) * 100).toFixed(2)}%">`).join('')}</colgroup>`;
  const head = `<thead><tr>${columns.map((column) => `<th>${escapeHtml(column.header)}</th>`).join('')}</tr></thead>`;
  const body = rows.map((row) =>
    row.kind === 'heading'
      ? `<tr><td colspan="${columns.length}" class="${row.level === 1 ? 'group' : 'district'}">${escapeHtml(row.text)}</td></tr>`
      : `<tr${row.total ? ' class="total"' : ''}>${row.cells.map((text, index) => `<td class="${columns[index]?.align ?? 'left'}">${escapeHtml(text)}</td>`).join('')}</tr>`,
  );
  // Chromium fails to print one table running over hundreds of pages (“Printing failed” for a 10,000-studio list):
  // a long table is printed as several, each continuation starting on a new page under its own header row.
  const tables: string[] = [];
  for (let start = 0; start < Math.max(1, body.length); start += ROWS_PER_PRINTED_TABLE) {
    const continuation = start > 0 ? ' class="continued"' : '';
    tables.push(`<table${continuation}>${colgroup}${head}<tbody>${body.slice(start, start + ROWS_PER_PRINTED_TABLE).join('')}</tbody></table>`);
  }
  return tables.join('');
}

/** About seventeen pages of list rows: short enough for Chromium's print, long enough to break pages rarely. */
const ROWS_PER_PRINTED_TABLE = 500;
