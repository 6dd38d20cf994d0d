import { countChineseWords } from '../../core/text.js';
import { fieldDef } from '../../model/fields.js';
import type { FieldValues } from '../../import/types.js';
import { withBasis, type StudioRuleCheck } from './types.js';

/** Narrative length counted as Word's 字数 (GUIDE.md §4); the count is shown so users can fix it. */
export const checkTextLength: StudioRuleCheck<'textLength'> = (rule, { draft }) => {
  const texts = rule.fields.map((field) => textOf(draft.values, field)).filter((text): text is string => text !== undefined);
  // Blank text is the required rule's business; nothing to count here.
  if (texts.length === 0) return [];
  const count = texts.reduce((sum, text) => sum + countChineseWords(text), 0);
  const field = rule.fields[0];
  const label = rule.fields.map((key) => `“${fieldDef('studio', key).label}”`).join('、');
  const what = rule.fields.length > 1 ? `${label}合计` : label;
  if (rule.min !== undefined && count < rule.min) {
    return [{ code: 'TEXT_TOO_SHORT', field, value: `${count}字`, message: withBasis(`${what}共${count}字，要求${rule.wording}（不少于${rule.min}字）`, rule) }];
  }
  if (rule.max !== undefined && count > rule.max) {
    return [{ code: 'TEXT_TOO_LONG', field, value: `${count}字`, message: withBasis(`${what}共${count}字，要求${rule.wording}（不超过${rule.max}字）`, rule) }];
  }
  return [];
};

function textOf(values: FieldValues, field: string): string | undefined {
  const value = values[field];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
