import { listCampaignIds, loadCampaign } from '../../campaigns/load.js';
import { COMMON_OPTIONS, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { createOutput } from '../output.js';

const usage = `用法：studio-docs campaigns [--json]

列出 templates/ 中的全部评选活动（每年一份通知一个文件夹）及一句话说明。`;

export const campaignsCommand: Command = {
  name: 'campaigns',
  summary: '列出可用的评选活动',
  usage,
  async run(argv) {
    const { values } = parseCommandArgs(argv, COMMON_OPTIONS, usage);
    const output = createOutput(Boolean(values.json));
    if (values.help) return output.line(usage), 0;
    const campaigns = listCampaignIds().map((id) => loadCampaign(id).campaign);
    output.result(campaigns.map(({ id, description, year, issuer, noticeNumber, studioTypes }) => ({
      id, description, year, issuer, noticeNumber, studioTypes: studioTypes.map((type) => type.value),
    })));
    for (const campaign of campaigns) output.line(`${campaign.id.padEnd(28)} ${campaign.description}`);
    return 0;
  },
};
