/**
 * Writes templates/shanghai-technician-2016/review.docx (周期考核表) from its generator.
 * Run after changing the generator: npx vite-node scripts/templates/build-shanghai-technician-2016-docx.ts
 * (test/campaigns/shanghai-technician-2016 checks that the committed file still matches the generator).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCampaign } from '../../src/campaigns/load.js';
import { buildShanghaiTechnician2016ReviewDocx } from './shanghai-technician-2016-review.js';

const campaignDir = fileURLToPath(new URL('../../templates/shanghai-technician-2016/', import.meta.url));
const campaignFile = `${campaignDir}campaign.json`;
const campaign = parseCampaign(readFileSync(campaignFile, 'utf8'), campaignFile);
const form = campaign.forms.find((candidate) => candidate.id === 'review');
if (!form?.docx) throw new Error(`${campaignFile} has no review form with a docx template`);

const bytes = buildShanghaiTechnician2016ReviewDocx(form);
writeFileSync(`${campaignDir}${form.docx}`, bytes);
console.error(`wrote ${campaignDir}${form.docx} (${bytes.length} bytes)`);
