import { describe, expect, it } from 'vitest';
import { cycleEnd, dueForReview, isIsoDay } from '../../src/archive/review-cycle.js';
import { named } from './helpers.js';

describe('management cycles of named studios', () => {
  it('ends a cycle whole years after naming, turning 29 February into 28 February in a common year', () => {
    expect(cycleEnd('2017-12-20', 3)).toBe('2020-12-20');
    expect(cycleEnd('2017-12-20', 3, 2)).toBe('2023-12-20');
    expect(cycleEnd('2016-02-29', 3)).toBe('2019-02-28');
  });

  it('accepts only real calendar days', () => {
    expect(isIsoDay('2020-02-29')).toBe(true);
    expect(isIsoDay('2021-02-29')).toBe(false);
    expect(isIsoDay('2020-13-01')).toBe(false);
    expect(isIsoDay('2020-1-1')).toBe(false);
  });

  it('lists the studios whose first or a later three-year cycle ends in the year, with the cycle number and date', () => {
    const studios = [
      named({ studioName: '甲', namedOn: '2017-12-20' }),
      named({ studioName: '乙', namedOn: '2020-06-01' }),
      named({ studioName: '丙', namedOn: '2021-12-20' }),
      named({ studioName: '丁', namedOn: '2019-03-01', cycleYears: 4 }),
    ];
    const due = dueForReview(studios, 2023);
    expect(due.map(({ studio, cycle, cycleEnd: end }) => [studio.studioName, cycle, end])).toEqual([
      ['丁', 1, '2023-03-01'],
      ['乙', 1, '2023-06-01'],
      ['甲', 2, '2023-12-20'],
    ]);
    expect(dueForReview(studios, 2022)).toEqual([]);
    expect(dueForReview(studios, 2017)).toEqual([]);
  });
});
