import { join } from 'node:path';
import { EXIT_CODES, StudioDocsError } from '../core/errors.js';
import { FORM_FORMATS } from '../jobs/forms.js';
import { COMMON_OPTIONS, parseCommandArgs, parseFormats, requireCampaign, requireDay } from './args.js';
import type { Command } from './command.js';
import { createOutput } from './output.js';
import { registryPath, registryHelp, REGISTRY_OPTION } from './registry-option.js';
import { runRenderJob } from './render-job.js';

/**
 * `render` (forms only) and `build` (the whole season: also the error workbook,
 * summaries, and with --scores the ranking and naming documents) share options.
 */
export function formsCommand(spec: { name: string; summary: string; usage: string; season: boolean }): Command {
  return {
    name: spec.name,
    summary: spec.summary,
    usage: spec.usage,
    async run(argv) {
      const { values, positionals } = parseCommandArgs(
        argv,
        {
          ...COMMON_OPTIONS,
          scores: { type: 'string' },
          date: { type: 'string' },
          'publicity-start': { type: 'string' },
          campaign: { type: 'string' },
          out: { type: 'string' },
          format: { type: 'string' },
          strict: { type: 'boolean' },
          'review-year': { type: 'string' },
          ...REGISTRY_OPTION,
        },
        spec.usage,
      );
      if (values.help) return createOutput(false).line(spec.usage), EXIT_CODES.OK;
      const campaignId = requireCampaign(values.campaign, spec.usage);
      if (positionals.length === 0) throw new StudioDocsError('USAGE', `缺少申报材料文件。\n\n${spec.usage}`);
      const season = { scores: values.scores, date: values.date, 'publicity-start': values['publicity-start'] };
      if (!spec.season && season.scores !== undefined) throw new StudioDocsError('USAGE', `${spec.name} 只生成表格；评审和公文请用 studio-docs build --scores。`);
      if (season.scores === undefined && (season.date !== undefined || season['publicity-start'] !== undefined)) {
        throw new StudioDocsError('USAGE', `--date 和 --publicity-start 只在给出 --scores（专家评分表）时使用。\n\n${spec.usage}`);
      }
      return runRenderJob({
        inputs: positionals,
        campaignId,
        out: values.out ?? join('out', campaignId),
        formats: parseFormats(values.format, FORM_FORMATS, FORM_FORMATS),
        json: Boolean(values.json),
        strict: Boolean(values.strict),
        writeErrorWorkbook: spec.season,
        summaries: spec.season,
        registry: registryPath(values),
        command: spec.name,
        ...(values['review-year'] === undefined ? {} : { reviewYear: parseReviewYear(values['review-year']) }),
        ...(season.scores === undefined
          ? {}
          : {
              scores: season.scores,
              announceDate: requireDay(season.date, '--date', spec.usage),
              ...(season['publicity-start'] === undefined ? {} : { publicityStart: requireDay(season['publicity-start'], '--publicity-start', spec.usage) }),
            }),
      });
    },
  };
}

/** --review-year 2019 → 2019; anything but a four-digit year is a usage error. */
export function parseReviewYear(value: string): number {
  if (!/^\d{4}$/.test(value.trim())) throw new StudioDocsError('USAGE', `--review-year 应为四位年份，如 2019：${value}`);
  return Number(value.trim());
}

export const FORMS_OPTIONS_HELP = `  --campaign <编号>  评选活动，如 shanghai-2020（studio-docs campaigns 可查看全部）
  --out <目录>       输出目录（默认 out/<活动编号>）
  --format <格式>    docx、pdf 或 docx,pdf（默认 docx,pdf）
  --strict           只要有工作室因错误未生成就以退出码 1 结束
  --review-year <年> 只生成管理周期在该年结束的工作室（周期考核，如上海市技师创新工作室每三年一个周期）
${registryHelp(21)}
                     每份文书（路径、SHA-256、工作室、时间）都登记在其中；已命名的工作室据此校验
  --json             以 JSON 输出结果（问题清单、生成的文件清单）；进度只写到标准错误
  -h, --help         显示本帮助

运行中按 Ctrl-C 停止：已完成的文书完整保留并登记，浏览器关闭，不留下写了一半的文件（退出码 130）。`;
