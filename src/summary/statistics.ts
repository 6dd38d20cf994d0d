import type { Campaign } from '../campaigns/schema.js';
import { fieldDef, NON_PUBLIC_UNIT_NATURES, optionValues } from '../model/fields.js';
import type { Studio } from '../model/schema.js';
import { collects } from './city.js';
import { groupByRecommender } from './table.js';

/**
 * The numbers of the statistics report (studio-docs stats): each chart in the
 * report is drawn from one of these and printed beside a table of the same numbers.
 */
export interface CampaignStatistics {
  readonly studios: number;
  /** Studios left out because validation found errors. */
  readonly excluded: number;
  readonly districts: readonly string[];
  readonly types: readonly string[];
  /** counts[district][type]. */
  readonly byDistrictAndType: readonly (readonly number[])[];
  /** Empty when the campaign does not collect 单位性质. */
  readonly unitNature: readonly Bucket[];
  /** Absent when the campaign does not collect 单位性质. */
  readonly nonPublic?: number;
  readonly teamSize: readonly Bucket[];
  readonly leaderSkillLevel: readonly Bucket[];
}

export interface Bucket {
  readonly label: string;
  readonly count: number;
}

/** The bucket of records that leave a field empty. */
export const NOT_GIVEN = '未填';

/** Up to this many distinct team sizes get a bar each; wider spreads are binned. */
const MAX_TEAM_SIZE_BARS = 12;

/**
 * @example
 * const stats = campaignStatistics(valid.map(({ studio }) => studio), campaign, { excluded: 8 });
 * stats.byDistrictAndType[0] // [1, 2, 1, 1] for 浦东新区总工会
 */
export function campaignStatistics(studios: readonly Studio[], campaign: Campaign, options: { excluded: number }): CampaignStatistics {
  const types = campaign.studioTypes.map((type) => type.value);
  const groups = groupByRecommender(studios);
  const unitNatureCollected = collects(campaign, 'unitNature');
  return {
    studios: studios.length,
    excluded: options.excluded,
    districts: groups.map(([district]) => district),
    types,
    byDistrictAndType: groups.map(([, members]) => types.map((type) => members.filter((studio) => studio.type === type).length)),
    unitNature: unitNatureCollected ? categoryBuckets(studios.map((studio) => studio.unitNature), optionValues(fieldDef('studio', 'unitNature'))) : [],
    ...(unitNatureCollected
      ? { nonPublic: studios.filter((studio) => studio.unitNature !== undefined && NON_PUBLIC_UNIT_NATURES.includes(studio.unitNature)).length }
      : {}),
    teamSize: teamSizeBuckets(studios.map((studio) => studio.members.length + 1)),
    leaderSkillLevel: categoryBuckets(
      studios.map((studio) => studio.leader.skillLevel),
      optionValues(fieldDef('studio', 'leaderSkillLevel')),
      { keepEmptyOptions: true },
    ),
  };
}

/**
 * Counts per category in the catalogue's order; values outside it after, then 未填.
 * Options nobody chose are left out unless keepEmptyOptions (a scale such as
 * skill levels reads better with its gaps shown).
 *
 * @example categoryBuckets(['民营企业', undefined, '民营企业'], ['国有企业', '民营企业']) // [{ label: '民营企业', count: 2 }, { label: '未填', count: 1 }]
 */
export function categoryBuckets(values: readonly (string | undefined)[], order: readonly string[], options: { keepEmptyOptions?: boolean } = {}): Bucket[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value ?? NOT_GIVEN, (counts.get(value ?? NOT_GIVEN) ?? 0) + 1);
  const others = [...counts.keys()].filter((label) => label !== NOT_GIVEN && !order.includes(label)).sort((a, b) => a.localeCompare(b, 'zh-CN'));
  return [...order, ...others, NOT_GIVEN]
    .map((label) => ({ label, count: counts.get(label) ?? 0 }))
    .filter((bucket) => bucket.count > 0 || (options.keepEmptyOptions === true && order.includes(bucket.label)));
}

/**
 * Team sizes (leader included) as histogram bars: one bar per size when the
 * spread is small, otherwise equal-width ranges such as 5–9人.
 *
 * @example teamSizeBuckets([5, 5, 7]) // [{ label: '5人', count: 2 }, { label: '6人', count: 0 }, { label: '7人', count: 1 }]
 */
export function teamSizeBuckets(sizes: readonly number[]): Bucket[] {
  if (sizes.length === 0) return [];
  const min = Math.min(...sizes);
  const max = Math.max(...sizes);
  const width = Math.max(1, Math.ceil((max - min + 1) / MAX_TEAM_SIZE_BARS));
  const buckets: Bucket[] = [];
  for (let low = min; low <= max; low += width) {
    const high = low + width - 1;
    buckets.push({ label: width === 1 ? `${low}人` : `${low}–${high}人`, count: sizes.filter((size) => size >= low && size <= high).length });
  }
  return buckets;
}
