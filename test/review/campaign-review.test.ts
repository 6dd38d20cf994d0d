import { describe, expect, it } from 'vitest';
import { loadCampaign } from '../../src/campaigns/load.js';
import { CampaignSchema } from '../../src/campaigns/schema.js';

function review(id: string) {
  const { campaign } = loadCampaign(id);
  if (!campaign.review) throw new Error(`${id} has no review`);
  return campaign.review;
}

describe('campaign review definitions', () => {
  it('gives Shanghai 2020 a 工匠 quota of 25 and one shared quota of 100 for 技师, 职工 and 巾帼, and the 50% 非公 share', () => {
    const shanghai = review('shanghai-2020');
    expect(shanghai.quotaGroups).toEqual([
      { label: '工匠', types: ['工匠'], count: 25 },
      { label: '技师/职工/巾帼', types: ['技师', '职工', '巾帼'], count: 100 },
    ]);
    expect(shanghai).toMatchObject({ aggregation: 'trimmedMean', trimWhenAtLeast: 5, nonPublicShare: 0.5, scoreRange: { min: 0, max: 100 } });
  });

  it('gives Leshan 33, Beijing district 10, and Nanchang no quota and no per-unit cap on selection', () => {
    expect(review('leshan-2020').quotaGroups).toEqual([{ label: '劳模和工匠人才', types: ['劳模和工匠人才'], count: 33 }]);
    expect(review('beijing-district-2016').quotaGroups).toEqual([{ label: '区级职工创新工作室', types: ['职工'], count: 10 }]);
    const nanchang = review('nanchang-2021');
    expect(nanchang.quotaGroups[0]?.count).toBeUndefined();
    expect(nanchang.perRecommenderMax).toBeUndefined();
  });

  it('rejects quota groups naming an unknown type or leaving a type out', () => {
    const { campaign } = loadCampaign('shanghai-2020');
    const result = CampaignSchema.safeParse({ ...campaign, review: { basis: '测试', quotaGroups: [{ label: '工匠', types: ['工匠', '大师'], count: 25 }] } });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((issue) => issue.message) ?? [];
    expect(messages).toContain('未知的工作室类型“大师”（studioTypes 中没有）');
    expect(messages).toContain('类型“技师”不在任何名额组中');
  });

  it('rejects a tie-breaker outside the documented set', () => {
    const { campaign } = loadCampaign('leshan-2020');
    const result = CampaignSchema.safeParse({ ...campaign, review: { ...campaign.review, tieBreakers: ['coinToss'] } });
    expect(result.success).toBe(false);
  });
});
