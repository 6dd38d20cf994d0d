import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import PizZip from 'pizzip';
import { beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/io/files.js';
import { Registry } from '../../src/io/registry.js';
import { applicationsWorkbook, craftsmanStudio } from '../fixtures/applications-workbook.js';
import { ROOT, runCli, tempDir } from './run-cli.js';

const STUDIOS = 300;
const BIN = join(ROOT, 'bin', 'studio-docs.js');
/** How writeFileAtomic names a file while it is being written. */
const TEMP_FILE = /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/;

function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
}

const documentsUnder = (dir: string) => filesUnder(dir).filter((name) => name.endsWith('.docx'));

/** Starts `render` and SIGKILLs it once `more` documents beyond `already` exist; resolves to the count at the kill. */
async function buildAndKill(input: string, out: string, already: number, more: number): Promise<number> {
  const child = spawn(process.execPath, [BIN, 'render', input, '--campaign', 'shanghai-2020', '--out', out, '--format', 'docx'], { stdio: 'ignore' });
  const exited = once(child, 'exit');
  const deadline = Date.now() + 60_000;
  while (documentsUnder(out).length < already + more) {
    if (child.exitCode !== null) throw new Error(`render finished before it could be killed (exit ${child.exitCode})`);
    if (Date.now() > deadline) throw new Error('build produced no documents in 60 s');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  child.kill('SIGKILL');
  const [, signal] = await exited;
  expect(signal).toBe('SIGKILL');
  return documentsUnder(out).length;
}

/** What must hold after any crash: whole documents only, and every registry row backed by its exact file. */
function expectConsistent(out: string): { rows: number; files: number } {
  const documents = documentsUnder(out);
  for (const name of documents) {
    const zip = new PizZip(readFileSync(join(out, name)));
    expect(zip.file('word/document.xml'), name).not.toBeNull();
  }
  // SIGKILL cannot be caught: a write cut short leaves only a hidden temporary file, never a document name.
  for (const name of filesUnder(out).filter((file) => file.endsWith('.tmp'))) expect(basename(name)).toMatch(TEMP_FILE);
  const registry = Registry.open(join(out, 'studio-docs.sqlite'), { mustExist: true });
  try {
    const rows = registry.documents();
    for (const row of rows) expect(sha256Hex(readFileSync(registry.resolvePath(row))), row.path).toBe(row.sha256);
    return { rows: rows.length, files: documents.length };
  } finally {
    registry.close();
  }
}

describe('a build killed with SIGKILL in the middle of a batch', () => {
  let input: string;
  let out: string;
  beforeAll(async () => {
    const dir = tempDir('studio-docs-crash-');
    input = join(dir, '申报.xlsx');
    out = join(dir, 'out');
    const studios = Array.from({ length: STUDIOS }, (_, index) => craftsmanStudio(`K${index + 1}`, `第${index + 1}号工匠创新工作室`));
    writeFileSync(input, await applicationsWorkbook(studios));
  });

  it('leaves whole files and rows that point at them, twice over, and a re-run completes the archive exactly once', async () => {
    const firstKill = await buildAndKill(input, out, 0, 25);
    expect(firstKill).toBeLessThan(STUDIOS);
    const first = expectConsistent(out);
    expect(first.rows).toBeLessThanOrEqual(first.files);

    const secondKill = await buildAndKill(input, out, firstKill, 25);
    expect(secondKill).toBeLessThan(STUDIOS);
    expectConsistent(out);

    const rerun = runCli(['render', input, '--campaign', 'shanghai-2020', '--out', out, '--format', 'docx', '--json']);
    expect(rerun.status, rerun.stderr).toBe(0);
    const statuses = (JSON.parse(rerun.stdout) as { documents: { status: string }[] }).documents.map((doc) => doc.status);
    expect(statuses).toHaveLength(STUDIOS);
    expect(statuses.filter((status) => status === 'new-version' || status === 'restored')).toEqual([]);

    expect(filesUnder(out).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(documentsUnder(out).filter((name) => /\.v\d+\.docx$/.test(name))).toEqual([]);
    expect(expectConsistent(out)).toEqual({ rows: STUDIOS, files: STUDIOS });
    const registry = Registry.open(join(out, 'studio-docs.sqlite'), { mustExist: true });
    try {
      const paths = registry.documents().map((row) => row.path);
      expect(new Set(paths).size).toBe(STUDIOS);
      expect(registry.runs().map((run) => run.status)).toEqual(['interrupted', 'interrupted', 'finished']);
    } finally {
      registry.close();
    }
    expect(runCli(['archive', 'verify', '--registry', join(out, 'studio-docs.sqlite')]).status).toBe(0);
  });
});
