import type { Problem } from '../../core/problem.js';
import { byRecommender } from './recommender-count.js';
import { withBasis, type BatchRuleCheck } from './types.js';

/**
 * “申报数量1个以上的，要对申报工作室进行排序”: a recommender with several studios
 * must rank them 1…n, each rank once. Problems point at the studio rows concerned.
 */
export const checkRankWithinRecommender: BatchRuleCheck<'rankWithinRecommender'> = (rule, entries) => {
  const problems: Problem[] = [];
  for (const [recommender, group] of byRecommender(entries)) {
    if (group.length < 2) continue;
    const counts = new Map<number, number>();
    for (const { studio } of group) if (studio.recommendRank !== undefined) counts.set(studio.recommendRank, (counts.get(studio.recommendRank) ?? 0) + 1);
    for (const { key, studio, draft } of group) {
      const rank = studio.recommendRank;
      const cell = draft.source.cells.recommendRank;
      const place = {
        file: draft.source.file,
        ...(draft.source.sheet ? { sheet: draft.source.sheet } : {}),
        row: draft.source.row,
        ...(cell ? { column: cell.column, header: cell.header } : { header: '推荐排序' }),
        field: 'recommendRank',
        studio: studio.name,
        studioKey: key,
        severity: rule.severity,
      };
      if (rank === undefined) {
        problems.push({ ...place, code: 'RANK_MISSING', message: withBasis(`${recommender}申报了${group.length}个工作室，须填写推荐排序（1至${group.length}）`, rule) });
      } else if (rank > group.length || (counts.get(rank) ?? 0) > 1) {
        problems.push({ ...place, code: 'RANK_INVALID', value: String(rank), message: withBasis(`${recommender}的推荐排序应为1至${group.length}且不重复，“${rank}”${rank > group.length ? '超出范围' : '重复'}`, rule) });
      }
    }
  }
  return problems;
};
