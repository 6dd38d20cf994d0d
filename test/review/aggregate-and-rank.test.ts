import { describe, expect, it } from 'vitest';
import { aggregateScores } from '../../src/review/aggregate.js';
import { rankStudios } from '../../src/review/rank.js';
import { campaignWithReview, reviewStudio, scored } from '../fixtures/review.js';

describe('aggregating expert scores', () => {
  it('takes the mean of every expert when the campaign says mean', () => {
    expect(aggregateScores('甲', [90, 80, 70, 60, 100], { aggregation: 'mean', trimWhenAtLeast: 5 })).toEqual({ studioKey: '甲', score: 80, expertCount: 5, dropped: [] });
  });

  it('drops one highest and one lowest score with five or more experts under the trimmed mean', () => {
    expect(aggregateScores('甲', [90, 80, 85, 70, 95], { aggregation: 'trimmedMean', trimWhenAtLeast: 5 })).toEqual({ studioKey: '甲', score: 85, expertCount: 5, dropped: [95, 70] });
  });

  it('keeps every score under the trimmed mean when fewer experts scored than the threshold', () => {
    expect(aggregateScores('甲', [90, 80, 70, 60], { aggregation: 'trimmedMean', trimWhenAtLeast: 5 })?.score).toBe(75);
  });

  it('rounds to two decimals so floating sums do not split ties', () => {
    expect(aggregateScores('甲', [80.1, 80.2, 80.2], { aggregation: 'mean', trimWhenAtLeast: 5 })?.score).toBe(80.17);
    expect(aggregateScores('甲', [], { aggregation: 'mean', trimWhenAtLeast: 5 })).toBeUndefined();
  });
});

describe('ranking', () => {
  const campaign = campaignWithReview({ quotaGroups: [{ label: '工匠', types: ['工匠'] }, { label: '其他', types: ['技师', '职工', '巾帼'] }] });

  it('gives equal studios the same rank and skips the next (1, 2, 2, 4), marking them tied', () => {
    const inputs = [
      scored(reviewStudio('丁'), [70], campaign),
      scored(reviewStudio('乙'), [85], campaign),
      scored(reviewStudio('甲'), [90], campaign),
      scored(reviewStudio('丙'), [85], campaign),
    ];
    const ranked = rankStudios(inputs, []).map(({ input, place }) => [input.key, place.rank, place.tied]);
    expect(ranked).toEqual([
      ['甲', 1, false],
      ['乙', 2, true],
      ['丙', 2, true],
      ['丁', 4, false],
    ]);
  });

  it('applies tie-breakers in the campaign order before declaring a tie', () => {
    const inputs = [
      scored(reviewStudio('少专利', { patents: 1, foundedDate: '2010-01' }), [85], campaign),
      scored(reviewStudio('多专利', { patents: 3, foundedDate: '2018-01' }), [85], campaign),
    ];
    expect(rankStudios(inputs, ['patents', 'yearsRunning']).map(({ input }) => input.key)).toEqual(['多专利', '少专利']);
    expect(rankStudios(inputs, ['yearsRunning', 'patents']).map(({ input }) => input.key)).toEqual(['少专利', '多专利']);
  });

  it('breaks a trimmed-mean tie by the higher dropped top score, then by 推荐排序', () => {
    const trimmed = campaignWithReview({ aggregation: 'trimmedMean', quotaGroups: [{ label: '全部', types: ['工匠', '技师', '职工', '巾帼'] }] });
    const low = scored(reviewStudio('最高分低', { recommendRank: 1 }), [80, 80, 80, 90, 70], trimmed);
    const high = scored(reviewStudio('最高分高', { recommendRank: 2 }), [80, 80, 80, 95, 70], trimmed);
    expect(low.score?.score).toBe(high.score?.score);
    expect(rankStudios([low, high], ['trimmedOutScores']).map(({ input }) => input.key)).toEqual(['最高分高', '最高分低']);
    expect(rankStudios([high, low], ['recommendRank']).map(({ input }) => input.key)).toEqual(['最高分低', '最高分高']);
  });

  it('puts studios without scores after every scored one', () => {
    const inputs = [scored(reviewStudio('未评分'), [], campaign), scored(reviewStudio('有分'), [10], campaign)];
    expect(rankStudios(inputs, []).map(({ input, place }) => [input.key, place.rank])).toEqual([
      ['有分', 1],
      ['未评分', 2],
    ]);
  });
});
