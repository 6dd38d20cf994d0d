/**
 * Writes templates/beijing-district-2016/application.docx from its generator.
 * Run after changing the generator: npx vite-node scripts/templates/build-beijing-district-2016-application-docx.ts
 * (test/campaigns/beijing-district-2016 checks that the committed file still matches the generator).
 */
import { buildBeijingDistrict2016ApplicationDocx } from './beijing-district-2016-application.js';
import { writeCampaignTemplates } from './write-campaign-templates.js';

writeCampaignTemplates('beijing-district-2016', { application: buildBeijingDistrict2016ApplicationDocx });
