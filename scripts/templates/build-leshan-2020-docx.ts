/**
 * Writes templates/leshan-2020/approval.docx (附件1 推荐审批表) and material.docx
 * (附件3 申报材料) from their generators.
 * Run after changing a generator: npx vite-node scripts/templates/build-leshan-2020-docx.ts
 * (test/campaigns/leshan-2020 checks that the committed files still match the generators).
 */
import { buildLeshan2020ApprovalDocx } from './leshan-2020-approval.js';
import { buildLeshan2020MaterialDocx } from './leshan-2020-material.js';
import { writeCampaignTemplates } from './write-campaign-templates.js';

writeCampaignTemplates('leshan-2020', { approval: buildLeshan2020ApprovalDocx, material: buildLeshan2020MaterialDocx });
