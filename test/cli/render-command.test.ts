import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import PizZip from 'pizzip';
import { beforeAll, describe, expect, it } from 'vitest';
import { applicationsWorkbook, craftsmanStudio } from '../fixtures/applications-workbook.js';
import { runCli, tempDir } from './run-cli.js';

const HOSTILE_NAMES = ['../x', 'a/b', 'CON', '创'.repeat(200), '🏭工匠创新工作室', 'tab\there', '{name}', '..'];

/** Documents under an output folder (the archive registry, studio-docs.sqlite, is not one). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile() && !name.startsWith('studio-docs.sqlite'))
    .sort();
}

describe('studio-docs render with hostile studio names', () => {
  let input: string;
  let out: string;
  beforeAll(async () => {
    const dir = tempDir();
    input = join(dir, '申报.xlsx');
    out = join(dir, 'out');
    writeFileSync(input, await applicationsWorkbook(HOSTILE_NAMES.map((name, index) => craftsmanStudio(`H${index}`, name))));
  });

  it('writes one DOCX per studio, every file inside the output folder, with safe distinct names', () => {
    const run = runCli(['render', input, '--campaign', 'shanghai-2020', '--out', out, '--format', 'docx']);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const files = filesUnder(out);
    expect(files).toHaveLength(HOSTILE_NAMES.length);
    for (const file of files) {
      expect(relative(out, join(out, file)).startsWith('..')).toBe(false);
      const base = file.split('/').pop() as string;
      expect(base).toMatch(/-申请表\.docx$/);
      expect(base).not.toMatch(/[<>:"\\|?*\u0000-\u001f]/);
      expect(Buffer.byteLength(base)).toBeLessThan(255);
    }
    expect(new Set(files.map((file) => file.toLowerCase())).size).toBe(files.length);
    expect(files.some((file) => file.endsWith('/_CON-申请表.docx'))).toBe(true);
  });

  it('prints the literal studio name inside the document, not a tag or an escape', () => {
    const file = filesUnder(out).find((name) => name.includes('{name}')) as string;
    const xml = new PizZip(readFileSync(join(out, file))).file('word/document.xml')?.asText() ?? '';
    expect(xml).toContain('{name}');
    expect(xml).not.toMatch(/undefined|NaN|\[object Object\]/);
  });

  it('leaves every file untouched on an identical re-run (byte-identical output)', () => {
    const before = new Map(filesUnder(out).map((file) => [file, readFileSync(join(out, file))]));
    const run = runCli(['render', input, '--campaign', 'shanghai-2020', '--out', out, '--format', 'docx', '--json']);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as { documents: { status: string }[] };
    expect(result.documents.every((doc) => doc.status === 'unchanged')).toBe(true);
    for (const [file, bytes] of before) expect(readFileSync(join(out, file)).equals(bytes)).toBe(true);
  });
});

describe('render without a browser', () => {
  it('explains how to install Chromium and exits 3 when STUDIO_DOCS_CHROMIUM points nowhere', async () => {
    const dir = tempDir();
    const input = join(dir, '申报.xlsx');
    writeFileSync(input, await applicationsWorkbook([craftsmanStudio('A', '甲工作室')]));
    const run = runCli(['render', input, '--campaign', 'shanghai-2020', '--out', join(dir, 'out'), '--format', 'pdf'], {
      env: { STUDIO_DOCS_CHROMIUM: '/nonexistent/chrome' },
    });
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('apt-get install chromium');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('render --strict', () => {
  it('exits 1 when a studio was held back, 0 without --strict', async () => {
    const dir = tempDir();
    const input = join(dir, '申报.xlsx');
    writeFileSync(input, await applicationsWorkbook([craftsmanStudio('A', '甲工作室'), { ...craftsmanStudio('B', '乙工作室'), leaderHonours: '先进个人' }]));
    expect(runCli(['render', input, '--campaign', 'shanghai-2020', '--out', join(dir, 'a'), '--format', 'docx']).status).toBe(0);
    const strict = runCli(['render', input, '--campaign', 'shanghai-2020', '--out', join(dir, 'b'), '--format', 'docx', '--strict']);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain('有 1 个工作室因存在错误未生成文书');
    expect(filesUnder(join(dir, 'b'))).toHaveLength(1);
  });
});
