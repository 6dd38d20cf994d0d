/**
 * Writes templates/nanchang-2021/application.docx (附件1 申报表) and material.docx
 * (附件2 申报材料) from their generators.
 * Run after changing a generator: npx vite-node scripts/templates/build-nanchang-2021-docx.ts
 * (test/campaigns/nanchang-2021 checks that the committed files still match the generators).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCampaign } from '../../src/campaigns/load.js';
import { buildNanchang2021ApplicationDocx } from './nanchang-2021-application.js';
import { buildNanchang2021MaterialDocx } from './nanchang-2021-material.js';

const campaignDir = fileURLToPath(new URL('../../templates/nanchang-2021/', import.meta.url));
const campaignFile = `${campaignDir}campaign.json`;
const campaign = parseCampaign(readFileSync(campaignFile, 'utf8'), campaignFile);

const builders = { application: buildNanchang2021ApplicationDocx, material: buildNanchang2021MaterialDocx } as const;
for (const [id, build] of Object.entries(builders)) {
  const form = campaign.forms.find((candidate) => candidate.id === id);
  if (!form?.docx) throw new Error(`${campaignFile} has no ${id} form with a docx template`);
  const bytes = build(form);
  writeFileSync(`${campaignDir}${form.docx}`, bytes);
  console.error(`wrote ${campaignDir}${form.docx} (${bytes.length} bytes)`);
}
