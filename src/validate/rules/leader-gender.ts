import { withBasis, type StudioRuleCheck } from './types.js';

export const checkLeaderGender: StudioRuleCheck<'leaderGender'> = (rule, { studio }) => {
  if (studio.leader.gender === rule.gender) return [];
  return [{
    code: 'LEADER_GENDER',
    field: 'leaderGender',
    value: studio.leader.gender ?? '',
    message: withBasis(`${studio.type}创新工作室领衔人应为${rule.gender === '女' ? '女职工' : '男职工'}，现为“${studio.leader.gender ?? '未填写'}”`, rule),
  }];
};
