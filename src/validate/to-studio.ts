import type { Campaign } from '../campaigns/schema.js';
import type { FieldValues, MemberDraft, StudioDraft } from '../import/types.js';

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
  leaderName: ['leader', 'name'],
  leaderPosition: ['leader', 'position'],
  leaderPhone: ['leader', 'phone'],
  leaderGender: ['leader', 'gender'],
  leaderAge: ['leader', 'age'],
  leaderBirthDate: ['leader', 'birthDate'],
  leaderEducation: ['leader', 'education'],
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
};

/** Reverse lookup: a zod issue path (['leader','name']) → catalogue field key (leaderName). */
export function studioFieldForPath(path: readonly PropertyKey[]): { field?: string; memberIndex?: number } {
  if (path[0] === 'members' && typeof path[1] === 'number') {
    const rest = path.slice(2).join('.');
    const field = Object.entries(MEMBER_FIELD_PATHS).find(([, target]) => target.join('.') === rest)?.[0];
    return { memberIndex: path[1], ...(field ? { field } : {}) };
  }
  const joined = path.join('.');
  const field = Object.entries(STUDIO_FIELD_PATHS).find(([, target]) => target.join('.') === joined)?.[0];
  return field ? { field } : {};
}

/**
 * Shapes a draft (flat field values) into the nested Studio structure, ready for
 * zod. Patent counts default to 0 because the form prints "__项" for none.
 * The studio type is mapped to the campaign's canonical value when an alias was typed.
 */
export function shapeStudio(draft: StudioDraft, campaign: Campaign): Record<string, unknown> {
  const studio: Record<string, unknown> = { patents: { invention: 0, utility: 0, design: 0 }, leader: {} };
  assign(studio, draft.values, STUDIO_FIELD_PATHS);
  if (typeof studio.type === 'string') studio.type = canonicalStudioType(studio.type, campaign) ?? studio.type;
  studio.members = draft.members.map((member) => shapeMember(member));
  return studio;
}

function shapeMember(member: MemberDraft): Record<string, unknown> {
  const shaped: Record<string, unknown> = {};
  assign(shaped, member.values, MEMBER_FIELD_PATHS);
  return shaped;
}

function assign(target: Record<string, unknown>, values: FieldValues, paths: Readonly<Record<string, readonly string[]>>): void {
  for (const [key, value] of Object.entries(values)) {
    const path = paths[key];
    if (!path) continue;
    let node = target;
    for (const segment of path.slice(0, -1)) {
      node[segment] ??= {};
      node = node[segment] as Record<string, unknown>;
    }
    node[path[path.length - 1] as string] = value;
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
