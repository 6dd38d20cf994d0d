import { displayCell, type SummaryTable } from '../../summary/index.js';
import { ROWS_PER_PRINT_JOB } from '../pdf/document.js';
import { FONT_STACKS } from '../pdf/form-style.js';
import { printInJobs, type PrintJob } from '../pdf/print-jobs.js';
import type { HtmlPrinter } from '../pdf/printer.js';
import { escapeHtml } from './html-text.js';
import { headerCellText, headingRuns, titleLines, totalText } from './layout.js';
import { summaryFontSize, type SummaryPageLayout } from './page.js';

/**
 * Summary sheets as PDF: the same layout as the DOCX (page.ts), written as HTML
 * on the shared form stylesheet and printed by the same engine as the forms.
 * Every value is escaped; nothing from the applications is ever markup.
 */

/**
 * The HTML body of one union's sheet.
 *
 * @example summaryHtmlBody(table, layout) // '<style>…</style><div class="attachment-label">附件1</div>…'
 */
export function summaryHtmlBody(table: SummaryTable, layout: SummaryPageLayout): string {
  const { summary } = table;
  const total = layout.columnWidths.reduce((sum, width) => sum + width, 0);
  const colgroup = `<colgroup>${layout.columnWidths.map((width) => `<col style="width:${((width / total) * 100).toFixed(2)}%">`).join('')}</colgroup>`;
  const parts: string[] = [style(layout)];
  if (summary.attachment) parts.push(`<div class="attachment-label">${escapeHtml(summary.attachment)}</div>`);
  parts.push(`<h1 class="form-title">${titleLines(summary.title).map(escapeHtml).join('<br>')}</h1>`);

  if (table.header.layout === 'inline') {
    for (const cells of table.header.rows) {
      const items = cells.map(({ content }) =>
        content.kind === 'label'
          ? `<span class="summary-inline-label">${escapeHtml(content.text)}：</span>`
          : `<span class="summary-inline-value">${escapeHtml(headerCellText(content))}</span>`,
      );
      parts.push(`<p class="summary-inline">${items.join('')}</p>`);
    }
  } else if (table.header.rows.length > 0) {
    const rows = table.header.rows.map(
      (cells) =>
        `<tr class="summary-block-row">${cells
          .map(({ span, content }) => {
            const kind = content.kind === 'label' ? 'label' : content.kind === 'blank' ? 'summary-blank' : 'center';
            return `<td colspan="${span}" class="${kind}">${escapeHtml(headerCellText(content))}</td>`;
          })
          .join('')}</tr>`,
    );
    parts.push(`<table class="form summary">${colgroup}<tbody>${rows.join('')}</tbody></table>`);
  }

  const head: string[] = [];
  const columnCount = table.columns.length;
  if (summary.listTitle) head.push(`<tr><th colspan="${columnCount}" class="summary-list-title">${escapeHtml(summary.listTitle)}</th></tr>`);
  const runs = headingRuns(table);
  if (runs.some((run) => run.group)) {
    head.push(
      `<tr>${runs
        .map((run) =>
          run.group
            ? `<th colspan="${run.count}">${escapeHtml(run.group)}</th>`
            : `<th rowspan="2">${escapeHtml(table.columns[run.first]?.header ?? '')}</th>`,
        )
        .join('')}</tr>`,
      `<tr>${runs
        .filter((run) => run.group)
        .flatMap((run) => table.columns.slice(run.first, run.first + run.count).map((column) => `<th>${escapeHtml(column.header)}</th>`))
        .join('')}</tr>`,
    );
  } else {
    head.push(`<tr>${table.columns.map((column) => `<th>${escapeHtml(column.header)}</th>`).join('')}</tr>`);
  }

  const body = table.rows.map(
    (cells) =>
      `<tr>${cells
        .map((cell, index) => `<td class="${layout.align[index] === 'left' ? 'summary-left' : 'center'}">${escapeHtml(displayCell(cell))}</td>`)
        .join('')}</tr>`,
  );
  if (table.totals) {
    const cells = table.totals.flatMap((totalCell, index) => {
      if (totalCell.kind === 'covered') return [];
      if (totalCell.kind === 'label') return [`<td colspan="${totalCell.span}" class="label">${escapeHtml(totalCell.text)}</td>`];
      return [`<td class="center summary-total">${escapeHtml(totalText(table, index))}</td>`];
    });
    body.push(`<tr class="summary-totals">${cells.join('')}</tr>`);
  }
  if (summary.opinion) {
    body.push(
      `<tr class="summary-opinion"><td colspan="${summary.opinion.labelSpan}" class="label">${escapeHtml(summary.opinion.label)}</td>` +
        `<td colspan="${columnCount - summary.opinion.labelSpan}" class="summary-signature">${escapeHtml(summary.opinion.signature)}</td></tr>`,
    );
  }
  parts.push(`<table class="form summary">${colgroup}<thead>${head.join('')}</thead><tbody>${body.join('')}</tbody></table>`);
  for (const note of summary.notes) parts.push(`<p class="summary-note">${escapeHtml(note)}</p>`);
  return parts.join('\n');
}

export interface SummaryPdfOptions {
  /**
   * Most table rows printed in one browser call (default ROWS_PER_PRINT_JOB).
   * The browser's memory grows with the rows of a job, so sheets are printed in
   * jobs of whole tables up to this many rows; a larger table is a job of its own.
   * Each job has a fixed cost, so smaller jobs take longer: on the 10,000-studio
   * bench one job peaked at ≈ 1.2 GB browser PSS, 2,000-row jobs at ≈ 0.68 GB in
   * about a tenth more time (1,000-row jobs: ≈ 0.54 GB, a quarter more). Each
   * union's file holds only its own pages, but its bytes depend on which unions
   * share the job (same input and limit → same bytes).
   */
  readonly rowsPerJob?: number;
  /**
   * Jobs handed to the printer before the oldest is split (default 2), as for
   * the forms: the browser prints the next jobs while this process splits one.
   */
  readonly jobsAhead?: number;
}

/**
 * Prints every union's sheet, in jobs of whole tables (summaryPrintJobs), and
 * splits each job into one PDF per union, each with its own title and the
 * campaign's date. The PDFs come back in the order of the tables.
 *
 * @example const pdfs = await renderSummaryPdfs(printer, tables, layout, documentDate('2020-10-22'));
 */
export async function renderSummaryPdfs(
  printer: HtmlPrinter,
  tables: readonly SummaryTable[],
  layout: SummaryPageLayout,
  date: Date,
  options: SummaryPdfOptions = {},
): Promise<Uint8Array[]> {
  const pdfs: Uint8Array[] = [];
  const jobs = sheetJobs(summaryPrintJobs(tables, options.rowsPerJob ?? ROWS_PER_PRINT_JOB), layout, date);
  for await (const pdf of printInJobs(printer, jobs, Math.floor(options.jobsAhead ?? 2))) pdfs.push(pdf);
  return pdfs;
}

/** Each group of sheets as a print job, its HTML made only when the printer is ready to take it. */
function* sheetJobs(groups: readonly (readonly SummaryTable[])[], layout: SummaryPageLayout, date: Date): Generator<PrintJob> {
  const page = { size: layout.size, landscape: layout.landscape };
  for (const group of groups) {
    yield {
      bodies: group.map((table) => summaryHtmlBody(table, layout)),
      metas: group.map((table) => ({ title: `${table.summary.title}（${table.group}）`, subject: table.summary.label, date })),
      page,
    };
  }
}

/**
 * Groups consecutive tables into print jobs of at most `rowsPerJob` rows, keeping
 * their order; every job holds at least one table, so a table larger than the
 * limit is a job of its own.
 *
 * @example summaryPrintJobs(tables, 1000).map((job) => job.length) // [3, 1, 12]
 */
export function summaryPrintJobs<T extends { readonly rows: readonly unknown[] }>(tables: readonly T[], rowsPerJob: number): T[][] {
  const limit = Math.max(1, Math.floor(rowsPerJob));
  const jobs: T[][] = [];
  let job: T[] = [];
  let rows = 0;
  for (const table of tables) {
    if (job.length > 0 && rows + table.rows.length > limit) {
      jobs.push(job);
      job = [];
      rows = 0;
    }
    job.push(table);
    rows += table.rows.length;
  }
  if (job.length > 0) jobs.push(job);
  return jobs;
}

function style(layout: SummaryPageLayout): string {
  const size = summaryFontSize(layout);
  const margins = layout.margins;
  return `<style>
@page { margin: ${margins.top}mm ${margins.right}mm ${margins.bottom}mm ${margins.left}mm; }
table.form.summary { font-size: ${size}pt; line-height: 1.35; }
/* Separate borders: each cell draws its right and bottom edge, so a row that ends a page is closed even when the next row moves on (Chromium leaves collapsed borders open there). */
table.form.summary { border-collapse: separate; border-spacing: 0; border-left: 0.5pt solid #000; }
table.form.summary td, table.form.summary th { border: none; border-right: 0.5pt solid #000; border-bottom: 0.5pt solid #000; padding: 1.2mm 1.2mm; }
table.form.summary > tbody:first-child > tr:first-child > td, table.form.summary > colgroup + tbody > tr:first-child > td, table.form.summary thead tr:first-child th { border-top: 0.5pt solid #000; }
/* The header block and the list print as one grid: the block leaves its last line to the list's heading, which keeps its top edge when it repeats on the next page. */
table.form.summary:has(+ table.form.summary) > tbody > tr:last-child > td { border-bottom: none; }
table.form.summary + table.form.summary { margin-top: 0; }
table.form.summary th { background: #f2f2f2; }
table.form.summary .label { font-family: ${FONT_STACKS.song}; }
table.form.summary .summary-list-title { font-family: ${FONT_STACKS.hei}; background: none; }
table.form.summary .summary-left { text-align: left; }
table.form.summary .summary-blank { height: 7mm; }
table.form.summary tr.summary-block-row td { height: 7mm; }
table.form.summary .summary-total { font-family: ${FONT_STACKS.hei}; }
table.form.summary tr.summary-opinion td { height: 36mm; }
table.form.summary .summary-signature { vertical-align: bottom; text-align: right; padding: 0 6mm 3mm 0; }
.summary-inline { font-size: ${Math.max(size, 10.5)}pt; margin: 0 0 2mm; }
.summary-inline-value { display: inline-block; min-width: 12em; border-bottom: 0.5pt solid #000; margin-right: 3em; text-align: center; }
.summary-note { font-size: ${size}pt; margin: 2mm 0 0; }
</style>`;
}
