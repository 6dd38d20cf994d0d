import { describe, expect, it } from 'vitest';
import type { Rule } from '../../../src/campaigns/schema.js';
import { checkLeshan, checkOneLeshan, leshan, leshanDraft, leshanMembers, MATERIAL_FIELDS, materialWordCount, VALID_LESHAN_VALUES } from './leshan-fixtures.js';

const codes = (draftOverrides: Parameters<typeof leshanDraft>[0], members = leshanMembers()) =>
  checkOneLeshan(leshanDraft(draftOverrides, members)).problems.map((problem) => problem.code);

const errorCodes = (draftOverrides: Parameters<typeof leshanDraft>[0], members = leshanMembers()) =>
  checkOneLeshan(leshanDraft(draftOverrides, members)).problems.filter((problem) => problem.severity === 'error').map((problem) => problem.code);

function ruleOf<K extends Rule['kind']>(kind: K): Extract<Rule, { kind: K }> {
  const rule = leshan.rules.find((candidate) => candidate.kind === kind);
  if (!rule) throw new Error(`leshan-2020 has no ${kind} rule`);
  return rule as Extract<Rule, { kind: K }>;
}

describe('a complete Leshan 2020 application', () => {
  it('passes every rule of 乐工经〔2020〕24号 and is typed 劳模和工匠人才 without a 申报类型 column', () => {
    const checked = checkOneLeshan(leshanDraft());
    expect(checked.problems).toEqual([]);
    expect(checked.studio?.type).toBe('劳模和工匠人才');
  });

  it('quotes the notice in every rule', () => {
    for (const rule of leshan.rules) expect(rule.basis.length, rule.kind).toBeGreaterThan(8);
    expect(leshan.studioTypes).toEqual([expect.objectContaining({ value: '劳模和工匠人才', title: '乐山市劳模和工匠人才创新工作室', quota: 33 })]);
    expect([leshan.noticeDate, leshan.deadline, leshan.referenceDate]).toEqual(['2020-08-03', '2020-09-25', '2020-08-03']);
  });
});

describe('表格逐项如实填写，不得漏项', () => {
  it('reports a blank 籍贯, 是否荣获过劳模和工匠称号 or 申报材料 chapter', () => {
    expect(errorCodes({ leaderNativePlace: undefined })).toEqual(['REQUIRED_MISSING']);
    expect(errorCodes({ leaderIsModelWorker: undefined })).toEqual(['REQUIRED_MISSING']);
    const problems = checkOneLeshan(leshanDraft({ materialExchange: undefined, materialBackground: `${VALID_LESHAN_VALUES.materialBackground as string}${'补'.repeat(300)}` })).problems;
    expect(problems.map((problem) => [problem.code, problem.field])).toEqual([['REQUIRED_MISSING', 'materialExchange']]);
  });

  it('reports a member without 出生年月 or 政治面貌, the facts the team statistics need', () => {
    // The importer leaves a blank cell out of the values.
    const without = (field: string, at: number) =>
      leshanMembers().map((member, index) => (index === at ? { ...member, values: Object.fromEntries(Object.entries(member.values).filter(([key]) => key !== field)) } : member));
    const problems = checkOneLeshan(leshanDraft({}, without('birthDate', 2))).problems;
    expect(problems.map((problem) => [problem.code, problem.field, problem.message])).toEqual([['REQUIRED_MISSING', 'birthDate', expect.stringContaining('成员“出生年月”未填写')]]);
    expect(codes({}, without('politicalStatus', 0))).toEqual(['REQUIRED_MISSING']);
  });
});

describe('5人以上的创新团队 (the 带头人 counts)', () => {
  it('accepts the leader and four members', () => {
    expect(ruleOf('teamSize').countsLeader).toBe(true);
    expect(codes({}, leshanMembers(4))).toEqual([]);
  });

  it('rejects the leader and three members as a team of four', () => {
    const problems = checkOneLeshan(leshanDraft({}, leshanMembers(3))).problems;
    expect(problems.map((problem) => problem.code)).toEqual(['TEAM_TOO_SMALL']);
    expect(problems[0]?.message).toContain('团队人数4人（含领衔人），少于5人');
  });
});

describe('有效运行2年以上', () => {
  it('accepts a studio founded in August 2018, two years before the notice of 2020-08-03', () => {
    expect(codes({ foundedDate: '2018-08' })).toEqual([]);
  });

  it('rejects one founded in September 2018 or in 2019', () => {
    expect(codes({ foundedDate: '2018-09' })).toEqual(['RUNNING_TOO_SHORT']);
    const problem = checkOneLeshan(leshanDraft({ foundedDate: '2019-05' })).problems[0];
    expect(problem?.message).toContain('至2020年8月3日运营约1年，不足2年');
  });
});

describe('以劳模或工匠人才为带头人', () => {
  it('accepts leaders who are 劳动模范, 先进工作者, 五一劳动奖章 holders, 工匠 or 技术能手', () => {
    for (const honours of ['2018年乐山市劳动模范', '2016年四川省先进工作者', '2019年四川省五一劳动奖章', '2019年“乐山工匠”', '2017年全国技术能手', '2015年首席技师']) {
      expect(codes({ leaderHonours: honours }), honours).toEqual([]);
    }
  });

  it('rejects a leader whose honours name no 劳模 or 工匠 title, even when 是否荣获 says 是', () => {
    const problems = checkOneLeshan(leshanDraft({ leaderHonours: '2019年乐山市优秀共产党员；2017年夹江县三八红旗手', leaderIsModelWorker: true })).problems;
    expect(problems.map((problem) => [problem.code, problem.severity, problem.field])).toEqual([['LEADER_HONOUR_MISSING', 'error', 'leaderHonours']]);
  });
});

describe('已命名的市级及以上劳模和工匠人才创新工作室不重复申报', () => {
  it('accepts a studio named only at county level', () => {
    expect(codes({ studioHonours: '2017年市中区劳模创新工作室；2019年五通桥区职工创新工作室' })).toEqual([]);
  });

  it('rejects studios already named by the city, the province or nationally', () => {
    for (const honours of ['2018年乐山市劳模和工匠人才创新工作室', '2019年四川省劳模和工匠人才创新工作室', '2016年四川省劳模创新工作室', '2020年全国示范性劳模和工匠人才创新工作室']) {
      expect(codes({ studioHonours: honours }), honours).toEqual(['EXCLUDED_HONOUR']);
    }
  });
});

describe('创新工作室名称统一为：单位+劳模姓名+劳模和工匠人才创新工作室', () => {
  it('accepts the prescribed name, also with stray spaces', () => {
    expect(codes({ studioName: '乐山嘉州精工机械有限公司 张建华 劳模和工匠人才创新工作室' })).toEqual([]);
  });

  it('rejects any other name as an error and says what the name should be', () => {
    const problems = checkOneLeshan(leshanDraft({ studioName: '张建华劳模创新工作室' })).problems;
    expect(problems.map((problem) => [problem.code, problem.severity])).toEqual([['NAME_PATTERN', 'error']]);
    expect(problems[0]?.message).toContain('工作室名称应为“乐山嘉州精工机械有限公司张建华劳模和工匠人才创新工作室”');
  });
});

describe('创新工作室简介及主要先进事迹（600字以内）', () => {
  it('accepts 600 字 and rejects 601', () => {
    expect(codes({ intro: '简'.repeat(600) })).toEqual([]);
    const problems = checkOneLeshan(leshanDraft({ intro: '简'.repeat(601) })).problems;
    expect(problems.map((problem) => [problem.code, problem.severity, problem.value])).toEqual([['TEXT_TOO_LONG', 'error', '601字']]);
  });
});

describe('申报材料（字数要求：2000字以上）, counted over the eight chapters of the outline', () => {
  const others = MATERIAL_FIELDS.slice(0, -1);
  const othersCount = materialWordCount(Object.fromEntries(others.map((field) => [field, VALID_LESHAN_VALUES[field] ?? ''])));
  const withTotal = (total: number) => ({ materialExchange: '交'.repeat(total - othersCount) });

  it('covers exactly the outline chapters', () => {
    expect(leshan.rules.find((rule) => rule.kind === 'textLength' && rule.min === 2000)).toMatchObject({ fields: [...MATERIAL_FIELDS] });
  });

  it('accepts 2000 字 in all and rejects 1999', () => {
    expect(codes(withTotal(2000))).toEqual([]);
    const problems = checkOneLeshan(leshanDraft(withTotal(1999))).problems;
    expect(problems.map((problem) => [problem.code, problem.value])).toEqual([['TEXT_TOO_SHORT', '1999字']]);
    expect(problems[0]?.message).toContain('合计共1999字，要求2000字以上');
  });
});

describe('每年至少有1至2项创新课题，至少完成1项创新成果', () => {
  it('accepts one project this year and one result', () => {
    expect(codes({ projectsThisYear: 1, achievementsTotal: 1, achievementsApplied: 1 })).toEqual([]);
  });

  it('rejects no project this year and no result', () => {
    expect(codes({ projectsThisYear: 0 })).toEqual(['BELOW_MINIMUM']);
    expect(codes({ achievementsTotal: 0, achievementsApplied: 0 })).toEqual(['BELOW_MINIMUM']);
  });
});

describe('县（市、区）总工会、高新区工会至少申报2个', () => {
  const pattern = new RegExp(ruleOf('recommenderCount').recommenderPattern ?? '', 'u');

  it('picks out the county-level unions and the 高新区 union, not the city’s system unions', () => {
    for (const name of ['市中区总工会', '五通桥区总工会', '峨眉山市总工会', '犍为县总工会', '马边彝族自治县总工会', '乐山高新区工会']) expect(pattern.test(name), name).toBe(true);
    for (const name of ['乐山市教育工会', '乐山市卫生健康工会', '峨眉山景区管委会工会', '乐山大佛景区管委会工会', '乐山市总工会']) expect(pattern.test(name), name).toBe(false);
  });

  it('warns about a county union with one studio, without blocking the studio', () => {
    const report = checkLeshan([leshanDraft({ recommender: '犍为县总工会', recommendRank: undefined })]);
    expect(report.problems.map((problem) => [problem.code, problem.severity])).toEqual([['TOO_FEW_FOR_RECOMMENDER', 'warning']]);
    expect(report.problems[0]?.message).toContain('犍为县总工会（县（市、区）总工会、高新区工会）申报了1个工作室，至少应申报2个');
    expect(report.studios[0]?.blocked).toBe(false);
  });

  it('says nothing about a county union with two studios or a system union with one', () => {
    const report = checkLeshan([
      leshanDraft({ recommender: '犍为县总工会', recommendRank: 1 }),
      leshanDraft({ studioId: 'LS-002', recommender: '犍为县总工会', recommendRank: 2 }),
      leshanDraft({ studioId: 'LS-003', recommender: '乐山市教育工会', recommendRank: undefined }),
    ]);
    expect(report.problems).toEqual([]);
  });
});

describe('申报数量1个以上的，要对申报工作室进行排序', () => {
  it('needs no rank for a single studio and accepts ranks 1 and 2 for two', () => {
    expect(checkLeshan([leshanDraft({ recommender: '乐山市教育工会', recommendRank: undefined })]).problems).toEqual([]);
    expect(checkLeshan([leshanDraft({ recommendRank: 2 }), leshanDraft({ studioId: 'LS-002', recommendRank: 1 })]).problems).toEqual([]);
  });

  it('blocks both studios of a union that left the rank blank, and flags a repeated rank', () => {
    const missing = checkLeshan([leshanDraft({ recommender: '沙湾区总工会', recommendRank: undefined }), leshanDraft({ studioId: 'LS-002', recommender: '沙湾区总工会', recommendRank: undefined })]);
    expect(missing.problems.map((problem) => [problem.code, problem.severity, problem.field])).toEqual([
      ['RANK_MISSING', 'error', 'recommendRank'],
      ['RANK_MISSING', 'error', 'recommendRank'],
    ]);
    expect(missing.studios.map((studio) => studio.blocked)).toEqual([true, true]);
    const repeated = checkLeshan([leshanDraft({ recommendRank: 1 }), leshanDraft({ studioId: 'LS-002', recommendRank: 1 })]);
    expect(repeated.problems.map((problem) => problem.code)).toEqual(['RANK_INVALID', 'RANK_INVALID']);
  });
});
