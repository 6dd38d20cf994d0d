import { describe, expect, it } from 'vitest';
import { DEFAULT_MEMBER, draft, member, members } from '../fixtures/drafts.js';
import { validateApplications } from '../../src/validate/index.js';
import { check, checkOne, codes, shanghai2020 } from './helpers.js';

describe('Shanghai 2020 rules: a complete, eligible studio', () => {
  it('passes every rule with no problem at all', () => {
    const studio = checkOne(draft());
    expect(studio.problems).toEqual([]);
    expect(studio.blocked).toBe(false);
    expect(studio.studio?.leader.name).toBe('张建国');
    expect(studio.studio?.members).toHaveLength(6);
  });
});

describe('team size (5人以上, leader included)', () => {
  it('accepts a leader plus 4 members', () => {
    expect(codes(checkOne(draft({}, members(4))))).not.toContain('TEAM_TOO_SMALL');
  });
  it('blocks a leader plus 3 members and says how many were counted', () => {
    const studio = checkOne(draft({}, members(3)));
    const problem = studio.problems.find((p) => p.code === 'TEAM_TOO_SMALL');
    expect(problem?.severity).toBe('error');
    expect(problem?.message).toContain('团队人数4人（含领衔人），少于5人');
    expect(problem?.message).toContain('依据：一（二）');
    expect(studio.blocked).toBe(true);
  });
});

describe('years running', () => {
  it('blocks a studio founded 6 months before the notice', () => {
    const studio = checkOne(draft({ studioType: '职工', leaderHonours: '首席员工', foundedDate: '2020-04' }));
    const problem = studio.problems.find((p) => p.code === 'RUNNING_TOO_SHORT' && p.severity === 'error');
    expect(problem?.message).toContain('运营约6个月，不足1年');
    expect(problem?.column).toBeDefined();
    expect(studio.blocked).toBe(true);
  });
  it('warns (not blocks) a 工匠 studio running 2 years: “原则上” 3 years', () => {
    const studio = checkOne(draft({ foundedDate: '2018-06' }));
    const problem = studio.problems.find((p) => p.code === 'RUNNING_TOO_SHORT');
    expect(problem?.severity).toBe('warning');
    expect(studio.blocked).toBe(false);
  });
  it('does not apply the 3-year rule to other types', () => {
    expect(codes(checkOne(draft({ studioType: '技师', foundedDate: '2018-06' })))).not.toContain('RUNNING_TOO_SHORT');
  });
  it('rejects a founding date after the notice', () => {
    expect(codes(checkOne(draft({ foundedDate: '2021-01' })))).toContain('FOUNDED_IN_FUTURE');
  });
});

describe('工匠: leader must be 上海工匠, studio must not already be a 劳模创新工作室', () => {
  it('blocks a leader without the 上海工匠 title and points at the honours column', () => {
    const studio = checkOne(draft({ leaderHonours: '2017年上海市五一劳动奖章' }));
    const problem = studio.problems.find((p) => p.code === 'LEADER_HONOUR_MISSING');
    expect(problem?.severity).toBe('error');
    expect(problem?.header).toBe('领衔人曾获荣誉');
    expect(problem?.message).toContain('上海工匠');
  });
  it('blocks a studio that already holds 上海市劳模创新工作室', () => {
    const studio = checkOne(draft({ studioHonours: '2019年上海市劳模创新工作室' }));
    expect(codes(studio)).toContain('EXCLUDED_HONOUR');
    expect(studio.blocked).toBe(true);
  });
  it('lets a 技师 studio hold 上海市劳模创新工作室 (the exclusion is for 工匠 only)', () => {
    expect(codes(checkOne(draft({ studioType: '技师', studioHonours: '上海市劳模创新工作室' })))).not.toContain('EXCLUDED_HONOUR');
  });
});

describe('技师: leader must be 技师 or 高级技师', () => {
  it('accepts 技师', () => {
    expect(codes(checkOne(draft({ studioType: '技师', leaderSkillLevel: '技师' })))).not.toContain('LEADER_SKILL_LEVEL');
  });
  it('blocks 高级工', () => {
    const problem = checkOne(draft({ studioType: '技师', leaderSkillLevel: '高级工' })).problems.find((p) => p.code === 'LEADER_SKILL_LEVEL');
    expect(problem?.message).toContain('现为“高级工”');
    expect(problem?.field).toBe('leaderSkillLevel');
  });
});

describe('巾帼: female leader and at least 50% women', () => {
  const women = (n: number, total: number) => members(total, (index) => ({ gender: index < n ? '女' : '男' }));
  it('accepts exactly 50% (female leader + 2 of 5 members = 3 of 6)', () => {
    const studio = checkOne(draft({ studioType: '巾帼', leaderGender: '女' }, women(2, 5)));
    expect(codes(studio)).not.toContain('FEMALE_SHARE_LOW');
    expect(codes(studio)).not.toContain('LEADER_GENDER');
  });
  it('blocks 2 women in a team of 6', () => {
    const problem = checkOne(draft({ studioType: '巾帼', leaderGender: '女' }, women(1, 5))).problems.find((p) => p.code === 'FEMALE_SHARE_LOW');
    expect(problem?.message).toContain('团队6人中女职工2人，占33.3%');
  });
  it('blocks a male leader', () => {
    expect(codes(checkOne(draft({ studioType: '巾帼', leaderGender: '男' }, women(5, 5))))).toContain('LEADER_GENDER');
  });
  it('asks for missing genders instead of guessing when they could decide the share', () => {
    const team = [...women(1, 3), member({ memberName: '未知1', education: '大专', trade: '护士', yearsWorking: 3 }), member({ memberName: '未知2', education: '大专', trade: '护士', yearsWorking: 3 })];
    const studio = checkOne(draft({ studioType: '巾帼', leaderGender: '女' }, team));
    expect(codes(studio)).toContain('GENDER_UNKNOWN');
  });
});

describe('职工: leader is 首席员工 or a similar technical lead (warning)', () => {
  it('warns when the honours show no such title', () => {
    const problem = checkOne(draft({ studioType: '职工', leaderHonours: '先进个人' })).problems.find((p) => p.code === 'LEADER_HONOUR_MISSING');
    expect(problem?.severity).toBe('warning');
  });
  it('accepts 首席员工', () => {
    expect(codes(checkOne(draft({ studioType: '职工', leaderHonours: '2018年公司首席员工' })))).toEqual([]);
  });
});

describe('intro length: 800字左右, counted as Word does', () => {
  it('warns below 600 字 and shows the count', () => {
    const problem = checkOne(draft({ intro: '工作室成立于2016年。'.repeat(10) })).problems.find((p) => p.code === 'TEXT_TOO_SHORT');
    expect(problem?.severity).toBe('warning');
    expect(problem?.value).toBe('90字');
  });
  it('warns above 1000 字', () => {
    expect(codes(checkOne(draft({ intro: '创'.repeat(1001) })))).toContain('TEXT_TOO_LONG');
  });
  it('accepts 800 字', () => {
    const studio = checkOne(draft({ intro: '创'.repeat(800) }));
    expect(codes(studio)).not.toContain('TEXT_TOO_SHORT');
    expect(codes(studio)).not.toContain('TEXT_TOO_LONG');
  });
});

describe('required fields and the record schema', () => {
  it('reports a blank required cell once, by its label', () => {
    const studio = checkOne(draft({ leaderName: undefined }));
    const missing = studio.problems.filter((p) => p.code === 'REQUIRED_MISSING' && p.field === 'leaderName');
    expect(missing).toHaveLength(1);
    expect(missing[0]?.message).toContain('“领衔人姓名”未填写');
    expect(studio.blocked).toBe(true);
  });
  it('reports a blank required member cell on the member row', () => {
    const team = [...members(4), member({ memberName: '王五', gender: '男', education: '本科', yearsWorking: 3 })];
    const problem = checkOne(draft({}, team)).problems.find((p) => p.code === 'REQUIRED_MISSING' && p.field === 'trade');
    expect(problem?.sheet).toBe('成员');
    expect(problem?.message).toContain('成员“工种”未填写');
  });
  it('rejects control characters that would corrupt the DOCX', () => {
    const problem = checkOne(draft({ specialty: '数控\u0007加工' })).problems.find((p) => p.field === 'specialty');
    expect(problem?.code).toBe('INVALID_VALUE');
    expect(problem?.message).toContain('控制字符');
  });
  it('accepts the type written in full (工匠创新工作室) and rejects a type the campaign lacks', () => {
    expect(checkOne(draft({ studioType: '工匠创新工作室' })).studio?.type).toBe('工匠');
    expect(codes(checkOne(draft({ studioType: '劳模' })))).toContain('UNKNOWN_STUDIO_TYPE');
  });
  it('requires at least one 攻关项目 this year', () => {
    expect(codes(checkOne(draft({ projectsThisYear: 0 })))).toContain('BELOW_MINIMUM');
  });
});

describe('member ages', () => {
  it('warns about a member aged 15 (usually a typo)', () => {
    const problem = checkOne(draft({}, members(5, (index) => ({ age: index === 2 ? 15 : 35 })))).problems.find((p) => p.code === 'AGE_OUT_OF_RANGE');
    expect(problem?.severity).toBe('warning');
    expect(problem?.message).toContain('成员成员3');
  });
});

describe('district recommendations: 非公企业 ≥ 50% (warning per recommender)', () => {
  it('flags a recommender with 1 of 3 non-public units and not one with 2 of 3', () => {
    const studios = [
      draft({ studioId: 'A1', studioName: 'A1', recommender: '甲区总工会', unitNature: '民营企业' }),
      draft({ studioId: 'A2', studioName: 'A2', recommender: '甲区总工会', unitNature: '国有企业' }),
      draft({ studioId: 'A3', studioName: 'A3', recommender: '甲区总工会', unitNature: '事业单位' }),
      draft({ studioId: 'B1', studioName: 'B1', recommender: '乙区总工会', unitNature: '外资企业' }),
      draft({ studioId: 'B2', studioName: 'B2', recommender: '乙区总工会', unitNature: '民营企业' }),
      draft({ studioId: 'B3', studioName: 'B3', recommender: '乙区总工会', unitNature: '国有企业' }),
    ];
    const flagged = check(studios).problems.filter((p) => p.code === 'NON_PUBLIC_SHARE_LOW');
    expect(flagged).toHaveLength(1);
    expect(flagged[0]?.message).toContain('甲区总工会推荐的3个工作室中非公企业1个，占33.3%');
    expect(flagged[0]?.severity).toBe('warning');
  });
});

describe('errors block only their own studio', () => {
  it('keeps the good studio renderable when another has an error', () => {
    const report = check([draft({ studioId: 'OK', studioName: '好' }), draft({ studioId: 'BAD', studioName: '坏' }, members(2))]);
    expect(report.studios.map((s) => [s.key, s.blocked])).toEqual([['OK', false], ['BAD', true]]);
    expect(report.problems.every((p) => p.studioKey === 'BAD' || p.studioKey === undefined)).toBe(true);
  });
});

describe('one message per cause', () => {
  it('does not add “未填写” for a cell the importer could not read', () => {
    const studioDraft = draft({ foundedDate: undefined });
    const unreadable = {
      file: 'test.xlsx', sheet: '工作室', row: studioDraft.source.row, column: 'L', header: '创建时间', field: 'foundedDate',
      value: '2017年13月', code: 'INVALID_DATE', message: '「创建时间」不是可识别的日期', severity: 'error' as const,
    };
    const report = validateApplications({ inputs: [], studios: [studioDraft], problems: [unreadable] }, shanghai2020);
    expect(report.problems.map((p) => p.code)).toEqual(['INVALID_DATE']);
    expect(report.studios[0]?.blocked).toBe(true);
  });
});

describe('a leader also listed on the members sheet', () => {
  it('is counted once: leader + 3 members with the leader repeated is still a team of 4, with a warning on the member row', () => {
    const team = [member({ ...DEFAULT_MEMBER, memberName: '张建国' }), ...members(3)];
    const studio = checkOne(draft({}, team));
    expect(codes(studio)).toEqual(expect.arrayContaining(['LEADER_LISTED_AS_MEMBER', 'TEAM_TOO_SMALL']));
    expect(studio.problems.find((p) => p.code === 'LEADER_LISTED_AS_MEMBER')?.sheet).toBe('成员');
    expect(studio.studio?.members).toHaveLength(3);
    expect(studio.blocked).toBe(true);
  });
});
