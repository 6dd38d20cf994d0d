import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { InputFile } from '../import/types.js';
import { writeFileAtomic } from '../io/files.js';
import type { CheckResult } from '../jobs/check.js';
import { buildErrorWorkbook } from '../render/xlsx/error-workbook.js';

export const ERROR_WORKBOOK_NAME = '校验结果.xlsx';

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
