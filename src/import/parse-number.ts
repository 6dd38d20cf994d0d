/**
 * Numbers as offices type them: full-width digits, thousands separators, a unit
 * after the number ("12人", "5项", "80㎡", "80平方米"), money in 元 or 万元.
 * Pure parsing: the caller decides what a failure means.
 */

/** Units that may follow a count or an area; NFKC has already turned ㎡ and m² into m2. */
const QUANTITY_UNIT = /(平方米|平米|平方|米2|m2|周岁|岁|人次|人|名|位|项|个|件|次|年|篇|台|套|本|册|户)$/i;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
/** Words meaning "none" for a count or an amount. */
const NONE_WORDS = new Set(['无', '没有', '暂无', '零']);

/** Prepares number text: NFKC, no whitespace, lower case. */
function compact(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
}

function toNumber(text: string): number | undefined {
  const plain = THOUSANDS.test(text) ? text.replace(/,/g, '') : text;
  return PLAIN_NUMBER.test(plain) ? Number(plain) : undefined;
}

/**
 * A count or measure written as text; undefined when it is not a number.
 * Negative numbers are returned as such (the caller rejects them).
 *
 * @example parseQuantity('１２人') // 12
 * @example parseQuantity('80㎡') // 80
 * @example parseQuantity('1,200') // 1200
 * @example parseQuantity('无') // 0
 */
export function parseQuantity(text: string): number | undefined {
  const value = compact(text);
  if (NONE_WORDS.has(value)) return 0;
  return toNumber(value.replace(QUANTITY_UNIT, ''));
}

export interface ParsedAmount {
  /** In 元. */
  readonly yuan: number;
  /** The text named no unit, so the column's unit applied. */
  readonly bare: boolean;
}

/**
 * Money written as text, in 元. A bare number is in 万 when the column header says 万元.
 *
 * @example parseAmount('2.5万', false) // { yuan: 25000, bare: false }
 * @example parseAmount('￥20,000元', false) // { yuan: 20000, bare: false }
 * @example parseAmount('2', true) // { yuan: 20000, bare: true }
 */
export function parseAmount(text: string, columnInWan: boolean): ParsedAmount | undefined {
  const value = compact(text)
    .replace(/^(人民币|rmb|cny|¥|\$)+/, '')
    .replace(/(\/年|每年|\/年度)$/, '');
  if (NONE_WORDS.has(value)) return { yuan: 0, bare: false };
  const match = /^(.*?)(万元|万|千元|千|元)?$/.exec(value);
  const number = match?.[1] !== undefined ? toNumber(match[1]) : undefined;
  if (number === undefined) return undefined;
  const unit = match?.[2];
  const factor = unit === '万元' || unit === '万' ? 10000 : unit === '千元' || unit === '千' ? 1000 : unit ? 1 : columnInWan ? 10000 : 1;
  return { yuan: roundToCents(number * factor), bare: unit === undefined };
}

/**
 * 2.3 × 10000 is 22999.999999999996 in binary; money is whole cents.
 * @example roundToCents(2.3 * 10000) // 23000
 */
export function roundToCents(yuan: number): number {
  return Math.round(yuan * 100) / 100;
}
