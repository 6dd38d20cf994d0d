import { fieldDef } from '../../model/fields.js';
import { withBasis, type StudioRuleCheck } from './types.js';

export const checkMinimum: StudioRuleCheck<'minimum'> = (rule, { draft }) => {
  const value = draft.values[rule.field];
  if (typeof value !== 'number' || value >= rule.min) return [];
  return [{
    code: 'BELOW_MINIMUM',
    field: rule.field,
    value: String(value),
    message: withBasis(`“${fieldDef('studio', rule.field).label}”为${value}，至少应为${rule.min}`, rule),
  }];
};
