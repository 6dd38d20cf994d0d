/**
 * Comparison keys for names typed by different people in different years:
 * "张建国 工匠创新工作室（一）" and "张建国工匠创新工作室(一)" are one studio,
 * "上海某某机械有限公司" and "上海某某机械股份有限公司" one employer.
 */

const PUNCTUATION = /[\s\p{P}\p{S}]+/gu;
/** Legal-form suffixes that vary between lists without changing the employer. */
const COMPANY_FORM = /(股份有限|有限责任|有限)公司/g;

/**
 * Search key: NFKC (full-width letters, digits and brackets become ASCII), no
 * whitespace, lower case — what both the stored value and the query are reduced to.
 *
 * @example searchKey(' ＡＢＣ　工作室（一） ') // 'abc工作室(一)'
 */
export function searchKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
}

/**
 * Identity key of a studio or person name: the search key without punctuation or
 * symbols (quotes, brackets, dots between names).
 *
 * @example nameKey('“张建国”工匠创新工作室') === nameKey('张建国工匠创新工作室') // true
 */
export function nameKey(text: string): string {
  return searchKey(text).replace(PUNCTUATION, '');
}

/**
 * Identity key of an employer: the name key with the legal form reduced
 * (有限公司 / 股份有限公司 / 有限责任公司 → 公司).
 *
 * @example unitKey('上海某某机械股份有限公司') === unitKey('上海某某机械有限公司') // true
 */
export function unitKey(text: string): string {
  return nameKey(text).replace(COMPANY_FORM, '公司');
}
