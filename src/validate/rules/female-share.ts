import { percent, withBasis, type StudioRuleCheck } from './types.js';

/** Share of women in the team; “占50%以上” includes exactly 50%. */
export const checkFemaleShare: StudioRuleCheck<'femaleShare'> = (rule, { studio }) => {
  const people = [...(rule.countsLeader ? [studio.leader] : []), ...studio.members];
  const unknown = people.filter((person) => person.gender === undefined).length;
  const women = people.filter((person) => person.gender === '女').length;
  if (people.length === 0) return [];
  const share = women / people.length;
  if (share >= rule.min) return [];
  if (unknown > 0 && (women + unknown) / people.length >= rule.min) {
    return [{
      code: 'GENDER_UNKNOWN',
      field: 'studioName',
      message: withBasis(`有${unknown}名成员未填性别，无法确认女职工占比是否达到${percent(rule.min)}`, rule),
    }];
  }
  return [{
    code: 'FEMALE_SHARE_LOW',
    field: 'studioName',
    value: `${women}/${people.length}`,
    message: withBasis(`团队${people.length}人中女职工${women}人，占${percent(share)}，未达到${percent(rule.min)}`, rule),
  }];
};
