import { withBasis, type StudioRuleCheck } from './types.js';

export const checkLeaderSkillLevel: StudioRuleCheck<'leaderSkillLevel'> = (rule, { studio }) => {
  const level = studio.leader.skillLevel;
  if (level && rule.anyOf.includes(level)) return [];
  return [{
    code: 'LEADER_SKILL_LEVEL',
    field: 'leaderSkillLevel',
    value: level ?? '',
    message: withBasis(`${studio.type}创新工作室领衔人技能等级应为${rule.anyOf.join('或')}，现为“${level ?? '未填写'}”`, rule),
  }];
};
