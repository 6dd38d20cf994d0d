import { formatChineseDate } from '../core/format.js';

/**
 * 公示期 in working days. Weekends are skipped; public holidays and the adjusted
 * working weekends around them (调休) are not modelled, so a period that crosses
 * a holiday must be checked by a person.
 */

export interface PublicityPeriod {
  /** First day (YYYY-MM-DD): the given start, moved to the next Monday when it falls on a weekend. */
  readonly start: string;
  /** Last day (YYYY-MM-DD), the n-th working day counting the start. */
  readonly end: string;
  readonly workingDays: number;
}

/**
 * @example publicityPeriod('2020-12-03', 5) // { start: '2020-12-03', end: '2020-12-09', workingDays: 5 }
 */
export function publicityPeriod(startIso: string, workingDays: number): PublicityPeriod {
  const day = parseDay(startIso);
  while (isWeekend(day)) day.setUTCDate(day.getUTCDate() + 1);
  const start = isoDay(day);
  let counted = 1;
  while (counted < workingDays) {
    day.setUTCDate(day.getUTCDate() + 1);
    if (!isWeekend(day)) counted += 1;
  }
  return { start, end: isoDay(day), workingDays };
}

/** @example formatPeriod({ start: '2020-12-03', end: '2020-12-09', workingDays: 5 }).start // '2020年12月3日' */
export function formatPeriod(period: PublicityPeriod): { start: string; end: string } {
  return { start: formatChineseDate(period.start), end: formatChineseDate(period.end) };
}

function parseDay(iso: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const day = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : new Date(Number.NaN);
  if (Number.isNaN(day.getTime()) || isoDay(day) !== iso) throw new RangeError(`日期应写成 YYYY-MM-DD：${iso}`);
  return day;
}

function isWeekend(day: Date): boolean {
  return day.getUTCDay() === 0 || day.getUTCDay() === 6;
}

function isoDay(day: Date): string {
  return day.toISOString().slice(0, 10);
}
