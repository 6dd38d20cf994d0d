import { EXIT_CODES } from '../core/errors.js';
import { formatProblem } from '../core/problem.js';
import { readInputFiles } from '../io/files.js';
import type { FormFormat } from '../jobs/forms.js';
import { runSeason, type SeasonDocument, type SeasonProgress, type SeasonResult } from '../season/run-season.js';
import { createOutput, type Output } from './output.js';
import { createProgress, type Progress } from './progress.js';
import { checkJson, printCheckSummary } from './report.js';
import { stopOnCtrlC } from './stop-signal.js';

export interface RenderJobOptions {
  readonly inputs: readonly string[];
  readonly campaignId: string;
  readonly out: string;
  readonly formats: readonly FormFormat[];
  readonly json: boolean;
  /** Exit 1 when any studio was held back by errors. */
  readonly strict: boolean;
  readonly writeErrorWorkbook: boolean;
  /** Summary sheets too (build), or only the forms (render). */
  readonly summaries: boolean;
  /** The archive registry every issued document is recorded in. */
  readonly registry: string;
  /** Recorded with the run: render or build. */
  readonly command: string;
  /** Only studios whose management cycle ends in this year (--review-year). */
  readonly reviewYear?: number;
  /** Expert score sheet: ranking and naming documents (build). */
  readonly scores?: string;
  readonly announceDate?: string;
  readonly publicityStart?: string;
}

/**
 * `render` and `build`: the season runner with the report, progress bars and
 * Ctrl-C handling of a terminal. Returns the exit code.
 */
export async function runRenderJob(options: RenderJobOptions): Promise<number> {
  const output = createOutput(options.json);
  const files = readInputFiles(options.inputs);
  const [scores] = options.scores ? readInputFiles([options.scores]) : [];
  const stop = stopOnCtrlC(output);
  const bars = progressBars();
  try {
    const result = await runSeason({
      campaignId: options.campaignId,
      files,
      out: options.out,
      registry: options.registry,
      formats: options.formats,
      command: options.command,
      summaries: options.summaries,
      writeErrorWorkbook: options.writeErrorWorkbook,
      signal: stop.signal,
      ...(options.reviewYear === undefined ? {} : { reviewYear: options.reviewYear }),
      ...(scores ? { scores } : {}),
      ...(options.announceDate ? { announceDate: options.announceDate } : {}),
      ...(options.publicityStart ? { publicityStart: options.publicityStart } : {}),
      onCheck(check, errorWorkbook, campaign) {
        printCheckSummary(output, campaign, check);
        if (errorWorkbook) output.line(`\n已写出错误标注工作簿：${errorWorkbook}`);
      },
      onProgress: bars.update,
    });
    bars.finish();
    printResult(output, result, options);
    output.result(resultJson(result));
    return options.strict && result.check.summary.blocked > 0 ? EXIT_CODES.INVALID_DATA : EXIT_CODES.OK;
  } finally {
    bars.finish();
    stop.dispose();
  }
}

/** One progress bar per phase, started when the phase reports its first count. */
function progressBars(): { update: (progress: SeasonProgress) => void; finish: () => void } {
  let current: { phase: string; bar: Progress; done: number } | undefined;
  return {
    update(progress) {
      if (current?.phase !== progress.phase) {
        current?.bar.done();
        current = { phase: progress.phase, bar: createProgress(progress.label, progress.total), done: 0 };
      }
      if (progress.done > current.done) current.bar.tick(progress.done - current.done);
      current.done = progress.done;
    },
    finish() {
      current?.bar.done();
      current = undefined;
    },
  };
}

const KIND_NAMES: Readonly<Record<SeasonDocument['kind'], string>> = { form: '申请表等表格', summary: '汇总表', ranking: '评审排名表', announcement: '名单、公示和命名决定' };

function printResult(output: Output, result: SeasonResult, options: RenderJobOptions): void {
  const { documents, check, review } = result;
  if (options.reviewYear !== undefined) output.line(`\n管理周期在${options.reviewYear}年结束的工作室：${result.studios} 个`);
  if (review) {
    output.line(`\n评分表问题：${review.scoreProblems.length} 条`);
    for (const problem of review.scoreProblems) output.line(formatProblem(problem));
    output.line(`入选 ${review.selection.totals.selected} 个，资助 ${review.selection.totals.fundingYuan} 元，配套 ${review.selection.totals.matchingYuan} 元`);
    if (review.docNumber) output.line(`命名决定发文字号：${review.docNumber.docNumber}${review.docNumber.reused ? '（同一内容已分配过，沿用原文号）' : '（新分配）'}`);
    if (review.publicity) output.line(`公示期：${review.publicity.start} 至 ${review.publicity.end}（${review.publicity.workingDays}个工作日，未计法定节假日，请核对）`);
  }
  for (const note of result.notes) output.line(`\n${note}`);
  const count = (status: SeasonDocument['status']) => documents.filter((doc) => doc.status === status).length;
  const repaired = [count('adopted') > 0 ? `补登 ${count('adopted')}` : '', count('restored') > 0 ? `恢复 ${count('restored')}` : ''].filter(Boolean);
  const kinds = (Object.keys(KIND_NAMES) as SeasonDocument['kind'][])
    .map((kind) => [kind, documents.filter((doc) => doc.kind === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${KIND_NAMES[kind]} ${n}`);
  output.line(
    `\n已生成文书 ${documents.length} 份（${kinds.join('，')}；新写出 ${count('written')}，内容未变 ${count('unchanged')}，新版本 ${count('new-version')}` +
      `${repaired.map((part) => `，${part}`).join('')}），输出目录：${options.out}`,
  );
  output.line(result.registry.run !== null ? `已登记到档案：${result.registry.path}（第 ${result.registry.run} 次运行）` : `档案无变化：${result.registry.path}`);
  if (check.summary.blocked > 0) output.line(`有 ${check.summary.blocked} 个工作室因存在错误未生成文书，修改后重新运行即可补齐。`);
}

function resultJson(result: SeasonResult) {
  const { check, review } = result;
  return {
    campaign: result.campaign.id,
    ...checkJson(check),
    errorWorkbook: result.errorWorkbook ?? null,
    documents: result.documents,
    review: review
      ? { scoreProblems: review.scoreProblems, selected: review.selection.totals, docNumber: review.docNumber ?? null, publicity: review.publicity ?? null }
      : null,
    notes: result.notes,
    registry: result.registry,
  };
}
