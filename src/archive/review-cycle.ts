import { cycleEndingIn, managementCycle } from '../campaigns/management-cycle.js';
import type { NamedStudio } from './types.js';

/**
 * Management cycles of named studios. 沪工技协〔2016〕1号《上海市“技师创新工作室”管理办法》
 * 第十条: every three years is one management cycle, and at its end the named
 * studios are reviewed (those failing lose the title). Other programmes may set
 * other lengths (campaign.managementCycleYears), so the length is stored with
 * every named studio. Cycle arithmetic is src/campaigns/management-cycle.ts.
 */
export const DEFAULT_CYCLE_YEARS = 3;
export const CYCLE_BASIS = '沪工技协〔2016〕1号《上海市“技师创新工作室”管理办法》第十条：每三年为一个管理周期，周期末进行审核';

/**
 * True for a real calendar day written YYYY-MM-DD.
 *
 * @example isIsoDay('2017-02-29') // false
 */
export function isIsoDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * End of the n-th management cycle of a studio named on `namedOn`.
 *
 * @example cycleEnd('2017-12-20', 3) // '2020-12-20'
 * @example cycleEnd('2017-12-20', 3, 2) // '2023-12-20'
 */
export function cycleEnd(namedOn: string, cycleYears: number, cycle = 1): string {
  return managementCycle(namedOn, cycleYears, cycle).end;
}

export interface ReviewDue {
  readonly studio: NamedStudio;
  /** Which cycle ends (1 = the first after naming). */
  readonly cycle: number;
  readonly cycleEnd: string;
}

/**
 * Named studios whose management cycle ends in `year` — the first cycle or any
 * later one — in order of the cycle end, then recommender and studio name.
 *
 * @example dueForReview([namedOn2017], 2023)[0]?.cycle // 2
 */
export function dueForReview(studios: readonly NamedStudio[], year: number): ReviewDue[] {
  const due: ReviewDue[] = studios.flatMap((studio) => {
    const cycle = cycleEndingIn(studio.namedOn, studio.cycleYears, year);
    return cycle ? [{ studio, cycle: cycle.number, cycleEnd: cycle.end }] : [];
  });
  return due.sort(
    (a, b) =>
      a.cycleEnd.localeCompare(b.cycleEnd) ||
      (a.studio.recommender ?? '').localeCompare(b.studio.recommender ?? '', 'zh') ||
      a.studio.studioName.localeCompare(b.studio.studioName, 'zh'),
  );
}
