import { describe, expect, it } from 'vitest';

interface PhaseRun {
  readonly wallMs: number;
  readonly maxRssMib?: number;
  readonly treePssMib?: number;
  readonly runsWallMs?: readonly number[];
}
interface Report {
  medianRun(runs: readonly PhaseRun[]): PhaseRun;
  resultsMarkdown(results: unknown): string;
}

const REPORT = new URL('../../scripts/bench/report.mjs', import.meta.url).href;
const report = (await import(REPORT)) as Report;

describe('a short bench phase measured three times', () => {
  it('reports the run with the median time, and the largest peak memory of all runs', () => {
    const runs = [
      { wallMs: 3140, maxRssMib: 539, treePssMib: 510, count: 10000 },
      { wallMs: 2610, maxRssMib: 541, treePssMib: 505, count: 10000 },
      { wallMs: 2350, maxRssMib: 530, treePssMib: 515, count: 10000 },
    ];
    expect(report.medianRun(runs)).toEqual({ wallMs: 2610, maxRssMib: 541, treePssMib: 515, count: 10000, runsWallMs: [3140, 2610, 2350] });
  });

  it('says so in the results, with every run’s time', () => {
    const validate = { ...report.medianRun([{ wallMs: 3140 }, { wallMs: 2610 }, { wallMs: 2350 }]), count: 10000, perDocMs: 0.261, maxRssMib: 541 };
    const markdown = report.resultsMarkdown({
      date: '2026-11-22T00:00:00Z',
      command: 'npm run bench',
      machine: { cpu: 'cpu', cores: 2, memoryGib: 23.5, os: 'Linux', node: 'v20', chromium: 'Chromium', libreOffice: 'LibreOffice', commit: 'abc', loadAverageAtStart: [0, 0, 0] },
      generatorVersion: 2,
      seed: 2020,
      libreOfficeSample: 100,
      sizes: [{ studios: 10000, members: 100000, input: 'x.xlsx', phases: { validate } }],
      notes: [],
    });
    expect(markdown).toContain('| import + validate | 10000 | 2.61 |');
    expect(markdown).toContain('Phases under 10 s ran 3 times; the table shows the run with the median time and the largest peak memory of the runs (import + validate 3.14 / 2.61 / 2.35 s).');
  });
});
