/**
 * Writes templates/leshan-2020/approval.docx (附件1 推荐审批表) and material.docx
 * (附件3 申报材料) from their generators.
 * Run after changing a generator: npx vite-node scripts/templates/build-leshan-2020-docx.ts
 * (test/campaigns/leshan-2020 checks that the committed files still match the generators).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCampaign } from '../../src/campaigns/load.js';
import type { Form } from '../../src/campaigns/schema.js';
import { buildLeshan2020ApprovalDocx } from './leshan-2020-approval.js';
import { buildLeshan2020MaterialDocx } from './leshan-2020-material.js';

const campaignDir = fileURLToPath(new URL('../../templates/leshan-2020/', import.meta.url));
const campaignFile = `${campaignDir}campaign.json`;
const campaign = parseCampaign(readFileSync(campaignFile, 'utf8'), campaignFile);

const builders: Record<string, (form: Form) => Uint8Array> = {
  approval: buildLeshan2020ApprovalDocx,
  material: buildLeshan2020MaterialDocx,
};

for (const [id, build] of Object.entries(builders)) {
  const form = campaign.forms.find((candidate) => candidate.id === id);
  if (!form?.docx) throw new Error(`${campaignFile} has no ${id} form with a docx template`);
  const bytes = build(form);
  writeFileSync(`${campaignDir}${form.docx}`, bytes);
  console.error(`wrote ${campaignDir}${form.docx} (${bytes.length} bytes)`);
}
