import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCampaign } from '../../src/campaigns/load.js';
import { importApplications } from '../../src/import/index.js';
import { checkApplications } from '../../src/jobs/check.js';
import { validateApplications } from '../../src/validate/index.js';

const { campaign } = loadCampaign('shanghai-2020');
const SAMPLE = [{ name: 'applications.xlsx', bytes: new Uint8Array(readFileSync(new URL('../../data/shanghai-2020/applications.xlsx', import.meta.url))) }];

describe('what a job keeps of import + validation', () => {
  it('keeps every studio by key, name, recommender and verdict, and no imported cells', async () => {
    const check = await checkApplications(SAMPLE, campaign);
    const report = validateApplications(await importApplications(SAMPLE, { referenceDate: campaign.referenceDate }), campaign);
    expect(check.studios.map((studio) => studio.key)).toEqual(report.studios.map((studio) => studio.key));
    for (const [index, studio] of check.studios.entries()) {
      const full = report.studios[index]!;
      expect(studio.name).toBe(full.studio?.name ?? full.draft.values.studioName);
      expect(studio.recommender).toBe(full.studio?.recommender ?? full.draft.values.recommender);
      expect(studio.blocked).toBe(full.blocked || full.studio === undefined);
      expect(studio.problems).toBe(full.problems.length);
    }
    expect(check.problems).toEqual(report.problems);
    expect(check.inputs).toEqual(report.inputs);
    // The drafts (source rows with every cell as typed) are what made a check twice its size.
    expect(JSON.stringify(check)).not.toMatch(/"(draft|cells|source)":/);
  });

  it('names a blocked studio from its row even when the row could not be read as a studio', async () => {
    // No 领衔人 and most required columns missing: the row does not make a studio record at all.
    const files = [{ name: 'studios.csv', bytes: new TextEncoder().encode('工作室名称,领衔人姓名,推荐单位\n半张表工作室,,上海建工集团工会\n') }];
    const report = validateApplications(await importApplications(files, { referenceDate: campaign.referenceDate }), campaign);
    expect(report.studios[0]?.studio).toBeUndefined();
    const check = await checkApplications(files, campaign);
    expect(check.studios).toEqual([{ key: '半张表工作室', name: '半张表工作室', recommender: '上海建工集团工会', blocked: true, problems: report.studios[0]?.problems.length }]);
    expect(check.valid).toEqual([]);
  });

  it('lists the valid studios as the ones not blocked, in input order', async () => {
    const check = await checkApplications(SAMPLE, campaign);
    expect(check.studios.filter((studio) => studio.blocked)).toHaveLength(8);
    expect(check.valid.map(({ key }) => key)).toEqual(check.studios.filter((studio) => !studio.blocked).map((studio) => studio.key));
  });
});
