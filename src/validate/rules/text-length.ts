import { countChineseWords } from '../../core/text.js';
import { fieldDef } from '../../model/fields.js';
import type { FieldValues } from '../../import/types.js';
import { withBasis, type StudioRuleCheck } from './types.js';

/** Narrative length counted as Word's 字数 (GUIDE.md §4); the count is shown so users can fix it. */
export const checkTextLength: StudioRuleCheck<'textLength'> = (rule, { draft }) => {
  const text = textOf(draft.values, rule.field);
  if (text === undefined) return [];
  const count = countChineseWords(text);
  const label = fieldDef('studio', rule.field).label;
  if (rule.min !== undefined && count < rule.min) {
    return [{ code: 'TEXT_TOO_SHORT', field: rule.field, value: `${count}字`, message: withBasis(`“${label}”共${count}字，要求${rule.wording}（不少于${rule.min}字）`, rule) }];
  }
  if (rule.max !== undefined && count > rule.max) {
    return [{ code: 'TEXT_TOO_LONG', field: rule.field, value: `${count}字`, message: withBasis(`“${label}”共${count}字，要求${rule.wording}（不超过${rule.max}字）`, rule) }];
  }
  return [];
};

function textOf(values: FieldValues, field: string): string | undefined {
  const value = values[field];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
