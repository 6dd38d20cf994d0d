import { describe, expect, it } from 'vitest';
import { addYears, cycleEndingIn, cycleInForce, managementCycle } from '../../../src/campaigns/management-cycle.js';
import { buildFormView } from '../../../src/render/view.js';
import { reviewForm, technician, technicianDraft, validStudio } from './fixtures.js';

describe('the three-year management cycle (第十条)', () => {
  it('ends three years after the naming date, at the precision the date was given in', () => {
    expect(addYears('2016-12', 3)).toBe('2019-12');
    expect(addYears('2017-11-28', 3)).toBe('2020-11-28');
    expect(addYears('2016-02-29', 3)).toBe('2019-02-28');
    expect(addYears('2016-02-29', 4)).toBe('2020-02-29');
    expect(() => addYears('2016年12月', 3)).toThrow(RangeError);
  });

  it('numbers the cycles from the naming date', () => {
    expect(managementCycle('2016-12', 3, 1)).toEqual({ number: 1, start: '2016-12', end: '2019-12' });
    expect(managementCycle('2016-12-20', 3, 2)).toEqual({ number: 2, start: '2019-12-20', end: '2022-12-20' });
  });

  it('finds the cycle that ends in a review year, or none', () => {
    expect(cycleEndingIn('2016-12', 3, 2019)).toEqual({ number: 1, start: '2016-12', end: '2019-12' });
    expect(cycleEndingIn('2016-12', 3, 2022)?.number).toBe(2);
    expect(cycleEndingIn('2016-12', 3, 2020)).toBeUndefined();
    expect(cycleEndingIn('2016-12', 3, 2016)).toBeUndefined();
  });

  it('finds the cycle in force on a day; a month-precision date counts from the 1st', () => {
    expect(cycleInForce('2016-12', 3, '2016-02-03').number).toBe(1);
    expect(cycleInForce('2016-12', 3, '2019-11-30').number).toBe(1);
    expect(cycleInForce('2016-12', 3, '2019-12-01').number).toBe(2);
    expect(cycleInForce('2016-12-20', 3, '2019-12-19').number).toBe(1);
  });
});

describe('the cycle keys of the form view', () => {
  it('describe the cycle in force on the reference date when no review year is given', () => {
    const view = buildFormView(validStudio(), technician, reviewForm);
    expect([view.namedDate, view.cycleNumber, view.cycleStart, view.cycleEnd, view.reviewYear]).toEqual(['2016年12月', '1', '2016年12月', '2019年12月', '2019']);
  });

  it('describe the cycle ending in the review year (the second one in 2022)', () => {
    const view = buildFormView(validStudio(technicianDraft({ namedDate: '2016-12-20' })), technician, reviewForm, { reviewYear: 2022 });
    expect([view.cycleNumber, view.cycleStart, view.cycleEnd]).toEqual(['2', '2019年12月20日', '2022年12月20日']);
  });

  it('stay empty for a campaign without management cycles', () => {
    const { managementCycleYears: _, ...withoutCycles } = technician;
    const view = buildFormView(validStudio(), withoutCycles, reviewForm);
    expect([view.cycleNumber, view.cycleStart, view.cycleEnd]).toEqual(['', '', '']);
    expect(view.namedDate).toBe('2016年12月');
  });
});
