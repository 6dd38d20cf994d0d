import type { Problem } from '../../core/problem.js';
import { NON_PUBLIC_UNIT_NATURES } from '../../model/fields.js';
import { percent, withBasis, type BatchRuleCheck } from './types.js';

/** Per recommending union: the share of 非公企业 among the studios it puts forward. */
export const checkNonPublicShare: BatchRuleCheck<'nonPublicShare'> = (rule, entries) => {
  const pattern = rule.recommenderPattern ? new RegExp(rule.recommenderPattern, 'u') : undefined;
  const byRecommender = new Map<string, { total: number; nonPublic: number; file: string }>();
  for (const { studio, draft } of entries) {
    const recommender = studio.recommender ?? '（未填推荐单位）';
    if (pattern && !pattern.test(recommender)) continue;
    const group = byRecommender.get(recommender) ?? { total: 0, nonPublic: 0, file: draft.source.file };
    group.total += 1;
    if (studio.unitNature && NON_PUBLIC_UNIT_NATURES.includes(studio.unitNature)) group.nonPublic += 1;
    byRecommender.set(recommender, group);
  }
  const problems: Problem[] = [];
  for (const [recommender, { total, nonPublic, file }] of [...byRecommender].sort(([a], [b]) => a.localeCompare(b, 'zh-CN'))) {
    const share = nonPublic / total;
    if (share >= rule.min) continue;
    problems.push({
      file,
      code: 'NON_PUBLIC_SHARE_LOW',
      severity: rule.severity,
      value: `${nonPublic}/${total}`,
      message: withBasis(`${recommender}推荐的${total}个工作室中非公企业${nonPublic}个，占${percent(share)}，低于${percent(rule.min)}`, rule),
    });
  }
  return problems;
};
