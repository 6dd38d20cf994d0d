import { describe, expect, it } from 'vitest';
import { check, checkOne, nanchang, nanchangDraft } from './fixtures.js';

function codes(overrides: Parameters<typeof nanchangDraft>[0]): string[] {
  return checkOne(nanchangDraft(overrides)).problems.map((problem) => `${problem.severity}:${problem.code}`);
}

describe('the Nanchang 2021 rules (洪工办〔2021〕31号)', () => {
  it('pass a complete studio led by a 劳动模范, with no 申报类型 column (the notice has one kind of studio)', () => {
    const checked = checkOne(nanchangDraft());
    expect(checked.problems).toEqual([]);
    expect(checked.studio?.type).toBe('劳模');
  });

  describe('一、1 有劳模领衔: the leader holds 劳动模范 or 五一劳动奖章 (error)', () => {
    it.each([
      '2018年江西省劳动模范',
      '2016年全国劳模',
      '2019年南昌市劳模；2020年江西省技术能手',
      '2015年全国五一劳动奖章',
      '江西省 五一劳动奖章（2017年）',
    ])('accepts “%s”', (honours) => {
      expect(codes({ leaderHonours: honours })).toEqual([]);
    });

    it('refuses a leader with only 技术能手 titles, quoting the notice', () => {
      const problem = checkOne(nanchangDraft({ leaderHonours: '2018年南昌市技术能手；2019年江西省技术能手' })).problems[0];
      expect(problem).toMatchObject({ code: 'LEADER_HONOUR_MISSING', severity: 'error', field: 'leaderHonours' });
      expect(problem?.message).toContain('“劳动模范”或“五一劳动奖章”');
      expect(problem?.message).toContain('依据：一、1．有劳模领衔');
    });

    it('blocks a studio whose 劳模称号 cell is blank (one problem for the cell: the missing title)', () => {
      expect(codes({ leaderHonours: undefined })).toEqual(['error:LEADER_HONOUR_MISSING']);
    });
  });

  describe('一、3 and 一、4: at least one project and one recognised result this year (error)', () => {
    it('accepts one of each', () => {
      expect(codes({ projectsThisYear: 1, recognizedResultsThisYear: 1 })).toEqual([]);
    });
    it('refuses a studio with no project this year', () => {
      expect(codes({ projectsThisYear: 0 })).toEqual(['error:BELOW_MINIMUM']);
    });
    it('refuses a studio with no recognised result this year', () => {
      const problem = checkOne(nanchangDraft({ recognizedResultsThisYear: 0 })).problems[0];
      expect(problem).toMatchObject({ code: 'BELOW_MINIMUM', severity: 'error', field: 'recognizedResultsThisYear' });
      expect(problem?.message).toContain('本年度内至少有1项创新成果得到有关方面的认可或认定');
    });
  });

  describe('填表说明4: the figures cover the last three years (warning)', () => {
    it('accepts a studio founded three years before the notice', () => {
      expect(codes({ foundedDate: '2018-05' })).toEqual([]);
    });
    it('warns about a studio founded two years before the notice, without blocking it', () => {
      const checked = checkOne(nanchangDraft({ foundedDate: '2019-06' }));
      expect(checked.problems.map((problem) => `${problem.severity}:${problem.code}`)).toEqual(['warning:RUNNING_TOO_SHORT']);
      expect(checked.problems[0]?.message).toContain('不足3年');
      expect(checked.blocked).toBe(false);
    });
  });

  describe('二: each recommender puts forward one or two studios (error)', () => {
    const of = (recommender: string, count: number) =>
      Array.from({ length: count }, (_, index) => nanchangDraft({ studioId: `${recommender}-${index}`, recommender }));
    it('accepts one and two', () => {
      expect(check([...of('南昌县总工会', 2), ...of('进贤县总工会', 1)]).problems).toEqual([]);
    });
    it('refuses three from one recommender, naming it', () => {
      const problems = check([...of('南昌高新技术产业开发区工会', 3), ...of('进贤县总工会', 1)]).problems;
      expect(problems.map((problem) => `${problem.severity}:${problem.code}`)).toEqual(['error:TOO_MANY_FOR_RECOMMENDER']);
      expect(problems[0]?.message).toContain('南昌高新技术产业开发区工会推荐了3个工作室，最多可推荐2个');
    });
  });

  describe('填表说明: fields that may not be left blank (error)', () => {
    it('requires 命名单位及命名日期, and “无” is an answer', () => {
      expect(codes({ previousNaming: '无' })).toEqual([]);
      const problem = checkOne(nanchangDraft({ previousNaming: undefined })).problems[0];
      expect(problem).toMatchObject({ code: 'REQUIRED_MISSING', severity: 'error', field: 'previousNaming' });
      expect(problem?.message).toContain('没有则填“无”');
    });
    it('requires 经费主要来源', () => {
      const problem = checkOne(nanchangDraft({ fundingSources: undefined })).problems[0];
      expect(problem).toMatchObject({ code: 'REQUIRED_MISSING', field: 'fundingSources' });
      expect(problem?.message).toContain('需分别注明投入经费额');
    });
    it('requires the 培养人才 list and every chapter of the 申报材料', () => {
      expect(codes({ talentDetails: undefined })).toEqual(['error:REQUIRED_MISSING']);
      expect(codes({ materialHonours: undefined })).toEqual(['error:REQUIRED_MISSING']);
    });
  });

  describe('填表说明1: the studio is named after its leader, “xxx劳模创新工作室” (warning)', () => {
    it('accepts 领衔人姓名 + 劳模创新工作室', () => {
      expect(codes({ studioName: '熊建华劳模创新工作室' })).toEqual([]);
    });
    it('warns about another name and says what it should be', () => {
      const problem = checkOne(nanchangDraft({ studioName: '瑶湖智能装备技术创新工作室' })).problems[0];
      expect(problem).toMatchObject({ code: 'NAME_PATTERN', severity: 'warning' });
      expect(problem?.message).toContain('工作室名称应为“熊建华劳模创新工作室”');
    });
  });

  it('quotes the notice in every rule', () => {
    expect(nanchang.rules.map((rule) => rule.kind)).toEqual([
      'required', 'required', 'required', 'required', 'required', 'leaderHonour', 'minimum', 'minimum', 'yearsRunning', 'recommenderCount', 'namingPattern', 'memberAge',
    ]);
    for (const rule of nanchang.rules) expect(rule.basis).toMatch(/^(一|二|三|附件1 填表说明\d+)/);
  });
});
