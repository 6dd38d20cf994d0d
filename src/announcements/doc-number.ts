/**
 * 发文字号 (GUIDE.md §4): 机关代字〔year〕n号 with U+3014/U+3015 brackets and no
 * leading zeros. Allocation (never reusing a number) lives in the registry.
 */

/**
 * @example formatDocNumber('沪工技中', 2020, 12) // '沪工技中〔2020〕12号'
 */
export function formatDocNumber(agencyCode: string, year: number, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`发文顺序号必须是正整数：${sequence}`);
  return `${agencyCode}\u3014${year}\u3015${sequence}号`;
}
