import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { FormSchema } from '../../../src/campaigns/schema.js';
import { bookletSides, imposeBooklet } from '../../../src/render/pdf/booklet.js';
import { pdfPageCount } from '../../fixtures/pdf-inspect.js';

const pairs = (count: number) => bookletSides(count).map((side) => [side.left, side.right]);

describe('booklet page order (two A4 pages a side of an A3 sheet, folded in the middle)', () => {
  it('puts 8 pages on two sheets as [8,1] [2,7] / [6,3] [4,5]', () => {
    expect(pairs(8)).toEqual([[8, 1], [2, 7], [6, 3], [4, 5]]);
  });

  it('puts 4 pages on one sheet: back cover and cover outside, pages 2 and 3 inside', () => {
    expect(pairs(4)).toEqual([[4, 1], [2, 3]]);
  });

  it('pads to a multiple of four with blank pages at the end, before the back cover', () => {
    expect(pairs(5)).toEqual([[null, 1], [2, null], [null, 3], [4, 5]]);
    expect(pairs(6)).toEqual([[null, 1], [2, null], [6, 3], [4, 5]]);
    expect(pairs(1)).toEqual([[null, 1], [null, null]]);
  });

  it('uses every page exactly once, and the two pages of every side add up to the padded count plus one', () => {
    for (const count of [1, 2, 3, 4, 7, 9, 12, 16]) {
      const placed = bookletSides(count).flatMap((side) => [side.left, side.right]).filter((page): page is number => page !== null);
      expect(placed.sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, index) => index + 1));
      const padded = Math.ceil(count / 4) * 4;
      for (const side of bookletSides(padded)) expect((side.left ?? 0) + (side.right ?? 0)).toBe(padded + 1);
    }
  });

  it('refuses an empty document', () => {
    expect(() => bookletSides(0)).toThrow(RangeError);
  });
});

/** An A4 PDF whose page n says “PAGE n”. */
async function numberedPdf(count: number): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (let page = 1; page <= count; page += 1) document.addPage([595.28, 841.89]).drawText(`PAGE ${page}`, { x: 250, y: 420, size: 24, font });
  document.setTitle('numbered');
  document.setCreationDate(new Date('2021-05-16T16:00:00Z'));
  return document.save();
}

/** Text of one half of one page, as pdftotext crops it. */
function halfText(pdf: Uint8Array, page: number, half: 'left' | 'right'): string {
  const dir = mkdtempSync(join(tmpdir(), 'booklet-'));
  try {
    const file = join(dir, 'booklet.pdf');
    writeFileSync(file, pdf);
    const x = half === 'left' ? '0' : '596';
    return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-x', x, '-y', '0', '-W', '594', '-H', '842', file, '-'], { encoding: 'utf8' }).trim();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('imposing a real PDF as an A3 booklet', () => {
  it('turns 6 A4 pages into 4 A3 landscape sides in booklet order, keeping the document info', async () => {
    const booklet = await imposeBooklet(await numberedPdf(6), 'A3');
    const document = await PDFDocument.load(booklet);
    expect(pdfPageCount(booklet)).toBe(4);
    for (const page of document.getPages()) expect([Math.round(page.getWidth()), Math.round(page.getHeight())]).toEqual([1191, 842]);
    const sides = [1, 2, 3, 4].map((page) => [halfText(booklet, page, 'left'), halfText(booklet, page, 'right')]);
    expect(sides).toEqual([['', 'PAGE 1'], ['PAGE 2', ''], ['PAGE 6', 'PAGE 3'], ['PAGE 4', 'PAGE 5']]);
    expect(document.getTitle()).toBe('numbered');
    expect(document.getCreationDate()?.toISOString()).toBe('2021-05-16T16:00:00.000Z');
  });

  it('gives the same bytes for the same input', async () => {
    const source = await numberedPdf(3);
    expect(Buffer.from(await imposeBooklet(source, 'A3')).equals(Buffer.from(await imposeBooklet(source, 'A3')))).toBe(true);
  });
});

describe('the booklet option of a campaign form', () => {
  const formWith = (page: unknown) => FormSchema.safeParse({ id: 'application', title: '申报表', label: '申报表', html: 'application.html.hbs', page });

  it('takes A4 portrait pages on A3 sheets, and is off unless asked for', () => {
    expect(formWith({ size: 'A4', booklet: 'A3' }).data?.page).toEqual({ size: 'A4', landscape: false, booklet: 'A3' });
    expect(formWith(undefined).data?.page.booklet).toBeUndefined();
  });

  it('refuses landscape or A3 pages for an A3 booklet', () => {
    expect(formWith({ size: 'A4', landscape: true, booklet: 'A3' }).success).toBe(false);
    expect(formWith({ size: 'A3', booklet: 'A3' }).error?.issues[0]?.message).toBe('小册子（booklet: A3）的页面须为 A4 纵向');
  });
});
