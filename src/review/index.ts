import type { Review } from '../campaigns/review-schema.js';
import type { Campaign } from '../campaigns/schema.js';
import { StudioDocsError } from '../core/errors.js';
import type { ValidStudio } from '../validate/types.js';
import { aggregateScores } from './aggregate.js';
import { selectStudios } from './select.js';
import type { Selection } from './types.js';

export { aggregateScores } from './aggregate.js';
export { matchScores, type MatchedScores, type ScorableStudio } from './match-scores.js';
export { compareStudios, rankStudios, type RankInput } from './rank.js';
export { readScores, roundScore, type ExpertScoreRow, type ScoreSheet } from './read-scores.js';
export { selectStudios } from './select.js';
export type { RankedStudio, Selection, SelectionOutcome, StudioScore } from './types.js';

/**
 * The whole review for the documents: aggregate each valid studio's expert totals,
 * rank, select within the campaign's quotas and constraints, explain every outcome.
 * `scores` maps a studio key to its expert rows (matchScores(...).byStudio); a
 * studio with none is ranked last as 未评分.
 *
 * @example const selection = rankApplications(check.valid, matchScores(sheet.rows, scorable).byStudio, campaign);
 * @throws StudioDocsError USAGE when the campaign defines no review.
 */
export function rankApplications(valid: readonly ValidStudio[], scores: ReadonlyMap<string, readonly { readonly total: number }[]>, campaign: Campaign): Selection {
  const review = reviewOf(campaign);
  const inputs = valid.map(({ key, studio }) => {
    const expertTotals = (scores.get(key) ?? []).map((row) => row.total);
    return { key, studio, expertTotals, score: aggregateScores(key, expertTotals, review) };
  });
  return selectStudios(inputs, campaign, review);
}

/**
 * The campaign's review definition, or a usage error naming the campaign.
 *
 * @example const review = reviewOf(campaign); review.quotaGroups[0]?.count // 25
 */
export function reviewOf(campaign: Campaign): Review {
  if (!campaign.review) throw new StudioDocsError('USAGE', `活动“${campaign.id}”没有定义评审（campaign.json 中没有 review），无法排名。`);
  return campaign.review;
}
