import type { Campaign, Form } from '../campaigns/schema.js';
import { formatChineseDate, formatYuan } from '../core/format.js';
import { countChineseWords, paragraphs } from '../core/text.js';
import { STUDIO_FIELDS, type FieldDef } from '../model/fields.js';
import type { Member, Studio } from '../model/schema.js';

/**
 * The one view of a studio that every form template (DOCX and HTML) reads.
 * Every value is a display string — never undefined, null or a number — so a
 * template can not print "undefined". Checkboxes are pre-computed as
 * `box_<field>_<value>` = ☑ or ☐ for every enumerated field and studio type.
 */
export type FormView = Readonly<Record<string, string | readonly MemberRowView[] | readonly ParagraphView[]>>;

export interface MemberRowView {
  readonly index: string;
  readonly name: string;
  readonly gender: string;
  readonly age: string;
  readonly birthDate: string;
  readonly education: string;
  /** 职称（技能等级）as the Shanghai form prints it. */
  readonly qualification: string;
  readonly title: string;
  readonly skillLevel: string;
  readonly trade: string;
  readonly yearsWorking: string;
}

export interface ParagraphView {
  readonly text: string;
}

export const CHECKED = '☑';
export const UNCHECKED = '☐';

export function box(checked: boolean): string {
  return checked ? CHECKED : UNCHECKED;
}

/** Age at the campaign's reference date: typed age, else computed from the birth date. */
export function ageAt(person: { age?: number | undefined; birthDate?: string | undefined }, referenceDate: string): number | undefined {
  if (person.age !== undefined) return person.age;
  if (!person.birthDate) return undefined;
  const [by = 0, bm = 1] = person.birthDate.split('-').map(Number);
  const [ry = 0, rm = 1] = referenceDate.split('-').map(Number);
  return ry - by - (rm < bm ? 1 : 0);
}

export function buildFormView(studio: Studio, campaign: Campaign, form: Form): FormView {
  const leaderAge = ageAt(studio.leader, campaign.referenceDate);
  const view: Record<string, string | readonly MemberRowView[] | readonly ParagraphView[]> = {
    formTitle: form.title,
    attachment: form.attachment ?? '',
    campaignYear: String(campaign.year),
    programName: campaign.programName,
    studioId: studio.id ?? '',
    studioName: studio.name,
    specialty: studio.specialty ?? '',
    studioType: studio.type,
    studioTypeTitle: campaign.studioTypes.find((type) => type.value === studio.type)?.title ?? studio.type,
    unit: studio.unit,
    recommender: studio.recommender ?? '',
    system: studio.system ?? '',
    unitNature: studio.unitNature ?? '',
    industry: studio.industry ?? '',
    unitAddress: studio.unitAddress ?? '',
    postcode: studio.postcode ?? '',
    foundedDate: formatChineseDate(studio.foundedDate),
    inventionPatents: String(studio.patents.invention),
    utilityPatents: String(studio.patents.utility),
    designPatents: String(studio.patents.design),
    box_inventionPatents: box(studio.patents.invention > 0),
    box_utilityPatents: box(studio.patents.utility > 0),
    box_designPatents: box(studio.patents.design > 0),
    projectsThisYear: optionalNumber(studio.projectsThisYear),
    siteArea: optionalNumber(studio.siteArea),
    annualFunding: formatYuan(studio.annualFunding),
    leaderName: studio.leader.name,
    leaderPosition: studio.leader.position ?? '',
    leaderPhone: studio.leader.phone ?? '',
    leaderGender: studio.leader.gender ?? '',
    leaderAge: optionalNumber(leaderAge),
    leaderBirthDate: formatChineseDate(studio.leader.birthDate),
    leaderEducation: studio.leader.education ?? '',
    leaderTrade: studio.leader.trade ?? '',
    leaderYearsWorking: optionalNumber(studio.leader.yearsWorking),
    leaderSkillLevel: studio.leader.skillLevel ?? '',
    leaderTitle: studio.leader.title ?? '',
    leaderHukouType: studio.leader.hukouType ?? '',
    leaderHukouPlace: studio.leader.hukouPlace ?? '',
    leaderHonours: studio.leader.honours ?? '',
    leaderHonoursParagraphs: paragraphs(studio.leader.honours).map((text) => ({ text })),
    intro: studio.intro ?? '',
    introParagraphs: paragraphs(studio.intro).map((text) => ({ text })),
    introWordCount: String(countChineseWords(studio.intro ?? '')),
    studioHonours: studio.honours ?? '',
    studioHonoursParagraphs: paragraphs(studio.honours).map((text) => ({ text })),
    teamSize: String(studio.members.length + 1),
    memberCount: String(studio.members.length),
    members: studio.members.map((member, index) => memberRow(member, index, campaign.referenceDate)),
  };
  for (const type of campaign.studioTypes) view[`box_studioType_${type.value}`] = box(studio.type === type.value);
  addEnumBoxes(view, STUDIO_FIELDS, {
    unitNature: studio.unitNature,
    leaderGender: studio.leader.gender,
    leaderEducation: studio.leader.education,
    leaderSkillLevel: studio.leader.skillLevel,
    leaderTitle: studio.leader.title,
    leaderHukouType: studio.leader.hukouType,
    leaderHukouPlace: studio.leader.hukouPlace,
  });
  return view;
}

/** Every key a form view can have, for checking template tags before rendering. */
export function formViewKeys(campaign: Campaign): Set<string> {
  const sample = buildFormView(SAMPLE_STUDIO, campaign, { id: 'probe', title: '', label: '', page: { size: 'A4', landscape: false } });
  return new Set(Object.keys(sample));
}

export const MEMBER_ROW_KEYS: readonly (keyof MemberRowView)[] = [
  'index', 'name', 'gender', 'age', 'birthDate', 'education', 'qualification', 'title', 'skillLevel', 'trade', 'yearsWorking',
];

function memberRow(member: Member, index: number, referenceDate: string): MemberRowView {
  return {
    index: String(index + 1),
    name: member.name,
    gender: member.gender ?? '',
    age: optionalNumber(ageAt(member, referenceDate)),
    birthDate: formatChineseDate(member.birthDate),
    education: member.education ?? '',
    qualification: [member.title, member.skillLevel && member.skillLevel !== '无' ? member.skillLevel : undefined]
      .filter((part): part is string => Boolean(part))
      .join(' / '),
    title: member.title ?? '',
    skillLevel: member.skillLevel ?? '',
    trade: member.trade ?? '',
    yearsWorking: optionalNumber(member.yearsWorking),
  };
}

function addEnumBoxes(
  view: Record<string, unknown>,
  fields: readonly FieldDef[],
  values: Readonly<Record<string, string | undefined>>,
): void {
  for (const field of fields) {
    if (field.kind !== 'enum' || !(field.key in values)) continue;
    for (const option of field.options ?? []) view[`box_${field.key}_${option.value}`] = box(values[field.key] === option.value);
  }
}

function optionalNumber(value: number | undefined): string {
  return value === undefined ? '' : String(value);
}


const SAMPLE_STUDIO: Studio = {
  name: 'x', type: 'x', unit: 'x', patents: { invention: 0, utility: 0, design: 0 },
  leader: { name: 'x' }, members: [],
};
