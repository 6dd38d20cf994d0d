import { z } from 'zod';

/**
 * Expert review (评审) of a campaign is data like its forms: the score range,
 * optional criteria, how expert scores are combined, the quotas the notice sets
 * and the constraints on the named set. Code (src/review/) applies them.
 */

/**
 * Tie-breakers, applied in the campaign's order after the aggregated score
 * (rounded to 2 decimals) is equal. Studios still equal share the rank (并列).
 * - trimmedOutScores: the higher score dropped by the trimmed mean wins (then the higher dropped low score)
 * - highestExpertScore: the higher best single expert score wins
 * - patents: more patents (invention + utility + design) wins
 * - inventionPatents: more invention patents wins
 * - yearsRunning: the earlier founded studio wins
 * - recommendRank: the better 推荐排序 within its recommender wins (1 before 2)
 */
export const TIE_BREAKERS = ['trimmedOutScores', 'highestExpertScore', 'patents', 'inventionPatents', 'yearsRunning', 'recommendRank'] as const;
export type TieBreaker = (typeof TIE_BREAKERS)[number];

export const TIE_BREAKER_LABELS: Record<TieBreaker, string> = {
  trimmedOutScores: '去掉的最高分较高者在前',
  highestExpertScore: '单个专家最高分较高者在前',
  patents: '专利总数较多者在前',
  inventionPatents: '发明专利较多者在前',
  yearsRunning: '创建时间较早者在前',
  recommendRank: '推荐排序靠前者在前',
};

export const QuotaGroupSchema = z.object({
  /** e.g. 工匠, 技师/职工/巾帼 — printed on the ranked list. */
  label: z.string().min(1),
  /** Studio type values that share this quota. */
  types: z.array(z.string().min(1)).min(1),
  /** How many studios of these types are named; absent when the notice sets no number. */
  count: z.number().int().positive().optional(),
});
export type QuotaGroup = z.infer<typeof QuotaGroupSchema>;

export const ReviewSchema = z
  .object({
    /** What one expert's total may be. */
    scoreRange: z.object({ min: z.number().default(0), max: z.number().positive().default(100) }).default({ min: 0, max: 100 }),
    /** Sub-scores, one column each in the score sheet, summed to the expert's total. */
    criteria: z.array(z.object({ label: z.string().min(1), max: z.number().positive() })).default([]),
    aggregation: z.enum(['mean', 'trimmedMean']).default('mean'),
    /** The trimmed mean drops one highest and one lowest score only when at least this many experts scored. */
    trimWhenAtLeast: z.number().int().min(3).default(5),
    /** Studios scoring below this are not named however much quota is left. */
    minimumScore: z.number().optional(),
    /** In campaign order; every studio type belongs to exactly one group. */
    quotaGroups: z.array(QuotaGroupSchema).min(1),
    /** The most studios one recommending unit may have named (across all groups). */
    perRecommenderMax: z.number().int().positive().optional(),
    /** Minimum share of 非公企业 among each recommender's named studios; the nonPublicShare rule's minimum when absent. */
    nonPublicShare: z.number().min(0).max(1).optional(),
    tieBreakers: z.array(z.enum(TIE_BREAKERS)).default(['trimmedOutScores', 'patents', 'yearsRunning', 'recommendRank']),
    /** The notice's sentences the quotas and constraints come from. */
    basis: z.string().min(1),
  })
  .superRefine((review, ctx) => {
    if (review.scoreRange.min >= review.scoreRange.max) ctx.addIssue({ code: 'custom', path: ['scoreRange'], message: '评分范围的最低分应小于最高分' });
    if (new Set(review.tieBreakers).size !== review.tieBreakers.length) ctx.addIssue({ code: 'custom', path: ['tieBreakers'], message: '同分排序规则有重复' });
  });
export type Review = z.infer<typeof ReviewSchema>;

/**
 * Cross-checks the review against the campaign's studio types: each type in exactly one quota group.
 *
 * @example checkReview(review, campaign.studioTypes, (path, message) => issues.push({ path, message }))
 */
export function checkReview(review: Review, studioTypes: readonly { readonly value: string }[], add: (path: (string | number)[], message: string) => void): void {
  const known = new Set(studioTypes.map((type) => type.value));
  const placed = new Map<string, number>();
  review.quotaGroups.forEach((group, index) =>
    group.types.forEach((type, typeIndex) => {
      if (!known.has(type)) add(['quotaGroups', index, 'types', typeIndex], `未知的工作室类型“${type}”（studioTypes 中没有）`);
      if (placed.has(type)) add(['quotaGroups', index, 'types', typeIndex], `类型“${type}”同时出现在两个名额组中`);
      placed.set(type, index);
    }),
  );
  for (const type of known) if (!placed.has(type)) add(['quotaGroups'], `类型“${type}”不在任何名额组中`);
}
