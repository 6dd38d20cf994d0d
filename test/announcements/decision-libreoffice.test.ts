import { describe, expect, it } from 'vitest';
import { buildDecisionContent } from '../../src/announcements/content.js';
import { loadCampaign } from '../../src/campaigns/load.js';
import { decisionDocument } from '../../src/render/announcements/blocks.js';
import { renderOfficialDocx } from '../../src/render/announcements/docx.js';
import { SHANGHAI_SELECTION } from '../fixtures/selection.js';
import { convertWithLibreOffice, pdfText, withTempDir } from '../render/docx/helpers.js';

describe('命名决定 DOCX in LibreOffice', () => {
  it('opens with odd page numbers on the right, even ones on the left, and the attachments on their own pages', () => {
    const { campaign } = loadCampaign('shanghai-2020');
    const content = buildDecisionContent(SHANGHAI_SELECTION, campaign, { date: '2020-12-20' }, '沪工技中〔2020〕8号');
    const docx = renderOfficialDocx(decisionDocument(content), '2020-12-20T00:00:00Z');
    const pages = withTempDir((dir) => pdfText(convertWithLibreOffice(docx, dir, 'decision')))
      .split('\f')
      .filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages[0]?.replace(/\s+/g, '')).toContain('沪工技中〔2020〕8号');
    pages.forEach((page, index) => {
      const last = page.trimEnd().split('\n').at(-1) ?? '';
      expect(last.replace(/\s+/g, '')).toBe(`—${index + 1}—`);
      const indent = last.length - last.trimStart().length;
      if (index % 2 === 0) expect(indent).toBeGreaterThan(20);
      else expect(indent).toBeLessThan(5);
    });
    expect(pages.some((page) => page.replace(/\s+/g, '').startsWith('附件1'))).toBe(true);
    expect(pages.some((page) => page.replace(/\s+/g, '').startsWith('附件2'))).toBe(true);
  }, 120_000);
});
