import { withBasis, type StudioRuleCheck } from './types.js';

export const checkTeamSize: StudioRuleCheck<'teamSize'> = (rule, { studio }) => {
  const size = studio.members.length + (rule.countsLeader ? 1 : 0);
  const counted = rule.countsLeader ? '（含领衔人）' : '（不含领衔人）';
  if (rule.min !== undefined && size < rule.min) {
    return [{ code: 'TEAM_TOO_SMALL', field: 'studioName', value: String(size), message: withBasis(`团队人数${size}人${counted}，少于${rule.min}人`, rule) }];
  }
  if (rule.max !== undefined && size > rule.max) {
    return [{ code: 'TEAM_TOO_LARGE', field: 'studioName', value: String(size), message: withBasis(`团队人数${size}人${counted}，超过${rule.max}人`, rule) }];
  }
  return [];
};
