import type { Review } from '../campaigns/review-schema.js';
import type { StudioScore } from './types.js';
import { roundScore } from './read-scores.js';

/**
 * Combines one studio's expert totals: the mean, or with `trimmedMean` and at
 * least `trimWhenAtLeast` experts, the mean after dropping one highest and one
 * lowest score (the usual 去掉一个最高分和一个最低分).
 *
 * @example aggregateScores('甲', [90, 80, 85, 70, 95], { aggregation: 'trimmedMean', trimWhenAtLeast: 5 }) // { score: 85, dropped: [95, 70], expertCount: 5 }
 */
export function aggregateScores(studioKey: string, totals: readonly number[], review: Pick<Review, 'aggregation' | 'trimWhenAtLeast'>): StudioScore | undefined {
  if (totals.length === 0) return undefined;
  const sorted = [...totals].sort((a, b) => b - a);
  const trim = review.aggregation === 'trimmedMean' && totals.length >= review.trimWhenAtLeast;
  const counted = trim ? sorted.slice(1, -1) : sorted;
  const dropped = trim ? [sorted[0] as number, sorted[sorted.length - 1] as number] : [];
  return { studioKey, score: roundScore(counted.reduce((sum, value) => sum + value, 0) / counted.length), expertCount: totals.length, dropped };
}
