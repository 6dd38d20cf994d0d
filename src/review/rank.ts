import type { TieBreaker } from '../campaigns/review-schema.js';
import type { Studio } from '../model/schema.js';
import type { StudioScore } from './types.js';

/** A studio with what ranking reads: its aggregated score and every expert's total. */
export interface RankInput {
  readonly key: string;
  readonly studio: Studio;
  readonly score: StudioScore | undefined;
  readonly expertTotals: readonly number[];
}

export interface RankPlace {
  readonly rank: number;
  readonly tied: boolean;
}

/**
 * Orders studios best first: scored before unscored, higher score (2 decimals)
 * first, then each tie-breaker in turn; studios still equal keep input order
 * and share a rank (competition ranking 1, 2, 2, 4 — 并列).
 *
 * @example rankStudios(inputs, ['patents']).map(({ input, place }) => `${input.key}:${place.rank}`)
 */
export function rankStudios<T extends RankInput>(inputs: readonly T[], tieBreakers: readonly TieBreaker[]): { input: T; place: RankPlace }[] {
  const compare = (a: T, b: T) => compareStudios(a, b, tieBreakers);
  const ordered = inputs.map((input, index) => ({ input, index })).sort((a, b) => compare(a.input, b.input) || a.index - b.index);
  const places: { input: T; place: RankPlace }[] = [];
  ordered.forEach(({ input }, position) => {
    const previous = ordered[position - 1];
    const next = ordered[position + 1];
    const sameAsPrevious = previous !== undefined && compare(previous.input, input) === 0;
    const sameAsNext = next !== undefined && compare(input, next.input) === 0;
    const rank = sameAsPrevious ? (places[position - 1] as { place: RankPlace }).place.rank : position + 1;
    places.push({ input, place: { rank, tied: sameAsPrevious || sameAsNext } });
  });
  return places;
}

/** Negative when `a` ranks before `b`; 0 when nothing tells them apart. */
export function compareStudios(a: RankInput, b: RankInput, tieBreakers: readonly TieBreaker[]): number {
  if (!a.score || !b.score) return (a.score ? 0 : 1) - (b.score ? 0 : 1);
  const byScore = b.score.score - a.score.score;
  if (byScore !== 0) return byScore;
  for (const breaker of tieBreakers) {
    const result = TIE_BREAKER_COMPARE[breaker](a, b);
    if (result !== 0) return result;
  }
  return 0;
}

const TIE_BREAKER_COMPARE: Record<TieBreaker, (a: RankInput, b: RankInput) => number> = {
  trimmedOutScores: (a, b) => descendingLists(a.score?.dropped ?? [], b.score?.dropped ?? []),
  highestExpertScore: (a, b) => Math.max(...b.expertTotals, 0) - Math.max(...a.expertTotals, 0),
  patents: (a, b) => patentTotal(b.studio) - patentTotal(a.studio),
  inventionPatents: (a, b) => b.studio.patents.invention - a.studio.patents.invention,
  // Earlier founded ranks first; an unknown date ranks after any known one.
  yearsRunning: (a, b) => missingLast(a.studio.foundedDate, b.studio.foundedDate) || (a.studio.foundedDate ?? '').localeCompare(b.studio.foundedDate ?? ''),
  recommendRank: (a, b) => missingLast(a.studio.recommendRank, b.studio.recommendRank) || (a.studio.recommendRank ?? 0) - (b.studio.recommendRank ?? 0),
};

function patentTotal(studio: Studio): number {
  return studio.patents.invention + studio.patents.utility + studio.patents.design;
}

/** Compares dropped scores highest first; a studio with nothing dropped has nothing to win with. */
function descendingLists(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
    const difference = (b[index] ?? -Infinity) - (a[index] ?? -Infinity);
    if (difference !== 0 && Number.isFinite(difference)) return difference;
    if (difference !== 0) return a[index] === undefined ? 1 : -1;
  }
  return 0;
}

function missingLast(a: unknown, b: unknown): number {
  return (a === undefined ? 1 : 0) - (b === undefined ? 1 : 0);
}
