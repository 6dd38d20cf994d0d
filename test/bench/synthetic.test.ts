import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCampaign } from '../../src/campaigns/load.js';
import { countChineseWords } from '../../src/core/text.js';
import { checkApplications, type CheckResult } from '../../src/jobs/check.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const GENERATOR = join(ROOT, 'scripts/bench/synthetic.mjs');
const STUDIOS = 24;
const { campaign } = loadCampaign('shanghai-2020');

/** Runs the generator's CLI into a fresh folder and returns the workbook's bytes (and the score sheet's). */
function generate(dir: string, extra: string[] = []): string[] {
  const stdout = execFileSync(process.execPath, [GENERATOR, '--studios', String(STUDIOS), '--out-dir', dir, ...extra], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return stdout.trim().split('\n');
}

describe('the benchmark’s synthetic applications (scripts/bench/synthetic.mjs)', () => {
  const dirs: string[] = [];
  let workbook: string;
  let check: CheckResult;

  beforeAll(async () => {
    dirs.push(mkdtempSync(join(tmpdir(), 'bench-synthetic-')));
    [workbook] = generate(dirs[0] as string) as [string];
    check = await checkApplications([{ name: 'synthetic.xlsx', bytes: readFileSync(workbook) }], campaign);
  });

  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('passes the Shanghai 2020 rules with no error: every studio can be rendered', () => {
    expect(check.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(check.summary.studios).toBe(STUDIOS);
    expect(check.valid).toHaveLength(STUDIOS);
  });

  it('gives every studio a leader and 10 members, with an intro of about 800 字 inside the campaign’s length rule', () => {
    const rule = campaign.rules.find((candidate) => candidate.kind === 'textLength');
    if (rule?.kind !== 'textLength') throw new Error('shanghai-2020 has no textLength rule');
    for (const { studio } of check.valid) {
      expect(studio.members, studio.name).toHaveLength(10);
      expect(studio.leader.name).not.toBe('');
      const words = countChineseWords(studio.intro ?? '');
      expect(words, studio.name).toBeGreaterThanOrEqual(Math.max(rule.min ?? 0, 760));
      expect(words, studio.name).toBeLessThanOrEqual(rule.max ?? Infinity);
    }
    expect(new Set(check.valid.map(({ studio }) => studio.intro)).size).toBe(STUDIOS);
  });

  it('spreads the studios over the four types and at least ten recommending unions', () => {
    const types = new Set(check.valid.map(({ studio }) => studio.type));
    const recommenders = new Set(check.valid.map(({ studio }) => studio.recommender));
    expect(types).toEqual(new Set(['工匠', '技师', '职工', '巾帼']));
    expect(recommenders.size).toBeGreaterThanOrEqual(10);
  });

  it('writes the same bytes for the same seed, and different ones for another seed', () => {
    dirs.push(mkdtempSync(join(tmpdir(), 'bench-synthetic-')), mkdtempSync(join(tmpdir(), 'bench-synthetic-')));
    const [again] = generate(dirs[1] as string) as [string];
    const [otherSeed] = generate(dirs[2] as string, ['--seed', '7']) as [string];
    expect(readFileSync(again).equals(readFileSync(workbook))).toBe(true);
    expect(readFileSync(otherSeed).equals(readFileSync(workbook))).toBe(false);
  });

  it('reuses a cached workbook instead of writing it again, unless forced', () => {
    const written = statSync(workbook, { bigint: true });
    const [cached] = generate(dirs[0] as string) as [string];
    expect(cached).toBe(workbook);
    expect(statSync(cached, { bigint: true }).ino).toBe(written.ino);
    generate(dirs[0] as string, ['--force']);
    // A forced run renames a new file into place.
    expect(statSync(workbook, { bigint: true }).ino).not.toBe(written.ino);
  });
});
