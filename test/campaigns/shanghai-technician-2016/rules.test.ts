import { describe, expect, it } from 'vitest';
import { checkOne, technician, technicianDraft, technicianMembers } from './fixtures.js';

function codes(overrides: Parameters<typeof technicianDraft>[0], memberCount = 4): string[] {
  return checkOne(technicianDraft(overrides, technicianMembers(memberCount))).problems.map((problem) => `${problem.severity}:${problem.code}`);
}

describe('the 上海市技师创新工作室 rules (沪工技协〔2016〕1号 第三条、第十条)', () => {
  it('pass a named studio led by a 高级技师 with a team and a funded project; the type needs no column', () => {
    const checked = checkOne(technicianDraft());
    expect(checked.problems).toEqual([]);
    expect(checked.studio?.type).toBe('技师');
  });

  describe('第三条1: a 技师 or 高级技师 leads the studio (error)', () => {
    it.each(['技师', '高级技师'])('accepts a %s', (level) => {
      expect(codes({ leaderSkillLevel: level })).toEqual([]);
    });
    it('refuses a 高级工, quoting the article', () => {
      const problem = checkOne(technicianDraft({ leaderSkillLevel: '高级工' })).problems[0];
      expect(problem).toMatchObject({ code: 'LEADER_SKILL_LEVEL', severity: 'error', field: 'leaderSkillLevel' });
      expect(problem?.message).toContain('技能等级应为技师或高级技师，现为“高级工”');
      expect(problem?.message).toContain('依据：第三条1、有技师领衔');
    });
  });

  describe('第三条2: three or more team members besides the leader (error)', () => {
    it('accepts three members (the leader is listed apart: “具有3人以上的团队成员”)', () => {
      expect(codes({}, 3)).toEqual([]);
    });
    it('refuses two members, even though with the leader they are three', () => {
      const problem = checkOne(technicianDraft({}, technicianMembers(2))).problems[0];
      expect(problem).toMatchObject({ code: 'TEAM_TOO_SMALL', severity: 'error' });
      expect(problem?.message).toContain('团队人数2人（不含领衔人），少于3人');
    });
  });

  describe('第三条3: the result was funded by a 上海职工（技师）创新项目 (error)', () => {
    it('refuses a studio without the funded project', () => {
      const problem = checkOne(technicianDraft({ fundedProject: undefined })).problems[0];
      expect(problem).toMatchObject({ code: 'REQUIRED_MISSING', severity: 'error', field: 'fundedProject' });
      expect(problem?.message).toContain('上海职工（技师）创新项目资助');
    });
  });

  describe('第十条: the naming date starts the management cycle (error)', () => {
    it('refuses a studio without its 命名日期', () => {
      const problem = checkOne(technicianDraft({ namedDate: undefined })).problems[0];
      expect(problem).toMatchObject({ code: 'REQUIRED_MISSING', severity: 'error', field: 'namedDate' });
      expect(problem?.message).toContain('每三年为一个管理周期');
    });
  });

  it('sets a three-year management cycle and quotes the 办法 in every rule', () => {
    expect(technician.managementCycleYears).toBe(3);
    for (const rule of technician.rules) expect(rule.basis).toMatch(/^第[三六十]条/);
  });
});
