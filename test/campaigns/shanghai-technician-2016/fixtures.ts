import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCampaign } from '../../../src/campaigns/load.js';
import type { Campaign, Form } from '../../../src/campaigns/schema.js';
import { importApplications } from '../../../src/import/index.js';
import type { FieldValues, MemberDraft, StudioDraft } from '../../../src/import/types.js';
import type { Studio } from '../../../src/model/schema.js';
import { validateApplications } from '../../../src/validate/index.js';
import type { CheckedStudio } from '../../../src/validate/types.js';
import { members } from '../../fixtures/drafts.js';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const SAMPLE_WORKBOOK = join(ROOT, 'data/shanghai-technician-2016/applications.xlsx');

export const bundle = loadCampaign('shanghai-technician-2016');
export const technician: Campaign = bundle.campaign;

export const reviewForm: Form = (() => {
  const found = technician.forms.find((candidate) => candidate.id === 'review');
  if (!found) throw new Error('shanghai-technician-2016 has no review form');
  return found;
})();

export function asset(name: string | undefined): Uint8Array {
  const bytes = name ? bundle.assets.get(name) : undefined;
  if (!bytes) throw new Error(`shanghai-technician-2016 has no template ${name ?? '(none)'}`);
  return bytes;
}

/** A named studio that meets 第三条: a 技师 leader, three members besides the leader, a funded project. */
export const VALID_VALUES: FieldValues = {
  studioId: 'JS-001',
  studioName: '彭晓东技师创新工作室',
  specialty: '大型铸锻件焊接修复',
  recommender: '闵行区总工会',
  unit: '上海莘庄重型机械制造有限公司',
  namedDate: '2016-12',
  fundedProject: '2016年度上海职工（技师）创新项目“大型轧辊堆焊修复工艺”',
  leaderName: '彭晓东',
  leaderGender: '男',
  leaderBirthDate: '1975-03',
  leaderTrade: '焊工',
  leaderSkillLevel: '高级技师',
  leaderTitle: '高级工程师',
  leaderPosition: '技术主管',
  leaderPhone: '13861513528',
};

export function technicianMembers(count: number): MemberDraft[] {
  return members(count, (index) => ({ birthDate: `${1980 + index}-0${(index % 9) + 1}`, trade: '焊工', department: ['生产车间', '技术部', '质量部'][index % 3] as string }));
}

let nextRow = 3;

export function technicianDraft(overrides: Record<string, string | number | boolean | undefined> = {}, memberDrafts: MemberDraft[] = technicianMembers(4)): StudioDraft {
  const values: Record<string, string | number | boolean> = { ...VALID_VALUES };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete values[key];
    else values[key] = value;
  }
  return { values, source: { file: 'test.xlsx', sheet: '工作室', row: nextRow++, cells: {} }, members: memberDrafts };
}

export function checkOne(studioDraft: StudioDraft): CheckedStudio {
  const studio = validateApplications({ inputs: [], studios: [studioDraft], problems: [] }, technician).studios[0];
  if (!studio) throw new Error('no studio checked');
  return studio;
}

export function validStudio(studioDraft: StudioDraft = technicianDraft()): Studio {
  const checked = checkOne(studioDraft);
  if (!checked.studio || checked.blocked) throw new Error(`fixture studio is blocked: ${checked.problems.map((p) => p.message).join('; ')}`);
  return checked.studio;
}

export async function sampleReport() {
  const imported = await importApplications([{ name: 'applications.xlsx', bytes: readFileSync(SAMPLE_WORKBOOK) }], { referenceDate: technician.referenceDate });
  return { imported, report: validateApplications(imported, technician) };
}
