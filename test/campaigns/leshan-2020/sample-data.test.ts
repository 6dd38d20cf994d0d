import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importApplications } from '../../../src/import/index.js';
import { validateApplications, validStudios } from '../../../src/validate/index.js';
import { leshan } from './leshan-fixtures.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const WORKBOOK = join(ROOT, 'data/leshan-2020/applications.xlsx');

async function sampleReport() {
  const imported = await importApplications([{ name: 'applications.xlsx', bytes: readFileSync(WORKBOOK) }], { referenceDate: leshan.referenceDate });
  return { imported, report: validateApplications(imported, leshan) };
}

/** The deliberate mistakes data/leshan-2020/README.md documents: [severity, code, 工作室 sheet row or '-' for the batch warning]. */
const DOCUMENTED = [
  ['warning', 'TOO_FEW_FOR_RECOMMENDER', '-'],
  ['error', 'TEXT_TOO_LONG', 4],
  ['error', 'NAME_PATTERN', 6],
  ['error', 'RUNNING_TOO_SHORT', 8],
  ['error', 'RANK_MISSING', 9],
  ['error', 'RANK_MISSING', 10],
  ['error', 'TEAM_TOO_SMALL', 12],
  ['error', 'TEXT_TOO_SHORT', 13],
  ['error', 'EXCLUDED_HONOUR', 16],
  ['error', 'LEADER_HONOUR_MISSING', 18],
  ['error', 'BELOW_MINIMUM', 19],
  ['error', 'REQUIRED_MISSING', 21],
] as const;

describe('the bundled Leshan 2020 sample', () => {
  it('reads as 22 studios with their members, every header recognised and no reading problem', async () => {
    const { imported } = await sampleReport();
    expect(imported.problems).toEqual([]);
    expect(imported.inputs[0]?.sheets.map((sheet) => [sheet.name, sheet.level, sheet.headerRow])).toEqual([['工作室', 'studio', 2], ['成员', 'member', 2]]);
    expect(imported.studios).toHaveLength(22);
    expect(imported.studios.every((studio) => studio.members.length >= 3)).toBe(true);
  });

  it('gives exactly the documented problems, one per rule of the notice', async () => {
    const { report } = await sampleReport();
    expect(report.problems.map((problem) => [problem.severity, problem.code, problem.row ?? '-'])).toEqual(DOCUMENTED.map((entry) => [...entry]));
    expect(report.problems.find((problem) => problem.code === 'TOO_FEW_FOR_RECOMMENDER')?.message).toContain('犍为县总工会');
  });

  it('names in its README each studio that has a problem, so the list can not drift from the data', async () => {
    const { report } = await sampleReport();
    const readme = readFileSync(join(ROOT, 'data/leshan-2020/README.md'), 'utf8');
    const studios = report.problems.flatMap((problem) => (problem.studio ? [problem.studio.replace(/劳模和工匠人才创新工作室$/, '')] : []));
    expect(studios).toHaveLength(11);
    for (const studio of studios) expect(readme, studio).toContain(studio);
  });

  it('leaves eleven studios to render, from recommenders of every kind', async () => {
    const { report } = await sampleReport();
    const valid = validStudios(report);
    expect(valid).toHaveLength(11);
    expect(new Set(valid.map(({ studio }) => studio.recommender))).toEqual(
      new Set(['市中区总工会', '五通桥区总工会', '峨眉山市总工会', '犍为县总工会', '乐山高新区工会', '夹江县总工会', '井研县总工会', '乐山市教育工会', '乐山市卫生健康工会', '峨眉山景区管委会工会']),
    );
    expect(valid.every(({ studio }) => studio.type === '劳模和工匠人才')).toBe(true);
  });

  it('is what scripts/sample-data/leshan-2020.mjs writes, byte for byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leshan-sample-'));
    try {
      execFileSync(process.execPath, [join(ROOT, 'scripts/sample-data/leshan-2020.mjs'), dir], { stdio: 'pipe', cwd: ROOT });
      expect(readFileSync(join(dir, 'applications.xlsx')).equals(readFileSync(WORKBOOK))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
