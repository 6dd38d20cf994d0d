import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFDict } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { documentDate, postprocessPdf, splitPdfDocuments } from '../../../src/render/pdf/index.js';
import { joinPdfs, openPdf } from '../../../src/render/pdf/postprocess.js';
import { glyphUsage } from '../../../src/render/pdf/glyph-usage.js';
import { PdfSource } from '../../../src/render/pdf/pdf-source.js';
import { parseValue, PdfLexer, spliceRefs, type PdfDict, type TokenKind } from '../../../src/render/pdf/pdf-syntax.js';
import { extractSlice, openPrintedPdf } from '../../../src/render/pdf/split.js';
import { compactPdfText, pdfPageCount } from '../../fixtures/pdf-inspect.js';

const date = documentDate('2020-10-22');
/** The files as joinPdfs takes them, each opened once. */
const opened = (...files: Uint8Array[]) => Promise.all(files.map(openPdf));

/**
 * A classic-xref PDF from object bodies (object n is bodies[n-1]); a body may be
 * `[dict, streamData]` for a stream object, whose /Length is filled in.
 */
function classicPdf(bodies: readonly (string | readonly [string, Buffer])[], trailerExtra = ''): Uint8Array {
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n', 'latin1')];
  const offsets: number[] = [];
  let length = chunks[0]!.length;
  const push = (chunk: Buffer): void => {
    chunks.push(chunk);
    length += chunk.length;
  };
  bodies.forEach((body, index) => {
    offsets.push(length);
    if (typeof body === 'string') {
      push(Buffer.from(`${index + 1} 0 obj\n${body}\nendobj\n`, 'latin1'));
    } else {
      const [dict, data] = body;
      push(Buffer.from(`${index + 1} 0 obj\n${dict.replace(/>>$/, `\n/Length ${data.length}>>`)} stream\n`, 'latin1'));
      push(data);
      push(Buffer.from('\nendstream\nendobj\n', 'latin1'));
    }
  });
  const xref = length;
  const entries = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  push(Buffer.from(`xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n${entries}trailer\n<</Size ${bodies.length + 1}\n/Root 1 0 R${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(chunks);
}

/** pdftotext of the left or right half of an A3 landscape page, whitespace removed. */
function halfText(pdf: Uint8Array, page: number, half: 'left' | 'right'): string {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-half-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    const crop = ['-x', half === 'left' ? '0' : '595', '-y', '0', '-W', '595', '-H', '842'];
    const args = ['-r', '72', '-f', String(page), '-l', String(page), ...crop, join(dir, 'in.pdf'), '-'];
    return execFileSync('pdftotext', args, { encoding: 'utf8' }).replace(/\s+/g, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Content that writes `text` (ASCII) on a page with the standard font F1. */
function textContent(text: string): readonly [string, Buffer] {
  return ['<</Filter /FlateDecode>>', deflateSync(Buffer.from(`BT /F1 24 Tf 20 200 Td (${text}) Tj ET`, 'latin1'))];
}

describe('the PDF object syntax the splitter reads', () => {
  it('parses dictionaries, arrays and references, keeping every other token as written', () => {
    const value = parseValue(new PdfLexer('<</Kids [3 0 R 4 0 R] /Count 2 /Box [0 0 594.95996 .5] /Name (a\\) 5 0 R)>>', 0));
    expect(value.kind).toBe('dict');
    if (value.kind !== 'dict') return;
    expect(value.entries.get('/Kids')).toEqual({ kind: 'array', items: [{ kind: 'ref', num: 3, gen: 0 }, { kind: 'ref', num: 4, gen: 0 }] });
    expect(value.entries.get('/Box')).toEqual({ kind: 'array', items: ['0', '0', '594.95996', '.5'].map((text) => ({ kind: 'raw', text })) });
    expect(value.entries.get('/Name')).toEqual({ kind: 'raw', text: '(a\\) 5 0 R)' });
  });

  it('finds references outside strings and comments only', () => {
    const source = '<</A 1 0 R /B (2 0 R) /C <FEFF> % 3 0 R\n/D [4 0 R 5 6]>>';
    const spliced = spliceRefs(source, 0, source.length);
    expect(spliced.refs.map((ref) => ref.num)).toEqual([1, 4]);
    expect(spliced.texts.join('#')).toBe('<</A # /B (2 0 R) /C <FEFF> % 3 0 R\n/D [# 5 6]>>');
  });
});

describe('which glyphs a page shows', () => {
  /** The codes each font (by resource name) is shown with on a one-page file whose page draws `content`; undefined when the reader gives up. */
  function shownCodes(content: string, extraObjects: readonly (string | readonly [string, Buffer])[] = []): Record<string, number[]> | undefined {
    const pdf = classicPdf([
      '<</Type /Catalog /Pages 2 0 R>>',
      '<</Type /Pages /Kids [3 0 R] /Count 1>>',
      '<</Type /Page /Parent 2 0 R /MediaBox [0 0 300 400] /Contents 4 0 R /Resources <</Font <</FA 5 0 R /FB 6 0 R>> /XObject <</X1 7 0 R>>>>>>',
      ['<<>>', Buffer.from(content, 'latin1')],
      '<</Type /Font /Subtype /Type3>>',
      '<</Type /Font /Subtype /Type3>>',
      ...(extraObjects.length > 0 ? extraObjects : ['<</Type /XObject /Subtype /Image /Width 1 /Height 1>>']),
    ]);
    const source = new PdfSource(pdf);
    const usage = glyphUsage(source, [source.dict({ kind: 'ref', num: 3, gen: 0 }) as PdfDict]);
    if (!usage) return undefined;
    const names: Record<number, string> = { 5: 'FA', 6: 'FB' };
    return Object.fromEntries([...usage].map(([font, codes]) => [names[font] ?? String(font), [...codes].sort((a, b) => a - b)]));
  }

  it('reads hex strings (odd last digit, spaces) and literal strings with every kind of escape', () => {
    expect(shownCodes('BT /FA 12 Tf <41 4 2 43> Tj <7> Tj ET')).toEqual({ FA: [0x41, 0x42, 0x43, 0x70] });
    expect(shownCodes('BT /FA 12 Tf (a\\n\\101\\0531\\\\\\(\\q) Tj ET')).toEqual({ FA: [0x0a, 0x28, 0x2b, 0x31, 0x41, 0x5c, 0x61, 0x71] });
    expect(shownCodes('BT /FA 12 Tf (x\\\r\ny(z)) Tj ET')).toEqual({ FA: [0x28, 0x29, 0x78, 0x79, 0x7a] });
  });

  it('follows the font through TJ arrays, quote operators and q/Q, and counts a font shown with no string', () => {
    const content = "BT /FA 1 Tf [(a) -20 <62>] TJ q /FB 1 Tf (c) ' 1 2 (d) \" Q (e) Tj /FB 2 Tf [] TJ ET";
    expect(shownCodes(content)).toEqual({ FA: [0x61, 0x62, 0x65], FB: [0x63, 0x64] });
  });

  it('looks into form XObjects, with their own resources', () => {
    const form = ['<</Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources <</Font <</FX 6 0 R>>>>>>', Buffer.from('BT /FX 1 Tf (z) Tj ET', 'latin1')] as const;
    expect(shownCodes('/X1 Do BT /FA 1 Tf (a) Tj ET', [form])).toEqual({ FA: [0x61], FB: [0x7a] });
  });

  it('gives up (so nothing is left out) on inline images and on text shown without a font', () => {
    expect(shownCodes('BT (a) Tj ET')).toBeUndefined();
    expect(shownCodes('BI /W 1 /H 1 ID x EI')).toBeUndefined();
    expect(shownCodes('BT /FA 1 Tf (a) Tj ET')).toEqual({ FA: [0x61] });
  });

  it('tokenizes the same through advance() as through next()', () => {
    const source = '<</A [1 -2.5 +.3] /B (s (n) \\) t) /C <0A 1f> %c\n/D 4 0 R /E true>> BT Tj\'';
    const expected: [TokenKind, string][] = [];
    const byNext = new PdfLexer(source, 0);
    for (let token = byNext.next(); token.kind !== 'end'; token = byNext.next()) expected.push([token.kind, byNext.text(token)]);
    const byAdvance = new PdfLexer(source, 0);
    const actual: [TokenKind, string][] = [];
    for (let kind = byAdvance.advance(); kind !== 'end'; kind = byAdvance.advance()) actual.push([kind, source.slice(byAdvance.tokenStart, byAdvance.tokenEnd)]);
    expect(actual).toEqual(expected);
    expect(expected.map(([kind]) => kind)).toEqual(['<<', 'name', '[', 'number', 'number', 'number', ']', 'name', 'string', 'name', 'string', 'name', 'number', 'number', 'keyword', 'name', 'keyword', '>>', 'keyword', 'keyword']);
    expect(expected[8]?.[1]).toBe('(s (n) \\) t)');
  });
});

describe('splitting a PDF into documents by copying objects', () => {
  // Two pages sharing a font; the page tree has an intermediate node that carries the inherited MediaBox and Resources.
  const twoPages = classicPdf([
    '<</Type /Catalog /Pages 2 0 R /Dests <</studio-docs-document-0 [4 0 R /XYZ 0 0 0] /studio-docs-document-1 [5 0 R /XYZ 0 0 0]>>>>',
    '<</Type /Pages /Kids [3 0 R] /Count 2>>',
    '<</Type /Pages /Parent 2 0 R /Kids [4 0 R 5 0 R] /Count 2 /MediaBox [0 0 300 400] /Resources <</Font <</F1 6 0 R>>>>>>',
    '<</Type /Page /Parent 3 0 R /Contents 7 0 R>>',
    '<</Type /Page /Parent 3 0 R /Contents 8 0 R>>',
    '<</Type /Font /Subtype /Type1 /BaseFont /Helvetica>>',
    textContent('FIRST STUDIO'),
    textContent('SECOND STUDIO'),
    '<</Title (about:blank) /Producer (Skia/PDF m156)>>',
  ], '\n/Info 9 0 R');

  it('gives each marked document its own pages, with inherited attributes written into the page', async () => {
    const [first, second] = await splitPdfDocuments(twoPages, [{ title: '甲', date }, { title: '乙', subject: '申报', date }]);
    for (const [pdf, own, other] of [[first, 'FIRSTSTUDIO', 'SECONDSTUDIO'], [second, 'SECONDSTUDIO', 'FIRSTSTUDIO']] as const) {
      expect(pdfPageCount(pdf as Uint8Array)).toBe(1);
      expect(compactPdfText(pdf as Uint8Array)).toContain(own);
      expect(compactPdfText(pdf as Uint8Array)).not.toContain(other);
      const document = await PDFDocument.load(pdf as Uint8Array, { updateMetadata: false });
      const page = document.getPage(0);
      expect(page.getSize()).toEqual({ width: 300, height: 400 });
      expect(page.node.Resources()?.lookup(PDFName.of('Font'), PDFDict).get(PDFName.of('F1'))).toBeDefined();
    }
  });

  it('sets our metadata and drops the browser’s', async () => {
    const [, second] = await splitPdfDocuments(twoPages, [{ title: '甲', date }, { title: '乙', subject: '申报', date }]);
    const document = await PDFDocument.load(second as Uint8Array, { updateMetadata: false });
    expect(document.getTitle()).toBe('乙');
    expect(document.getSubject()).toBe('申报');
    expect([document.getAuthor(), document.getCreator(), document.getProducer()]).toEqual(['studio-docs', 'studio-docs', 'studio-docs']);
    expect(document.getCreationDate()?.toISOString()).toBe('2020-10-21T16:00:00.000Z');
    expect(document.getModificationDate()?.toISOString()).toBe('2020-10-21T16:00:00.000Z');
    expect(document.catalog.get(PDFName.of('Lang'))?.toString()).toBe('(zh-CN)');
    const raw = Buffer.from(second as Uint8Array).toString('latin1');
    expect(raw).not.toContain('Skia');
    expect(raw).not.toContain('about:blank');
  });

  it('is deterministic: the same input and metadata give the same bytes', async () => {
    const metas = [{ title: '甲', date }, { title: '乙', date }];
    const once = await splitPdfDocuments(twoPages, metas);
    const twice = await splitPdfDocuments(twoPages, metas);
    expect(twice.map((pdf) => Buffer.from(pdf).toString('hex'))).toEqual(once.map((pdf) => Buffer.from(pdf).toString('hex')));
  });

  it('refuses a page that refers to a page of another document instead of copying that page along', () => {
    const linked = classicPdf([
      '<</Type /Catalog /Pages 2 0 R>>',
      '<</Type /Pages /Kids [3 0 R 4 0 R] /Count 2 /MediaBox [0 0 300 400]>>',
      '<</Type /Page /Parent 2 0 R /Annots [<</Type /Annot /Subtype /Link /Rect [0 0 10 10] /Dest [4 0 R /Fit]>>]>>',
      '<</Type /Page /Parent 2 0 R>>',
    ]);
    const printed = openPrintedPdf(linked);
    expect(() => extractSlice(printed, { start: 0, end: 1, meta: { title: 'a', date } })).toThrow(/outside/);
    expect(pdfPageCount(extractSlice(printed, { start: 0, end: 2, meta: { title: 'a', date } }))).toBe(2);
  });

  it('refuses to split when a marker is missing, or when markers do not follow the page order', async () => {
    await expect(splitPdfDocuments(twoPages, [{ title: 'a', date }, { title: 'b', date }, { title: 'c', date }])).rejects.toThrow(/marker for document 2/);
    const swapped = Buffer.from(Buffer.from(twoPages).toString('latin1').replace('document-0 [4 0 R', 'document-0 [5 0 R').replace('document-1 [5 0 R', 'document-1 [4 0 R'), 'latin1');
    await expect(splitPdfDocuments(swapped, [{ title: 'a', date }, { title: 'b', date }])).rejects.toThrow(/starts on page 2/);
  });

  it('imposes a booklet in the same pass: A3 landscape sides, cover on the right of the first, page 2 on the left of the second', async () => {
    const booklet = await postprocessPdf(twoPages, { title: '册', date }, { booklet: 'A3' });
    expect(pdfPageCount(booklet)).toBe(2);
    const document = await PDFDocument.load(booklet, { updateMetadata: false });
    expect(document.getPages().map((page) => page.getSize())).toEqual([{ width: 1190.55, height: 841.89 }, { width: 1190.55, height: 841.89 }]);
    expect(halfText(booklet, 1, 'right')).toBe('FIRSTSTUDIO');
    expect(halfText(booklet, 1, 'left')).toBe('');
    expect(halfText(booklet, 2, 'left')).toBe('SECONDSTUDIO');
    expect(halfText(booklet, 2, 'right')).toBe('');
    expect(document.getTitle()).toBe('册');
    const again = await postprocessPdf(twoPages, { title: '册', date }, { booklet: 'A3' });
    expect(Buffer.from(again).equals(Buffer.from(booklet))).toBe(true);
  });

  it('splits files with object streams (not Chromium’s layout) through pdf-lib, with the same pages and text', async () => {
    const resaved = await (await PDFDocument.load(twoPages)).save({ useObjectStreams: true });
    expect(() => openPrintedPdf(resaved)).toThrow();
    const [first, second] = await splitPdfDocuments(resaved, [{ title: '甲', date }, { title: '乙', date }]);
    expect(compactPdfText(first as Uint8Array)).toContain('FIRSTSTUDIO');
    expect(compactPdfText(second as Uint8Array)).toContain('SECONDSTUDIO');
    expect(compactPdfText(second as Uint8Array)).not.toContain('FIRSTSTUDIO');
    const whole = await postprocessPdf(resaved, { title: '全', date });
    expect(pdfPageCount(whole)).toBe(2);
  });

  it('joins the jobs of one long document byte for byte: pages in order, each with its own font, our metadata only', async () => {
    const joined = await joinPdfs(await opened(twoPages, twoPages), { title: '推荐排序名单', date });
    expect(pdfPageCount(joined)).toBe(4);
    const pages = execFileSync('pdftotext', ['-', '-'], { input: joined, encoding: 'utf8' }).split('\f').map((page) => page.replace(/\s+/g, ''));
    expect(pages.slice(0, 4)).toEqual(['FIRSTSTUDIO', 'SECONDSTUDIO', 'FIRSTSTUDIO', 'SECONDSTUDIO']);
    const document = await PDFDocument.load(joined, { updateMetadata: false });
    expect(document.getTitle()).toBe('推荐排序名单');
    expect(document.getPages().map((page) => page.getSize())).toEqual(Array(4).fill({ width: 300, height: 400 }));
    const raw = Buffer.from(joined).toString('latin1');
    expect(raw.match(/\/BaseFont \/Helvetica/g)).toHaveLength(2);
    expect(raw).not.toContain('Skia');
    expect(Buffer.from(await joinPdfs(await opened(twoPages, twoPages), { title: '推荐排序名单', date })).equals(Buffer.from(joined))).toBe(true);
    // One file alone gives what post-processing it gives.
    expect(Buffer.from(await joinPdfs(await opened(twoPages), { title: '全', date })).equals(Buffer.from(await postprocessPdf(twoPages, { title: '全', date })))).toBe(true);
  });

  it('joins files not laid out as Chromium writes them through pdf-lib, with the same pages and metadata', async () => {
    const resaved = await (await PDFDocument.load(twoPages)).save({ useObjectStreams: true });
    const joined = await joinPdfs(await opened(twoPages, resaved), { title: '名单', date });
    expect(pdfPageCount(joined)).toBe(4);
    expect(compactPdfText(joined)).toBe('FIRSTSTUDIOSECONDSTUDIOFIRSTSTUDIOSECONDSTUDIO');
    expect((await PDFDocument.load(joined, { updateMetadata: false })).getTitle()).toBe('名单');
  });
});
