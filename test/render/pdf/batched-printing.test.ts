import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCampaign } from '../../../src/campaigns/load.js';
import type { Form } from '../../../src/campaigns/schema.js';
import { PdfPrinter } from '../../../src/io/browser.js';
import type { Studio } from '../../../src/model/schema.js';
import { compileHtmlTemplate, documentDate, pdfMeta, printableHtml, renderPdfDocuments, splitPdfDocuments } from '../../../src/render/pdf/index.js';
import { eachSplitDocument } from '../../../src/render/pdf/postprocess.js';
import { buildFormView } from '../../../src/render/view.js';
import { compactPdfText, pdfPageCount } from '../../fixtures/pdf-inspect.js';
import { CRAFTSMAN_STUDIO, SPARSE_STUDIO, WOMEN_STUDIO } from '../../fixtures/studios.js';

const { campaign, assets } = loadCampaign('shanghai-2020');
const form = campaign.forms.find((candidate) => candidate.id === 'application') as Form;
const template = compileHtmlTemplate(new TextDecoder().decode(assets.get(form.html as string)), form.html as string, { campaign, form });
const date = documentDate(campaign.noticeDate);

/** A studio whose members table runs over several pages; 龘 appears in no other form. */
const LARGE_STUDIO: Studio = {
  ...CRAFTSMAN_STUDIO,
  name: '龘多页成员测试工作室',
  intro: '本工作室用于测试成员表跨页。',
  leader: { ...CRAFTSMAN_STUDIO.leader, name: '钱多页' },
  members: Array.from({ length: 60 }, (_, index) => ({ ...CRAFTSMAN_STUDIO.members[index % CRAFTSMAN_STUDIO.members.length]!, name: `成员${index + 1}号` })),
};
/** Characters only one studio's form shows, to follow its glyphs. */
const ONLY_IN_LARGE = '龘';
const ONLY_IN_WOMEN = '齉';
const STUDIOS = [CRAFTSMAN_STUDIO, LARGE_STUDIO, SPARSE_STUDIO, { ...WOMEN_STUDIO, name: `${WOMEN_STUDIO.name}${ONLY_IN_WOMEN}` }];
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

  it('does not depend on how many batches are printed ahead, nor on which tab of a two-tab printer prints them', async () => {
    const ahead: Uint8Array[] = [];
    for await (const pdf of renderPdfDocuments(printer, template, views, { date, batchSize: 2, batchesAhead: 1 })) ahead.push(pdf);
    const twoTabs = await PdfPrinter.launch({ tabs: 2 });
    const parallel: Uint8Array[] = [];
    try {
      for await (const pdf of renderPdfDocuments(twoTabs, template, views, { date, batchSize: 2, batchesAhead: 3 })) parallel.push(pdf);
    } finally {
      await twoTabs.close();
    }
    expect(parallel.map(hex)).toEqual(ahead.map(hex));
  });

  it('keeps in each file only the glyphs its own pages show', async () => {
    const large = await glyphsWithProcedures(batched[1] as Uint8Array);
    const women = await glyphsWithProcedures(batched[3] as Uint8Array);
    expect(large.has(ONLY_IN_LARGE)).toBe(true);
    expect(large.has(ONLY_IN_WOMEN)).toBe(false);
    expect(women.has(ONLY_IN_WOMEN)).toBe(true);
    expect(women.has(ONLY_IN_LARGE)).toBe(false);
  });

  it('looks exactly like its pages in the printed batch, so no glyph a page shows was left out', async () => {
    const bodies = views.map((view) => template.renderBody(view));
    const batch = await printer.print(printableHtml(bodies, template.page, { markDocuments: true }));
    const split = await splitPdfDocuments(batch, views.map((view) => pdfMeta(view, date)));
    let firstPage = 1;
    for (const document of split) {
      const pages = pdfPageCount(document);
      expect(pageImages(document, 1, pages)).toEqual(pageImages(batch, firstPage, firstPage + pages - 1));
      firstPage += pages;
    }
    expect(firstPage - 1).toBe(pdfPageCount(batch));
  });

  it('refuses to split when the markers do not account for every document', async () => {
    const bodies = views.slice(0, 2).map((view) => template.renderBody(view));
    const unmarked = await printer.print(printableHtml(bodies, template.page, { markDocuments: false }));
    await expect(splitPdfDocuments(unmarked, [{ title: 'a', date }, { title: 'b', date }])).rejects.toThrow(/marker/);
    // One at a time, the markers are still checked before the first document is handed out.
    await expect(eachSplitDocument(unmarked, [{ title: 'a', date }, { title: 'b', date }]).next()).rejects.toThrow(/marker/);
  });

  it('hands the documents out one at a time, each the file the whole split makes', async () => {
    const bodies = views.map((view) => template.renderBody(view));
    const batch = await printer.print(printableHtml(bodies, template.page, { markDocuments: true }));
    const metas = views.map((view) => pdfMeta(view, date));
    const whole = await splitPdfDocuments(batch, metas);
    const oneByOne: string[] = [];
    for await (const document of eachSplitDocument(batch, metas)) oneByOne.push(hex(document));
    expect(oneByOne).toEqual(whole.map(hex));
  });
});

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex');
}

/** Pages `first`–`last` (1-based) rasterised by pdftoppm, as PNG bytes in hex. */
function pageImages(pdf: Uint8Array, first: number, last: number): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-pages-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', '40', '-gray', '-png', '-f', String(first), '-l', String(last), join(dir, 'in.pdf'), join(dir, 'page')]);
    return readdirSync(dir)
      .filter((name) => name.endsWith('.png'))
      .sort()
      .map((name) => readFileSync(join(dir, name)).toString('hex'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The characters a PDF has a Type 3 glyph procedure for: each code of each
 * Type 3 font is mapped to its character by the font's ToUnicode map and to its
 * procedure by the encoding's Differences and CharProcs.
 */
async function glyphsWithProcedures(pdf: Uint8Array): Promise<Set<string>> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  const characters = new Set<string>();
  for (const [, object] of document.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Subtype'))?.toString() !== '/Type3') continue;
    const procedures = object.lookup(PDFName.of('CharProcs'), PDFDict);
    const differences = object.lookup(PDFName.of('Encoding'), PDFDict).lookup(PDFName.of('Differences'), PDFArray);
    const names = new Map<number, string>();
    let code = 0;
    for (const item of differences.asArray()) {
      if (item instanceof PDFName) names.set(code++, item.asString());
      else code = Number(item.toString());
    }
    const toUnicode = object.lookup(PDFName.of('ToUnicode'));
    if (!(toUnicode instanceof PDFRawStream)) continue;
    const cmap = new TextDecoder('latin1').decode(decodePDFRawStream(toUnicode).decode());
    const add = (code: number, unicode: number): void => {
      const name = names.get(code);
      if (name && procedures.has(PDFName.of(name.slice(1)))) characters.add(String.fromCodePoint(unicode));
    };
    for (const [, body = ''] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const [, code = '', unicode = ''] of body.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]{4})>/g)) add(parseInt(code, 16), parseInt(unicode, 16));
    }
    for (const [, body = ''] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const [, low = '', high = '', unicode = ''] of body.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]{4})>/g)) {
        for (let code = parseInt(low, 16); code <= parseInt(high, 16); code += 1) add(code, parseInt(unicode, 16) + code - parseInt(low, 16));
      }
    }
  }
  return characters;
}

describe('paper', () => {
  it('prints on the paper the page setup names, portrait or landscape, A4 and A3', async () => {
    const sizes = [];
    for (const page of [{ size: 'A4', landscape: false }, { size: 'A4', landscape: true }, { size: 'A3', landscape: false }, { size: 'A3', landscape: true }] as const) {
      const pdf = await PDFDocument.load(await printer.print(printableHtml(['<p>纸张</p>'], page, { markDocuments: false })));
      const { width, height } = pdf.getPage(0).getSize();
      sizes.push([Math.round(width), Math.round(height)]);
    }
    // ISO 216 in points: A4 595 × 842, A3 842 × 1191 (Chromium rounds to whole CSS pixels).
    expect(sizes).toEqual([
      [595, 842],
      [842, 595],
      [842, 1191],
      [1191, 842],
    ]);
  });
});
