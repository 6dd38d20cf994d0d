import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Form } from '../../../src/campaigns/schema.js';
import { compactPdfText, embeddedFonts, pdfPageCount } from '../../fixtures/pdf-inspect.js';
import { compileFormHtml, useFormPdfPrinter } from '../../fixtures/pdf-render.js';
import { asset, form, nanchang, nanchangDraft, nanchangMembers, validStudio } from './fixtures.js';

const application = form('application');
const material = form('material');
/** Seven members: the body runs onto a second page, so the 申报表 has four A4 pages (one A3 sheet). */
const studio = validStudio(nanchangDraft({}, nanchangMembers(7)));

const pdfs = useFormPdfPrinter();

function printForm(which: Form): Promise<Uint8Array> {
  return pdfs.print(compileFormHtml(asset(which.html), nanchang, which), studio, nanchang, which);
}

/** pdftotext of one page, or of its left or right half (an A3 landscape side holds two A4 pages). */
function pageText(pdf: Uint8Array, page: number, half?: 'left' | 'right'): string {
  const dir = mkdtempSync(join(tmpdir(), 'nanchang-pdf-'));
  try {
    const file = join(dir, 'form.pdf');
    writeFileSync(file, pdf);
    const crop = half === undefined ? [] : ['-x', half === 'left' ? '0' : '596', '-y', '0', '-W', '594', '-H', '842'];
    return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), ...crop, file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the 附件1 申报表 printed to PDF as an A3 booklet (填表说明12)', () => {
  let booklet: Uint8Array;
  let pages: Uint8Array;
  beforeAll(async () => {
    booklet = await printForm(application);
    // The same form without the booklet option: the A4 pages the booklet is imposed from.
    pages = await printForm({ ...application, page: { size: 'A4', landscape: false } });
  });

  it('prints four A4 pages: cover, 填表说明, and the body over two pages', () => {
    expect(pdfPageCount(pages)).toBe(4);
    expect(pageText(pages, 1)).toContain('南昌市总工会制');
    expect(pageText(pages, 2)).toContain('填表说明');
    expect(pageText(pages, 3)).toContain('创新工作室名称');
    expect(pageText(pages, 4)).toContain('所在单位工会意见');
  });

  it('imposes them on one A3 landscape sheet: back page and cover outside, pages 2 and 3 inside', async () => {
    expect(pdfPageCount(booklet)).toBe(2);
    const document = await PDFDocument.load(booklet);
    for (const page of document.getPages()) expect([Math.round(page.getWidth()), Math.round(page.getHeight())]).toEqual([1191, 842]);
    expect(pageText(booklet, 1, 'right')).toBe(pageText(pages, 1));
    expect(pageText(booklet, 1, 'left')).toBe(pageText(pages, 4));
    expect(pageText(booklet, 2, 'left')).toBe(pageText(pages, 2));
    expect(pageText(booklet, 2, 'right')).toBe(pageText(pages, 3));
  });

  it('shows the cover text on the right half of the first side and the last page on the left', () => {
    const right = pageText(booklet, 1, 'right');
    for (const phrase of ['附件1', '2021年南昌市劳模创新工作室', '申报表', '工作室名称', '熊建华劳模创新工作室', '推荐单位', '南昌县总工会', '填报日期', '南昌市总工会制']) {
      expect(right).toContain(phrase);
    }
    const left = pageText(booklet, 1, 'left');
    expect(left).toContain('县（区）总工会，开发区（新区）、市直机关工会工委，市教科文卫体工会，市产业和直属基层工会意见');
    expect(left).not.toContain('南昌市总工会制');
  });

  it('prints every instruction, the leader, each member and the 近三年 figures', () => {
    // Read from the A4 pages: on a booklet side pdftotext interleaves the lines of its two halves.
    const text = compactPdfText(pages);
    for (const phrase of [
      '12.此表填写一式两份，请用A3纸张双面打印，装订成册，并报送电子版至ncszghjjb@163.com。',
      '9.本表用打印方式填写，使用仿宋小四号字，数字统一使用阿拉伯数字。',
      '2017年江西省劳动模范；2019年全国五一劳动奖章',
      '近三年情况（2018—2020年）',
      '45万元', '260万元', '共3人，名单及晋升、获奖情况：', '王强，2019年晋升高级技师',
      '南昌县总工会，2018年12月',
    ]) {
      expect(text).toContain(phrase);
    }
    for (const member of studio.members) expect(text).toContain(member.name);
  });

  it('sets the filled-in text in 仿宋 (FandolFang), labels in 宋体', async () => {
    const names = new Set((await embeddedFonts(booklet)).map((font) => font.name));
    // The GB2312 subsets of FandolFang and Noto Serif CJK SC (src/render/pdf/form-style.ts, SUBSET_FAMILIES).
    expect(names).toContain('StudioDocsFandolFang-Regular');
    expect(names).toContain('StudioDocsNotoSerifSC-Regular');
  });
});

describe('the 附件2 申报材料 printed to PDF', () => {
  it('prints on A4 with the title, the studio and the outline chapters in order', async () => {
    const pdf = await printForm(material);
    const document = await PDFDocument.load(pdf);
    expect(Math.round(document.getPage(0).getWidth())).toBe(595);
    const text = compactPdfText(pdf);
    const order = ['南昌市2021年劳模创新工作室申报材料', '工作室名称：熊建华劳模创新工作室', '一、创新工作室基本情况', '1.工作室概况', '依托江西洪都精密航空部件有限公司建立',
      '二、近三年来活动开展情况', '3.承担任务', '近三年承担市级创新课题8项', '三、近三年来创新业绩情况', '4.荣誉奖励', '获实用新型专利6项'];
    const positions = order.map((phrase) => text.indexOf(phrase));
    expect(positions.every((position) => position >= 0), JSON.stringify(positions)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});
