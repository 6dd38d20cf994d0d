import { loadCampaign } from '../../../src/campaigns/load.js';
import type { Campaign, Form } from '../../../src/campaigns/schema.js';
import type { FieldValues, MemberDraft, StudioDraft } from '../../../src/import/types.js';
import { STUDIO_FIELDS } from '../../../src/model/fields.js';
import type { Studio } from '../../../src/model/schema.js';
import { validateApplications } from '../../../src/validate/index.js';
import type { CheckedStudio } from '../../../src/validate/types.js';
import { columnLetter, member } from '../../fixtures/drafts.js';

/**
 * The Beijing district 2016 campaign as the CLI loads it, and drafts of a studio
 * that meets every rule of its notice, for rule and form tests.
 */
export const bundle = loadCampaign('beijing-district-2016');
export const campaign: Campaign = bundle.campaign;
export const applicationForm: Form = campaign.forms.find((form) => form.id === 'application') as Form;

/** Amounts in 元, as the importer stores them (the workbook says 万元). */
export const VALID_VALUES: FieldValues = {
  studioId: 'FS-01',
  studioName: '王建军职工创新工作室',
  recommender: '良乡镇总工会',
  recommenderContact: '刘永久 81389319',
  leaderName: '王建军',
  leaderGender: '男',
  leaderBirthDate: '1971-05',
  leaderEducation: '本科',
  leaderTitle: '高级工程师',
  leaderSkillLevel: '高级技师',
  leaderOfficePhone: '010-69351234',
  leaderPhone: '13811012345',
  leaderEmail: 'wangjj@example.com',
  leaderHonours: '2012年北京市劳动模范；2010年北京市技术能手',
  leaderIsModelWorker: true,
  previouslyNamedDistrict: false,
  studioHonours: '2014年房山区工人先锋号',
  foundedDate: '2012-03',
  siteArea: 120,
  fundingTotal: 255000,
  fundingUnit: 200000,
  fundingExternal: 30000,
  fundingSelf: 15000,
  fundingOther: 10000,
  fundingOtherNote: '区科委科技项目补贴',
  equipmentList: '数控加工中心2台；三坐标测量机1台\n工具显微镜1台',
  innovationFields: '技术创新、品牌战略创新',
  resultFields: '科技创新成果、文化创新成果',
  publicityMaterials: '获奖材料',
  unit: '北京良乡恒通机械制造有限公司',
  unitAddress: '北京市房山区良乡工业开发区金光北街8号',
  unitNature: '民营企业',
  achievementsTotal: 6,
  resultsText: '工作室围绕薄壁件加工变形开展攻关，完成创新成果6项。\n获得国家实用新型专利授权3项，其中2项已在本公司推广应用。',
  talentText: '坚持师带徒，近三年培养技师4名、高级技师2名。',
  benefitsText: '成果应用后每年节约成本约85万元，产品一次合格率提高到99%。',
  thisYearWork: '2016年完成液压阀体工艺攻关课题2项，修订作业指导书5项。',
  nextYearPlan: '2017年立项攻关2项，力争完成创新成果2项以上；按季度向区总工会报送工作总结。',
};

const DEPARTMENTS = ['机加工车间', '装配车间', '工艺技术部', '质量部'];
const ROLES = ['数控编程', '工装夹具设计', '工艺改进', '质量检验', '设备维修', '技术资料整理'];
const QUALIFICATIONS: readonly FieldValues[] = [{ skillLevel: '技师' }, { title: '工程师' }, { skillLevel: '高级工' }, { title: '助理工程师', skillLevel: '中级工' }];

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗';
const GIVEN_NAMES = ['建国', '志强', '海峰', '晓燕', '春生', '丽华', '振华', '秀英', '立新', '雪梅'];

/** Participant i (0-based, up to 199): a unique three-character name, a 所在部门 and a 主要分工. */
export function participantValues(index: number): FieldValues {
  return {
    memberName: `${SURNAMES[index % SURNAMES.length]}${GIVEN_NAMES[Math.floor(index / SURNAMES.length) % GIVEN_NAMES.length]}`,
    birthDate: `${1965 + (index % 30)}-${String((index % 12) + 1).padStart(2, '0')}`,
    education: ['大专', '本科', '中专', '硕士'][index % 4] as string,
    department: DEPARTMENTS[index % DEPARTMENTS.length] as string,
    role: ROLES[index % ROLES.length] as string,
    ...QUALIFICATIONS[index % QUALIFICATIONS.length],
  };
}

/** `each` overrides participant i's values; an undefined value leaves the cell empty. */
export function participants(count: number, each: (index: number) => Record<string, string | number | undefined> = () => ({})): MemberDraft[] {
  return Array.from({ length: count }, (_, index) => {
    const values: Record<string, string | number | boolean> = { ...participantValues(index) };
    for (const [key, value] of Object.entries(each(index))) {
      if (value === undefined) delete values[key];
      else values[key] = value;
    }
    return member(values);
  });
}

let nextRow = 3;

/** A studio draft: the valid values with overrides (undefined removes a value) and its participants (29 by default: a team of 30). */
export function beijingDraft(overrides: Record<string, string | number | boolean | undefined> = {}, members: MemberDraft[] = participants(29)): StudioDraft {
  const values: Record<string, string | number | boolean> = { ...VALID_VALUES };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete values[key];
    else values[key] = value;
  }
  const cells: Record<string, { column: string; header: string; raw: string }> = {};
  STUDIO_FIELDS.forEach((field, index) => {
    const value = values[field.key];
    if (value !== undefined) cells[field.key] = { column: columnLetter(index), header: field.label, raw: String(value) };
  });
  return { values, source: { file: 'test.xlsx', sheet: '工作室', row: nextRow++, cells }, members };
}

export function checkBeijing(drafts: StudioDraft[]) {
  return validateApplications({ inputs: [], studios: drafts, problems: [] }, campaign);
}

export function checkOneBeijing(draft: StudioDraft): CheckedStudio {
  const studio = checkBeijing([draft]).studios[0];
  if (!studio) throw new Error('no studio checked');
  return studio;
}

export function problemCodes(studio: CheckedStudio): string[] {
  return studio.problems.map((problem) => problem.code);
}

/** A validated Studio record (what the forms are rendered from); throws when the draft has errors. */
export function validStudio(draft: StudioDraft = beijingDraft()): Studio {
  const checked = checkOneBeijing(draft);
  if (!checked.studio || checked.blocked) throw new Error(`draft is not valid: ${checked.problems.map((problem) => problem.message).join('; ')}`);
  return checked.studio;
}
