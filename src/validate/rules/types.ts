import type { Campaign, Rule } from '../../campaigns/schema.js';
import type { Problem } from '../../core/problem.js';
import type { StudioDraft } from '../../import/types.js';
import type { Studio } from '../../model/schema.js';

/** What a rule found, before it is placed on a file/row/column. */
export interface RuleFinding {
  readonly code: string;
  readonly message: string;
  /** Catalogue field the finding is about (studio field, or member field with memberIndex). */
  readonly field?: string;
  readonly memberIndex?: number;
  readonly value?: string;
}

export interface StudioRuleContext {
  readonly studio: Studio;
  readonly draft: StudioDraft;
  readonly campaign: Campaign;
}

export type StudioRuleCheck<K extends Rule['kind']> = (rule: Extract<Rule, { kind: K }>, context: StudioRuleContext) => RuleFinding[];

/**
 * A studio as batch rules see it: every imported studio counts towards its recommender,
 * even one whose own row has an unrelated error (a bad phone number must not make its
 * neighbours' 推荐排序 look out of range).
 */
export interface BatchEntry {
  readonly key: string;
  readonly studio: BatchStudio;
  readonly draft: StudioDraft;
}

export type BatchStudio = Pick<Studio, 'name' | 'type'> & Partial<Pick<Studio, 'recommender' | 'recommendRank' | 'unitNature'>>;

export type BatchRuleCheck<K extends Rule['kind']> = (rule: Extract<Rule, { kind: K }>, entries: readonly BatchEntry[], campaign: Campaign) => Problem[];

/** "依据：…" appended to every rule message so users see which sentence of the notice applies. */
export function withBasis(message: string, rule: Rule): string {
  return `${message}（依据：${rule.basis}）`;
}

export function percent(share: number): string {
  return `${(Math.round(share * 1000) / 10).toString()}%`;
}
