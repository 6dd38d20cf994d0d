import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCampaign } from '../../../src/campaigns/load.js';
import type { Form } from '../../../src/campaigns/schema.js';
import { PdfPrinter } from '../../../src/io/browser.js';
import type { Studio } from '../../../src/model/schema.js';
import { compileHtmlTemplate, documentDate, printableHtml, renderPdfDocuments, splitPdfDocuments } from '../../../src/render/pdf/index.js';
import { buildFormView } from '../../../src/render/view.js';
import { compactPdfText, pdfPageCount } from '../../fixtures/pdf-inspect.js';
import { CRAFTSMAN_STUDIO, SPARSE_STUDIO, WOMEN_STUDIO } from '../../fixtures/studios.js';

const { campaign, assets } = loadCampaign('shanghai-2020');
const form = campaign.forms.find((candidate) => candidate.id === 'application') as Form;
const template = compileHtmlTemplate(new TextDecoder().decode(assets.get(form.html as string)), form.html as string, { campaign, form });
const date = documentDate(campaign.noticeDate);

/** A studio whose members table runs over several pages. */
const LARGE_STUDIO: Studio = {
  ...CRAFTSMAN_STUDIO,
  name: '多页成员测试工作室',
  intro: '本工作室用于测试成员表跨页。',
  leader: { ...CRAFTSMAN_STUDIO.leader, name: '钱多页' },
  members: Array.from({ length: 60 }, (_, index) => ({ ...CRAFTSMAN_STUDIO.members[index % CRAFTSMAN_STUDIO.members.length]!, name: `成员${index + 1}号` })),
};
const STUDIOS = [CRAFTSMAN_STUDIO, LARGE_STUDIO, SPARSE_STUDIO, WOMEN_STUDIO];
const views = STUDIOS.map((studio) => buildFormView(studio, campaign, form));

let printer: PdfPrinter;
beforeAll(async () => {
  printer = await PdfPrinter.launch();
});
afterAll(async () => {
  await printer?.close();
});

async function renderAll(batchSize: number): Promise<Uint8Array[]> {
  const pdfs: Uint8Array[] = [];
  for await (const pdf of renderPdfDocuments(printer, template, views, { date, batchSize })) pdfs.push(pdf);
  return pdfs;
}

describe('printing many studios in one browser call', () => {
  let single: Uint8Array[];
  let batched: Uint8Array[];
  beforeAll(async () => {
    single = await renderAll(1);
    batched = await renderAll(STUDIOS.length);
  });

  it('still yields one PDF per studio, in input order, each with exactly that studio’s pages', () => {
    expect(batched).toHaveLength(STUDIOS.length);
    for (const [index, studio] of STUDIOS.entries()) {
      expect(pdfPageCount(batched[index] as Uint8Array)).toBe(pdfPageCount(single[index] as Uint8Array));
      const text = compactPdfText(batched[index] as Uint8Array);
      expect(text).toContain(studio.name);
      expect(text.match(/附件2/g)).toHaveLength(1);
      for (const other of STUDIOS.filter((candidate) => candidate !== studio)) expect(text).not.toContain(other.name);
    }
    expect(pdfPageCount(batched[1] as Uint8Array)).toBeGreaterThan(pdfPageCount(batched[0] as Uint8Array));
  });

  it('repeats the members table header on every page the table runs onto', () => {
    const text = compactPdfText(batched[1] as Uint8Array);
    const headers = text.match(/姓名年龄学历职称（技能等级）工种工作年限/g) ?? [];
    expect(headers.length).toBeGreaterThanOrEqual(2);
    expect(text).toContain('成员60号');
  });

  it('is reproducible: the same studios in the same batches give the same bytes', async () => {
    const again = await renderAll(STUDIOS.length);
    again.forEach((pdf, index) => expect(Buffer.from(pdf).equals(Buffer.from(batched[index] as Uint8Array))).toBe(true));
  });

  it('refuses to split when the markers do not account for every document', async () => {
    const bodies = views.slice(0, 2).map((view) => template.renderBody(view));
    const unmarked = await printer.print(printableHtml(bodies, template.page, { markDocuments: false }));
    await expect(splitPdfDocuments(unmarked, [{ title: 'a', date }, { title: 'b', date }])).rejects.toThrow(/marker/);
  });
});
