import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCampaign } from '../../src/campaigns/load.js';
import { ReviewSchema } from '../../src/campaigns/review-schema.js';
import { checkApplications } from '../../src/jobs/check.js';
import { matchScores, readScores, type ScorableStudio } from '../../src/review/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
const REVIEW = ReviewSchema.parse({ basis: '测试', quotaGroups: [{ label: '全部', types: ['工匠'] }] });
const STUDIOS: ScorableStudio[] = [
  { key: 'SH-1', id: 'SH-1', name: '张建国工匠创新工作室', blocked: false },
  { key: '李明工匠创新工作室', name: '李明工匠创新工作室', blocked: false },
  { key: '王强工匠创新工作室', name: '王强工匠创新工作室', blocked: true },
];

function csv(text: string, name = 'scores.csv') {
  return { name, bytes: new TextEncoder().encode(text) };
}

describe('reading expert scores', () => {
  it('reads a CSV with 工作室名称, 评委 and 总分, matching names regardless of spaces and full-width forms', async () => {
    const sheet = await readScores(csv('工作室名称,评委,总分\n张建国 工匠创新工作室,专家一,88.5\n李明工匠创新工作室,专家一,９０\n'), REVIEW);
    expect(sheet.problems).toEqual([]);
    expect(sheet.rows.map((row) => [row.row, row.studioName, row.expert, row.total])).toEqual([
      [2, '张建国工匠创新工作室', '专家一', 88.5],
      [3, '李明工匠创新工作室', '专家一', 90],
    ]);
    const matched = matchScores(sheet.rows, STUDIOS);
    expect([...matched.byStudio.keys()]).toEqual(['SH-1', '李明工匠创新工作室']);
  });

  it('reads GBK text and sums one column per criterion, each checked against its maximum', async () => {
    const review = ReviewSchema.parse({ ...REVIEW, criteria: [{ label: '创新成果', max: 40 }, { label: '团队建设', max: 60 }] });
    const bytes = readFileSync(join(ROOT, 'test/fixtures/review/criteria.gbk.csv'));
    const sheet = await readScores({ name: 'gbk.csv', bytes: new Uint8Array(bytes) }, review);
    expect(sheet.rows.map((row) => [row.studioId, row.total, row.criteria])).toEqual([['SH-1', 85.5, [35, 50.5]]]);
    expect(sheet.problems).toEqual([
      expect.objectContaining({ file: 'gbk.csv', row: 3, column: 'C', header: '创新成果', code: 'SCORE_OUT_OF_RANGE', value: '41', message: '创新成果应在0～40分之间' }),
    ]);
  });

  it('reports missing, non-numeric and out-of-range scores with file, row and column, leaving those rows out', async () => {
    const sheet = await readScores(csv('工作室名称,专家,得分\n张建国工匠创新工作室,甲,\n张建国工匠创新工作室,乙,优秀\n张建国工匠创新工作室,丙,101\n张建国工匠创新工作室,丁,80\n'), REVIEW);
    expect(sheet.rows.map((row) => row.expert)).toEqual(['丁']);
    expect(sheet.problems.map((problem) => [problem.row, problem.column, problem.code])).toEqual([
      [2, 'C', 'MISSING_SCORE'],
      [3, 'C', 'SCORE_NOT_A_NUMBER'],
      [4, 'C', 'SCORE_OUT_OF_RANGE'],
    ]);
  });

  it('reports a studio nobody applied for and a second row by the same expert, and ignores scores of blocked studios with a warning', async () => {
    const sheet = await readScores(csv('工作室名称,专家,得分\n张建国工匠创新工作室,甲,80\n张建国工匠创新工作室, 甲 ,82\n无名工作室,甲,70\n王强工匠创新工作室,甲,75\n'), REVIEW);
    const matched = matchScores(sheet.rows, STUDIOS);
    expect(matched.problems.map((problem) => [problem.row, problem.code, problem.severity])).toEqual([
      [3, 'DUPLICATE_EXPERT_ROW', 'error'],
      [4, 'UNKNOWN_STUDIO', 'error'],
      [5, 'SCORED_BLOCKED_STUDIO', 'warning'],
    ]);
    expect(matched.problems[0]?.message).toBe('专家“甲”对“张建国工匠创新工作室”已在第2行评过分，同一专家只能评一次');
    expect(matched.byStudio.get('SH-1')?.map((row) => row.total)).toEqual([80]);
    expect(matched.byStudio.has('王强工匠创新工作室')).toBe(false);
  });

  it('says which columns it needs when the sheet has no score header', async () => {
    const sheet = await readScores(csv('名字,分\n甲,1\n'), REVIEW);
    expect(sheet.problems).toEqual([expect.objectContaining({ code: 'NO_SCORE_COLUMNS', severity: 'error' })]);
  });
});

describe('the bundled sample score sheets', () => {
  it('match every Leshan studio with 5–7 experts and no errors', async () => {
    const { campaign } = loadCampaign('leshan-2020');
    const check = await checkApplications([{ name: 'applications.xlsx', bytes: readFileSync(join(ROOT, 'data/leshan-2020/applications.xlsx')) }], campaign);
    const scorable = check.studios.flatMap(({ key, name, blocked }) => (name ? [{ key, name, blocked }] : []));
    const sheet = await readScores({ name: 'scores.xlsx', bytes: readFileSync(join(ROOT, 'data/leshan-2020/scores.xlsx')) }, campaign.review!);
    const matched = matchScores(sheet.rows, scorable);
    expect(sheet.problems).toEqual([]);
    expect(matched.problems.every((problem) => problem.code === 'SCORED_BLOCKED_STUDIO')).toBe(true);
    expect(matched.byStudio.size).toBe(check.valid.length);
    for (const rows of matched.byStudio.values()) expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const rows of matched.byStudio.values()) expect(rows.length).toBeLessThanOrEqual(7);
  });

  it('give exactly the four documented mistakes in scores-with-errors.xlsx', async () => {
    const { campaign } = loadCampaign('leshan-2020');
    const check = await checkApplications([{ name: 'applications.xlsx', bytes: readFileSync(join(ROOT, 'data/leshan-2020/applications.xlsx')) }], campaign);
    const scorable = check.studios.flatMap(({ key, name, blocked }) => (name ? [{ key, name, blocked }] : []));
    const sheet = await readScores({ name: 'scores-with-errors.xlsx', bytes: readFileSync(join(ROOT, 'data/leshan-2020/scores-with-errors.xlsx')) }, campaign.review!);
    const errors = [...sheet.problems, ...matchScores(sheet.rows, scorable).problems].filter((problem) => problem.severity === 'error');
    expect(errors.map((problem) => problem.code).sort()).toEqual(['DUPLICATE_EXPERT_ROW', 'MISSING_SCORE', 'SCORE_OUT_OF_RANGE', 'UNKNOWN_STUDIO']);
    expect(errors.every((problem) => problem.file === 'scores-with-errors.xlsx' && problem.sheet === '评分' && problem.row !== undefined)).toBe(true);
  });
});
