import { join } from 'node:path';
import { REGISTRY_FILE_NAME } from '../io/registry.js';

/** Where every command finds the archive when neither --registry nor --out says otherwise. */
export const DEFAULT_ARCHIVE_DIR = 'out';

export const REGISTRY_OPTION = { registry: { type: 'string' } } as const;

/**
 * The registry of a run: --registry when given, else studio-docs.sqlite in the --out
 * folder the user chose, else out/studio-docs.sqlite — the folder the default outputs
 * (out/<活动编号>) sit in, so every year's runs share one registry and a studio named
 * in one year is recognised in the next.
 *
 * @example registryPath({ out: '/tmp/x' }) // '/tmp/x/studio-docs.sqlite'
 * @example registryPath({}) // 'out/studio-docs.sqlite'
 */
export function registryPath(values: { registry?: string | undefined; out?: string | undefined }): string {
  return values.registry ?? join(values.out ?? DEFAULT_ARCHIVE_DIR, REGISTRY_FILE_NAME);
}

const REGISTRY_LABEL = '  --registry <文件>';
/** Terminal columns of the label: the two Chinese characters take two each. */
const REGISTRY_LABEL_WIDTH = REGISTRY_LABEL.length + 2;

/** The --registry line of a help text, its description starting at terminal column `column` like the lines around it. */
export function registryHelp(column = 22): string {
  const padding = ' '.repeat(Math.max(2, column - REGISTRY_LABEL_WIDTH));
  return `${REGISTRY_LABEL}${padding}档案登记库（默认：--out 目录下的 ${REGISTRY_FILE_NAME}；未给 --out 时为 ${DEFAULT_ARCHIVE_DIR}/${REGISTRY_FILE_NAME}）`;
}
