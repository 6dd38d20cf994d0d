import type { Problem } from '../../core/problem.js';
import { withBasis, type BatchEntry, type BatchRuleCheck } from './types.js';

/** Studios grouped by recommending union, in input order; shared by the per-recommender rules. */
export function byRecommender(entries: readonly BatchEntry[]): Map<string, BatchEntry[]> {
  const groups = new Map<string, BatchEntry[]>();
  for (const entry of entries) {
    const recommender = entry.studio.recommender ?? '（未填推荐单位）';
    groups.set(recommender, [...(groups.get(recommender) ?? []), entry]);
  }
  return groups;
}

/** How many studios each recommender may (or must) put forward: Leshan ≥2 per county union, Nanchang 1–2 per unit. */
export const checkRecommenderCount: BatchRuleCheck<'recommenderCount'> = (rule, entries) => {
  const pattern = rule.recommenderPattern ? new RegExp(rule.recommenderPattern, 'u') : undefined;
  const problems: Problem[] = [];
  for (const [recommender, group] of byRecommender(entries)) {
    if (pattern && !pattern.test(recommender)) continue;
    const who = rule.recommenderDescription ? `${recommender}（${rule.recommenderDescription}）` : recommender;
    const first = group[0]?.draft.source.file ?? '';
    if (rule.min !== undefined && group.length < rule.min) {
      problems.push({ file: first, code: 'TOO_FEW_FOR_RECOMMENDER', severity: rule.severity, value: String(group.length), message: withBasis(`${who}申报了${group.length}个工作室，至少应申报${rule.min}个`, rule) });
    }
    if (rule.max !== undefined && group.length > rule.max) {
      problems.push({ file: first, code: 'TOO_MANY_FOR_RECOMMENDER', severity: rule.severity, value: String(group.length), message: withBasis(`${who}推荐了${group.length}个工作室，最多可推荐${rule.max}个`, rule) });
    }
  }
  return problems;
};
