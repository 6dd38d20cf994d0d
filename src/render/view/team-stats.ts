import type { Leader, Member, Studio } from '../../model/schema.js';
import { ageAt } from './age.js';

/**
 * Team statistics the forms ask for (Leshan 推荐审批表: totals, men/women, party
 * members, average age, counts by degree, skill level and title), computed from
 * the members list plus the leader — never typed twice (GUIDE.md §1).
 */
export interface TeamStats {
  readonly total: number;
  readonly male: number;
  readonly female: number;
  readonly partyMembers: number;
  /** One decimal; undefined when nobody's age is known. */
  readonly averageAge: number | undefined;
  readonly byDegree: Readonly<Record<'doctor' | 'master' | 'bachelor' | 'college' | 'highSchoolOrBelow', number>>;
  readonly bySkillLevel: Readonly<Record<'seniorTechnician' | 'technician' | 'seniorWorker' | 'intermediateWorker' | 'juniorWorker', number>>;
  readonly byTitle: Readonly<Record<'assistantEngineer' | 'engineer' | 'seniorEngineer' | 'researcher', number>>;
}

type Person = Pick<Member, 'gender' | 'age' | 'birthDate' | 'education' | 'skillLevel' | 'title' | 'politicalStatus'>;

const DEGREE: Readonly<Record<string, keyof TeamStats['byDegree']>> = {
  博士: 'doctor', 硕士: 'master', 本科: 'bachelor', 大专: 'college', 中专: 'highSchoolOrBelow', 高中: 'highSchoolOrBelow', 初中及以下: 'highSchoolOrBelow',
};
const SKILL: Readonly<Record<string, keyof TeamStats['bySkillLevel']>> = {
  高级技师: 'seniorTechnician', 技师: 'technician', 高级工: 'seniorWorker', 中级工: 'intermediateWorker', 初级工: 'juniorWorker',
};

/** 研究员 and 高级工程师 are named on the Leshan form; other titles are not counted in these four boxes. */
function titleCategory(title: string | undefined): keyof TeamStats['byTitle'] | undefined {
  if (!title) return undefined;
  const compact = title.replace(/\s+/g, '');
  if (/研究员/.test(compact) && !/助理研究员|副研究员/.test(compact)) return 'researcher';
  if (/助理工程师/.test(compact)) return 'assistantEngineer';
  if (/(正高级|高级)工程师|教授级高级工程师|高工/.test(compact)) return 'seniorEngineer';
  if (/^工程师$/.test(compact)) return 'engineer';
  return undefined;
}

export function teamPeople(studio: Studio): Person[] {
  return [leaderAsPerson(studio.leader), ...studio.members];
}

function leaderAsPerson(leader: Leader): Person {
  return {
    gender: leader.gender, age: leader.age, birthDate: leader.birthDate, education: leader.education,
    skillLevel: leader.skillLevel, title: leader.title, politicalStatus: leader.politicalStatus,
  };
}

/**
 * @example teamStats(studio, '2020-08-03').total // leader + members
 */
export function teamStats(studio: Studio, referenceDate: string): TeamStats {
  const people = teamPeople(studio);
  const byDegree = { doctor: 0, master: 0, bachelor: 0, college: 0, highSchoolOrBelow: 0 };
  const bySkillLevel = { seniorTechnician: 0, technician: 0, seniorWorker: 0, intermediateWorker: 0, juniorWorker: 0 };
  const byTitle = { assistantEngineer: 0, engineer: 0, seniorEngineer: 0, researcher: 0 };
  const ages: number[] = [];
  let male = 0;
  let female = 0;
  let partyMembers = 0;
  for (const person of people) {
    if (person.gender === '男') male += 1;
    if (person.gender === '女') female += 1;
    if (person.politicalStatus === '中共党员' || person.politicalStatus === '中共预备党员') partyMembers += 1;
    const age = ageAt(person, referenceDate);
    if (age !== undefined) ages.push(age);
    const degree = person.education ? DEGREE[person.education] : undefined;
    if (degree) byDegree[degree] += 1;
    const skill = person.skillLevel ? SKILL[person.skillLevel] : undefined;
    if (skill) bySkillLevel[skill] += 1;
    const title = titleCategory(person.title);
    if (title) byTitle[title] += 1;
  }
  const averageAge = ages.length === 0 ? undefined : Math.round((ages.reduce((sum, age) => sum + age, 0) / ages.length) * 10) / 10;
  return { total: people.length, male, female, partyMembers, averageAge, byDegree, bySkillLevel, byTitle };
}
