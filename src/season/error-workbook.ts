import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { InputFile } from '../import/types.js';
import { writeFileAtomic } from '../io/files.js';
import type { CheckResult } from '../jobs/check.js';
import { buildErrorWorkbook } from '../render/xlsx/error-workbook.js';

export const ERROR_WORKBOOK_NAME = '校验结果.xlsx';

/** The input copy with problem cells marked; undefined when there are no problems to mark. */
export async function errorWorkbookOf(files: readonly InputFile[], check: CheckResult): Promise<Uint8Array | undefined> {
  if (check.problems.length === 0) return undefined;
  const inputs = files.flatMap((file, index) => {
    const info = check.inputs[index];
    return info ? [{ file, info }] : [];
  });
  return buildErrorWorkbook(inputs, [...check.problems]);
}

/** Writes the marked-up workbook into `outDir`, or removes an old one when there is none now; returns its path. */
export function saveErrorWorkbook(outDir: string, bytes: Uint8Array | undefined): string | undefined {
  const path = join(outDir, ERROR_WORKBOOK_NAME);
  if (bytes === undefined) {
    // A workbook from an earlier run would still show problems that are fixed now.
    rmSync(path, { force: true });
    return undefined;
  }
  writeFileAtomic(path, bytes);
  return path;
}

/** The input copy with problem cells marked, when there are problems; returns its path. */
export async function writeErrorWorkbook(files: readonly InputFile[], check: CheckResult, outDir: string): Promise<string | undefined> {
  return saveErrorWorkbook(outDir, await errorWorkbookOf(files, check));
}
