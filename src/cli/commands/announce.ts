import { join } from 'node:path';
import { announcementsOf } from '../../announcements/content.js';
import { publicityPeriod } from '../../announcements/working-days.js';
import { loadCampaign } from '../../campaigns/load.js';
import { EXIT_CODES, StudioDocsError } from '../../core/errors.js';
import { formatProblem } from '../../core/problem.js';
import { ArchiveWriter, type IssueStatus } from '../../io/archive-writer.js';
import { toolVersion } from '../../io/tool-version.js';
import { checkApplications } from '../../jobs/check.js';
import { ANNOUNCEMENT_FORMATS, renderAnnouncements, type AnnouncementFormat } from '../../jobs/announcements.js';
import { rankApplications, reviewOf } from '../../review/index.js';
import { COMMON_OPTIONS, parseCommandArgs, parseFormats, requireCampaign, requireDay } from '../args.js';
import { openRunRegistry, runInputs } from '../../io/run-registry.js';
import type { Command } from '../command.js';
import { readReviewInputs } from '../review-inputs.js';
import { scoresFor } from '../../jobs/scores.js';
import { allocateDecisionNumber } from '../../season/decision-number.js';
import { announcementFacts } from '../../season/document-facts.js';
import { createOutput } from '../output.js';
import { REGISTRY_OPTION, registryHelp, registryPath } from '../registry-option.js';
import { launchFormPrinter } from '../../io/form-printer.js';
import { checkJson, printCheckSummary } from '../report.js';

const usage = `用法：studio-docs announce <输入文件…> --scores <评分表> --campaign <活动编号> --date <YYYY-MM-DD> [--publicity-start <YYYY-MM-DD>] [--out <目录>] [--format docx,pdf] [--json]

按专家评分排名并确定入选名单后，生成推荐排序名单、公示和命名决定（Word 与 PDF，GB/T 9704-2012 公文格式）。
命名决定的发文字号（机关代字〔年份〕序号号）由档案登记库分配，永不重复使用；同一内容重新生成时沿用原文号，
内容变化（入选名单、日期）则取下一个序号。公示期按工作日计算（跳过周六、周日；法定节假日和调休未计入，请人工核对）。

  --scores <文件>           专家评分表
  --campaign <编号>         评选活动，如 shanghai-2020（campaign.json 须有 announcements 和 review）
  --date <日期>             命名决定的成文日期
  --publicity-start <日期>  公示开始日期（默认与 --date 相同），公示落款日期
  --out <目录>              输出目录（默认 out/<活动编号>）
  --format <格式>           docx、pdf，逗号分隔（默认全部）
${registryHelp(28)}
  --json                    以 JSON 输出结果
  -h, --help                显示本帮助`;

export const announceCommand: Command = {
  name: 'announce',
  summary: '生成推荐排序名单、公示和命名决定（docx/pdf，发文字号登记不重复）',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(
      argv,
      {
        ...COMMON_OPTIONS,
        ...REGISTRY_OPTION,
        campaign: { type: 'string' },
        out: { type: 'string' },
        scores: { type: 'string' },
        date: { type: 'string' },
        'publicity-start': { type: 'string' },
        format: { type: 'string' },
      },
      usage,
    );
    const output = createOutput(Boolean(values.json));
    if (values.help) return output.line(usage), EXIT_CODES.OK;
    const { campaign } = loadCampaign(requireCampaign(values.campaign, usage));
    const wording = announcementsOf(campaign);
    const review = reviewOf(campaign);
    const date = requireDay(values.date, '--date', usage);
    const publicityStart = values['publicity-start'] === undefined ? undefined : requireDay(values['publicity-start'], '--publicity-start', usage);
    const formats = parseFormats(values.format, ANNOUNCEMENT_FORMATS, ANNOUNCEMENT_FORMATS);
    const { files, scoreFile } = readReviewInputs(positionals, values.scores, usage);
    const out = values.out ?? join('out', campaign.id);

    const registry = openRunRegistry(registryPath({ registry: values.registry, out: values.out }), out);
    try {
      const check = await checkApplications(files, campaign, { namedStudios: registry.namedStudios() });
      printCheckSummary(output, campaign, check);
      if (check.valid.length === 0) throw new StudioDocsError('INVALID_DATA', '没有可排名的工作室：全部工作室都有错误，请先按上面的清单修改。');
      const scores = await scoresFor(scoreFile, check, review);
      for (const problem of scores.problems) output.line(formatProblem(problem));
      if (scores.errors > 0) throw new StudioDocsError('INVALID_DATA', '评分表有错误，未生成公示和命名决定；请按上面的清单修改评分表后重新运行。');
      const selection = rankApplications(check.valid, scores.matched.byStudio, campaign);
      if (selection.totals.selected === 0) throw new StudioDocsError('INVALID_DATA', '没有入选的工作室，无法生成公示和命名决定。');

      const options = { date, ...(publicityStart ? { publicityStart } : {}) };
      const number = allocateDecisionNumber(registry, selection, campaign, options);
      output.line(`\n命名决定发文字号：${number.docNumber}${number.reused ? '（同一内容已分配过，沿用原文号）' : '（新分配）'}`);
      const period = publicityPeriod(publicityStart ?? date, wording.publicity.workingDays);
      output.line(`公示期：${period.start} 至 ${period.end}（${period.workingDays}个工作日，未计法定节假日，请核对）`);

      const archive = new ArchiveWriter(registry, { campaign: campaign.id, command: 'announce', toolVersion: toolVersion(), outDir: out, inputs: runInputs([...files, scoreFile]) });
      const printer = formats.includes('pdf') ? await launchFormPrinter() : undefined;
      const written: { path: string; status: IssueStatus; kind: string; format: AnnouncementFormat; docNumber: string | null }[] = [];
      let status: 'finished' | 'failed' = 'failed';
      try {
        for await (const doc of renderAnnouncements(selection, campaign, options, number.docNumber, { formats, ...(printer ? { printer } : {}) })) {
          const result = archive.issue(doc.relativePath, doc.bytes, announcementFacts(campaign, doc));
          written.push({ path: result.path, status: result.status, kind: doc.kind, format: doc.format, docNumber: doc.docNumber ?? null });
          output.line(`  ${result.path}（${result.status === 'unchanged' ? '内容未变' : result.status === 'new-version' ? '新版本' : '新写出'}）`);
        }
        status = 'finished';
      } finally {
        await printer?.close();
        archive.finish(status);
      }
      output.result({
        campaign: campaign.id,
        ...checkJson(check),
        scoreProblems: scores.problems,
        docNumber: number,
        publicity: period,
        selected: selection.totals,
        documents: written,
        registry: { path: registry.path, run: archive.run?.id ?? null },
      });
      return EXIT_CODES.OK;
    } finally {
      registry.close();
    }
  },
};
