import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCampaign } from '../../../src/campaigns/load.js';
import type { Campaign, Form } from '../../../src/campaigns/schema.js';
import { countChineseWords } from '../../../src/core/text.js';
import type { FieldValues, MemberDraft, StudioDraft } from '../../../src/import/types.js';
import type { Studio } from '../../../src/model/schema.js';
import { validateApplications } from '../../../src/validate/index.js';
import type { CheckedStudio } from '../../../src/validate/types.js';
import { draft, member, VALID_CRAFTSMAN_VALUES } from '../../fixtures/drafts.js';

/**
 * Leshan 2020 applications built as import drafts: one studio that meets every
 * rule of 乐工经〔2020〕24号, and a team whose 推荐审批表 statistics are known by hand.
 */

export const bundle = loadCampaign('leshan-2020');
export const leshan: Campaign = bundle.campaign;

export function formOf(id: 'approval' | 'material'): Form {
  const form = leshan.forms.find((candidate) => candidate.id === id);
  if (!form) throw new Error(`leshan-2020 has no ${id} form`);
  return form;
}

export function asset(name: string | undefined): Uint8Array {
  const bytes = name === undefined ? undefined : bundle.assets.get(name);
  if (!bytes) throw new Error(`leshan-2020 has no template ${name ?? '(none)'}`);
  return bytes;
}

export const MATERIAL_FIELDS = [
  'materialBackground', 'materialSystems', 'materialOperations', 'materialCollaboration',
  'materialResults', 'materialTraining', 'materialBenefits', 'materialExchange',
] as const;

/** Each chapter opens with a sentence of its own, so tests can find it; two paragraphs each. */
const CHAPTER_OPENINGS: Record<(typeof MATERIAL_FIELDS)[number], string> = {
  materialBackground: '工作室成立于2015年3月，依托数控加工车间组建。',
  materialSystems: '工作室制定了管理办法、课题立项和考评激励等制度。',
  materialOperations: '工作室每月召开一次例会，课题来源于生产一线。',
  materialCollaboration: '带头人负责总体规划，成员按专长分工协作。',
  materialResults: '近两年工作室获得实用新型专利6项、发明专利1项。',
  materialTraining: '近两年共举办培训32场，签订师徒协议9对。',
  materialBenefits: '成果转化后累计创造经济效益约312万元。',
  materialExchange: '工作室与本地职业院校建立了技术协作关系。',
};
const FILLER = '工作室围绕生产难题开展攻关，成效明显。';

export function chapterText(field: (typeof MATERIAL_FIELDS)[number]): string {
  return `${CHAPTER_OPENINGS[field]}${FILLER.repeat(6)}\n${FILLER.repeat(7)}`;
}

const CHAPTERS: FieldValues = Object.fromEntries(MATERIAL_FIELDS.map((field) => [field, chapterText(field)]));

export const INTRO = [
  '乐山嘉州精工机械有限公司张建华劳模和工匠人才创新工作室成立于2015年3月，以精密零部件数控加工为主攻方向。',
  '工作室累计完成创新课题12项，取得创新成果8项，获得实用新型专利6项、发明专利1项。',
].join('\n');

/** Meets every Leshan 2020 rule (with the six members of KNOWN_TEAM). */
export const VALID_LESHAN_VALUES: FieldValues = {
  studioId: 'LS-001',
  recommender: '市中区总工会',
  recommendRank: 1,
  studioName: '乐山嘉州精工机械有限公司张建华劳模和工匠人才创新工作室',
  foundedDate: '2015-03',
  unit: '乐山嘉州精工机械有限公司',
  leaderName: '张建华',
  leaderPosition: '数控车间主任',
  leaderPhone: '13908131234',
  leaderGender: '男',
  leaderBirthDate: '1970-05',
  leaderNativePlace: '四川乐山',
  leaderEthnicity: '汉族',
  leaderPoliticalStatus: '中共党员',
  leaderEducation: '本科',
  leaderTitle: '高级工程师',
  leaderSkillLevel: '高级技师',
  leaderIsModelWorker: true,
  leaderHonours: '2018年乐山市劳动模范\n2019年“乐山工匠”',
  siteArea: 120,
  equipmentCount: 45,
  bookCount: 860,
  annualFunding: 165000,
  trainingPerYear: 320,
  projectsThisYear: 2,
  projectsTotal: 12,
  achievementsTotal: 8,
  achievementsApplied: 5,
  utilityPatents: 6,
  inventionPatents: 1,
  economicBenefit: 3120000,
  awardsInternational: 0,
  awardsNational: 1,
  awardsProvincial: 2,
  awardsMunicipal: 3,
  awardDetails: '2019年全国职工优秀技术创新成果奖\n2018年四川省职工优秀技术创新成果三等奖',
  intro: INTRO,
  studioHonours: '2017年市中区劳模创新工作室',
  ...CHAPTERS,
};

/**
 * Leader (男, born 1970-05: 50 at 2020-08-03, 中共党员, 本科, 高级工程师, 高级技师) and six members:
 * 7 people, 4 men, 3 women, 4 party members (one 预备党员), ages 50+35+29+42+25+51+38 = 270 → 38.6;
 * 博士1 硕士1 本科2 大专1 高中（含）以下2; 高级技师2 技师1 高级工1 中级工1 初级工0;
 * 助理工程师1 工程师1 高级工程师1 研究员1.
 */
export const KNOWN_TEAM: readonly FieldValues[] = [
  { memberName: '李晓燕', gender: '女', birthDate: '1985-03', politicalStatus: '中共党员', education: '硕士', title: '工程师', skillLevel: '无' },
  { memberName: '王志强', gender: '男', birthDate: '1990-10', politicalStatus: '群众', education: '大专', skillLevel: '技师' },
  { memberName: '陈国平', gender: '男', birthDate: '1978-08', politicalStatus: '中共预备党员', education: '中专', skillLevel: '高级工' },
  { memberName: '刘雯', gender: '女', birthDate: '1995-01', politicalStatus: '共青团员', education: '本科', title: '助理工程师', skillLevel: '中级工' },
  { memberName: '赵德明', gender: '男', birthDate: '1968-12', politicalStatus: '中共党员', education: '高中', skillLevel: '高级技师' },
  { memberName: '周蜀君', gender: '女', birthDate: '1982-06', politicalStatus: '群众', education: '博士', title: '研究员' },
];

export const KNOWN_TEAM_SENTENCES = {
  team: '共7人。其中男4人，女3人，中共党员4人。平均年龄38.6岁。',
  degrees: '博士1人，硕士1人，本科2人，大专1人，高中（含）以下2人。',
  qualifications: '高级技师2人，技师1人，高级工1人，中级工1人，初级工0人；助理工程师1人，工程师1人，高级工程师1人，研究员1人。',
  conditions: '工作场地（所）面积120㎡，仪器设备45台（套），专业技术书籍资料860册，年均专项经费16.5万元，年均技能培训320人次，创新成果8项，成果转化5项，实用新型专利6项，发明专利1项，创新成果节创经济效益累计312万元。',
  awards: '国际级0项，国家级1项，省部级2项，地市级3项，共计6项。获奖明细情况如下：',
} as const;

/** The first `count` members of KNOWN_TEAM as member drafts. */
export function leshanMembers(count = KNOWN_TEAM.length): MemberDraft[] {
  return KNOWN_TEAM.slice(0, count).map((values) => member({ ...values }));
}

/** Shanghai-only keys of the shared default draft, removed so the draft holds what a Leshan workbook holds. */
const NOT_LESHAN = Object.fromEntries(Object.keys(VALID_CRAFTSMAN_VALUES).map((key) => [key, undefined]));

export function leshanDraft(overrides: Record<string, string | number | boolean | undefined> = {}, memberDrafts: MemberDraft[] = leshanMembers()): StudioDraft {
  return draft({ ...NOT_LESHAN, ...(VALID_LESHAN_VALUES as Record<string, string | number | boolean>), ...overrides }, memberDrafts);
}

export function checkLeshan(drafts: StudioDraft[]) {
  return validateApplications({ inputs: [], studios: drafts, problems: [] }, leshan);
}

export function checkOneLeshan(studioDraft: StudioDraft): CheckedStudio {
  const studio = checkLeshan([studioDraft]).studios[0];
  if (!studio) throw new Error('no studio checked');
  return studio;
}

/** The validated record of a draft that must pass every rule (for rendering tests). */
export function validLeshanStudio(studioDraft: StudioDraft = leshanDraft()): Studio {
  const checked = checkOneLeshan(studioDraft);
  if (!checked.studio || checked.blocked) throw new Error(`fixture studio is not valid: ${checked.problems.map((problem) => problem.message).join('; ')}`);
  return checked.studio;
}

export function materialWordCount(values: FieldValues): number {
  return MATERIAL_FIELDS.reduce((sum, field) => sum + countChineseWords(String(values[field] ?? '')), 0);
}

/** Visible text without any whitespace, for sentences whose fill-ins are padded with spaces. */
export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * PDF text in content-stream order (pdftotext -raw), whitespace removed: a table cell's
 * lines stay together, where -layout interleaves them with a tall label beside them.
 */
export function rawPdfText(pdf: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'leshan-pdf-'));
  try {
    const path = join(dir, 'form.pdf');
    writeFileSync(path, pdf);
    return compact(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
