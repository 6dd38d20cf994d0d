import { join } from 'node:path';
import { loadCampaign } from '../campaigns/load.js';
import { EXIT_CODES, StudioDocsError } from '../core/errors.js';
import { readInputFiles, writeFileAtomic, writeIssuedFile, type WriteStatus } from '../io/files.js';
import { PdfPrinter } from '../io/browser.js';
import { assertFontsInstalled } from '../io/fonts.js';
import type { InputFile } from '../import/types.js';
import { checkApplications, type CheckResult } from '../jobs/check.js';
import { countForms, renderForms, type FormFormat } from '../jobs/forms.js';
import { FORM_FONT_FAMILIES } from '../render/pdf/index.js';
import { buildErrorWorkbook } from '../render/xlsx/error-workbook.js';
import { createOutput } from './output.js';
import { createProgress } from './progress.js';
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
}

/**
 * validate → (error workbook) → forms, writing every document as an issued file.
 * Shared by `render` and `build`; returns the exit code.
 */
export async function runRenderJob(options: RenderJobOptions): Promise<number> {
  const output = createOutput(options.json);
  const bundle = loadCampaign(options.campaignId);
  const { campaign } = bundle;
  const files = readInputFiles(options.inputs);
  const check = await checkApplications(files, campaign);

  const errorWorkbook = options.writeErrorWorkbook ? await writeErrorWorkbook(files, check, options.out) : undefined;
  printCheckSummary(output, campaign, check);
  if (errorWorkbook) output.line(`\n已写出错误标注工作簿：${errorWorkbook}`);

  if (check.valid.length === 0) {
    throw new StudioDocsError('INVALID_DATA', '没有可生成文书的工作室：全部工作室都有错误，请先按上面的清单修改。');
  }

  const written: { path: string; status: WriteStatus; studio: string; format: FormFormat }[] = [];
  const printer = options.formats.includes('pdf') ? await launchPrinter() : undefined;
  const stopOnSignal = () => {
    // The current file is written atomically; closing the browser ends the run cleanly.
    void printer?.close();
  };
  process.once('SIGINT', stopOnSignal);
  const progress = createProgress('生成文书', countForms(check.valid, bundle, options.formats));
  try {
    for await (const doc of renderForms(check.valid, bundle, { formats: options.formats, ...(printer ? { printer } : {}) })) {
      const result = writeIssuedFile(join(options.out, doc.relativePath), doc.bytes);
      written.push({ path: result.path, status: result.status, studio: doc.studioName, format: doc.format });
      progress.tick();
    }
  } finally {
    progress.done();
    process.removeListener('SIGINT', stopOnSignal);
    await printer?.close();
  }

  const count = (status: WriteStatus) => written.filter((doc) => doc.status === status).length;
  output.line(
    `\n已生成文书 ${written.length} 份（新写出 ${count('written')}，内容未变 ${count('unchanged')}，新版本 ${count('new-version')}），` +
      `输出目录：${options.out}`,
  );
  if (check.summary.blocked > 0) output.line(`有 ${check.summary.blocked} 个工作室因存在错误未生成文书，修改后重新运行即可补齐。`);
  output.result({ campaign: campaign.id, ...checkJson(check), errorWorkbook: errorWorkbook ?? null, documents: written });
  return options.strict && check.summary.blocked > 0 ? EXIT_CODES.INVALID_DATA : EXIT_CODES.OK;
}

/** The input copy with problem cells marked, when there are problems; returns its path. */
export async function writeErrorWorkbook(files: readonly InputFile[], check: CheckResult, outDir: string): Promise<string | undefined> {
  if (check.report.problems.length === 0) return undefined;
  const path = join(outDir, ERROR_WORKBOOK_NAME);
  const inputs = files.flatMap((file, index) => {
    const info = check.imported.inputs[index];
    return info ? [{ file, info }] : [];
  });
  writeFileAtomic(path, await buildErrorWorkbook(inputs, [...check.report.problems]));
  return path;
}

async function launchPrinter(): Promise<PdfPrinter> {
  assertFontsInstalled(FORM_FONT_FAMILIES);
  return PdfPrinter.launch();
}
