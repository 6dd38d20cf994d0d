import type { Campaign, Form } from '../../campaigns/schema.js';
import type { Studio } from '../../model/schema.js';
import { buildFormView } from '../view.js';

/** The tags a DOCX template may use: view keys, and inside each loop the keys of its items. */
export interface TemplateVocabulary {
  readonly allowedTags: ReadonlySet<string>;
  readonly loopTags: Readonly<Record<string, ReadonlySet<string>>>;
}

/**
 * Reads the vocabulary off a real view, so it can never drift from buildFormView():
 * a probe studio with one item in every list shows which keys each loop offers.
 *
 * @example
 * const { allowedTags, loopTags } = formTemplateVocabulary(campaign);
 * allowedTags.has('studioName'); // true
 * loopTags.members?.has('qualification'); // true
 */
export function formTemplateVocabulary(campaign: Campaign): TemplateVocabulary {
  const view = buildFormView(PROBE_STUDIO, campaign, PROBE_FORM);
  const loopTags: Record<string, ReadonlySet<string>> = {};
  for (const [key, value] of Object.entries(view)) {
    if (!Array.isArray(value)) continue;
    const [first] = value as readonly object[];
    // A list the probe leaves empty would silently allow no item keys at all.
    if (first === undefined) throw new Error(`formTemplateVocabulary: the probe studio gives an empty "${key}" list; give it one item`);
    loopTags[key] = new Set(Object.keys(first));
  }
  return { allowedTags: new Set(Object.keys(view)), loopTags };
}

const PROBE_FORM: Form = { id: 'probe', title: 'probe', label: 'probe', page: { size: 'A4', landscape: false } };

const PROBE_STUDIO: Studio = {
  name: '工作室',
  type: '工匠',
  unit: '单位',
  patents: { invention: 0, utility: 0, design: 0 },
  intro: '介绍',
  honours: '荣誉',
  leader: { name: '领衔人', honours: '荣誉' },
  members: [{ name: '成员' }],
};
