import { describe, expect, it } from 'vitest';
import type { Campaign } from '../../src/campaigns/schema.js';
import { rankApplications } from '../../src/review/index.js';
import { selectStudios } from '../../src/review/select.js';
import type { RankedStudio, Selection } from '../../src/review/types.js';
import { campaignWithReview, reviewStudio, scored } from '../fixtures/review.js';

const ALL_TYPES = { label: '全部', types: ['工匠', '技师', '职工', '巾帼'] };

function outcomes(selection: Selection): Record<string, string> {
  return Object.fromEntries(selection.groups.flatMap((group) => group.studios.map((studio) => [studio.key, studio.outcome.selected ? '入选' : studio.outcome.reason])));
}

function studioNamed(selection: Selection, name: string): RankedStudio {
  const found = selection.groups.flatMap((group) => group.studios).find((studio) => studio.key === name);
  if (!found) throw new Error(`no ${name}`);
  return found;
}

function explanation(selection: Selection, name: string): string {
  const { outcome } = studioNamed(selection, name);
  return outcome.selected ? '' : outcome.explanation;
}

function select(campaign: Campaign, entries: readonly [string, readonly number[], Parameters<typeof reviewStudio>[1]?][]): Selection {
  const review = campaign.review;
  if (!review) throw new Error('no review');
  return selectStudios(entries.map(([name, totals, options]) => scored(reviewStudio(name, options), totals, campaign)), campaign, review);
}

describe('selection within quotas', () => {
  it('fills a quota exactly and explains each studio left out by score, rank and quota', () => {
    const campaign = campaignWithReview({ quotaGroups: [{ ...ALL_TYPES, count: 2 }] });
    const selection = select(campaign, [['甲', [90]], ['乙', [80]], ['丙', [70]]]);
    expect(outcomes(selection)).toEqual({ 甲: '入选', 乙: '入选', 丙: 'quota' });
    expect(explanation(selection, '丙')).toBe('得分70分，在“全部”中排第3名，“全部”名额2个已满');
    expect(selection.totals.selected).toBe(2);
  });

  it('selects every tied studio when the tie fits in the quota left', () => {
    const campaign = campaignWithReview({ quotaGroups: [{ ...ALL_TYPES, count: 3 }] });
    const selection = select(campaign, [['甲', [90]], ['乙', [80]], ['丙', [80]], ['丁', [70]]]);
    expect(outcomes(selection)).toEqual({ 甲: '入选', 乙: '入选', 丙: '入选', 丁: 'quota' });
    expect(studioNamed(selection, '乙')).toMatchObject({ rank: 2, tied: true });
  });

  it('selects none of a tie that straddles the quota cut, stops the group there and asks the committee', () => {
    const campaign = campaignWithReview({ quotaGroups: [{ ...ALL_TYPES, count: 2 }] });
    const selection = select(campaign, [['甲', [90]], ['乙', [80]], ['丙', [80]], ['丁', [70]]]);
    expect(outcomes(selection)).toEqual({ 甲: '入选', 乙: 'quota', 丙: 'quota', 丁: 'quota' });
    expect(explanation(selection, '乙')).toContain('与“乙”、“丙”并列，“全部”剩余名额1个不足以使并列者全部入选，须由评审委员会决定');
    expect(selection.notes).toEqual(['“全部”：“乙”、“丙”并列第2名，剩余名额1个，不足以全部入选，请评审委员会决定（同分排序规则已用尽）。']);
  });

  it('lets a tie-breaker decide at the cut instead of a tie', () => {
    const campaign = campaignWithReview({ quotaGroups: [{ ...ALL_TYPES, count: 2 }], tieBreakers: ['patents'] });
    const selection = select(campaign, [['甲', [90]], ['乙', [80], { patents: 1 }], ['丙', [80], { patents: 4 }]]);
    expect(outcomes(selection)).toEqual({ 甲: '入选', 丙: '入选', 乙: 'quota' });
  });

  it('shares one quota between the types of a group and keeps groups apart', () => {
    const campaign = campaignWithReview({ quotaGroups: [{ label: '工匠', types: ['工匠'], count: 1 }, { label: '技师/职工/巾帼', types: ['技师', '职工', '巾帼'], count: 2 }] });
    const selection = select(campaign, [
      ['工匠甲', [95]],
      ['工匠乙', [94]],
      ['技师甲', [60], { type: '技师' }],
      ['巾帼甲', [70], { type: '巾帼' }],
      ['职工甲', [50], { type: '职工' }],
    ]);
    expect(selection.groups.map((group) => [group.label, group.studios.map((studio) => studio.key)])).toEqual([
      ['工匠', ['工匠甲', '工匠乙']],
      ['技师/职工/巾帼', ['巾帼甲', '技师甲', '职工甲']],
    ]);
    expect(outcomes(selection)).toEqual({ 工匠甲: '入选', 工匠乙: 'quota', 巾帼甲: '入选', 技师甲: '入选', 职工甲: 'quota' });
  });

  it('funds selected studios by type and adds the matching share', () => {
    const campaign = campaignWithReview({ quotaGroups: [{ label: '工匠', types: ['工匠'], count: 1 }, { label: '其他', types: ['技师', '职工', '巾帼'] }] });
    const selection = select(campaign, [['工匠甲', [95]], ['工匠乙', [90]], ['技师甲', [60], { type: '技师' }]]);
    expect(studioNamed(selection, '工匠甲')).toMatchObject({ fundingYuan: 20000, matchingYuan: 20000 });
    expect(studioNamed(selection, '工匠乙')).toMatchObject({ fundingYuan: undefined, matchingYuan: undefined });
    expect(selection.totals).toEqual({ selected: 2, fundingYuan: 30000, matchingYuan: 30000 });
  });

  it('selects every scored studio of a group without a quota, and never one without scores or below the minimum', () => {
    const campaign = campaignWithReview({ quotaGroups: [ALL_TYPES], minimumScore: 60 });
    const selection = select(campaign, [['甲', [90]], ['乙', [59.5]], ['丙', []]]);
    expect(outcomes(selection)).toEqual({ 甲: '入选', 乙: 'belowMinimum', 丙: 'noScore' });
    expect(explanation(selection, '乙')).toBe('得分59.5分，在“全部”中排第2名，低于最低入选分数60分');
    expect(explanation(selection, '丙')).toBe('没有有效的专家评分，未参加排名');
  });
});

describe('selection constraints', () => {
  it('skips a studio whose recommender already has the most it may have named, and takes the next', () => {
    const campaign = campaignWithReview({ quotaGroups: [{ ...ALL_TYPES, count: 2 }], perRecommenderMax: 1 });
    const selection = select(campaign, [
      ['浦东甲', [90]],
      ['浦东乙', [85]],
      ['徐汇甲', [80], { recommender: '徐汇区总工会' }],
    ]);
    expect(outcomes(selection)).toEqual({ 浦东甲: '入选', 浦东乙: 'recommenderCap', 徐汇甲: '入选' });
    expect(explanation(selection, '浦东乙')).toBe('得分85分，在“全部”中排第2名，但浦东新区总工会已有1个工作室入选，达到每个推荐单位最多1个的限制');
  });

  it('ranks within each recommending unit as well as overall', () => {
    const campaign = campaignWithReview({ quotaGroups: [ALL_TYPES] });
    const selection = select(campaign, [
      ['浦东甲', [90]],
      ['徐汇甲', [88], { recommender: '徐汇区总工会' }],
      ['浦东乙', [85]],
      ['浦东丙', [85]],
    ]);
    expect(selection.groups[0]?.studios.map((studio) => [studio.key, studio.rank, studio.rankInRecommender, studio.tiedInRecommender])).toEqual([
      ['浦东甲', 1, 1, false],
      ['徐汇甲', 2, 1, false],
      ['浦东乙', 3, 2, true],
      ['浦东丙', 3, 2, true],
    ]);
  });

  it('replaces a unit’s lowest-ranked public studio by its next non-public one until the share holds', () => {
    const campaign = campaignWithReview({ quotaGroups: [{ ...ALL_TYPES, count: 3 }], nonPublicShare: 0.5 });
    const selection = select(campaign, [
      ['国企甲', [95], { unitNature: '国有企业' }],
      ['国企乙', [90], { unitNature: '国有企业' }],
      ['民企甲', [85]],
      ['民企乙', [80]],
      ['徐汇民企', [70], { recommender: '徐汇区总工会' }],
    ]);
    expect(outcomes(selection)).toEqual({ 国企甲: '入选', 国企乙: 'nonPublicShare', 民企甲: '入选', 民企乙: '入选', 徐汇民企: 'quota' });
    expect(explanation(selection, '国企乙')).toBe(
      '得分90分，在“全部”中排第2名，原可入选；为使浦东新区总工会入选工作室中非公企业不少于50%，由本单位排名第4的非公企业“民企乙”替换（本单位入选者中排名最后的公有制单位）',
    );
    expect(selection.notes).toEqual([]);
  });

  it('reports a unit below the non-public share when it has no non-public studio to bring in', () => {
    const campaign = campaignWithReview({ quotaGroups: [{ ...ALL_TYPES, count: 2 }] });
    const selection = select(campaign, [
      ['国企甲', [95], { unitNature: '国有企业' }],
      ['民企甲', [60], { unitNature: '民营企业', recommender: '徐汇区总工会' }],
    ]);
    expect(outcomes(selection)).toEqual({ 国企甲: '入选', 民企甲: '入选' });
    expect(selection.notes).toEqual(['浦东新区总工会：入选1个工作室中非公企业0个（0%），低于50%，且没有可替换的非公企业候选。']);
  });

  it('does not bring in a non-public studio that has no score', () => {
    const campaign = campaignWithReview({ quotaGroups: [{ ...ALL_TYPES, count: 1 }], nonPublicShare: 1 });
    const selection = select(campaign, [['国企甲', [95], { unitNature: '国有企业' }], ['民企甲', []]]);
    expect(outcomes(selection)).toEqual({ 国企甲: '入选', 民企甲: 'noScore' });
    expect(selection.notes).toHaveLength(1);
  });
});

describe('rankApplications', () => {
  it('aggregates each valid studio’s expert rows and ranks them for the documents', () => {
    const campaign = campaignWithReview({ aggregation: 'trimmedMean', quotaGroups: [{ ...ALL_TYPES, count: 1 }] });
    const valid = [
      { key: '甲', studio: reviewStudio('甲') },
      { key: '乙', studio: reviewStudio('乙') },
    ];
    const scores = new Map([
      ['甲', [90, 91, 92, 93, 100].map((total) => ({ total }))],
      ['乙', [{ total: 99 }]],
    ]);
    const selection = rankApplications(valid, scores, campaign);
    expect(selection.campaignId).toBe('shanghai-2020');
    expect(selection.groups[0]?.studios.map((studio) => [studio.key, studio.score?.score, studio.score?.dropped, studio.outcome.selected])).toEqual([
      ['乙', 99, [], true],
      ['甲', 92, [100, 90], false],
    ]);
  });

  it('refuses a campaign without a review definition', () => {
    const campaign = { ...campaignWithReview({ quotaGroups: [ALL_TYPES] }), review: undefined };
    expect(() => rankApplications([], new Map(), campaign)).toThrow(/没有定义评审/);
  });
});

describe('ties against the per-unit cap', () => {
  it('selects neither of two tied studios of one unit when its cap takes only one, and keeps the cap used', () => {
    const campaign = campaignWithReview({ quotaGroups: [{ ...ALL_TYPES, count: 3 }], perRecommenderMax: 1 });
    const selection = select(campaign, [
      ['浦东甲', [90]],
      ['浦东乙', [90]],
      ['浦东丙', [80]],
      ['徐汇甲', [70], { recommender: '徐汇区总工会' }],
    ]);
    expect(outcomes(selection)).toEqual({ 浦东甲: 'recommenderCap', 浦东乙: 'recommenderCap', 浦东丙: 'recommenderCap', 徐汇甲: '入选' });
    expect(explanation(selection, '浦东甲')).toContain('与“浦东甲”、“浦东乙”并列，浦东新区总工会剩余可入选数不足以使并列者全部入选');
    expect(selection.notes).toEqual(['“全部”：浦东新区总工会的“浦东甲”、“浦东乙”并列第1名，受每个推荐单位最多1个的限制不能全部入选，请评审委员会决定。']);
  });
});
