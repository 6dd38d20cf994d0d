import { beforeAll, describe, expect, it } from 'vitest';
import { buildDecisionContent } from '../../src/announcements/content.js';
import { loadCampaign } from '../../src/campaigns/load.js';
import type { RankedStudio, Selection } from '../../src/review/types.js';
import { decisionDocument, type OfficialDocument } from '../../src/render/announcements/blocks.js';
import { officialHtmlBody, officialHtmlJobs, renderOfficialPdf } from '../../src/render/announcements/html.js';
import { rankedListDocument } from '../../src/render/announcements/ranked-list.js';
import { printableHtml } from '../../src/render/pdf/document.js';
import { documentDate, postprocessPdf } from '../../src/render/pdf/postprocess.js';
import type { HtmlPrinter, PrintableDocument } from '../../src/render/pdf/printer.js';
import { embeddedFonts, pdfPageCount, pdfText } from '../fixtures/pdf-inspect.js';
import { useFormPdfPrinter } from '../fixtures/pdf-render.js';
import { PUDONG_CRAFTSMAN, SHANGHAI_SELECTION, WOMEN } from '../fixtures/selection.js';

/**
 * A long official document is printed in several browser jobs and joined (issue #7): the joined PDF must read
 * exactly like the document printed in one job — same pages, same breaks, page numbers running on, odd pages
 * numbered bottom right and even pages bottom left.
 */

const pdfs = useFormPdfPrinter();
const { campaign } = loadCampaign('shanghai-2020');
const DISTRICTS = ['浦东新区总工会', '徐汇区总工会', '长宁区总工会', '静安区总工会', '普陀区总工会', '虹口区总工会', '杨浦区总工会', '闵行区总工会'];

/** A city-wide selection of `count` studios in two quota groups; every seventh unit name is long enough to wrap. */
function cityWideSelection(count: number): Selection {
  const studios: RankedStudio[] = Array.from({ length: count }, (_, index) => {
    const base = index % 2 === 0 ? PUDONG_CRAFTSMAN : WOMEN;
    const unit = index % 7 === 0 ? `上海第${index + 1}精密机械制造及技术服务有限责任公司（集团）技术中心` : `上海第${index + 1}机械有限公司`;
    const selected = index < count / 2;
    return {
      key: `S${index + 1}`,
      studio: { ...base, id: `S${index + 1}`, name: `第${index + 1}号创新工作室`, unit, recommender: DISTRICTS[index % DISTRICTS.length] },
      score: { studioKey: `S${index + 1}`, score: 99 - index / count, expertCount: 5, dropped: [] },
      rank: index + 1,
      tied: false,
      rankInRecommender: Math.floor(index / DISTRICTS.length) + 1,
      tiedInRecommender: false,
      outcome: selected ? { selected: true } : { selected: false, reason: 'quota', explanation: '超出工匠创新工作室名额' },
      fundingYuan: undefined,
      matchingYuan: undefined,
    };
  });
  const half = Math.ceil(count / 2);
  return {
    campaignId: 'shanghai-2020',
    groups: [
      { label: '工匠', types: ['工匠'], quota: half, studios: studios.slice(0, half) },
      { label: '技师、职工、巾帼', types: ['技师', '职工', '巾帼'], quota: undefined, studios: studios.slice(half) },
    ],
    totals: { selected: half, fundingYuan: 0, matchingYuan: 0 },
  };
}

/** The printer, counting its print jobs. */
function countingPrinter(inner: HtmlPrinter): HtmlPrinter & { readonly jobs: number } {
  let jobs = 0;
  return {
    get jobs() {
      return jobs;
    },
    print(document: PrintableDocument) {
      jobs += 1;
      return inner.print(document);
    },
  };
}

/** Each page's text as `pdftotext -layout` lays it out (positions included), without the trailing empty page. */
function pagesOf(pdf: Uint8Array): string[] {
  return pdfText(pdf).split('\f').slice(0, -1);
}

describe('a ranked list of 1,300 studios (2,600 list rows)', () => {
  const date = documentDate('2020-12-20');
  const list = rankedListDocument(cityWideSelection(1300), campaign);
  let oneJob: Uint8Array;
  let inJobs: Uint8Array;
  let jobsPrinted: number;

  beforeAll(async () => {
    oneJob = await renderOfficialPdf(pdfs.printer(), list, date, { rowsPerJob: Number.POSITIVE_INFINITY });
    const printer = countingPrinter(pdfs.printer());
    inJobs = await renderOfficialPdf(printer, list, date, { rowsPerJob: 1000 });
    jobsPrinted = printer.jobs;
  }, 300_000);

  it('is cut into jobs of at most 1,000 rows, only where a continued table or an attachment starts a page', () => {
    const jobs = officialHtmlJobs(list, 1000).map((job) => job({ pagesBefore: 0 }));
    expect(jobs).toHaveLength(jobsPrinted);
    expect(jobsPrinted).toBe(3);
    for (const job of jobs) {
      const rows = (job.match(/<tr><td|<tr class="total"><td/g) ?? []).length;
      expect(rows).toBeLessThanOrEqual(1000);
      expect(job.split('<div class="official">\n')[1]).toMatch(/^(<h1 class="title">|<table class="continued">|<div class="attachment">)/);
    }
    const rowsOf = (html: string): string[] => html.match(/<tr>.*?<\/tr>/g) ?? [];
    expect(jobs.flatMap(rowsOf)).toEqual(rowsOf(officialHtmlBody(list)));
  });

  it('has the same pages with the same text in the same places as the document printed in one job', () => {
    const pages = pagesOf(oneJob);
    expect(pages.length).toBeGreaterThan(100);
    expect(pdfPageCount(inJobs)).toBe(pdfPageCount(oneJob));
    const joined = pagesOf(inJobs);
    expect(joined).toHaveLength(pages.length);
    joined.forEach((page, index) => expect(page, `page ${index + 1}`).toBe(pages[index]));
  });

  it('numbers the pages “— 1 —” to “— n —” in order, odd pages bottom right and even pages bottom left', () => {
    const pages = pagesOf(inJobs);
    pages.forEach((page, index) => {
      const last = page.trimEnd().split('\n').at(-1) ?? '';
      expect(last.replace(/\s+/g, ''), `page ${index + 1}`).toBe(`—${index + 1}—`);
      const indent = last.length - last.trimStart().length;
      if (index % 2 === 0) expect(indent, `page ${index + 1}`).toBeGreaterThan(20);
      else expect(indent, `page ${index + 1}`).toBeLessThan(5);
    });
  });

  it('keeps its fonts and is reproducible: the same jobs give the same bytes', async () => {
    const names = (await embeddedFonts(inJobs)).map((font) => font.name);
    expect(names).toContain('StudioDocsFandolFang-Regular');
    expect(names).toContain('StudioDocsNotoSerifSC-Bold');
    expect(Buffer.from(await renderOfficialPdf(pdfs.printer(), list, date, { rowsPerJob: 1000 })).equals(Buffer.from(inJobs))).toBe(true);
  }, 120_000);
});

describe('a short official document', () => {
  it('is printed in one job, giving the same bytes as printing its whole body at once', async () => {
    const document: OfficialDocument = decisionDocument(buildDecisionContent(SHANGHAI_SELECTION, campaign, { date: '2020-12-20' }, '沪工技中〔2020〕8号'));
    const date = documentDate('2020-12-20');
    const printer = countingPrinter(pdfs.printer());
    const pdf = await renderOfficialPdf(printer, document, date);
    expect(printer.jobs).toBe(1);
    const whole = printableHtml([officialHtmlBody(document)], { size: 'A4', landscape: false }, { markDocuments: false, title: document.title });
    const expected = await postprocessPdf(await pdfs.printer().print(whole), { title: document.title, date });
    expect(Buffer.from(pdf).equals(Buffer.from(expected))).toBe(true);
  }, 60_000);
});
