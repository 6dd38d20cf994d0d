import { withBasis, type StudioRuleCheck } from './types.js';

/**
 * The name the notice prescribes, e.g. Leshan: 单位 + 劳模姓名 + 劳模和工匠人才创新工作室
 * (“xx公司张三劳模和工匠人才创新工作室”). Spaces are ignored when comparing.
 */
export const checkNamingPattern: StudioRuleCheck<'namingPattern'> = (rule, { studio }) => {
  const expected = rule.pattern.replaceAll('{unit}', studio.unit).replaceAll('{leaderName}', studio.leader.name).replaceAll('{type}', studio.type);
  const compact = (text: string) => text.replace(/\s+/g, '');
  if (compact(studio.name) === compact(expected)) return [];
  return [{
    code: 'NAME_PATTERN',
    field: 'studioName',
    value: studio.name,
    message: withBasis(`工作室名称应为“${expected}”`, rule),
  }];
};
