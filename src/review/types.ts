import type { Studio } from '../model/schema.js';

/**
 * The contract between scoring/ranking (src/review/*) and the documents built from
 * its result (ranked lists, 公示, 命名决定). A selection is data; documents only format it.
 */

/** One studio's aggregated expert score. */
export interface StudioScore {
  readonly studioKey: string;
  /** Aggregated score (mean or trimmed mean), rounded to 2 decimals for display and ties. */
  readonly score: number;
  /** Expert scores counted, and those dropped by the trimmed mean. */
  readonly expertCount: number;
  readonly dropped: readonly number[];
}

/** Why a studio was or was not selected. */
export type SelectionOutcome =
  | { readonly selected: true }
  | { readonly selected: false; readonly reason: 'quota' | 'recommenderCap' | 'nonPublicShare' | 'noScore' | 'belowMinimum'; readonly explanation: string };

export interface RankedStudio {
  readonly key: string;
  readonly studio: Studio;
  readonly score: StudioScore | undefined;
  /** 1-based rank overall within its quota group (ties share a rank: 并列). */
  readonly rank: number;
  readonly tied: boolean;
  /** 1-based rank within its recommending unit. */
  readonly rankInRecommender: number;
  readonly tiedInRecommender: boolean;
  readonly outcome: SelectionOutcome;
  /** Funding in 元 for selected studios (campaign studioTypes[].fundingYuan), and the unit's matching amount. */
  readonly fundingYuan: number | undefined;
  readonly matchingYuan: number | undefined;
}

export interface Selection {
  readonly campaignId: string;
  /** Quota groups in campaign order, each with its studios in rank order. */
  readonly groups: readonly { readonly label: string; readonly types: readonly string[]; readonly quota: number | undefined; readonly studios: readonly RankedStudio[] }[];
  readonly totals: { readonly selected: number; readonly fundingYuan: number; readonly matchingYuan: number };
  /** What the committee must still decide or know (ties at a quota cut, 非公企业 shortfalls), in Chinese. */
  readonly notes?: readonly string[];
}
