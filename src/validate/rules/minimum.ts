import { formatYuan } from '../../core/format.js';
import { fieldDef } from '../../model/fields.js';
import { withBasis, type StudioRuleCheck } from './types.js';

export const checkMinimum: StudioRuleCheck<'minimum'> = (rule, { draft }) => {
  const value = draft.values[rule.field];
  if (typeof value !== 'number' || value >= rule.min) return [];
  const def = fieldDef('studio', rule.field);
  // Amounts are held in 元 whatever the column's unit; say so, or “至少应为1” reads as 1万元.
  const shown = (amount: number) => (def.kind === 'amount' ? formatYuan(amount) : String(amount));
  return [{
    code: 'BELOW_MINIMUM',
    field: rule.field,
    value: shown(value),
    message: withBasis(`“${def.label}”为${shown(value)}，至少应为${shown(rule.min)}`, rule),
  }];
};
