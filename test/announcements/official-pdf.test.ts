import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDecisionContent, buildPublicityContent } from '../../src/announcements/content.js';
import { loadCampaign } from '../../src/campaigns/load.js';
import { decisionDocument, publicityDocument } from '../../src/render/announcements/blocks.js';
import { renderOfficialPdf } from '../../src/render/announcements/html.js';
import { documentDate } from '../../src/render/pdf/postprocess.js';
import { compactPdfText, embeddedFonts, pdfPageCount, pdfText } from '../fixtures/pdf-inspect.js';
import { useFormPdfPrinter } from '../fixtures/pdf-render.js';
import { SHANGHAI_SELECTION } from '../fixtures/selection.js';

const pdfs = useFormPdfPrinter();
const { campaign } = loadCampaign('shanghai-2020');
let decision: Uint8Array;
let publicity: Uint8Array;

beforeAll(async () => {
  const content = buildDecisionContent(SHANGHAI_SELECTION, campaign, { date: '2020-12-20' }, '沪工技中〔2020〕8号');
  decision = await renderOfficialPdf(pdfs.printer(), decisionDocument(content), documentDate('2020-12-20'));
  const notice = buildPublicityContent(SHANGHAI_SELECTION, campaign, { date: '2020-12-03', publicityStart: '2020-12-04' });
  publicity = await renderOfficialPdf(pdfs.printer(), publicityDocument(notice), documentDate('2020-12-03'));
}, 60_000);

describe('命名决定 PDF', () => {
  it('prints the number with 〔〕, the title, addressees, count sentence, attachments, signature and date', () => {
    const text = compactPdfText(decision);
    for (const phrase of [
      '上海市职工技协服务中心文件',
      '沪工技中〔2020〕8号',
      '关于命名2020年度上海市工匠（技师、职工、巾帼）创新工作室的决定',
      '各区局（产业）工会、相关部门：',
      '决定命名张建国工匠创新工作室等4个工作室为2020年度上海市工匠（技师、职工、巾帼）创新工作室',
      '附件：1.2020年度上海市工匠（技师、职工、巾帼）创新工作室命名名单',
      '上海市职工技协服务中心2020年12月20日',
    ]) {
      expect(text).toContain(phrase);
    }
  });

  it('starts each attachment on a new page, grouped by type and union, with totals in figures and 大写', async () => {
    const document = await PDFDocument.load(decision);
    const pages = pdfPageCount(decision);
    expect(pages).toBeGreaterThanOrEqual(3);
    const lastPages = pdfText(decision).split('\f');
    const attachment1 = lastPages.find((page) => page.includes('附件1'))?.replace(/\s+/g, '') ?? '';
    expect(attachment1.startsWith('附件1')).toBe(true);
    expect(attachment1).toMatch(/序号工作室名称领衔人单位一、上海市工匠创新工作室（2个）浦东新区总工会（1个）1张建国工匠创新工作室张建国上海申华精密机械有限公司徐汇区总工会（1个）2李明工匠创新工作室/);
    const attachment2 = lastPages.find((page) => page.includes('附件2'))?.replace(/\s+/g, '') ?? '';
    expect(attachment2).toContain('合计60,00060,000');
    expect(attachment2).toContain('资助金额合计：60,000元（大写：人民币陆万元整）');
    expect(document.getPageCount()).toBe(pages);
  });

  it('is A4 with “— n —” page numbers, odd pages on the right and even pages on the left', async () => {
    const document = await PDFDocument.load(decision);
    for (const page of document.getPages()) {
      const { width, height } = page.getSize();
      expect(Math.round((width / 72) * 25.4)).toBe(210);
      expect(Math.round((height / 72) * 25.4)).toBe(297);
    }
    const pages = pdfText(decision).split('\f').filter((page) => page.trim() !== '');
    pages.forEach((page, index) => {
      const last = page.trimEnd().split('\n').at(-1) ?? '';
      expect(last.replace(/\s+/g, '')).toBe(`—${index + 1}—`);
      const indent = last.length - last.trimStart().length;
      if (index % 2 === 0) expect(indent).toBeGreaterThan(20);
      else expect(indent).toBeLessThan(5);
    });
  });

  it('embeds its fonts: FandolFang for the body and Noto CJK for title and headings', async () => {
    const names = (await embeddedFonts(decision)).map((font) => font.name);
    expect(names).toContain('StudioDocsFandolFang-Regular');
    expect(names).toContain('StudioDocsNotoSerifSC-Bold');
  });
});

describe('公示 PDF', () => {
  it('lists the selected studios with the period, the objection procedure and the contact', () => {
    const text = compactPdfText(publicity);
    expect(text).toContain('关于2020年度上海市工匠（技师、职工、巾帼）创新工作室拟命名名单的公示');
    expect(text).toContain('公示期为5个工作日，自2020年12月4日起至2020年12月10日止。');
    expect(text).toContain('单位须加盖公章');
    expect(text).toContain('联系人：王奇峰、徐雅萍');
    expect(text).toContain('王丽华巾帼创新工作室');
    expect(text).not.toContain('王强工匠创新工作室');
  });
});
