import { describe, expect, it } from 'vitest';
import { formatChineseDate, formatYuan, toChineseUppercaseAmount, wholeYearsBetween, yearsBetween } from '../../src/core/format.js';
import { countChineseWords } from '../../src/core/text.js';

describe('Chinese formats', () => {
  it('writes dates the way notices do', () => {
    expect(formatChineseDate('2020-10-22')).toBe('2020年10月22日');
    expect(formatChineseDate('2016-03')).toBe('2016年3月');
    expect(formatChineseDate(undefined)).toBe('');
  });
  it('writes amounts as 万元 when whole thousands, else 元 with separators', () => {
    expect(formatYuan(20000)).toBe('2万元');
    expect(formatYuan(25000)).toBe('2.5万元');
    expect(formatYuan(10000)).toBe('1万元');
    expect(formatYuan(3250.4)).toBe('3,250.40元');
    expect(formatYuan(0)).toBe('0元');
  });
  it.each([
    [20000, '贰万元整'],
    [325.04, '叁佰贰拾伍元零肆分'],
    [10050, '壹万零伍拾元整'],
    [100000000, '壹亿元整'],
    [1000010, '壹佰万零壹拾元整'],
    [2500000, '贰佰伍拾万元整'],
    [0.5, '伍角'],
    [10.3, '壹拾元零叁角'],
    [0, '零元整'],
  ])('writes %d yuan in 大写 as %s', (yuan, expected) => {
    expect(toChineseUppercaseAmount(yuan)).toBe(expected);
  });
  it('counts whole and fractional years up to the reference day', () => {
    expect(wholeYearsBetween('1972-05', '2020-10-22')).toBe(48);
    expect(wholeYearsBetween('1972-11-01', '2020-10-22')).toBe(47);
    expect(yearsBetween('2020-04', '2020-10-22')).toBeLessThan(1);
    expect(yearsBetween('2019-10', '2020-10-22')).toBeGreaterThanOrEqual(1);
  });
});

describe('字数 as Word counts it', () => {
  it('counts CJK characters and full-width punctuation one each, a Latin/digit run as one', () => {
    expect(countChineseWords('工作室成立于2016年，共有12名成员。')).toBe(16);
    expect(countChineseWords('采用 PLC 控制')).toBe(5);
    expect(countChineseWords('  \n ')).toBe(0);
  });
});
