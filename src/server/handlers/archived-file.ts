import { existsSync, readFileSync } from 'node:fs';
import { notFound } from '../http-error.js';
import { resolveInside } from '../path-safety.js';

/**
 * Bytes of an issued file, read only from inside the archive folder: paths come
 * from the registry or a job's result, and are checked again here.
 */
export function readArchived(archiveDir: string, path: string): Buffer {
  const safe = resolveInside(archiveDir, path);
  if (!safe || !existsSync(safe)) throw notFound('该文书（文件可能已被移走，可用 studio-docs archive verify 检查）');
  return readFileSync(safe);
}
