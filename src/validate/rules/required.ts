import { fieldDef } from '../../model/fields.js';
import { withBasis, type RuleFinding, type StudioRuleCheck } from './types.js';

/** Fields the notice says may not be left blank (“不得缺项、漏项”). */
export const checkRequired: StudioRuleCheck<'required'> = (rule, { draft }) => {
  const findings: RuleFinding[] = [];
  for (const field of rule.studioFields) {
    if (isBlank(draft.values[field])) {
      findings.push({ code: 'REQUIRED_MISSING', field, message: withBasis(`“${fieldDef('studio', field).label}”未填写`, rule) });
    }
  }
  draft.members.forEach((member, memberIndex) => {
    for (const field of rule.memberFields) {
      if (field === 'studioId' || field === 'studioName') continue;
      if (isBlank(member.values[field])) {
        findings.push({ code: 'REQUIRED_MISSING', field, memberIndex, message: withBasis(`成员“${fieldDef('member', field).label}”未填写`, rule) });
      }
    }
  });
  return findings;
};

function isBlank(value: unknown): boolean {
  return value === undefined || (typeof value === 'string' && value.trim() === '');
}
