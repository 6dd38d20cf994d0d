import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadCampaign } from '../campaigns/load.js';
import { EXIT_CODES, StudioDocsError } from '../core/errors.js';
import { ArchiveWriter, type IssueStatus } from '../io/archive-writer.js';
import { readInputFiles, writeFileAtomic } from '../io/files.js';
import type { InputFile } from '../import/types.js';
import { checkApplications, type CheckResult } from '../jobs/check.js';
import { countForms, managementCycleYears, renderForms, selectForReview, type FormFormat } from '../jobs/forms.js';
import { toolVersion } from '../io/tool-version.js';
import { buildErrorWorkbook } from '../render/xlsx/error-workbook.js';
import { documentFacts, openRunRegistry, runInputs } from './archive-run.js';
import { createOutput } from './output.js';
import { createProgress } from './progress.js';
import { launchFormPrinter } from './printer.js';
import { checkJson, printCheckSummary } from './report.js';

export const ERROR_WORKBOOK_NAME = '校验结果.xlsx';

export interface RenderJobOptions {
  readonly inputs: readonly string[];
  readonly campaignId: string;
  readonly out: string;
  readonly formats: readonly FormFormat[];
  readonly json: boolean;
  /** Exit 1 when any studio was held back by errors. */
  readonly strict: boolean;
  readonly writeErrorWorkbook: boolean;
  /** The archive registry every issued document is recorded in. */
  readonly registry: string;
  /** Recorded with the run: render or build. */
  readonly command: string;
  /** Only studios whose management cycle ends in this year (--review-year). */
  readonly reviewYear?: number;
}

/**
 * validate → (error workbook) → forms, writing every document as an issued file.
 * Shared by `render` and `build`; returns the exit code.
 */
export async function runRenderJob(options: RenderJobOptions): Promise<number> {
  const output = createOutput(options.json);
  const bundle = loadCampaign(options.campaignId);
  const { campaign } = bundle;
  if (options.reviewYear !== undefined) managementCycleYears(campaign);
  const files = readInputFiles(options.inputs);
  const registry = openRunRegistry(options.registry, options.out);
  try {
    const check = await checkApplications(files, campaign, { namedStudios: registry.namedStudios() });

    const errorWorkbook = options.writeErrorWorkbook ? await writeErrorWorkbook(files, check, options.out) : undefined;
    printCheckSummary(output, campaign, check);
    if (errorWorkbook) output.line(`\n已写出错误标注工作簿：${errorWorkbook}`);

    if (check.valid.length === 0) {
      throw new StudioDocsError('INVALID_DATA', check.summary.studios === 0 ? '输入中没有任何工作室数据。' : '没有可生成文书的工作室：全部工作室都有错误，请先按上面的清单修改。', {
        details: { campaign: campaign.id, ...checkJson(check) },
      });
    }

    const written: { path: string; status: IssueStatus; studio: string; format: FormFormat }[] = [];
    const studios = new Map(check.valid.map(({ key, studio }) => [key, studio]));
    const archive = new ArchiveWriter(registry, { campaign: campaign.id, command: options.command, toolVersion: toolVersion(), outDir: options.out, inputs: runInputs(files) });
    const printer = options.formats.includes('pdf') ? await launchFormPrinter() : undefined;
    const stopOnSignal = () => {
      // The current file is written atomically; closing the browser ends the run cleanly.
      void printer?.close();
    };
    process.once('SIGINT', stopOnSignal);
    const selected = options.reviewYear === undefined ? check.valid : selectForReview(check.valid, campaign, options.reviewYear);
    if (options.reviewYear !== undefined) output.line(`\n管理周期在${options.reviewYear}年结束的工作室：${selected.length} 个`);
    const progress = createProgress('生成文书', countForms(selected, bundle, options.formats));
    try {
      for await (const doc of renderForms(selected, bundle, { formats: options.formats, reviewYear: options.reviewYear, ...(printer ? { printer } : {}) })) {
        const result = archive.issue(doc.relativePath, doc.bytes, documentFacts(campaign, doc, studios));
        written.push({ path: result.path, status: result.status, studio: doc.studioName, format: doc.format });
        progress.tick();
      }
      archive.finish('finished');
    } catch (error) {
      archive.finish('failed');
      throw error;
    } finally {
      progress.done();
      process.removeListener('SIGINT', stopOnSignal);
      await printer?.close();
    }

    const count = (status: IssueStatus) => written.filter((doc) => doc.status === status).length;
    const repaired = [count('adopted') > 0 ? `补登 ${count('adopted')}` : '', count('restored') > 0 ? `恢复 ${count('restored')}` : ''].filter(Boolean);
    output.line(
      `\n已生成文书 ${written.length} 份（新写出 ${count('written')}，内容未变 ${count('unchanged')}，新版本 ${count('new-version')}` +
        `${repaired.map((part) => `，${part}`).join('')}），输出目录：${options.out}`,
    );
    output.line(archive.run ? `已登记到档案：${registry.path}（第 ${archive.run.id} 次运行）` : `档案无变化：${registry.path}`);
    if (check.summary.blocked > 0) output.line(`有 ${check.summary.blocked} 个工作室因存在错误未生成文书，修改后重新运行即可补齐。`);
    output.result({
      campaign: campaign.id,
      ...checkJson(check),
      errorWorkbook: errorWorkbook ?? null,
      documents: written,
      registry: { path: registry.path, run: archive.run?.id ?? null },
    });
    return options.strict && check.summary.blocked > 0 ? EXIT_CODES.INVALID_DATA : EXIT_CODES.OK;
  } finally {
    registry.close();
  }
}

/** The input copy with problem cells marked, when there are problems; returns its path. */
export async function writeErrorWorkbook(files: readonly InputFile[], check: CheckResult, outDir: string): Promise<string | undefined> {
  const path = join(outDir, ERROR_WORKBOOK_NAME);
  if (check.report.problems.length === 0) {
    // A workbook from an earlier run would still show problems that are fixed now.
    rmSync(path, { force: true });
    return undefined;
  }
  const inputs = files.flatMap((file, index) => {
    const info = check.imported.inputs[index];
    return info ? [{ file, info }] : [];
  });
  writeFileAtomic(path, await buildErrorWorkbook(inputs, [...check.report.problems]));
  return path;
}

