import type { Campaign } from '../campaigns/schema.js';
import type { Summary } from '../campaigns/summary-schema.js';
import { NON_PUBLIC_UNIT_NATURES } from '../model/fields.js';
import type { Studio } from '../model/schema.js';
import { roundTo, type NumberFormat } from './cells.js';
import { columnSource } from './columns.js';
import { groupByRecommender } from './table.js';

/**
 * The city-level pivot: per recommending union, studios per type, the share of
 * 非公企业 against the campaign's nonPublicShare rule, the definition's extra sums
 * (patents by kind, benefit…), and the funding the counts imply.
 */
export interface CityStatistics {
  /** Studio type values, in campaign order (the pivot's columns). */
  readonly types: readonly string[];
  readonly districts: readonly DistrictStatistics[];
  readonly totals: DistrictStatistics;
  /** False when the campaign does not collect 单位性质: the 非公企业 figures mean nothing then. */
  readonly nonPublicTracked: boolean;
  /** From the campaign's nonPublicShare rule; absent when the campaign has none. */
  readonly nonPublicMin?: number;
  readonly sumColumns: readonly { readonly header: string; readonly format: NumberFormat }[];
  /** Absent when no studio type has fundingYuan. */
  readonly funding?: {
    /** 元 per named studio, by type (0 when the notice sets none for a type). */
    readonly perType: readonly number[];
    /** Absent when the campaign sets no matchingRatio. */
    readonly matchingRatio?: number;
  };
}

export interface DistrictStatistics {
  readonly district: string;
  readonly byType: readonly number[];
  readonly total: number;
  readonly nonPublic: number;
  /** 0..1 (0 when there are no studios). */
  readonly nonPublicShare: number;
  /** True when the share is under the campaign's minimum. */
  readonly belowNonPublicMin: boolean;
  readonly sums: readonly number[];
  readonly fundingRequested?: number;
  readonly fundingMatched?: number;
}

/**
 * @example
 * const city = cityStatistics(valid.map(({ studio }) => studio), campaign, campaign.summaries[0]);
 * city.districts.find((d) => d.district === '徐汇区总工会')?.belowNonPublicMin // true
 */
export function cityStatistics(studios: readonly Studio[], campaign: Campaign, summary: Summary | undefined): CityStatistics {
  const types = campaign.studioTypes.map((type) => type.value);
  const nonPublicTracked = collects(campaign, 'unitNature');
  const nonPublicMin = nonPublicTracked ? campaign.rules.find((rule) => rule.kind === 'nonPublicShare')?.min : undefined;
  const sumSources = (summary?.pivotSums ?? []).map((sum) => ({ header: sum.header, source: columnSource(sum.value, campaign, sum.amountUnit) }));
  const fundingDefined = campaign.studioTypes.some((type) => type.fundingYuan !== undefined);
  const funding = fundingDefined
    ? {
        perType: campaign.studioTypes.map((type) => type.fundingYuan ?? 0),
        ...(campaign.matchingRatio !== undefined ? { matchingRatio: campaign.matchingRatio } : {}),
      }
    : undefined;

  const row = (district: string, members: readonly Studio[]): DistrictStatistics => {
    const byType = types.map((type) => members.filter((studio) => studio.type === type).length);
    const nonPublic = members.filter((studio) => studio.unitNature !== undefined && NON_PUBLIC_UNIT_NATURES.includes(studio.unitNature)).length;
    const share = members.length === 0 ? 0 : nonPublic / members.length;
    const sums = sumSources.map(({ source }) =>
      roundTo(
        members.reduce((total, studio, position) => {
          const cell = source.cell(studio, position);
          return total + (cell.kind === 'number' ? cell.value : 0);
        }, 0),
        6,
      ),
    );
    const requested = funding ? byType.reduce((total, count, index) => total + count * (funding.perType[index] ?? 0), 0) : undefined;
    return {
      district,
      byType,
      total: members.length,
      nonPublic,
      nonPublicShare: share,
      belowNonPublicMin: nonPublicMin !== undefined && members.length > 0 && share < nonPublicMin,
      sums,
      ...(requested !== undefined ? { fundingRequested: requested } : {}),
      ...(requested !== undefined && funding?.matchingRatio !== undefined ? { fundingMatched: roundTo(requested * funding.matchingRatio, 2) } : {}),
    };
  };

  const districts = groupByRecommender(studios).map(([district, members]) => row(district, members));
  const totals = row('合计', studios);
  return {
    types,
    districts,
    // The city as a whole is not bound by a district rule: no flag on the totals row.
    totals: { ...totals, belowNonPublicMin: false },
    nonPublicTracked,
    ...(nonPublicMin !== undefined ? { nonPublicMin } : {}),
    sumColumns: sumSources.map(({ header, source }) => ({ header, format: source.format ?? 'decimal' })),
    ...(funding ? { funding } : {}),
  };
}

/**
 * Whether the campaign's applications carry a studio field.
 *
 * @example collects(leshan, 'unitNature') // false
 */
export function collects(campaign: Campaign, key: string): boolean {
  return campaign.fields.studio.some((field) => field.key === key);
}
