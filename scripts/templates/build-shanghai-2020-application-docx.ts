/**
 * Writes templates/shanghai-2020/application.docx from its generator.
 * Run after changing the generator: npx vite-node scripts/templates/build-shanghai-2020-application-docx.ts
 * (test/render/docx checks that the committed file still matches the generator).
 */
import { buildShanghai2020ApplicationDocx } from './shanghai-2020-application.js';
import { writeCampaignTemplates } from './write-campaign-templates.js';

writeCampaignTemplates('shanghai-2020', { application: buildShanghai2020ApplicationDocx });
