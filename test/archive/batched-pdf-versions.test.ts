import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applicationsWorkbook, craftsmanStudio } from '../fixtures/applications-workbook.js';
import { runCli, tempDir } from '../cli/run-cli.js';

interface RenderJson {
  documents: { relativePath: string; status: string; studio: string }[];
}

/**
 * PDFs are printed many to a browser job, so a file's bytes also depend on the other
 * studios in its job. Correcting one studio must not turn its batch-mates into new versions.
 */
describe('re-rendering PDFs after one studio changed', () => {
  it('writes a new version of that studio only; the others are unchanged', async () => {
    const dir = tempDir();
    const input = join(dir, '申报.xlsx');
    const out = join(dir, 'out');
    const studios = ['甲', '乙', '丙'].map((name, index) => craftsmanStudio(`P${index + 1}`, `${name}工匠创新工作室`));
    const render = () => {
      const run = runCli(['render', input, '--campaign', 'shanghai-2020', '--out', out, '--format', 'pdf', '--json']);
      expect(run.status, run.stderr).toBe(0);
      const statuses = (JSON.parse(run.stdout) as RenderJson).documents.map((doc) => [doc.studio, doc.status]);
      return Object.fromEntries(statuses) as Record<string, string>;
    };

    writeFileSync(input, await applicationsWorkbook(studios));
    expect(render()).toEqual({ 甲工匠创新工作室: 'written', 乙工匠创新工作室: 'written', 丙工匠创新工作室: 'written' });

    const corrected = studios.map((studio, index) => (index === 1 ? { ...studio, specialty: '精密数控加工与五轴编程' } : studio));
    writeFileSync(input, await applicationsWorkbook(corrected));
    expect(render()).toEqual({ 甲工匠创新工作室: 'unchanged', 乙工匠创新工作室: 'new-version', 丙工匠创新工作室: 'unchanged' });
  });
});
