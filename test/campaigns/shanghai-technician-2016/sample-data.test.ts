import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validStudios } from '../../../src/validate/index.js';
import { ROOT, SAMPLE_WORKBOOK, sampleReport } from './fixtures.js';

/** The deliberate mistakes data/shanghai-technician-2016/README.md documents: [severity, code, 工作室 sheet row]. */
const DOCUMENTED = [
  ['error', 'LEADER_SKILL_LEVEL', 5],
  ['error', 'TEAM_TOO_SMALL', 8],
  ['error', 'REQUIRED_MISSING', 11],
] as const;

describe('the bundled 上海市技师创新工作室 sample', () => {
  it('reads as 12 named studios with their members and naming dates written three ways, without a reading problem', async () => {
    const { imported } = await sampleReport();
    expect(imported.problems).toEqual([]);
    expect(imported.studios).toHaveLength(12);
    expect(imported.studios.map((studio) => studio.values.namedDate)).toEqual([
      '2016-12', '2016-12-20', '2016-12', '2016-12', '2016-12', '2017-11', '2017-11-28', '2017-11', '2017-11', '2018-12', '2018-12-18', '2018-12',
    ]);
  });

  it('gives exactly the documented problems', async () => {
    const { report } = await sampleReport();
    expect(report.problems.map((problem) => [problem.severity, problem.code, problem.row])).toEqual(DOCUMENTED.map((entry) => [...entry]));
    expect(report.problems[2]?.field).toBe('fundedProject');
  });

  it('leaves nine studios, each with a funded project and a 技师 or 高级技师 leader', async () => {
    const valid = validStudios((await sampleReport()).report);
    expect(valid).toHaveLength(9);
    expect(valid.every(({ studio }) => studio.fundedProject?.includes('上海职工（技师）创新项目'))).toBe(true);
    expect(valid.every(({ studio }) => ['技师', '高级技师'].includes(studio.leader.skillLevel ?? ''))).toBe(true);
  });

  it('is what scripts/sample-data/shanghai-technician-2016.mjs writes, byte for byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'technician-sample-'));
    try {
      execFileSync(process.execPath, [join(ROOT, 'scripts/sample-data/shanghai-technician-2016.mjs'), dir], { stdio: 'pipe', cwd: ROOT });
      expect(readFileSync(join(dir, 'applications.xlsx')).equals(readFileSync(SAMPLE_WORKBOOK))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
