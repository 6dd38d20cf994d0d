import { describe, expect, it } from 'vitest';
import { StudioSchema } from '../../../src/model/schema.js';
import { teamStats } from '../../../src/render/view.js';

const studio = StudioSchema.parse({
  name: '统计工作室', type: '劳模和工匠人才', unit: '乐山某公司',
  leader: { name: '张三', gender: '男', birthDate: '1970-05', education: '本科', skillLevel: '高级技师', title: '高级工程师', politicalStatus: '中共党员' },
  members: [
    { name: '甲', gender: '女', age: 30, education: '硕士', title: '工程师', politicalStatus: '中共预备党员' },
    { name: '乙', gender: '男', age: 40, education: '大专', skillLevel: '技师', politicalStatus: '群众' },
    { name: '丙', gender: '女', age: 25, education: '中专', skillLevel: '中级工', title: '助理工程师' },
    { name: '丁', gender: '男', age: 35, education: '博士', title: '研究员' },
    { name: '戊', gender: '男', education: '高中', skillLevel: '初级工' },
  ],
});

describe('team statistics are computed from the members list plus the leader', () => {
  const stats = teamStats(studio, '2020-08-03');
  it('counts people, sexes and party members (预备党员 included)', () => {
    expect(stats).toMatchObject({ total: 6, male: 4, female: 2, partyMembers: 2 });
  });
  it('averages the ages that are known (leader 50 from the birth date), to one decimal', () => {
    expect(stats.averageAge).toBe(36); // (50 + 30 + 40 + 25 + 35) / 5
  });
  it('counts degrees with 中专 and 高中 as 高中（含）以下', () => {
    expect(stats.byDegree).toEqual({ doctor: 1, master: 1, bachelor: 1, college: 1, highSchoolOrBelow: 2 });
  });
  it('counts skill levels and the four titles the Leshan form names', () => {
    expect(stats.bySkillLevel).toEqual({ seniorTechnician: 1, technician: 1, seniorWorker: 0, intermediateWorker: 1, juniorWorker: 1 });
    expect(stats.byTitle).toEqual({ assistantEngineer: 1, engineer: 1, seniorEngineer: 1, researcher: 1 });
  });
});

describe('ages from birth dates', () => {
  it('count the birthday to the day when both dates have one', async () => {
    const { ageAt } = await import('../../../src/render/view.js');
    expect(ageAt({ birthDate: '1980-10-25' }, '2020-10-22')).toBe(39);
    expect(ageAt({ birthDate: '1980-10-22' }, '2020-10-22')).toBe(40);
    expect(ageAt({ birthDate: '1980-10' }, '2020-10-22')).toBe(40);
  });
});
