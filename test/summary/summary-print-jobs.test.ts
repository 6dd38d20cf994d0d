import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PdfPrinter } from '../../src/io/browser.js';
import { assertFontsInstalled } from '../../src/io/fonts.js';
import { documentDate, FORM_FONT_FAMILIES } from '../../src/render/pdf/index.js';
import { printableHtml } from '../../src/render/pdf/document.js';
import { splitPdfDocuments } from '../../src/render/pdf/postprocess.js';
import type { HtmlPrinter, PrintableDocument } from '../../src/render/pdf/printer.js';
import { renderSummaryPdfs, summaryHtmlBody, summaryPrintJobs } from '../../src/render/summary/pdf.js';
import { summaryPageLayout, type SummaryPageLayout } from '../../src/render/summary/page.js';
import { buildSummaryTables, type SummaryTable } from '../../src/summary/index.js';
import { pdfPageCount, pdfText } from '../fixtures/pdf-inspect.js';
import { sampleCheck, shanghai2020, shanghaiSummary, validRecords } from './helpers.js';

/** Counts the print jobs handed to the real printer. */
class CountingPrinter implements HtmlPrinter {
  calls = 0;
  constructor(private readonly printer: HtmlPrinter) {}
  print(document: PrintableDocument): Promise<Uint8Array> {
    this.calls += 1;
    return this.printer.print(document);
  }
}

function withRows(counts: readonly number[]): { name: string; rows: unknown[] }[] {
  return counts.map((count, index) => ({ name: `t${index}`, rows: Array.from({ length: count }) }));
}

function jobNames(counts: readonly number[], rowsPerJob: number): string[][] {
  return summaryPrintJobs(withRows(counts), rowsPerJob).map((job) => job.map((table) => table.name));
}

describe('grouping sheets into print jobs', () => {
  it('fills each job with whole tables, in order, up to the row limit', () => {
    expect(jobNames([3, 3, 4, 2, 5], 10)).toEqual([['t0', 't1', 't2'], ['t3', 't4']]);
  });

  it('gives a table larger than the limit a job of its own', () => {
    expect(jobNames([2, 25, 3], 10)).toEqual([['t0'], ['t1'], ['t2']]);
  });

  it('puts every table in one job when all fit, and makes no job for no tables', () => {
    expect(jobNames([1, 2, 3], 1_000)).toEqual([['t0', 't1', 't2']]);
    expect(jobNames([], 10)).toEqual([]);
  });

  it('keeps at least one table per job even with a limit below one row', () => {
    expect(jobNames([0, 1, 1], 0)).toEqual([['t0', 't1'], ['t2']]);
  });
});

describe('summary sheets printed in several jobs (the Shanghai sample)', () => {
  const ROWS_PER_JOB = 8;
  let printer: PdfPrinter;
  let tables: SummaryTable[];
  let layout: SummaryPageLayout;
  const date = documentDate(shanghai2020.noticeDate);
  let oneJob: Uint8Array[];
  let severalJobs: Uint8Array[];
  let severalJobsCalls: number;

  beforeAll(async () => {
    assertFontsInstalled(FORM_FONT_FAMILIES);
    tables = buildSummaryTables(validRecords(await sampleCheck()), shanghai2020, shanghaiSummary());
    layout = summaryPageLayout(shanghaiSummary(), tables);
    printer = await PdfPrinter.launch();
    oneJob = await renderSummaryPdfs(printer, tables, layout, date, { rowsPerJob: Number.POSITIVE_INFINITY });
    const counting = new CountingPrinter(printer);
    severalJobs = await renderSummaryPdfs(counting, tables, layout, date, { rowsPerJob: ROWS_PER_JOB });
    severalJobsCalls = counting.calls;
  });
  afterAll(async () => {
    await printer?.close();
  });

  it('splits the sample into several jobs, some holding one union and some several', () => {
    const jobs = summaryPrintJobs(tables, ROWS_PER_JOB);
    expect(jobs.length).toBeGreaterThan(2);
    expect(jobs.some((job) => job.length === 1)).toBe(true);
    expect(jobs.some((job) => job.length > 1)).toBe(true);
    expect(jobs.flat()).toEqual(tables);
  });

  it('calls the printer once per job', () => {
    expect(severalJobsCalls).toBe(summaryPrintJobs(tables, ROWS_PER_JOB).length);
  });

  it('gives every union the same pages and text as one job, in the same order', () => {
    expect(severalJobs).toHaveLength(tables.length);
    tables.forEach((table, index) => {
      const pdf = severalJobs[index]!;
      expect(pdfText(pdf)).toContain(table.group);
      expect(pdfPageCount(pdf)).toBe(pdfPageCount(oneJob[index]!));
      expect(pdfText(pdf)).toBe(pdfText(oneJob[index]!));
    });
  });

  it('titles every union’s file with its own sheet title', async () => {
    const titles = await Promise.all(severalJobs.map(async (pdf) => (await PDFDocument.load(pdf, { updateMetadata: false })).getTitle()));
    expect(titles).toEqual(tables.map((table) => `${table.summary.title}（${table.group}）`));
  });

  it('prints the sample in one job by default, byte for byte as one marked print split per union', async () => {
    const counting = new CountingPrinter(printer);
    const byDefault = await renderSummaryPdfs(counting, tables, layout, date);
    expect(counting.calls).toBe(1);
    // The one-job path as it was before jobs: every sheet marked in one document, then split.
    const bodies = tables.map((table) => summaryHtmlBody(table, layout));
    const printed = await printer.print(printableHtml(bodies, { size: layout.size, landscape: layout.landscape }, { markDocuments: true, title: '' }));
    const reference = await splitPdfDocuments(printed, tables.map((table) => ({ title: `${table.summary.title}（${table.group}）`, subject: table.summary.label, date })));
    expect(byDefault).toHaveLength(reference.length);
    byDefault.forEach((pdf, index) => expect(Buffer.from(pdf).equals(Buffer.from(reference[index]!))).toBe(true));
  });
});
