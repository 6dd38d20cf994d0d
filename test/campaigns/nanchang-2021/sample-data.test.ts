import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importApplications } from '../../../src/import/index.js';
import { validateApplications, validStudios } from '../../../src/validate/index.js';
import { nanchang, readSample, ROOT, SAMPLE_WORKBOOK } from './fixtures.js';

async function sampleReport() {
  const imported = await importApplications([{ name: 'applications.xlsx', bytes: readSample() }], { referenceDate: nanchang.referenceDate });
  return { imported, report: validateApplications(imported, nanchang) };
}

/** The deliberate mistakes data/nanchang-2021/README.md documents: [severity, code, 工作室 sheet row or '-' for the batch problem]. */
const DOCUMENTED = [
  ['error', 'TOO_MANY_FOR_RECOMMENDER', '-'],
  ['error', 'LEADER_HONOUR_MISSING', 6],
  ['warning', 'NAME_PATTERN', 7],
  ['error', 'BELOW_MINIMUM', 9],
  ['warning', 'RUNNING_TOO_SHORT', 10],
] as const;

describe('the bundled Nanchang 2021 sample', () => {
  it('reads as 12 studios with their members, every header recognised and no reading problem', async () => {
    const { imported } = await sampleReport();
    expect(imported.problems).toEqual([]);
    expect(imported.inputs[0]?.sheets.map((sheet) => [sheet.name, sheet.level, sheet.headerRow])).toEqual([['工作室', 'studio', 2], ['成员', 'member', 2]]);
    expect(imported.studios).toHaveLength(12);
    expect(imported.studios.every((studio) => studio.members.length >= 6)).toBe(true);
  });

  it('gives exactly the documented problems', async () => {
    const { report } = await sampleReport();
    expect(report.problems.map((problem) => [problem.severity, problem.code, problem.row ?? '-'])).toEqual(DOCUMENTED.map((entry) => [...entry]));
    expect(report.problems[0]?.message).toContain('南昌高新技术产业开发区工会推荐了3个工作室');
    expect(report.problems.find((problem) => problem.code === 'BELOW_MINIMUM')?.field).toBe('recognizedResultsThisYear');
  });

  it('leaves ten studios to render, all of the one type, from eight recommenders', async () => {
    const { report } = await sampleReport();
    const valid = validStudios(report);
    expect(valid).toHaveLength(10);
    expect(valid.every(({ studio }) => studio.type === '劳模')).toBe(true);
    expect(new Set(valid.map(({ studio }) => studio.recommender)).size).toBe(8);
    expect(valid.every(({ studio }) => Object.keys(studio.narratives).length === 10)).toBe(true);
  });

  it('is what scripts/sample-data/nanchang-2021.mjs writes, byte for byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nanchang-sample-'));
    try {
      execFileSync(process.execPath, [join(ROOT, 'scripts/sample-data/nanchang-2021.mjs'), dir], { stdio: 'pipe', cwd: ROOT });
      expect(readFileSync(join(dir, 'applications.xlsx')).equals(readFileSync(SAMPLE_WORKBOOK))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
