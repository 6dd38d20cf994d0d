import type { Campaign } from '../campaigns/schema.js';
import type { MemberDraft, StudioDraft } from '../import/types.js';
import { NARRATIVE_FIELD_KEYS } from '../model/fields.js';

/**
 * Where each catalogue field lives in the Studio record. The catalogue is flat
 * (one column per field); the record nests the leader and the patents.
 */
export const STUDIO_FIELD_PATHS: Readonly<Record<string, readonly string[]>> = {
  studioId: ['id'],
  studioName: ['name'],
  specialty: ['specialty'],
  studioType: ['type'],
  unit: ['unit'],
  recommender: ['recommender'],
  system: ['system'],
  unitNature: ['unitNature'],
  industry: ['industry'],
  unitAddress: ['unitAddress'],
  postcode: ['postcode'],
  foundedDate: ['foundedDate'],
  inventionPatents: ['patents', 'invention'],
  utilityPatents: ['patents', 'utility'],
  designPatents: ['patents', 'design'],
  projectsThisYear: ['projectsThisYear'],
  siteArea: ['siteArea'],
  annualFunding: ['annualFunding'],
  equipmentCount: ['equipmentCount'],
  equipmentList: ['equipmentList'],
  bookCount: ['bookCount'],
  trainingPerYear: ['trainingPerYear'],
  projectsTotal: ['projectsTotal'],
  achievementsTotal: ['achievementsTotal'],
  achievementsApplied: ['achievementsApplied'],
  recognizedResultsThisYear: ['recognizedResultsThisYear'],
  economicBenefit: ['economicBenefit'],
  awardsInternational: ['awards', 'international'],
  awardsNational: ['awards', 'national'],
  awardsProvincial: ['awards', 'provincial'],
  awardsMunicipal: ['awards', 'municipal'],
  awardDetails: ['awardDetails'],
  recommendRank: ['recommendRank'],
  recommenderContact: ['recommenderContact'],
  namedDate: ['namedDate'],
  fundedProject: ['fundedProject'],
  fundingTotal: ['funding', 'total'],
  fundingUnit: ['funding', 'unit'],
  fundingExternal: ['funding', 'external'],
  fundingSelf: ['funding', 'self'],
  fundingOther: ['funding', 'other'],
  fundingOtherNote: ['funding', 'otherNote'],
  fundingSources: ['funding', 'sources'],
  innovationFields: ['innovationFields'],
  resultFields: ['resultFields'],
  publicityMaterials: ['publicityMaterials'],
  previouslyNamedDistrict: ['previouslyNamedDistrict'],
  previousNaming: ['previousNaming'],
  recentFunding: ['recent', 'funding'],
  recentInnovations: ['recent', 'innovations'],
  recentEconomicBenefit: ['recent', 'economicBenefit'],
  recentTalents: ['recent', 'talents'],
  talentDetails: ['recent', 'talentDetails'],
  recentSocialBenefit: ['recent', 'socialBenefit'],
  leaderName: ['leader', 'name'],
  leaderPosition: ['leader', 'position'],
  leaderPhone: ['leader', 'phone'],
  leaderGender: ['leader', 'gender'],
  leaderAge: ['leader', 'age'],
  leaderBirthDate: ['leader', 'birthDate'],
  leaderEducation: ['leader', 'education'],
  leaderNativePlace: ['leader', 'nativePlace'],
  leaderEthnicity: ['leader', 'ethnicity'],
  leaderPoliticalStatus: ['leader', 'politicalStatus'],
  leaderEmail: ['leader', 'email'],
  leaderOfficePhone: ['leader', 'officePhone'],
  leaderIsModelWorker: ['leader', 'isModelWorker'],
  leaderTrade: ['leader', 'trade'],
  leaderYearsWorking: ['leader', 'yearsWorking'],
  leaderSkillLevel: ['leader', 'skillLevel'],
  leaderTitle: ['leader', 'title'],
  leaderHukouType: ['leader', 'hukouType'],
  leaderHukouPlace: ['leader', 'hukouPlace'],
  leaderHonours: ['leader', 'honours'],
  intro: ['intro'],
  studioHonours: ['honours'],
};

export const MEMBER_FIELD_PATHS: Readonly<Record<string, readonly string[]>> = {
  memberName: ['name'],
  gender: ['gender'],
  age: ['age'],
  birthDate: ['birthDate'],
  education: ['education'],
  title: ['title'],
  skillLevel: ['skillLevel'],
  trade: ['trade'],
  yearsWorking: ['yearsWorking'],
  politicalStatus: ['politicalStatus'],
  department: ['department'],
  role: ['role'],
};

/** multiEnum values arrive joined with 、 (see FieldKind); the record holds them as a list. */
const LIST_FIELDS = new Set(['innovationFields', 'resultFields', 'publicityMaterials']);

/** Reverse lookup: a zod issue path (['leader','name']) → catalogue field key (leaderName). */
export function studioFieldForPath(path: readonly PropertyKey[]): { field?: string; memberIndex?: number } {
  if (path[0] === 'members' && typeof path[1] === 'number') {
    const rest = path.slice(2).join('.');
    const field = Object.entries(MEMBER_FIELD_PATHS).find(([, target]) => target.join('.') === rest)?.[0];
    return { memberIndex: path[1], ...(field ? { field } : {}) };
  }
  const joined = path.join('.');
  const field = Object.entries(STUDIO_FIELD_PATHS).find(([, target]) => target.join('.') === joined)?.[0];
  if (!field && path[0] === 'narratives' && typeof path[1] === 'string') return { field: path[1] };
  return field ? { field } : {};
}

/**
 * Shapes a draft (flat field values) into the nested Studio structure, ready for
 * zod.
 * The studio type is mapped to the campaign's canonical value when an alias was typed.
 */
export function shapeStudio(draft: StudioDraft, campaign: Campaign): Record<string, unknown> {
  // Nested groups exist even when empty so assign() can fill them; zod supplies the other defaults.
  const studio: Record<string, unknown> = { patents: { invention: 0, utility: 0, design: 0 }, funding: {}, recent: {}, narratives: {}, leader: {} };
  const values: Record<string, unknown> = {};
  for (const key in draft.values) {
    const value = draft.values[key];
    values[key] = LIST_FIELDS.has(key) && typeof value === 'string' ? value.split('、').filter(Boolean) : value;
  }
  assign(studio, values, STUDIO_FIELD_PATHS);
  const narratives = studio.narratives as Record<string, unknown>;
  for (const key of NARRATIVE_FIELD_KEYS) if (values[key] !== undefined) narratives[key] = values[key];
  if (typeof studio.type === 'string') studio.type = canonicalStudioType(studio.type, campaign) ?? studio.type;
  // A notice with one kind of studio (Leshan) has no 申报类型 column: every studio is of that kind.
  else if (campaign.studioTypes.length === 1) studio.type = campaign.studioTypes[0]?.value;
  studio.members = draft.members.map((member) => shapeMember(member));
  return studio;
}

function shapeMember(member: MemberDraft): Record<string, unknown> {
  const shaped: Record<string, unknown> = {};
  assign(shaped, member.values, MEMBER_FIELD_PATHS);
  return shaped;
}

function assign(target: Record<string, unknown>, values: Readonly<Record<string, unknown>>, paths: Readonly<Record<string, readonly string[]>>): void {
  for (const key in values) {
    const path = paths[key];
    if (!path) continue;
    let node = target;
    const last = path.length - 1;
    for (let index = 0; index < last; index += 1) {
      const segment = path[index] as string;
      node[segment] ??= {};
      node = node[segment] as Record<string, unknown>;
    }
    node[path[last] as string] = values[key];
  }
}

/** 工匠创新工作室 / 工匠工作室 / 工匠 → 工匠; undefined when the campaign has no such type. */
export function canonicalStudioType(text: string, campaign: Campaign): string | undefined {
  const compact = text.normalize('NFKC').replace(/\s+/g, '');
  for (const type of campaign.studioTypes) {
    const spellings = [type.value, type.title, ...type.aliases].map((spelling) => spelling.replace(/\s+/g, ''));
    if (spellings.includes(compact)) return type.value;
  }
  return undefined;
}
