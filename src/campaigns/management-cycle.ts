import { wholeYearsBetween } from '../core/format.js';

/**
 * Management cycles of named studios (沪工技协[2016]1号《上海市“技师创新工作室”管理办法》
 * 第十条: 每三年为一个管理周期，周期末审核). Cycle n runs from the naming date plus
 * (n−1) cycles to the naming date plus n cycles. Dates keep the precision they
 * were given in: a studio named in “2016年12月” has its first cycle end in “2019年12月”.
 */
export interface ManagementCycle {
  /** 1 = the first cycle after naming. */
  readonly number: number;
  /** YYYY-MM or YYYY-MM-DD, as precise as the naming date. */
  readonly start: string;
  readonly end: string;
}

/**
 * The same date `years` later, at the same precision; 29 February becomes 28 February in a common year.
 *
 * @example addYears('2016-12', 3) // '2019-12'
 * @example addYears('2016-02-29', 3) // '2019-02-28'
 */
export function addYears(isoDate: string, years: number): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(isoDate);
  if (!match) throw new RangeError(`addYears: not a YYYY-MM or YYYY-MM-DD date: ${isoDate}`);
  const year = Number(match[1]) + years;
  const month = match[2] as string;
  if (match[3] === undefined) return `${year}-${month}`;
  const lastDay = new Date(Date.UTC(year, Number(month), 0)).getUTCDate();
  return `${year}-${month}-${String(Math.min(Number(match[3]), lastDay)).padStart(2, '0')}`;
}

/**
 * The n-th management cycle of a studio named on `namedDate`.
 *
 * @example managementCycle('2016-12', 3, 2) // { number: 2, start: '2019-12', end: '2022-12' }
 */
export function managementCycle(namedDate: string, cycleYears: number, number: number): ManagementCycle {
  return { number, start: addYears(namedDate, cycleYears * (number - 1)), end: addYears(namedDate, cycleYears * number) };
}

/**
 * The cycle that ends in `year`, if any (the review of that year looks at it).
 *
 * @example cycleEndingIn('2016-12', 3, 2019)?.end // '2019-12'
 * @example cycleEndingIn('2016-12', 3, 2020) // undefined
 */
export function cycleEndingIn(namedDate: string, cycleYears: number, year: number): ManagementCycle | undefined {
  const elapsed = year - Number(namedDate.slice(0, 4));
  if (elapsed <= 0 || elapsed % cycleYears !== 0) return undefined;
  return managementCycle(namedDate, cycleYears, elapsed / cycleYears);
}

/**
 * The cycle in force on `isoDay`; the first cycle for a studio named after that day.
 * A month-precision naming date counts from the 1st of its month.
 *
 * @example cycleInForce('2016-12', 3, '2020-03-01').number // 2
 */
export function cycleInForce(namedDate: string, cycleYears: number, isoDay: string): ManagementCycle {
  const elapsed = Math.max(0, wholeYearsBetween(namedDate, isoDay));
  return managementCycle(namedDate, cycleYears, Math.floor(elapsed / cycleYears) + 1);
}
