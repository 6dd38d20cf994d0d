/**
 * Writes templates/beijing-district-2016/application.docx from its generator.
 * Run after changing the generator: npx vite-node scripts/templates/build-beijing-district-2016-application-docx.ts
 * (test/campaigns/beijing-district-2016 checks that the committed file still matches the generator).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCampaign } from '../../src/campaigns/load.js';
import { buildBeijingDistrict2016ApplicationDocx } from './beijing-district-2016-application.js';

const campaignDir = fileURLToPath(new URL('../../templates/beijing-district-2016/', import.meta.url));
const campaignFile = `${campaignDir}campaign.json`;
const campaign = parseCampaign(readFileSync(campaignFile, 'utf8'), campaignFile);
const form = campaign.forms.find((candidate) => candidate.id === 'application');
if (!form?.docx) throw new Error(`${campaignFile} has no application form with a docx template`);

const bytes = buildBeijingDistrict2016ApplicationDocx(form);
writeFileSync(`${campaignDir}${form.docx}`, bytes);
console.error(`wrote ${campaignDir}${form.docx} (${bytes.length} bytes)`);
