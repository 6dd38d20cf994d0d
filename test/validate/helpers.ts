import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCampaign, templatesRoot } from '../../src/campaigns/load.js';
import type { Campaign } from '../../src/campaigns/schema.js';
import type { StudioDraft } from '../../src/import/types.js';
import { validateApplications } from '../../src/validate/index.js';
import type { CheckedStudio } from '../../src/validate/types.js';

export const shanghai2020: Campaign = loadCampaignDefinition('shanghai-2020');

/** The definition only: validation does not need the campaign's templates. */
export function loadCampaignDefinition(id: string): Campaign {
  const file = join(templatesRoot(), id, 'campaign.json');
  return parseCampaign(readFileSync(file, 'utf8'), file);
}

export function check(drafts: StudioDraft[], campaign: Campaign = shanghai2020) {
  return validateApplications({ inputs: [], studios: drafts, problems: [] }, campaign);
}

export function checkOne(studioDraft: StudioDraft, campaign: Campaign = shanghai2020): CheckedStudio {
  const studio = check([studioDraft], campaign).studios[0];
  if (!studio) throw new Error('no studio checked');
  return studio;
}

export function codes(studio: CheckedStudio): string[] {
  return studio.problems.map((problem) => problem.code);
}
