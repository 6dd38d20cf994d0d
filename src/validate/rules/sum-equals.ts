import { formatYuan } from '../../core/format.js';
import { fieldDef } from '../../model/fields.js';
import { withBasis, type StudioRuleCheck } from './types.js';

/** A total that must equal its parts, e.g. 经费合计 = 本单位支持 + 外部资金 + 自筹资金 + 其他 (to the 元). */
export const checkSumEquals: StudioRuleCheck<'sumEquals'> = (rule, { draft }) => {
  const total = draft.values[rule.total];
  if (typeof total !== 'number') return [];
  const parts = rule.parts.map((field) => draft.values[field]).map((value) => (typeof value === 'number' ? value : 0));
  const sum = parts.reduce((acc, part) => acc + part, 0);
  if (Math.round(sum * 100) === Math.round(total * 100)) return [];
  const terms = rule.parts.map((field, index) => `${fieldDef('studio', field).label}${formatYuan(parts[index])}`).join(' + ');
  return [{
    code: 'SUM_MISMATCH',
    field: rule.total,
    value: formatYuan(total),
    message: withBasis(`“${fieldDef('studio', rule.total).label}”为${formatYuan(total)}，但各项之和为${formatYuan(sum)}（${terms}）`, rule),
  }];
};
