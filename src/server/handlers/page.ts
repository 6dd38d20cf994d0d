import { listCampaignIds, loadCampaign } from '../../campaigns/load.js';
import { buildImportTemplate } from '../../render/xlsx/import-template.js';
import { APP_CSS } from '../assets/app-css.js';
import { APP_JS } from '../assets/app-js.js';
import { INDEX_HTML } from '../assets/index-html.js';
import { SECURITY_HEADERS, sendBytes, sendJson } from '../http-io.js';
import { param, sendFile, type Handlers } from './context.js';

/** The page, its script and styles, the campaign list and the blank import templates. */
export function pageHandlers(): Handlers<'page' | 'script' | 'style' | 'favicon' | 'campaigns' | 'template'> {
  return {
    page: async ({ request, response }) => sendBytes(response, INDEX_HTML, { 'Content-Type': 'text/html; charset=utf-8' }, request.method),
    script: async ({ request, response }) => sendBytes(response, APP_JS, { 'Content-Type': 'text/javascript; charset=utf-8' }, request.method),
    style: async ({ request, response }) => sendBytes(response, APP_CSS, { 'Content-Type': 'text/css; charset=utf-8' }, request.method),
    // Browsers ask for it on every page; nothing to show, and no 404 in the console.
    favicon: async ({ response }) => void response.writeHead(204, SECURITY_HEADERS).end(),

    campaigns: async ({ response }) => {
      const campaigns = listCampaignIds().map((id) => loadCampaign(id).campaign);
      sendJson(response, 200, {
        campaigns: campaigns.map((campaign) => ({
          id: campaign.id,
          description: campaign.description,
          year: campaign.year,
          noticeNumber: campaign.noticeNumber,
          /** Whether expert scores lead to ranking and naming documents for this campaign. */
          review: Boolean(campaign.review && campaign.announcements),
        })),
      });
    },

    template: async ({ request, response, params }) => {
      const { campaign } = loadCampaign(param(params, 'campaign'));
      sendFile(response, await buildImportTemplate(campaign), `导入模板-${campaign.id}.xlsx`, 'attachment', request.method);
    },
  };
}
