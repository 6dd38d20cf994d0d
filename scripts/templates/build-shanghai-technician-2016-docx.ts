/**
 * Writes templates/shanghai-technician-2016/review.docx (周期考核表) from its generator.
 * Run after changing the generator: npx vite-node scripts/templates/build-shanghai-technician-2016-docx.ts
 * (test/campaigns/shanghai-technician-2016 checks that the committed file still matches the generator).
 */
import { buildShanghaiTechnician2016ReviewDocx } from './shanghai-technician-2016-review.js';
import { writeCampaignTemplates } from './write-campaign-templates.js';

writeCampaignTemplates('shanghai-technician-2016', { review: buildShanghaiTechnician2016ReviewDocx });
