import { fieldDef } from '../../model/fields.js';
import { withBasis, type StudioRuleCheck } from './types.js';

/** A yes/no answer that disqualifies, e.g. 是否曾被评为区级职工创新工作室：是. */
export const checkFlagNotSet: StudioRuleCheck<'flagNotSet'> = (rule, { draft }) => {
  if (draft.values[rule.field] !== true) return [];
  return [{
    code: 'EXCLUDED_FLAG',
    field: rule.field,
    value: '是',
    message: withBasis(`“${fieldDef('studio', rule.field).label}”为“是”，不能参加本次评选`, rule),
  }];
};
