import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import PizZip from 'pizzip';
import { beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/io/files.js';
import { Registry } from '../../src/io/registry.js';
import { applicationsWorkbook, craftsmanStudio } from '../fixtures/applications-workbook.js';
import { ROOT, runCli, SAMPLE_XLSX, tempDir } from './run-cli.js';

const BIN = join(ROOT, 'bin', 'studio-docs.js');
const SAMPLE_SCORES = join(ROOT, 'data', 'shanghai-2020', 'scores.xlsx');

interface BuildJson {
  documents: { relativePath: string; kind: string; format: string; status: string; docNumber?: string }[];
  review: { selected: { selected: number }; docNumber: { docNumber: string } | null } | null;
  summary: { valid: number; blocked: number };
}

function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
}

function documentXml(path: string): string {
  return new PizZip(readFileSync(path)).file('word/document.xml')?.asText() ?? '';
}

describe('studio-docs build runs the whole season', () => {
  it('validates, writes every form, the summaries, the ranking and the naming documents in one run, all archived', () => {
    const out = join(tempDir(), 'shanghai-2020');
    const run = runCli(['build', SAMPLE_XLSX, '--campaign', 'shanghai-2020', '--out', out, '--format', 'docx', '--scores', SAMPLE_SCORES, '--date', '2020-12-20', '--json']);
    expect(run.status, run.stderr).toBe(0);
    // --json: stdout is exactly one JSON document; progress went to stderr.
    const result = JSON.parse(run.stdout) as BuildJson;
    expect(run.stderr).toMatch(/生成申请表 \d+\/40/);
    expect(run.stderr).toMatch(/生成汇总表 \d+\/\d+/);

    const count = (kind: string) => result.documents.filter((doc) => doc.kind === kind).length;
    expect(result.summary).toMatchObject({ valid: 40, blocked: 8 });
    expect(count('form')).toBe(40);
    expect(count('summary')).toBeGreaterThan(2);
    expect(result.documents.filter((doc) => doc.kind === 'summary' && doc.format === 'xlsx').map((doc) => doc.relativePath)).toContain('推荐申报汇总表-全市汇总.xlsx');
    expect(result.documents.filter((doc) => doc.kind === 'ranking').map((doc) => doc.relativePath)).toEqual(['评审排名表.xlsx']);
    expect(count('announcement')).toBe(3);
    expect(result.review?.selected.selected).toBe(40);

    const decision = result.documents.find((doc) => doc.relativePath.startsWith('命名决定/'));
    expect(decision?.docNumber).toBe(result.review?.docNumber?.docNumber);
    expect(documentXml(join(out, decision?.relativePath ?? ''))).toContain('〔2020〕');
    expect(filesUnder(out)).toContain('校验结果.xlsx');

    const registry = Registry.open(join(out, 'studio-docs.sqlite'), { mustExist: true });
    try {
      expect(registry.documents()).toHaveLength(result.documents.length);
      expect(registry.runs().map((row) => [row.command, row.status])).toEqual([['build', 'finished']]);
    } finally {
      registry.close();
    }
  });

  it('stops before the first document when the score sheet has errors', async () => {
    const dir = tempDir();
    const scores = join(dir, '评分.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(SAMPLE_SCORES);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    // The sample has a title row above the header (序号, 工作室名称, 专家, 得分).
    const scoreColumn = (sheet.getRow(2).values as unknown[]).indexOf('得分');
    expect(scoreColumn).toBeGreaterThan(0);
    sheet.getRow(3).getCell(scoreColumn).value = 999;
    await workbook.xlsx.writeFile(scores);

    const out = join(dir, 'out');
    const run = runCli(['build', SAMPLE_XLSX, '--campaign', 'shanghai-2020', '--out', out, '--format', 'docx', '--scores', scores, '--date', '2020-12-20']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('评分表有错误');
    expect(run.stderr).toContain('SCORE_OUT_OF_RANGE');
    expect(filesUnder(out).filter((name) => /\.(docx|pdf)$/.test(name))).toEqual([]);
  });

  it('asks for the decision date with scores, and refuses dates without scores', () => {
    const withoutDate = runCli(['build', SAMPLE_XLSX, '--campaign', 'shanghai-2020', '--scores', SAMPLE_SCORES]);
    expect(withoutDate.status).toBe(2);
    expect(withoutDate.stderr).toContain('--date');
    const withoutScores = runCli(['build', SAMPLE_XLSX, '--campaign', 'shanghai-2020', '--date', '2020-12-20']);
    expect(withoutScores.status).toBe(2);
    expect(withoutScores.stderr).toContain('--scores');
    const render = runCli(['render', SAMPLE_XLSX, '--campaign', 'shanghai-2020', '--scores', SAMPLE_SCORES, '--date', '2020-12-20']);
    expect(render.status).toBe(2);
  });
});

describe('Ctrl-C during build', () => {
  let input: string;
  beforeAll(async () => {
    const dir = tempDir('studio-docs-sigint-');
    input = join(dir, '申报.xlsx');
    const studios = Array.from({ length: 300 }, (_, index) => craftsmanStudio(`S${index + 1}`, `第${index + 1}号工匠创新工作室`));
    writeFileSync(input, await applicationsWorkbook(studios));
  });

  /** Starts build, sends SIGINT once `after` files with `extension` exist; resolves with the exit code and stderr. */
  async function interruptBuild(out: string, format: string, extension: string, after: number, env: NodeJS.ProcessEnv = {}) {
    const child = spawn(process.execPath, [BIN, 'build', input, '--campaign', 'shanghai-2020', '--out', out, '--format', format], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const exited = once(child, 'exit');
    const deadline = Date.now() + 90_000;
    while (filesUnder(out).filter((name) => name.endsWith(extension)).length < after) {
      if (child.exitCode !== null) throw new Error(`build finished before it could be interrupted (exit ${child.exitCode})\n${stderr}`);
      if (Date.now() > deadline) throw new Error(`no ${extension} documents in 90 s\n${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    child.kill('SIGINT');
    const [code] = (await exited) as [number | null];
    return { code, stderr };
  }

  function expectWholeAndArchived(out: string, extension: string): number {
    expect(filesUnder(out).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    const registry = Registry.open(join(out, 'studio-docs.sqlite'), { mustExist: true });
    try {
      const rows = registry.documents();
      for (const row of rows) expect(sha256Hex(readFileSync(registry.resolvePath(row))), row.path).toBe(row.sha256);
      expect(rows.length).toBe(filesUnder(out).filter((name) => name.endsWith(extension)).length);
      expect(registry.runs().map((row) => row.status)).toEqual(['interrupted']);
      return rows.length;
    } finally {
      registry.close();
    }
  }

  it('stops between documents with exit 130: whole files only, each archived; a re-run completes the rest', async () => {
    const out = join(tempDir(), 'out');
    const { code, stderr } = await interruptBuild(out, 'docx', '.docx', 20);
    expect(code, stderr).toBe(130);
    expect(stderr).toContain('正在停止');
    expect(stderr).toContain('已按要求停止');
    const issued = expectWholeAndArchived(out, '.docx');
    expect(issued).toBeLessThan(300);

    const rerun = runCli(['build', input, '--campaign', 'shanghai-2020', '--out', out, '--format', 'docx', '--json']);
    expect(rerun.status, rerun.stderr).toBe(0);
    const forms = (JSON.parse(rerun.stdout) as BuildJson).documents.filter((doc) => doc.kind === 'form');
    expect(forms).toHaveLength(300);
    expect(forms.filter((doc) => doc.status === 'unchanged')).toHaveLength(issued);
  });

  it('closes the browser at once when PDFs are being printed, and leaves no browser profile behind', async () => {
    const dir = tempDir();
    const tmp = join(dir, 'tmp');
    mkdirSync(tmp);
    const out = join(dir, 'out');
    const { code, stderr } = await interruptBuild(out, 'pdf', '.pdf', 1, { TMPDIR: tmp });
    expect(code, stderr).toBe(130);
    // 300 PDFs take far longer than this; the run stopped instead of finishing the batch.
    expect(filesUnder(out).filter((name) => name.endsWith('.pdf')).length).toBeLessThan(300);
    expectWholeAndArchived(out, '.pdf');
    expect(readdirSync(tmp).filter((name) => name.startsWith('studio-docs-chromium-'))).toEqual([]);
  });
});
