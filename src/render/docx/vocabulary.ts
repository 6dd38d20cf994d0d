import type { Campaign } from '../../campaigns/schema.js';
import { probeFormView } from '../view.js';

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
  const view = probeFormView(campaign);
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
