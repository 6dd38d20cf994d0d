import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCampaign } from '../../src/campaigns/load.js';
import { StudioDocsError } from '../../src/core/errors.js';
import { checkInWorker } from '../../src/io/check-in-worker.js';
import { checkApplications } from '../../src/jobs/check.js';
import { scoresFor } from '../../src/jobs/scores.js';
import { reviewOf } from '../../src/review/index.js';
import { errorWorkbookOf } from '../../src/season/error-workbook.js';

const { campaign } = loadCampaign('shanghai-2020');
const SAMPLE = [{ name: 'applications.xlsx', bytes: new Uint8Array(readFileSync(new URL('../../data/shanghai-2020/applications.xlsx', import.meta.url))) }];

describe('import + validate in a worker thread (what build and render use)', () => {
  it('gives exactly the check of this thread, and the same marked-up workbook', async () => {
    const inThread = await checkApplications(SAMPLE, campaign);
    const { check, errorWorkbook } = await checkInWorker({ files: SAMPLE, campaign, errorWorkbook: true });
    expect(check).toEqual(inThread);
    expect(check.summary).toMatchObject({ studios: 48, valid: 40, blocked: 8 });
    expect(errorWorkbook).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(errorWorkbook as Uint8Array).equals(Buffer.from((await errorWorkbookOf(SAMPLE, inThread)) as Uint8Array))).toBe(true);
  });

  it('makes no workbook unless asked, and none when there is nothing to mark', async () => {
    expect((await checkInWorker({ files: SAMPLE, campaign, errorWorkbook: false })).errorWorkbook).toBeUndefined();
    const leshan = loadCampaign('leshan-2020').campaign;
    const clean = [{ name: 'applications.xlsx', bytes: new Uint8Array(readFileSync(new URL('../../data/leshan-2020/applications.xlsx', import.meta.url))) }];
    const inThread = await checkApplications(clean, leshan);
    const { check, errorWorkbook } = await checkInWorker({ files: clean, campaign: leshan, errorWorkbook: true });
    expect(check).toEqual(inThread);
    expect(errorWorkbook === undefined).toBe(inThread.problems.length === 0);
  });

  it('passes the studios named before to the already-named check', async () => {
    const studioName = (await checkApplications(SAMPLE, campaign)).valid[0]!.studio.name;
    const named = [{ campaign: 'shanghai-2019', title: campaign.programName, studioName, leader: '某人', unit: '某单位', namedOn: '2019-12-01' }];
    const inThread = await checkApplications(SAMPLE, campaign, { namedStudios: named });
    const { check } = await checkInWorker({ files: SAMPLE, campaign, namedStudios: named, errorWorkbook: false });
    expect(check).toEqual(inThread);
    expect(check.problems.filter((problem) => problem.code === 'ALREADY_NAMED').map((problem) => problem.studio)).toEqual([studioName]);
  });

  it('matches the expert scores there as this thread would, and reads no score sheet when no studio passed', async () => {
    const scoreFile = { name: 'scores.xlsx', bytes: new Uint8Array(readFileSync(new URL('../../data/shanghai-2020/scores.xlsx', import.meta.url))) };
    const review = reviewOf(campaign);
    const inThread = await scoresFor(scoreFile, await checkApplications(SAMPLE, campaign), review);
    const { scores } = await checkInWorker({ files: SAMPLE, campaign, errorWorkbook: false, scores: scoreFile });
    expect(scores).toEqual(inThread);
    expect(scores?.matched.byStudio.size).toBe(40);

    const unreadableScores = { name: 'scores.xlsx', bytes: new Uint8Array([1, 2, 3]) };
    const headerOnly = [{ name: 'applications.csv', bytes: new TextEncoder().encode('工作室名称,领衔人姓名\n某某创新工作室,\n') }];
    const nothingValid = await checkInWorker({ files: headerOnly, campaign, errorWorkbook: false, scores: unreadableScores });
    expect(nothingValid.check.valid).toHaveLength(0);
    expect(nothingValid.scores).toBeUndefined();
    // The same sheet beside studios that passed is read, and reported.
    const withStudios = await checkInWorker({ files: SAMPLE, campaign, errorWorkbook: false, scores: unreadableScores });
    expect(withStudios.scores?.errors).toBeGreaterThan(0);
  });

  it('fails with the same StudioDocsError (code, message, hints) as this thread would', async () => {
    const unreadable = [{ name: 'random.xlsx', bytes: new Uint8Array(Array.from({ length: 4096 }, (_, index) => (index * 7919) % 251)) }];
    const expected = await checkApplications(unreadable, campaign).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(expected).toBeInstanceOf(StudioDocsError);
    const actual = await checkInWorker({ files: unreadable, campaign, errorWorkbook: true }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(actual).toBeInstanceOf(StudioDocsError);
    const { code, message, hints } = actual as StudioDocsError;
    expect({ code, message, hints }).toEqual({ code: (expected as StudioDocsError).code, message: (expected as StudioDocsError).message, hints: (expected as StudioDocsError).hints });
  });
});
