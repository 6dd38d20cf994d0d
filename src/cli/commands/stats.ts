import { join } from 'node:path';
import { loadCampaign } from '../../campaigns/load.js';
import { EXIT_CODES, StudioDocsError } from '../../core/errors.js';
import { readInputFiles, writeFileAtomic } from '../../io/files.js';
import { checkApplications } from '../../jobs/check.js';
import { documentDate } from '../../render/pdf/index.js';
import { renderStatisticsPdf } from '../../render/stats/report.js';
import { campaignStatistics } from '../../summary/index.js';
import { COMMON_OPTIONS, parseCommandArgs, requireCampaign } from '../args.js';
import type { Command } from '../command.js';
import { createOutput } from '../output.js';
import { launchFormPrinter } from '../../io/form-printer.js';
import { checkJson, printCheckSummary } from '../report.js';

const usage = `用法：studio-docs stats <输入文件…> --campaign <活动编号> [--out <文件.pdf>] [--json]

生成可打印的申报情况统计报告（PDF，A4）：各推荐单位按类型的工作室数（条形图）、申报单位性质（饼图）、
团队人数分布和领衔人技能等级（柱状图），每张图旁附同样数字的表格。只统计校验通过的工作室。

  --campaign <编号>  评选活动，如 shanghai-2020（studio-docs campaigns 可查看全部）
  --out <文件>       输出文件（默认 out/<活动编号>/申报情况统计-<活动编号>.pdf）
  --json             以 JSON 输出结果（含全部统计数字）
  -h, --help         显示本帮助`;

export const statsCommand: Command = {
  name: 'stats',
  summary: '生成带图表的申报情况统计报告（PDF）',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, { ...COMMON_OPTIONS, campaign: { type: 'string' }, out: { type: 'string' } }, usage);
    const output = createOutput(Boolean(values.json));
    if (values.help) return output.line(usage), EXIT_CODES.OK;
    const { campaign } = loadCampaign(requireCampaign(values.campaign, usage));
    const path = values.out ?? join('out', campaign.id, `申报情况统计-${campaign.id}.pdf`);
    if (!path.toLowerCase().endsWith('.pdf')) throw new StudioDocsError('USAGE', `--out 应为 .pdf 文件：${path}`);
    const check = await checkApplications(readInputFiles(positionals), campaign);
    printCheckSummary(output, campaign, check);
    if (check.valid.length === 0) throw new StudioDocsError('INVALID_DATA', '没有可统计的工作室：全部工作室都有错误，请先按上面的清单修改。');

    const stats = campaignStatistics(
      check.valid.map(({ studio }) => studio),
      campaign,
      { excluded: check.summary.studios - check.summary.valid },
    );
    const printer = await launchFormPrinter();
    const stopOnSignal = () => void printer.close();
    process.once('SIGINT', stopOnSignal);
    try {
      writeFileAtomic(path, await renderStatisticsPdf(printer, stats, campaign, documentDate(campaign.noticeDate)));
    } finally {
      process.removeListener('SIGINT', stopOnSignal);
      await printer.close();
    }
    output.line(`\n已写出统计报告：${path}（统计 ${stats.studios} 个工作室${stats.excluded > 0 ? `，${stats.excluded} 个因错误未计入` : ''}）`);
    output.result({ campaign: campaign.id, ...checkJson(check), path, statistics: stats });
    return EXIT_CODES.OK;
  },
};
