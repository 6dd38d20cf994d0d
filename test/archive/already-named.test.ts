import { describe, expect, it } from 'vitest';
import { ALREADY_NAMED, findAlreadyNamed } from '../../src/archive/already-named.js';
import { nameKey, unitKey } from '../../src/archive/keys.js';
import { StudioSchema, type Studio } from '../../src/model/schema.js';
import { draft } from '../fixtures/drafts.js';
import { check, shanghai2020 } from '../validate/helpers.js';
import { validateApplications } from '../../src/validate/index.js';
import { named } from './helpers.js';

/** A 技师 studio applying in the Shanghai 2020 round. */
const APPLICANT: Studio = StudioSchema.parse({
  name: '李明技师创新工作室',
  type: '技师',
  unit: '上海某某机械有限公司',
  recommender: '徐汇区总工会',
  patents: { invention: 0, utility: 0, design: 0 },
  leader: { name: '李明' },
  members: [],
});

describe('recognising studios that were already named', () => {
  it('is an error when a studio of the same name was named with the title it applies for in an earlier round', () => {
    const finding = findAlreadyNamed(APPLICANT, shanghai2020, [named()]);
    expect(finding).toMatchObject({ code: ALREADY_NAMED, severity: 'error', field: 'studioName', value: '李明技师创新工作室' });
    expect(finding?.message).toContain('已于2017年12月20日被命名为“上海市技师创新工作室”（shanghai-2017）');
    expect(finding?.message).toContain('已命名的不重复申报');
  });

  it('matches names written differently: spaces, full-width brackets and quotes', () => {
    const applicant = { ...APPLICANT, name: '“李明” 技师创新工作室' };
    expect(findAlreadyNamed(applicant, shanghai2020, [named()])?.severity).toBe('error');
  });

  it('is an error when the same leader at the same employer was named under another studio name', () => {
    const renamed = { ...APPLICANT, name: '李明数控技师创新工作室', unit: '上海某某机械股份有限公司' };
    const finding = findAlreadyNamed(renamed, shanghai2020, [named()]);
    expect(finding).toMatchObject({ severity: 'error', field: 'leaderName', value: '李明' });
    expect(finding?.message).toContain('同一领衔人和单位的工作室已命名的不重复申报');
  });

  it('does not match the same leader name at another employer', () => {
    const elsewhere = { ...APPLICANT, name: '李明创新工作室', unit: '上海另一家公司' };
    expect(findAlreadyNamed(elsewhere, shanghai2020, [named()])).toBeUndefined();
  });

  it('is only a warning when the earlier naming conferred another title (a 技师 studio now applying as 工匠)', () => {
    const craftsman = { ...APPLICANT, type: '工匠' };
    const finding = findAlreadyNamed(craftsman, shanghai2020, [named()]);
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toContain('与本次申报的“上海市工匠创新工作室”不是同一称号');
  });

  it('is only a warning for a title from another programme (a district-level naming)', () => {
    const district = named({ program: '徐汇区职工创新工作室', title: '徐汇区职工创新工作室', campaign: 'xuhui-2018', namedOn: '2018-06-01' });
    expect(findAlreadyNamed(APPLICANT, shanghai2020, [district])?.severity).toBe('warning');
  });

  it('prefers the error when both an equal title and another title match', () => {
    const district = named({ title: '徐汇区职工创新工作室', campaign: 'xuhui-2019', namedOn: '2019-06-01' });
    expect(findAlreadyNamed(APPLICANT, shanghai2020, [district, named()])?.severity).toBe('error');
  });

  it('ignores names recorded for the campaign itself and namings after its reference date', () => {
    expect(findAlreadyNamed(APPLICANT, shanghai2020, [named({ campaign: 'shanghai-2020', namedOn: '2020-01-10' })])).toBeUndefined();
    expect(findAlreadyNamed(APPLICANT, shanghai2020, [named({ namedOn: '2020-12-20' })])).toBeUndefined();
  });

  it('reduces names to comparison keys', () => {
    expect(nameKey('“张建国” 工匠创新工作室（一）')).toBe(nameKey('张建国工匠创新工作室(一)'));
    expect(unitKey('上海某某机械股份有限公司')).toBe(unitKey('上海某某机械有限公司'));
    expect(unitKey('上海某某机械有限责任公司')).toBe(unitKey('上海某某机械公司'));
  });
});

describe('validation with the registry’s named studios', () => {
  it('blocks a studio named before with the same title and places the problem on its name cell', () => {
    const applying = draft({ studioName: '李明技师创新工作室', studioType: '技师', leaderName: '李明', leaderSkillLevel: '技师', unit: '上海某某机械有限公司' });
    const report = validateApplications({ inputs: [], studios: [applying], problems: [] }, shanghai2020, { namedStudios: [named()] });
    const [studio] = report.studios;
    expect(studio?.blocked).toBe(true);
    const problem = studio?.problems.find((candidate) => candidate.code === ALREADY_NAMED);
    expect(problem).toMatchObject({ file: 'test.xlsx', sheet: '工作室', field: 'studioName', header: '工作室名称', severity: 'error', studioKey: 'T-001' });
    expect(problem?.column).toMatch(/^[A-Z]+$/);
  });

  it('adds nothing without named studios', () => {
    expect(check([draft()]).problems.some((problem) => problem.code === ALREADY_NAMED)).toBe(false);
  });
});
