import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCampaign } from '../../src/campaigns/load.js';
import type { Form } from '../../src/campaigns/schema.js';

/**
 * Writes the DOCX templates of one campaign from their generators, each to the
 * path its form entry in templates/<campaign>/campaign.json names. Throws when
 * the campaign has no such form or the form has no docx template.
 *
 * @example writeCampaignTemplates('shanghai-2020', { application: buildShanghai2020ApplicationDocx });
 */
export function writeCampaignTemplates(campaignId: string, builders: Readonly<Record<string, (form: Form) => Uint8Array>>): void {
  const campaignDir = fileURLToPath(new URL(`../../templates/${campaignId}/`, import.meta.url));
  const campaignFile = `${campaignDir}campaign.json`;
  const campaign = parseCampaign(readFileSync(campaignFile, 'utf8'), campaignFile);
  for (const [id, build] of Object.entries(builders)) {
    const form = campaign.forms.find((candidate) => candidate.id === id);
    if (!form?.docx) throw new Error(`${campaignFile} has no ${id} form with a docx template`);
    const bytes = build(form);
    writeFileSync(`${campaignDir}${form.docx}`, bytes);
    console.error(`wrote ${campaignDir}${form.docx} (${bytes.length} bytes)`);
  }
}
