import { withBasis, type StudioRuleCheck } from './types.js';

/** Studios already holding a title the notice excludes (e.g. 上海市劳模创新工作室) may not apply. */
export const checkExcludedHonour: StudioRuleCheck<'excludedHonour'> = (rule, { studio }) => {
  const honours = (studio.honours ?? '').replace(/\s+/g, '');
  const held = rule.anyOf.find((title) => honours.includes(title.replace(/\s+/g, '')));
  if (!held) return [];
  return [{
    code: 'EXCLUDED_HONOUR',
    field: 'studioHonours',
    value: studio.honours ?? '',
    message: withBasis(`工作室已获“${held}”称号，不能申报${studio.type}创新工作室`, rule),
  }];
};
