/**
 * Writes templates/nanchang-2021/application.docx (附件1 申报表) and material.docx
 * (附件2 申报材料) from their generators.
 * Run after changing a generator: npx vite-node scripts/templates/build-nanchang-2021-docx.ts
 * (test/campaigns/nanchang-2021 checks that the committed files still match the generators).
 */
import { buildNanchang2021ApplicationDocx } from './nanchang-2021-application.js';
import { buildNanchang2021MaterialDocx } from './nanchang-2021-material.js';
import { writeCampaignTemplates } from './write-campaign-templates.js';

writeCampaignTemplates('nanchang-2021', { application: buildNanchang2021ApplicationDocx, material: buildNanchang2021MaterialDocx });
