import { cycleEndingIn, cycleInForce, type ManagementCycle } from '../../campaigns/management-cycle.js';
import type { Campaign, Form } from '../../campaigns/schema.js';
import { formatChineseDate, formatWanNumber, formatYuan } from '../../core/format.js';
import { countChineseWords, paragraphs } from '../../core/text.js';
import { NARRATIVE_FIELD_KEYS, NON_PUBLIC_UNIT_NATURES, STUDIO_FIELDS, titleLevel } from '../../model/fields.js';
import type { Member, Studio } from '../../model/schema.js';
import { ageAt } from './age.js';
import { teamStats } from './team-stats.js';

/**
 * The one view of a studio that every form template (DOCX and HTML) reads.
 * Every value is a display string — never undefined, null or a number — so a
 * template can not print "undefined". Checkboxes are pre-computed as
 * `box_<field>_<value>` = ☑ or ☐ for every enumerated field and studio type.
 * Long texts come twice: as one string and as `<key>Paragraphs` for loops.
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
  readonly politicalStatus: string;
  readonly department: string;
  readonly role: string;
}

export interface ParagraphView {
  readonly text: string;
}

export const CHECKED = '☑';
export const UNCHECKED = '☐';

export function box(checked: boolean): string {
  return checked ? CHECKED : UNCHECKED;
}

export { ageAt };

type ViewValue = string | readonly MemberRowView[] | readonly ParagraphView[];

export interface FormViewOptions {
  /** Review of the management cycles ending in this year (render --review-year): the cycle keys describe that cycle. */
  readonly reviewYear?: number;
}

/**
 * @example buildFormView(studio, campaign, form).box_studioType_工匠 // '☑'
 */
export function buildFormView(studio: Studio, campaign: Campaign, form: Form, options: FormViewOptions = {}): FormView {
  const { leader } = studio;
  const stats = teamStats(studio, campaign.referenceDate);
  const cycle = managementCycleOf(studio, campaign, options.reviewYear);
  const view: Record<string, ViewValue> = {
    formTitle: form.title,
    attachment: form.attachment ?? '',
    campaignYear: String(campaign.year),
    programName: campaign.programName,
    issuer: campaign.issuer,
    studioId: studio.id ?? '',
    studioName: studio.name,
    specialty: studio.specialty ?? '',
    studioType: studio.type,
    studioTypeTitle: campaign.studioTypes.find((type) => type.value === studio.type)?.title ?? studio.type,
    unit: studio.unit,
    recommender: studio.recommender ?? '',
    recommenderContact: studio.recommenderContact ?? '',
    recommendRank: number(studio.recommendRank),
    system: studio.system ?? '',
    unitNature: studio.unitNature ?? '',
    unitIsPublic: box(isPublicUnit(studio.unitNature) === true),
    unitIsNonPublic: box(isPublicUnit(studio.unitNature) === false),
    industry: studio.industry ?? '',
    unitAddress: studio.unitAddress ?? '',
    postcode: studio.postcode ?? '',
    foundedDate: formatChineseDate(studio.foundedDate),
    inventionPatents: String(studio.patents.invention),
    utilityPatents: String(studio.patents.utility),
    designPatents: String(studio.patents.design),
    patentsTotal: String(studio.patents.invention + studio.patents.utility + studio.patents.design),
    box_inventionPatents: box(studio.patents.invention > 0),
    box_utilityPatents: box(studio.patents.utility > 0),
    box_designPatents: box(studio.patents.design > 0),
    projectsThisYear: number(studio.projectsThisYear),
    recognizedResultsThisYear: number(studio.recognizedResultsThisYear),
    projectsTotal: number(studio.projectsTotal),
    achievementsTotal: number(studio.achievementsTotal),
    achievementsApplied: number(studio.achievementsApplied),
    siteArea: number(studio.siteArea),
    equipmentCount: number(studio.equipmentCount),
    bookCount: number(studio.bookCount),
    trainingPerYear: number(studio.trainingPerYear),
    annualFunding: formatYuan(studio.annualFunding),
    annualFundingWan: formatWanNumber(studio.annualFunding),
    economicBenefitWan: formatWanNumber(studio.economicBenefit),
    awardsInternational: String(studio.awards.international),
    awardsNational: String(studio.awards.national),
    awardsProvincial: String(studio.awards.provincial),
    awardsMunicipal: String(studio.awards.municipal),
    awardsTotal: String(studio.awards.international + studio.awards.national + studio.awards.provincial + studio.awards.municipal),
    fundingTotalWan: formatWanNumber(studio.funding.total),
    fundingUnitWan: formatWanNumber(studio.funding.unit),
    fundingExternalWan: formatWanNumber(studio.funding.external),
    fundingSelfWan: formatWanNumber(studio.funding.self),
    fundingOtherWan: formatWanNumber(studio.funding.other),
    fundingOtherNote: studio.funding.otherNote ?? '',
    namedDate: formatChineseDate(studio.namedDate),
    cycleNumber: cycle ? String(cycle.number) : '',
    cycleStart: formatChineseDate(cycle?.start),
    cycleEnd: formatChineseDate(cycle?.end),
    reviewYear: cycle ? cycle.end.slice(0, 4) : '',
    dataPeriod: dataPeriod(campaign),
    fundedProject: studio.fundedProject ?? '',
    previouslyNamedDistrict: yesNo(studio.previouslyNamedDistrict),
    previousNaming: studio.previousNaming ?? '',
    recentFundingWan: formatWanNumber(studio.recent.funding),
    recentInnovations: number(studio.recent.innovations),
    recentEconomicBenefitWan: formatWanNumber(studio.recent.economicBenefit),
    recentTalents: number(studio.recent.talents),
    leaderName: leader.name,
    leaderPosition: leader.position ?? '',
    leaderUnitAndPosition: [studio.unit, leader.position].filter(Boolean).join(' '),
    leaderPhone: leader.phone ?? '',
    leaderOfficePhone: leader.officePhone ?? '',
    leaderEmail: leader.email ?? '',
    leaderGender: leader.gender ?? '',
    leaderAge: number(ageAt(leader, campaign.referenceDate)),
    leaderBirthDate: formatChineseDate(leader.birthDate),
    leaderNativePlace: leader.nativePlace ?? '',
    leaderEthnicity: leader.ethnicity ?? '',
    leaderPoliticalStatus: leader.politicalStatus ?? '',
    leaderEducation: leader.education ?? '',
    leaderTrade: leader.trade ?? '',
    leaderYearsWorking: number(leader.yearsWorking),
    leaderSkillLevel: leader.skillLevel ?? '',
    leaderTitle: leader.title ?? '',
    leaderQualification: qualification(leader),
    leaderIsModelWorker: yesNo(leader.isModelWorker),
    leaderHukouType: leader.hukouType ?? '',
    leaderHukouPlace: leader.hukouPlace ?? '',
    ...longText('leaderHonours', leader.honours),
    ...longText('intro', studio.intro),
    introWordCount: String(countChineseWords(studio.intro ?? '')),
    ...longText('studioHonours', studio.honours),
    ...longText('equipmentList', studio.equipmentList),
    ...longText('awardDetails', studio.awardDetails),
    ...longText('fundingSources', studio.funding.sources),
    ...longText('talentDetails', studio.recent.talentDetails),
    ...longText('recentSocialBenefit', studio.recent.socialBenefit),
    teamSize: String(stats.total),
    memberCount: String(studio.members.length),
    teamMale: String(stats.male),
    teamFemale: String(stats.female),
    teamPartyMembers: String(stats.partyMembers),
    teamAverageAge: number(stats.averageAge),
    teamDoctor: String(stats.byDegree.doctor),
    teamMaster: String(stats.byDegree.master),
    teamBachelor: String(stats.byDegree.bachelor),
    teamCollege: String(stats.byDegree.college),
    teamHighSchoolOrBelow: String(stats.byDegree.highSchoolOrBelow),
    teamSeniorTechnician: String(stats.bySkillLevel.seniorTechnician),
    teamTechnician: String(stats.bySkillLevel.technician),
    teamSeniorWorker: String(stats.bySkillLevel.seniorWorker),
    teamIntermediateWorker: String(stats.bySkillLevel.intermediateWorker),
    teamJuniorWorker: String(stats.bySkillLevel.juniorWorker),
    teamAssistantEngineer: String(stats.byTitle.assistantEngineer),
    teamEngineer: String(stats.byTitle.engineer),
    teamSeniorEngineer: String(stats.byTitle.seniorEngineer),
    teamResearcher: String(stats.byTitle.researcher),
    members: studio.members.map((member, index) => memberRow(member, index, campaign.referenceDate)),
  };
  for (const key of NARRATIVE_FIELD_KEYS) Object.assign(view, longText(key, studio.narratives[key]));
  for (const type of campaign.studioTypes) view[`box_studioType_${type.value}`] = box(studio.type === type.value);
  addOptionBoxes(view, {
    unitNature: [studio.unitNature],
    leaderGender: [leader.gender],
    leaderEducation: [leader.education],
    leaderSkillLevel: [leader.skillLevel],
    leaderPoliticalStatus: [leader.politicalStatus],
    leaderHukouType: [leader.hukouType],
    leaderHukouPlace: [leader.hukouPlace],
    innovationFields: studio.innovationFields,
    resultFields: studio.resultFields,
    publicityMaterials: studio.publicityMaterials,
  });
  const level = titleLevel(leader.title) ?? (leader.title ? undefined : '无');
  for (const option of ['高级', '中级', '初级', '无']) view[`box_leaderTitle_${option}`] = box(level === option);
  return view;
}

export const MEMBER_ROW_KEYS: readonly (keyof MemberRowView)[] = [
  'index', 'name', 'gender', 'age', 'birthDate', 'education', 'qualification', 'title', 'skillLevel', 'trade', 'yearsWorking',
  'politicalStatus', 'department', 'role',
];

function memberRow(member: Member, index: number, referenceDate: string): MemberRowView {
  return {
    index: String(index + 1),
    name: member.name,
    gender: member.gender ?? '',
    age: number(ageAt(member, referenceDate)),
    birthDate: formatChineseDate(member.birthDate),
    education: member.education ?? '',
    qualification: qualification(member),
    title: member.title ?? '',
    skillLevel: member.skillLevel ?? '',
    trade: member.trade ?? '',
    yearsWorking: number(member.yearsWorking),
    politicalStatus: member.politicalStatus ?? '',
    department: member.department ?? '',
    role: member.role ?? '',
  };
}

/** ☑/☐ for every option of the catalogue's enumerated fields, ticked when selected. */
function addOptionBoxes(view: Record<string, ViewValue>, selected: Readonly<Record<string, readonly (string | undefined)[]>>): void {
  for (const field of STUDIO_FIELDS) {
    const values = selected[field.key];
    if (!values) continue;
    for (const option of field.options ?? []) view[`box_${field.key}_${option.value}`] = box(values.includes(option.value));
  }
}

/** 职称/技能等级 in one cell, as the forms print it: 工程师 / 技师 (a skill level of 无 is left out). */
function qualification(person: { title?: string | undefined; skillLevel?: string | undefined }): string {
  return [person.title, person.skillLevel === '无' ? undefined : person.skillLevel].filter((part) => part !== undefined && part !== '').join(' / ');
}

function longText(key: string, text: string | undefined): Record<string, ViewValue> {
  return { [key]: text ?? '', [`${key}Paragraphs`]: paragraphs(text).map((line) => ({ text: line })) };
}

/** 公有 / 非公有 as the Beijing form asks; undefined when the nature is not given. */
function isPublicUnit(nature: string | undefined): boolean | undefined {
  if (!nature) return undefined;
  return !NON_PUBLIC_UNIT_NATURES.includes(nature);
}

/** The management cycle the form is about: the one ending in the review year, else the one in force on the reference date. */
function managementCycleOf(studio: Studio, campaign: Campaign, reviewYear: number | undefined): ManagementCycle | undefined {
  const years = campaign.managementCycleYears;
  if (!years || !studio.namedDate) return undefined;
  return reviewYear === undefined ? cycleInForce(studio.namedDate, years, campaign.referenceDate) : cycleEndingIn(studio.namedDate, years, reviewYear);
}

/** 近N年 as the forms print it, ending the year before the campaign's: Nanchang 2021, 近三年 → 2018—2020年. */
function dataPeriod(campaign: Campaign): string {
  if (!campaign.dataPeriodYears) return '';
  const last = campaign.year - 1;
  const first = last - campaign.dataPeriodYears + 1;
  return first === last ? `${last}年` : `${first}—${last}年`;
}

function yesNo(value: boolean | undefined): string {
  return value === undefined ? '' : value ? '是' : '否';
}

function number(value: number | undefined): string {
  return value === undefined ? '' : String(value);
}
