import { withBasis, type StudioRuleCheck } from './types.js';

/** The leader's honours must mention one of the titles the notice names (e.g. “上海工匠”). */
export const checkLeaderHonour: StudioRuleCheck<'leaderHonour'> = (rule, { studio }) => {
  const honours = (studio.leader.honours ?? '').replace(/\s+/g, '');
  if (rule.anyOf.some((title) => honours.includes(title.replace(/\s+/g, '')))) return [];
  return [{
    code: 'LEADER_HONOUR_MISSING',
    field: 'leaderHonours',
    value: studio.leader.honours ?? '',
    message: withBasis(`${studio.type}创新工作室领衔人应为${rule.description}，但“领衔人曾获荣誉”中未见${rule.anyOf.slice(0, 3).map((t) => `“${t}”`).join('、')}${rule.anyOf.length > 3 ? '等' : ''}`, rule),
  }];
};
