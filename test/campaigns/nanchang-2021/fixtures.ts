import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCampaign } from '../../../src/campaigns/load.js';
import type { Campaign, Form } from '../../../src/campaigns/schema.js';
import type { FieldValues, MemberDraft, StudioDraft } from '../../../src/import/types.js';
import type { Studio } from '../../../src/model/schema.js';
import { validateApplications } from '../../../src/validate/index.js';
import type { CheckedStudio } from '../../../src/validate/types.js';
import { members } from '../../fixtures/drafts.js';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const SAMPLE_WORKBOOK = join(ROOT, 'data/nanchang-2021/applications.xlsx');

export const bundle = loadCampaign('nanchang-2021');
export const nanchang: Campaign = bundle.campaign;

export function form(id: 'application' | 'material'): Form {
  const found = nanchang.forms.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`nanchang-2021 has no ${id} form`);
  return found;
}

export function asset(name: string | undefined): Uint8Array {
  const bytes = name ? bundle.assets.get(name) : undefined;
  if (!bytes) throw new Error(`nanchang-2021 has no template ${name ?? '(none)'}`);
  return bytes;
}

/** A studio that meets every rule of 洪工办〔2021〕31号 (no 申报类型 column: the campaign has one type). */
export const VALID_VALUES: FieldValues = {
  studioId: 'NC-001',
  studioName: '熊建华劳模创新工作室',
  unit: '江西洪都精密航空部件有限公司',
  unitNature: '国有企业',
  industry: '航空制造',
  recommender: '南昌县总工会',
  foundedDate: '2014-05',
  leaderName: '熊建华',
  leaderGender: '男',
  leaderBirthDate: '1972-05',
  leaderEducation: '本科',
  leaderTitle: '高级工程师',
  leaderSkillLevel: '高级技师',
  leaderPosition: '首席技师',
  leaderPhone: '13907910000',
  leaderHonours: '2017年江西省劳动模范；2019年全国五一劳动奖章',
  fundingSources: '本单位30万元\n南昌县总工会5万元',
  recentFunding: 450000,
  recentInnovations: 9,
  recentEconomicBenefit: 2600000,
  recentTalents: 3,
  talentDetails: '王强，2019年晋升高级技师\n李娟，2020年获南昌市技术能手称号\n刘洋，2020年晋升技师',
  recentSocialBenefit: '工作室成果在全市航空制造企业推广应用，累计开展培训42场次、926人次。',
  projectsThisYear: 3,
  recognizedResultsThisYear: 2,
  previousNaming: '南昌县总工会，2018年12月',
  materialBackground: '熊建华劳模创新工作室依托江西洪都精密航空部件有限公司建立。\n工作室重点攻关飞机结构件装配精度控制。',
  materialTeam: '领衔人熊建华从事航空制造工作二十余年。',
  materialConditions: '工作室有固定活动场所120平方米。',
  materialSystems: '建立了学习研究、技术攻关、成果转化等制度。',
  materialOperations: '课题来源于生产一线的实际问题。',
  materialTasks: '近三年承担市级创新课题8项。',
  materialResults: '攻克技术难题12项，创造经济效益260万元。',
  materialTraining: '对内开展技能培训40场次。',
  materialDemonstration: '经验被南昌日报报道。',
  materialHonours: '获实用新型专利6项。',
};

/** Team members as the 申报表 lists them: 出生年月, 学历, 职称/技能等级, 主要分工. */
export function nanchangMembers(count: number): MemberDraft[] {
  return members(count, (index) => ({ birthDate: `${1980 + index}-0${(index % 9) + 1}`, role: ['工艺改进', '质量检测', '设备改造', '技能培训'][index % 4] as string }));
}

let nextRow = 3;

/** A draft with `overrides` applied (undefined removes a field). */
export function nanchangDraft(overrides: Record<string, string | number | boolean | undefined> = {}, memberDrafts: MemberDraft[] = nanchangMembers(6)): StudioDraft {
  const values: Record<string, string | number | boolean> = { ...VALID_VALUES };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete values[key];
    else values[key] = value;
  }
  return { values, source: { file: 'test.xlsx', sheet: '工作室', row: nextRow++, cells: {} }, members: memberDrafts };
}

export function check(drafts: StudioDraft[]) {
  return validateApplications({ inputs: [], studios: drafts, problems: [] }, nanchang);
}

export function checkOne(studioDraft: StudioDraft): CheckedStudio {
  const studio = check([studioDraft]).studios[0];
  if (!studio) throw new Error('no studio checked');
  return studio;
}

/** The validated record of a draft that must pass. */
export function validStudio(studioDraft: StudioDraft = nanchangDraft()): Studio {
  const checked = checkOne(studioDraft);
  if (!checked.studio || checked.blocked) throw new Error(`fixture studio is blocked: ${checked.problems.map((p) => p.message).join('; ')}`);
  return checked.studio;
}

export function readSample(): Uint8Array {
  return readFileSync(SAMPLE_WORKBOOK);
}
