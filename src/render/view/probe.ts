import type { Campaign, Form } from '../../campaigns/schema.js';
import { NARRATIVE_FIELD_KEYS } from '../../model/fields.js';
import type { Studio } from '../../model/schema.js';
import { buildFormView, type FormView } from './form-view.js';

/**
 * A studio with every optional field filled and one item in every list, so the
 * view built from it has every key a template may use (and every loop's item keys).
 * Template checks read the allowed vocabulary off it, so it can not drift from buildFormView.
 */
export const PROBE_STUDIO: Studio = {
  id: 'probe', name: 'probe', specialty: 'probe', type: 'probe', unit: 'probe', recommender: 'probe', system: 'probe',
  unitNature: '其他', industry: 'probe', unitAddress: 'probe', postcode: '000000', foundedDate: '2000-01',
  patents: { invention: 1, utility: 1, design: 1 }, projectsThisYear: 1, siteArea: 1, annualFunding: 1,
  equipmentCount: 1, equipmentList: 'probe', bookCount: 1, trainingPerYear: 1, projectsTotal: 1, achievementsTotal: 1,
  achievementsApplied: 1, recognizedResultsThisYear: 1, economicBenefit: 1,
  awards: { international: 1, national: 1, provincial: 1, municipal: 1 }, awardDetails: 'probe', recommendRank: 1,
  recommenderContact: 'probe', namedDate: '2016-12', fundedProject: 'probe',
  funding: { total: 1, unit: 1, external: 1, self: 1, other: 1, otherNote: 'probe', sources: 'probe' },
  innovationFields: ['技术创新'], resultFields: ['科技创新成果'], publicityMaterials: ['宣传视频'],
  previouslyNamedDistrict: false, previousNaming: 'probe',
  recent: { funding: 1, innovations: 1, economicBenefit: 1, talents: 1, talentDetails: 'probe', socialBenefit: 'probe' },
  narratives: Object.fromEntries(NARRATIVE_FIELD_KEYS.map((key) => [key, 'probe'])),
  intro: 'probe', honours: 'probe',
  leader: {
    name: 'probe', position: 'probe', phone: '00000', gender: '男', age: 40, birthDate: '1980-01', education: '本科',
    trade: 'probe', yearsWorking: 1, skillLevel: '无', title: 'probe', nativePlace: 'probe', ethnicity: 'probe',
    politicalStatus: '群众', email: 'a@b.cn', officePhone: '00000', isModelWorker: false, hukouType: '农业',
    hukouPlace: '本市', honours: 'probe',
  },
  members: [{
    name: 'probe', gender: '男', age: 30, birthDate: '1990-01', education: '本科', title: 'probe', skillLevel: '无',
    trade: 'probe', yearsWorking: 1, politicalStatus: '群众', department: 'probe', role: 'probe',
  }],
};

const PROBE_FORM: Form = { id: 'probe', title: 'probe', label: 'probe', page: { size: 'A4', landscape: false } };

/** The view of PROBE_STUDIO: every key filled, every list with one row. */
export function probeFormView(campaign: Campaign, form: Form = PROBE_FORM): FormView {
  return buildFormView({ ...PROBE_STUDIO, type: campaign.studioTypes[0]?.value ?? 'probe' }, campaign, form);
}

/** Every key a form view has, for checking template tags before rendering. */
export function formViewKeys(campaign: Campaign): Set<string> {
  return new Set(Object.keys(probeFormView(campaign)));
}
