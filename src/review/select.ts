import type { Campaign } from '../campaigns/schema.js';
import type { QuotaGroup, Review } from '../campaigns/review-schema.js';
import { NON_PUBLIC_UNIT_NATURES } from '../model/fields.js';
import { percent } from '../validate/rules/types.js';
import { rankStudios, type RankInput, type RankPlace } from './rank.js';
import type { RankedStudio, Selection, SelectionOutcome } from './types.js';

const NO_RECOMMENDER = '（未填推荐单位）';

interface Candidate extends RankInput {
  readonly group: QuotaGroup;
  place: RankPlace;
  placeInRecommender: RankPlace;
  outcome: SelectionOutcome;
}

/**
 * Ranks and selects, as documented in src/review/README.md:
 * 1. Rank within each quota group and within each recommender (competition ranking, 并列).
 * 2. Walk each group in rank order (groups in campaign order): a studio without scores or
 *    below the minimum score is not selected; otherwise it is selected while the group has
 *    quota left and its recommender is under perRecommenderMax. A block of tied studios
 *    that does not fit in the quota left is not split arbitrarily: none of it is selected,
 *    the group stops there, and a note asks the committee to decide. Likewise a tie within one unit
 *    that its cap cannot all take: none selected, the unit's cap stays used, a note.
 * 3. Per recommender, when 非公企业 among its selected studios fall below the minimum share,
 *    its lowest-ranked selected public studio gives its place to its best-ranked non-public
 *    studio left out by the quota in the same group, until the share holds or no such pair
 *    is left (then a note reports the shortfall).
 *
 * @example const selection = selectStudios(inputs, campaign, campaign.review);
 */
export function selectStudios(inputs: readonly RankInput[], campaign: Campaign, review: Review): Selection {
  const notes: string[] = [];
  const groups = review.quotaGroups.map((group) => {
    const members = inputs.filter((input) => group.types.includes(input.studio.type));
    const candidates: Candidate[] = rankStudios(members, review.tieBreakers).map(({ input, place }) => ({
      ...input,
      group,
      place,
      placeInRecommender: place,
      outcome: { selected: true },
    }));
    for (const unit of groupBy(candidates, recommenderOf).values()) {
      const ranked = rankStudios(unit, review.tieBreakers);
      for (const { input, place } of ranked) input.placeInRecommender = place;
    }
    return { group, candidates };
  });

  const selectedPerRecommender = new Map<string, number>();
  for (const { group, candidates } of groups) fillGroup(group, candidates, review, selectedPerRecommender, notes);

  const minimumShare = review.nonPublicShare ?? campaign.rules.find((rule) => rule.kind === 'nonPublicShare')?.min;
  if (minimumShare !== undefined) enforceNonPublicShare(groups, minimumShare, notes);

  const typeOf = new Map(campaign.studioTypes.map((type) => [type.value, type]));
  let selected = 0;
  let fundingTotal = 0;
  let matchingTotal = 0;
  const resultGroups = groups.map(({ group, candidates }) => ({
    label: group.label,
    types: group.types,
    quota: group.count,
    studios: candidates.map((candidate): RankedStudio => {
      const funding = candidate.outcome.selected ? typeOf.get(candidate.studio.type)?.fundingYuan : undefined;
      const matching = funding !== undefined && campaign.matchingRatio !== undefined ? Math.round(funding * campaign.matchingRatio) : undefined;
      if (candidate.outcome.selected) selected += 1;
      fundingTotal += funding ?? 0;
      matchingTotal += matching ?? 0;
      return {
        key: candidate.key,
        studio: candidate.studio,
        score: candidate.score,
        rank: candidate.place.rank,
        tied: candidate.place.tied,
        rankInRecommender: candidate.placeInRecommender.rank,
        tiedInRecommender: candidate.placeInRecommender.tied,
        outcome: candidate.outcome,
        fundingYuan: funding,
        matchingYuan: matching,
      };
    }),
  }));
  return { campaignId: campaign.id, groups: resultGroups, totals: { selected, fundingYuan: fundingTotal, matchingYuan: matchingTotal }, notes };
}

function fillGroup(group: QuotaGroup, candidates: readonly Candidate[], review: Review, perRecommender: Map<string, number>, notes: string[]): void {
  let left = group.count ?? Infinity;
  let stopped = false;
  for (const block of tieBlocks(candidates)) {
    for (const candidate of block) {
      const standing = standingOf(candidate);
      if (!candidate.score) {
        candidate.outcome = { selected: false, reason: 'noScore', explanation: '没有有效的专家评分，未参加排名' };
      } else if (review.minimumScore !== undefined && candidate.score.score < review.minimumScore) {
        candidate.outcome = { selected: false, reason: 'belowMinimum', explanation: `${standing}，低于最低入选分数${review.minimumScore}分` };
      } else if (stopped || left <= 0) {
        candidate.outcome = { selected: false, reason: 'quota', explanation: `${standing}，“${group.label}”名额${group.count ?? ''}个已满` };
      } else if (review.perRecommenderMax !== undefined && (perRecommender.get(recommenderOf(candidate)) ?? 0) >= review.perRecommenderMax) {
        candidate.outcome = {
          selected: false,
          reason: 'recommenderCap',
          explanation: `${standing}，但${recommenderOf(candidate)}已有${review.perRecommenderMax}个工作室入选，达到每个推荐单位最多${review.perRecommenderMax}个的限制`,
        };
      } else {
        candidate.outcome = { selected: true };
        perRecommender.set(recommenderOf(candidate), (perRecommender.get(recommenderOf(candidate)) ?? 0) + 1);
      }
    }
    splitByRecommenderCap(block, group, review, notes);
    const chosen = block.filter((candidate) => candidate.outcome.selected);
    if (chosen.length > left) {
      // Tied studios are not told apart by input order: when not all fit, none is picked here.
      const names = chosen.map((candidate) => `“${candidate.studio.name}”`).join('、');
      for (const candidate of chosen) {
        perRecommender.set(recommenderOf(candidate), (perRecommender.get(recommenderOf(candidate)) ?? 1) - 1);
        candidate.outcome = {
          selected: false,
          reason: 'quota',
          explanation: `${standingOf(candidate)}，与${names}并列，“${group.label}”剩余名额${left}个不足以使并列者全部入选，须由评审委员会决定`,
        };
      }
      notes.push(`“${group.label}”：${names}并列第${chosen[0]?.place.rank ?? ''}名，剩余名额${left}个，不足以全部入选，请评审委员会决定（同分排序规则已用尽）。`);
      stopped = true;
      continue;
    }
    left -= chosen.length;
  }
}

/**
 * Tied studios of one unit that its cap cannot all take are not told apart by input order either:
 * none is selected, the unit's cap stays used up (a lower-ranked studio must not slip in), the committee decides.
 */
function splitByRecommenderCap(block: readonly Candidate[], group: QuotaGroup, review: Review, notes: string[]): void {
  for (const [recommender, members] of groupBy(block, recommenderOf)) {
    const capped = members.filter((candidate) => !candidate.outcome.selected && candidate.outcome.reason === 'recommenderCap');
    const chosen = members.filter((candidate) => candidate.outcome.selected);
    if (capped.length === 0 || chosen.length === 0) continue;
    const names = [...chosen, ...capped].map((candidate) => `“${candidate.studio.name}”`).join('、');
    for (const candidate of [...chosen, ...capped]) {
      candidate.outcome = {
        selected: false,
        reason: 'recommenderCap',
        explanation: `${standingOf(candidate)}，与${names}并列，${recommender}剩余可入选数不足以使并列者全部入选（每个推荐单位最多${review.perRecommenderMax ?? ''}个），须由评审委员会决定`,
      };
    }
    notes.push(`“${group.label}”：${recommender}的${names}并列第${chosen[0]?.place.rank ?? ''}名，受每个推荐单位最多${review.perRecommenderMax ?? ''}个的限制不能全部入选，请评审委员会决定。`);
  }
}

function enforceNonPublicShare(groups: readonly { group: QuotaGroup; candidates: Candidate[] }[], minimum: number, notes: string[]): void {
  const all = groups.flatMap(({ candidates }) => candidates);
  const recommenders = [...new Set(all.filter((candidate) => candidate.outcome.selected).map(recommenderOf))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  for (const recommender of recommenders) {
    const mine = all.filter((candidate) => recommenderOf(candidate) === recommender);
    const share = () => {
      const chosen = mine.filter((candidate) => candidate.outcome.selected);
      return chosen.filter(isNonPublic).length / chosen.length;
    };
    for (const { candidates } of groups) {
      while (share() < minimum) {
        const inGroup = candidates.filter((candidate) => recommenderOf(candidate) === recommender);
        const out = [...inGroup].reverse().find((candidate) => candidate.outcome.selected && !isNonPublic(candidate));
        const replacement = inGroup.find((candidate) => !candidate.outcome.selected && candidate.outcome.reason === 'quota' && isNonPublic(candidate));
        if (!out || !replacement) break;
        out.outcome = {
          selected: false,
          reason: 'nonPublicShare',
          explanation: `${standingOf(out)}，原可入选；为使${recommender}入选工作室中非公企业不少于${percent(minimum)}，由本单位排名第${replacement.placeInRecommender.rank}的非公企业“${replacement.studio.name}”替换（本单位入选者中排名最后的公有制单位）`,
        };
        replacement.outcome = { selected: true };
      }
    }
    if (share() < minimum) {
      const chosen = mine.filter((candidate) => candidate.outcome.selected);
      notes.push(`${recommender}：入选${chosen.length}个工作室中非公企业${chosen.filter(isNonPublic).length}个（${percent(share())}），低于${percent(minimum)}，且没有可替换的非公企业候选。`);
    }
  }
}

function standingOf(candidate: Candidate): string {
  return `得分${candidate.score?.score ?? '—'}分，在“${candidate.group.label}”中排第${candidate.place.rank}名${candidate.place.tied ? '（并列）' : ''}`;
}

function isNonPublic(candidate: RankInput): boolean {
  return candidate.studio.unitNature !== undefined && NON_PUBLIC_UNIT_NATURES.includes(candidate.studio.unitNature);
}

function recommenderOf(candidate: RankInput): string {
  return candidate.studio.recommender ?? NO_RECOMMENDER;
}

/** Consecutive candidates sharing a rank. */
function tieBlocks(candidates: readonly Candidate[]): Candidate[][] {
  const blocks: Candidate[][] = [];
  for (const candidate of candidates) {
    const last = blocks[blocks.length - 1];
    if (last && last[0]?.place.rank === candidate.place.rank) last.push(candidate);
    else blocks.push([candidate]);
  }
  return blocks;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(keyOf(item), [...(map.get(keyOf(item)) ?? []), item]);
  return map;
}
