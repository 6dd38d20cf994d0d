import { join } from 'node:path';
import { loadCampaign } from '../../campaigns/load.js';
import { EXIT_CODES, StudioDocsError } from '../../core/errors.js';
import { formatProblem } from '../../core/problem.js';
import { ArchiveWriter, type IssueStatus } from '../../io/archive-writer.js';
import { toolVersion } from '../../io/tool-version.js';
import { checkApplications } from '../../jobs/check.js';
import { rankApplications, reviewOf, type Selection } from '../../review/index.js';
import { buildRankedWorkbook, rulesText } from '../../review/ranked-workbook.js';
import { COMMON_OPTIONS, parseCommandArgs, requireCampaign } from '../args.js';
import { openRunRegistry, runInputs } from '../../io/run-registry.js';
import type { Command } from '../command.js';
import { readReviewInputs } from '../review-inputs.js';
import { scoresFor } from '../../jobs/scores.js';
import { RANKED_LIST_LABEL, rankedListFacts } from '../../season/document-facts.js';
import { createOutput, type Output } from '../output.js';
import { REGISTRY_OPTION, registryHelp, registryPath } from '../registry-option.js';
import { checkJson, printCheckSummary } from '../report.js';

const usage = `用法：studio-docs rank <输入文件…> --scores <评分表> --campaign <活动编号> [--out <目录>] [--json]

读入专家评分表（.xlsx 或 .csv：工作室名称或编号、专家、得分或各评分项），按活动规定计算每个工作室的
得分（平均分，或去掉一个最高分和一个最低分），按组排名（并列者同名次），在名额和限制条件内确定入选名单，
并说明每个未入选工作室的原因；写出评审排名表（Excel：每个名额组一张表，另有“按推荐单位”和“评审规则”）。
只对校验通过的工作室排名。评分表有错误（未知工作室、同一专家重复评分、分数超出范围、漏填）时不排名。

  --scores <文件>    专家评分表
  --campaign <编号>  评选活动，如 shanghai-2020（studio-docs campaigns 可查看全部）
  --out <目录>       输出目录（默认 out/<活动编号>）
${registryHelp(21)}
  --json             以 JSON 输出结果
  -h, --help         显示本帮助`;

export const rankCommand: Command = {
  name: 'rank',
  summary: '读入专家评分，排名并在名额内确定入选名单（说明未入选原因），生成评审排名表',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, { ...COMMON_OPTIONS, ...REGISTRY_OPTION, campaign: { type: 'string' }, out: { type: 'string' }, scores: { type: 'string' } }, usage);
    const output = createOutput(Boolean(values.json));
    if (values.help) return output.line(usage), EXIT_CODES.OK;
    const { campaign } = loadCampaign(requireCampaign(values.campaign, usage));
    const review = reviewOf(campaign);
    const { files, scoreFile } = readReviewInputs(positionals, values.scores, usage);
    const out = values.out ?? join('out', campaign.id);

    const registry = openRunRegistry(registryPath({ registry: values.registry, out: values.out }), out);
    try {
      const check = await checkApplications(files, campaign, { namedStudios: registry.namedStudios() });
      printCheckSummary(output, campaign, check);
      if (check.valid.length === 0) throw new StudioDocsError('INVALID_DATA', '没有可排名的工作室：全部工作室都有错误，请先按上面的清单修改。');
      const scores = await scoresFor(scoreFile, check, review);
      const counted = [...scores.matched.byStudio.values()].reduce((sum, rows) => sum + rows.length, 0);
      output.line(`\n评分表：${scoreFile.name}，计入排名的评分 ${counted} 条；问题：错误 ${scores.errors} 条，提醒 ${scores.warnings} 条`);
      for (const problem of scores.problems) output.line(formatProblem(problem));
      if (scores.errors > 0) {
        output.result({ campaign: campaign.id, ...checkJson(check), scoreProblems: scores.problems, selection: null });
        throw new StudioDocsError('INVALID_DATA', '评分表有错误，未排名；请按上面的清单修改评分表后重新运行。');
      }
      const selection = rankApplications(check.valid, scores.matched.byStudio, campaign);
      printSelection(output, selection, rulesText(selection, review));

      const archive = new ArchiveWriter(registry, { campaign: campaign.id, command: 'rank', toolVersion: toolVersion(), outDir: out, inputs: runInputs([...files, scoreFile]) });
      let status: 'finished' | 'failed' = 'failed';
      let written: { path: string; status: IssueStatus };
      try {
        const bytes = await buildRankedWorkbook(selection, campaign, review);
        written = archive.issue(`${RANKED_LIST_LABEL}.xlsx`, bytes, rankedListFacts(campaign));
        status = 'finished';
      } finally {
        archive.finish(status);
      }
      output.line(`\n已写出${RANKED_LIST_LABEL}：${written.path}（${written.status === 'unchanged' ? '内容未变' : written.status === 'new-version' ? '新版本' : '新写出'}）`);
      output.result({ campaign: campaign.id, ...checkJson(check), scoreProblems: scores.problems, selection: selectionJson(selection), document: written });
      return EXIT_CODES.OK;
    } finally {
      registry.close();
    }
  },
};


function printSelection(output: Output, selection: Selection, rules: readonly string[]): void {
  output.line('');
  for (const line of rules) output.line(line);
  for (const group of selection.groups) {
    const chosen = group.studios.filter((studio) => studio.outcome.selected).length;
    output.line(`\n【${group.label}】${group.quota === undefined ? '不限名额' : `名额 ${group.quota} 个`}，入选 ${chosen} 个`);
    for (const studio of group.studios) {
      const rank = studio.score ? `${studio.rank}${studio.tied ? '（并列）' : ''}` : '—';
      const score = studio.score ? `${studio.score.score.toFixed(2)}分` : '未评分';
      const verdict = studio.outcome.selected ? '入选' : `未入选：${studio.outcome.explanation}`;
      output.line(`  ${rank.padEnd(6)} ${studio.studio.name}（${studio.studio.recommender ?? '未填推荐单位'}，单位内第${studio.rankInRecommender}）${score}  ${verdict}`);
    }
  }
  output.line(`\n合计入选 ${selection.totals.selected} 个，资助 ${selection.totals.fundingYuan} 元，配套 ${selection.totals.matchingYuan} 元`);
}

function selectionJson(selection: Selection) {
  return {
    ...selection,
    groups: selection.groups.map((group) => ({
      ...group,
      studios: group.studios.map(({ studio, ...rest }) => ({ ...rest, name: studio.name, type: studio.type, recommender: studio.recommender ?? null })),
    })),
  };
}
