import { printableHtml, ROWS_PER_PRINT_JOB } from '../pdf/document.js';
import { FONT_STACKS } from '../pdf/form-style.js';
import { joinPdfs, openPdf, postprocessPdf, type OpenedPdf } from '../pdf/postprocess.js';
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

const ODD_PAGE_NUMBER = `@bottom-right { ${PAGE_NUMBER} text-align: right; padding-right: 14pt; }`;
const EVEN_PAGE_NUMBER = `@bottom-left { ${PAGE_NUMBER} text-align: left; padding-left: 14pt; }`;

/**
 * Where a print job's pages fall in the whole document. Chromium starts every job on a :right page numbered 1,
 * so a job that continues a document resets the page counter to the pages printed before it and, when that count
 * is odd (its first page is an even page of the document), puts the numbers of :right pages on the left.
 */
export interface JobPages {
  readonly pagesBefore: number;
}

const FIRST_JOB: JobPages = { pagesBefore: 0 };

function style({ pagesBefore }: JobPages): string {
  const startsOnEvenPage = pagesBefore % 2 === 1;
  const counter = pagesBefore > 0 ? `html { counter-reset: page ${pagesBefore}; }\n` : '';
  return `<style>
${counter}@page { margin: 37mm 26mm 35mm 28mm; }
@page :right { ${startsOnEvenPage ? EVEN_PAGE_NUMBER : ODD_PAGE_NUMBER} }
@page :left { ${startsOnEvenPage ? ODD_PAGE_NUMBER : EVEN_PAGE_NUMBER} }
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
}

/**
 * The body of an official document as pieces of HTML that concatenate to the whole body, with the places where
 * the printed document starts a new page anyway (before an attachment, before a continued table): a print job
 * may end there without changing any page.
 */
interface BodyPieces {
  readonly pieces: readonly string[];
  readonly cuts: readonly BodyCut[];
  /** Table rows in the whole body. */
  readonly rows: number;
}

interface BodyCut {
  /** The first piece after the cut. */
  readonly piece: number;
  /** Whether the cut falls inside an attachment, whose div must then be closed before and reopened after it. */
  readonly inAttachment: boolean;
  /** Table rows before the cut. */
  readonly rowsBefore: number;
}

const ATTACHMENT_OPEN = '<div class="attachment">';

function bodyPieces(document: OfficialDocument): BodyPieces {
  const pieces: string[] = [];
  const cuts: BodyCut[] = [];
  let inAttachment = false;
  let rows = 0;
  let first = true;
  const separate = (): void => {
    if (!first) pieces.push('\n');
    first = false;
  };
  for (const block of document.blocks) {
    if (block.kind === 'pageBreak') {
      if (inAttachment) {
        separate();
        pieces.push('</div>');
      }
      separate();
      cuts.push({ piece: pieces.length, inAttachment: false, rowsBefore: rows });
      pieces.push(ATTACHMENT_OPEN);
      inAttachment = true;
    } else if (block.kind === 'table') {
      separate();
      printedTables(block.columns, block.rows).forEach((table, index) => {
        if (index > 0) cuts.push({ piece: pieces.length, inAttachment, rowsBefore: rows });
        pieces.push(table.html);
        rows += table.rows;
      });
    } else {
      separate();
      pieces.push(blockHtml(block));
    }
  }
  if (inAttachment) {
    separate();
    pieces.push('</div>');
  }
  return { pieces, cuts, rows };
}

function officialHtml(inner: string, pages: JobPages): string {
  return `${style(pages)}\n<div class="official">\n${inner}\n</div>`;
}

/**
 * The HTML body of an official document (for printableHtml).
 *
 * @example officialHtmlBody(decisionDocument(content)) // '<style>…</style><div class="official">…'
 */
export function officialHtmlBody(document: OfficialDocument): string {
  return officialHtml(bodyPieces(document).pieces.join(''), FIRST_JOB);
}

/**
 * The body split into print jobs of at most `rowsPerJob` table rows (a longer piece between two cuts is a job of
 * its own), cut only where the document starts a new page anyway. A job's HTML is made once its first page is known.
 *
 * @example officialHtmlJobs(rankedListDocument(selection, campaign), 2000).length // 1 for up to 2,000 rows
 */
export function officialHtmlJobs(document: OfficialDocument, rowsPerJob: number): ((pages: JobPages) => string)[] {
  const { pieces, cuts, rows } = bodyPieces(document);
  const end: BodyCut = { piece: pieces.length, inAttachment: false, rowsBefore: rows };
  const bounds: BodyCut[] = [{ piece: 0, inAttachment: false, rowsBefore: 0 }];
  let previous = bounds[0] as BodyCut;
  for (const cut of [...cuts, end]) {
    const jobStart = bounds.at(-1) as BodyCut;
    if (cut.rowsBefore - jobStart.rowsBefore > rowsPerJob && previous !== jobStart) bounds.push(previous);
    previous = cut;
  }
  bounds.push(end);
  return bounds.slice(1).map((jobEnd, index) => {
    const jobStart = bounds[index] as BodyCut;
    const reopen = jobStart.inAttachment ? ATTACHMENT_OPEN : '';
    const close = jobEnd.inAttachment ? '</div>' : '';
    const inner = `${reopen}${pieces.slice(jobStart.piece, jobEnd.piece).join('')}${close}`;
    return (pages: JobPages) => officialHtml(inner, pages);
  });
}

/**
 * Prints one official document and makes the PDF reproducible (fixed date, no browser version).
 * A long document (a city-wide ranked list runs to hundreds of pages) is printed in several jobs of at most
 * `rowsPerJob` table rows, so the browser holds one job's layout at a time, and the pages are joined in order;
 * every document of today's size is one job.
 *
 * @example const pdf = await renderOfficialPdf(printer, decisionDocument(content), documentDate('2020-12-20'));
 */
export async function renderOfficialPdf(printer: HtmlPrinter, document: OfficialDocument, date: Date, options: { rowsPerJob?: number } = {}): Promise<Uint8Array> {
  const [first, ...more] = officialHtmlJobs(document, options.rowsPerJob ?? ROWS_PER_PRINT_JOB);
  const meta = { title: document.title, date };
  const printJob = (html: string): Promise<Uint8Array> => printer.print(printableHtml([html], { size: 'A4', landscape: false }, { markDocuments: false, title: document.title }));
  if (!first) throw new Error('officialHtmlJobs returns at least one job');
  if (more.length === 0) return postprocessPdf(await printJob(first(FIRST_JOB)), meta);
  // Each job's pages are numbered on from the pages printed before it, so the jobs are printed one after another.
  const printed: OpenedPdf[] = [];
  let pagesBefore = 0;
  for (const job of [first, ...more]) {
    const opened = await openPdf(await printJob(job({ pagesBefore })));
    printed.push(opened);
    pagesBefore += opened.pageCount;
  }
  return joinPdfs(printed, meta);
}


/** A block other than a page break or a table (bodyPieces lays those out itself, as page-starting pieces). */
function blockHtml(block: Exclude<Block, { kind: 'pageBreak' | 'table' }>): string {
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
  }
}

/** A table as printed: one HTML table per ROWS_PER_PRINTED_TABLE rows, with the rows each holds. */
function printedTables(columns: readonly TableColumn[], rows: readonly TableRow[]): { html: string; rows: number }[] {
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
  const tables: { html: string; rows: number }[] = [];
  for (let start = 0; start < Math.max(1, body.length); start += ROWS_PER_PRINTED_TABLE) {
    const continuation = start > 0 ? ' class="continued"' : '';
    const slice = body.slice(start, start + ROWS_PER_PRINTED_TABLE);
    tables.push({ html: `<table${continuation}>${colgroup}${head}<tbody>${slice.join('')}</tbody></table>`, rows: slice.length });
  }
  return tables;
}

/** About seventeen pages of list rows: short enough for Chromium's print, long enough to break pages rarely. */
const ROWS_PER_PRINTED_TABLE = 500;
