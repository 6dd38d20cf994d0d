import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { StudioDocsError } from '../core/errors.js';
import { sha256Hex } from '../core/hash.js';
import type { InputFile } from '../import/types.js';
import { isProcessAlive } from './processes.js';

/** Reads the user's input files; a missing or unreadable path is an expected failure, not a crash. */
export function readInputFiles(paths: readonly string[]): InputFile[] {
  if (paths.length === 0) throw new StudioDocsError('USAGE', '请指定至少一个输入文件（.xlsx 或 .csv）。');
  return paths.map((path) => {
    if (!existsSync(path)) throw new StudioDocsError('IO', `找不到输入文件：${path}`);
    if (statSync(path).isDirectory()) throw new StudioDocsError('IO', `${path} 是文件夹，请指定 .xlsx 或 .csv 文件。`);
    try {
      return { name: basename(path), bytes: readFileSync(path) };
    } catch (error) {
      throw new StudioDocsError('IO', `无法读取 ${path}：${(error as Error).message}`, { cause: error });
    }
  });
}

export type WriteStatus = 'written' | 'unchanged' | 'new-version';

export interface WriteResult {
  readonly path: string;
  readonly status: WriteStatus;
  readonly sha256: string;
}

/**
 * Writes an issued document without ever overwriting one: identical bytes already
 * on disk (as the latest version) → nothing is written; different bytes → a new
 * version beside it (name.v2.docx, name.v3.docx…). Writes go to a temporary file
 * in the same folder and are renamed into place, so a crash never leaves half a file.
 */
export function writeIssuedFile(path: string, bytes: Uint8Array): WriteResult {
  const sha256 = sha256Hex(bytes);
  const versions = existingVersions(path);
  const latest = versions[versions.length - 1];
  if (latest && sha256Hex(readFileSync(latest.path)) === sha256) return { path: latest.path, status: 'unchanged', sha256 };
  const target = latest ? versionPath(path, latest.version + 1) : path;
  writeFileAtomic(target, bytes, { overwrite: false });
  return { path: target, status: latest ? 'new-version' : 'written', sha256 };
}

/**
 * Replaces a working file (reports, error workbooks) atomically; these are not issued documents.
 * `durable` flushes the bytes to the disk before the rename, so after a power cut the
 * name points at the whole file (archived documents use it).
 */
export function writeFileAtomic(path: string, bytes: Uint8Array | string, options: { overwrite: boolean; durable?: boolean } = { overwrite: true }): void {
  const dir = dirname(path);
  try {
    mkdirSync(dir, { recursive: true });
    if (!options.overwrite && existsSync(path)) throw new StudioDocsError('IO', `拒绝覆盖已存在的文件：${path}`);
    const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`);
    try {
      if (options.durable) writeDurably(temp, bytes);
      else writeFileSync(temp, bytes, { flag: 'wx' });
      renameSync(temp, path);
    } finally {
      rmSync(temp, { force: true });
    }
  } catch (error) {
    if (error instanceof StudioDocsError) throw error;
    throw new StudioDocsError('IO', `无法写入 ${path}：${(error as Error).message}`, { cause: error });
  }
}

/**
 * Flushes files written without fsync to the disk, before the registry records
 * them. On Linux one syncfs(2) (coreutils `sync -f`) flushes the whole file system
 * in one journal commit — one fsync per file cost ≈ 5 ms each here, which made
 * flushing most of a big run's time. Elsewhere, or when `sync` is missing, each
 * file is fsynced.
 */
export function flushToDisk(paths: readonly string[]): void {
  const [first] = paths;
  if (first === undefined) return;
  if (process.platform === 'linux') {
    try {
      execFileSync('sync', ['-f', first], { stdio: 'ignore' });
      return;
    } catch {
      // No coreutils sync (minimal images): fall through to one fsync per file.
    }
  }
  for (const path of paths) {
    const fd = openSync(path, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }
}

/** Re-exported for the I/O callers that hash what they read and write. */
export { sha256Hex };

/**
 * Temporary files of a process that no longer runs (killed with SIGKILL between creating
 * and renaming one) are removed, anywhere under `dir`. Returns the removed paths.
 *
 * @example removeStaleTempFiles('out/shanghai-2020') // ['out/shanghai-2020/申请表/…/.甲-申请表.docx.4242.9f3a1c2e.tmp']
 */
export function removeStaleTempFiles(dir: string, isAlive: (pid: number) => boolean = isProcessAlive): string[] {
  if (!existsSync(dir)) return [];
  const removed: string[] = [];
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const pid = TEMP_NAME.exec(basename(name))?.[1];
    if (pid === undefined || isAlive(Number(pid))) continue;
    const path = join(dir, name);
    rmSync(path, { force: true });
    removed.push(path);
  }
  return removed;
}

/** The nth version's path: name.docx, name.v2.docx, name.v3.docx… */
export function versionPath(path: string, version: number): string {
  const ext = extname(path);
  return version <= 1 ? path : `${path.slice(0, path.length - ext.length)}.v${version}${ext}`;
}

const TEMP_SUFFIX = '.tmp';
/** .<file name>.<pid>.<8 hex digits>.tmp, as writeFileAtomic names them. */
const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

function writeDurably(path: string, bytes: Uint8Array | string): void {
  const fd = openSync(path, 'wx');
  try {
    const data = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
    for (let offset = 0; offset < data.byteLength; ) offset += writeSync(fd, data, offset);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function existingVersions(path: string): { path: string; version: number }[] {
  const found: { path: string; version: number }[] = [];
  for (let version = 1; ; version += 1) {
    const candidate = versionPath(path, version);
    if (!existsSync(candidate)) break;
    found.push({ path: candidate, version });
  }
  return found;
}
