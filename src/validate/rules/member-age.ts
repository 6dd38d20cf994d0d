import { ageAt } from '../../render/view.js';
import { withBasis, type RuleFinding, type StudioRuleCheck } from './types.js';

/** Ages outside working age usually mean a typo (birth year for age, or a swapped column). */
export const checkMemberAge: StudioRuleCheck<'memberAge'> = (rule, { studio, campaign }) => {
  const findings: RuleFinding[] = [];
  const describe = (age: number) => withBasis(`年龄${age}岁，超出${rule.min}–${rule.max}岁的常见范围，请核对`, rule);
  const leaderAge = ageAt(studio.leader, campaign.referenceDate);
  if (leaderAge !== undefined && (leaderAge < rule.min || leaderAge > rule.max)) {
    findings.push({ code: 'AGE_OUT_OF_RANGE', field: studio.leader.age !== undefined ? 'leaderAge' : 'leaderBirthDate', value: String(leaderAge), message: `领衔人${describe(leaderAge)}` });
  }
  studio.members.forEach((member, memberIndex) => {
    const age = ageAt(member, campaign.referenceDate);
    if (age !== undefined && (age < rule.min || age > rule.max)) {
      findings.push({ code: 'AGE_OUT_OF_RANGE', field: member.age !== undefined ? 'age' : 'birthDate', memberIndex, value: String(age), message: `成员${member.name}${describe(age)}` });
    }
  });
  return findings;
};
