import { join } from 'node:path';
import { loadCampaign } from '../../campaigns/load.js';
import { EXIT_CODES } from '../../core/errors.js';
import { readInputFiles } from '../../io/files.js';
import type { CheckResult } from '../../jobs/check.js';
import { selectSummaries, SUMMARY_FORMATS } from '../../jobs/summary.js';
import { runSeason, type SeasonResult } from '../../season/run-season.js';
import { handFilledItems } from '../../summary/index.js';
import { percent } from '../../validate/rules/types.js';
import { COMMON_OPTIONS, parseCommandArgs, parseFormats, requireCampaign } from '../args.js';
import type { Command } from '../command.js';
import { createOutput, type Output } from '../output.js';
import { createProgress } from '../progress.js';
import { REGISTRY_OPTION, registryHelp, registryPath } from '../registry-option.js';
import { checkJson, printCheckSummary } from '../report.js';
import { stopOnCtrlC } from '../stop-signal.js';

const usage = `用法：studio-docs summary <输入文件…> --campaign <活动编号> [--out <目录>] [--format xlsx,docx,pdf] [--summary <编号>] [--json]

按推荐单位（区局（产业）工会 / 县（市、区）总工会）生成本活动通知附件中的汇总表，每个推荐单位一份
（Excel 含计数与合计公式；Word、PDF 供打印盖章），另生成全市汇总工作簿：“汇总”表按推荐单位 × 类型
统计（行、列合计为公式），非公企业占比及是否达到要求、专利、资助测算，其后每个推荐单位一张表。
只汇总校验通过的工作室；有错误的工作室不计入，并在输出中列出。已生成的文件不会被覆盖。

  --campaign <编号>  评选活动，如 shanghai-2020（studio-docs campaigns 可查看全部）
  --out <目录>       输出目录（默认 out/<活动编号>）
  --format <格式>    xlsx、docx、pdf 的任意组合，逗号分隔（默认全部）
  --summary <编号>   只生成这一种汇总表（活动定义了多种时）
${registryHelp(21)}
  --json             以 JSON 输出结果
  -h, --help         显示本帮助`;

export const summaryCommand: Command = {
  name: 'summary',
  summary: '按推荐单位生成推荐申报汇总表（xlsx/docx/pdf）和全市汇总工作簿',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(
      argv,
      { ...COMMON_OPTIONS, ...REGISTRY_OPTION, campaign: { type: 'string' }, out: { type: 'string' }, format: { type: 'string' }, summary: { type: 'string' } },
      usage,
    );
    const output = createOutput(Boolean(values.json));
    if (values.help) return output.line(usage), EXIT_CODES.OK;
    const { campaign } = loadCampaign(requireCampaign(values.campaign, usage));
    // Asking for every summary by id makes a campaign without summaries the usage error it is for this command.
    const summaryIds = selectSummaries(campaign, values.summary === undefined ? campaign.summaries.map((summary) => summary.id) : [values.summary]).map((summary) => summary.id);
    const out = values.out ?? join('out', campaign.id);
    const stop = stopOnCtrlC(output);
    let progress: ReturnType<typeof createProgress> | undefined;
    let excluded: ReturnType<typeof printExcluded> = [];
    let result: SeasonResult;
    try {
      // Summaries are issued documents too: recorded in the archive like the forms, never overwritten.
      result = await runSeason({
        campaignId: campaign.id,
        files: readInputFiles(positionals),
        out,
        registry: registryPath({ registry: values.registry, out: values.out }),
        formats: [],
        forms: false,
        summaryIds,
        summaryFormats: parseFormats(values.format, SUMMARY_FORMATS, SUMMARY_FORMATS),
        command: 'summary',
        signal: stop.signal,
        onCheck(check) {
          printCheckSummary(output, campaign, check);
          if (check.valid.length > 0) excluded = printExcluded(output, check);
        },
        onProgress(step) {
          progress ??= createProgress(step.label, step.total);
          if (step.done > 0) progress.tick();
        },
      });
    } finally {
      progress?.done();
      stop.dispose();
    }

    const { documents, registry } = result;
    const count = (status: string) => documents.filter((doc) => doc.status === status).length;
    output.line(`\n已生成汇总文件 ${documents.length} 份（新写出 ${count('written')}，内容未变 ${count('unchanged')}，新版本 ${count('new-version')}），输出目录：${out}`);
    output.line(registry.run === null ? `档案无变化：${registry.path}` : `已登记到档案：${registry.path}（第 ${registry.run} 次运行）`);
    const plans = result.summaryPlans;
    const shortfalls = plans.flatMap(({ summary, city }) =>
      city.districts.filter((row) => row.belowNonPublicMin).map((row) => ({ summary: summary.id, district: row.district, nonPublic: row.nonPublic, total: row.total, share: row.nonPublicShare })),
    );
    for (const { summary, tables, city } of plans) {
      output.line(`\n${summary.attachment ? `${summary.attachment} ` : ''}${summary.title}：${tables.length} 个推荐单位，${city.totals.total} 个工作室`);
      const items = handFilledItems(summary);
      if (items.length > 0) output.line(`  以下栏目申报数据中没有，表中留空，请推荐单位手工填写：${items.join('；')}`);
    }
    const minimum = plans[0]?.city.nonPublicMin;
    if (shortfalls.length > 0 && minimum !== undefined) {
      output.line(`\n非公企业占比低于${percent(minimum)}的推荐单位（已在全市汇总表中标出）：`);
      for (const row of shortfalls) output.line(`  ${row.district}：${row.nonPublic}/${row.total}（${percent(row.share)}）`);
    }
    output.result({
      campaign: campaign.id,
      ...checkJson(result.check),
      excluded,
      documents,
      registry,
      handFilled: Object.fromEntries(plans.map(({ summary }) => [summary.id, handFilledItems(summary)])),
      nonPublicShortfalls: shortfalls,
    });
    return EXIT_CODES.OK;
  },
};

/** Studios left out of every summary because validation found errors, listed so nobody wonders where they went. */
function printExcluded(output: Output, check: CheckResult): { key: string; name: string; recommender: string | null }[] {
  const excluded = check.studios
    .filter((studio) => studio.blocked)
    .map((studio) => ({ key: studio.key, name: studio.name ?? studio.key, recommender: studio.recommender ?? null }));
  output.line(`\n汇总仅收录校验通过的 ${check.valid.length} 个工作室。`);
  if (excluded.length > 0) {
    output.line(`以下 ${excluded.length} 个工作室因存在错误未计入汇总，修改后重新运行即可补入：`);
    for (const studio of excluded) output.line(`  ${studio.name}${studio.recommender ? `（${studio.recommender}）` : ''}`);
  }
  return excluded;
}
