import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { buildDecisionContent, buildPublicityContent } from '../../src/announcements/content.js';
import { CampaignSchema } from '../../src/campaigns/schema.js';
import { loadCampaign } from '../../src/campaigns/load.js';
import { paragraphTexts } from '../../src/render/docx/paragraphs.js';
import { decisionDocument, publicityDocument } from '../../src/render/announcements/blocks.js';
import { renderOfficialDocx } from '../../src/render/announcements/docx.js';
import { rankedListDocument } from '../../src/render/announcements/ranked-list.js';
import type { Selection } from '../../src/review/types.js';
import { PUDONG_CRAFTSMAN, XUHUI_CRAFTSMAN } from '../fixtures/selection.js';

const CAMPAIGNS_WITH_ANNOUNCEMENTS = ['shanghai-2020', 'leshan-2020', 'nanchang-2021'];

function selectionFor(campaignId: string): Selection {
  const { campaign } = loadCampaign(campaignId);
  const type = campaign.studioTypes[0];
  if (!type) throw new Error('campaign without studio types');
  const funding = type.fundingYuan;
  const studios = [PUDONG_CRAFTSMAN, XUHUI_CRAFTSMAN].map((base, index) => ({
    key: base.id ?? base.name,
    studio: { ...base, type: type.value },
    score: { studioKey: base.id ?? base.name, score: 90 - index, expertCount: 5, dropped: [] },
    rank: index + 1,
    tied: false,
    rankInRecommender: 1,
    tiedInRecommender: false,
    outcome: { selected: true } as const,
    fundingYuan: funding,
    matchingYuan: funding === undefined ? undefined : funding * (campaign.matchingRatio ?? 0),
  }));
  return { campaignId, groups: [{ label: type.value, types: [type.value], quota: type.quota, studios }], totals: { selected: 2, fundingYuan: (funding ?? 0) * 2, matchingYuan: 0 } };
}

describe('every campaign’s announcement wording', () => {
  it.each(CAMPAIGNS_WITH_ANNOUNCEMENTS)('%s fills every placeholder of its decision, 公示 and ranked list', (id) => {
    const { campaign } = loadCampaign(id);
    const selection = selectionFor(id);
    const decision = buildDecisionContent(selection, campaign, { date: '2021-09-30', publicityStart: '2021-09-20' }, '测〔2021〕1号');
    const publicity = buildPublicityContent(selection, campaign, { date: '2021-09-20' });
    for (const document of [decisionDocument(decision), publicityDocument(publicity), rankedListDocument(selection, campaign)]) {
      const texts = paragraphTexts(new PizZip(renderOfficialDocx(document, '2021-09-30T00:00:00Z')).file('word/document.xml')?.asText() ?? '');
      expect(texts.join('\n')).not.toMatch(/[{}]/);
      expect(texts.join('')).toContain(PUDONG_CRAFTSMAN.name);
    }
    expect(decision.paragraphs.join('')).toContain(`等2个工作室为${campaign.year}年`);
  });

  it('rejects an unknown placeholder in campaign.json', () => {
    const { campaign } = loadCampaign('shanghai-2020');
    const announcements = campaign.announcements;
    if (!announcements) throw new Error('shanghai-2020 has announcements');
    const broken = { ...campaign, announcements: { ...announcements, decision: { ...announcements.decision, title: '关于命名{yaer}年度的决定' } } };
    const result = CampaignSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('未知的占位符 {yaer}');
  });
});
