import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'studio-docs.js');

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the compiled CLI as a user would (from the repository root unless cwd says otherwise). */
export function runCli(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(prefix = 'studio-docs-cli-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export const SAMPLE_XLSX = join(ROOT, 'data', 'shanghai-2020', 'applications.xlsx');
export const SAMPLE_CSV = [join(ROOT, 'data', 'shanghai-2020', 'studios.gbk.csv'), join(ROOT, 'data', 'shanghai-2020', 'members.gbk.csv')];
