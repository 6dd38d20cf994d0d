import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { withOpenpyxl } from '../render/xlsx/workbook-helpers.js';
import { ROOT, runCli, SAMPLE_XLSX, tempDir } from './run-cli.js';

const SHANGHAI_SCORES = join(ROOT, 'data', 'shanghai-2020', 'scores.xlsx');
const LESHAN = join(ROOT, 'data', 'leshan-2020', 'applications.xlsx');
const LESHAN_BAD_SCORES = join(ROOT, 'data', 'leshan-2020', 'scores-with-errors.xlsx');

describe('studio-docs rank on the Shanghai sample', () => {
  let out: string;
  let run: ReturnType<typeof runCli>;
  beforeAll(() => {
    out = join(tempDir(), 'out');
    run = runCli(['rank', SAMPLE_XLSX, '--scores', SHANGHAI_SCORES, '--campaign', 'shanghai-2020', '--out', out]);
  });

  it('ranks the valid studios per quota group and writes the ranked list', async () => {
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('【工匠】名额 25 个，入选 8 个');
    expect(run.stdout).toContain('【技师/职工/巾帼】名额 100 个，入选 32 个');
    expect(run.stdout).toContain('合计入选 40 个，资助 480000 元，配套 480000 元');
    expect(run.stdout).toContain('排名：按得分从高到低；得分相同时依次按：去掉的最高分较高者在前，专利总数较多者在前，创建时间较早者在前，推荐排序靠前者在前；仍相同者并列');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(join(out, '评审排名表.xlsx')) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['工匠', '技师、职工、巾帼', '按推荐单位', '评审规则']);
    expect(workbook.getWorksheet('工匠')!.rowCount).toBe(2 + 8);
  });

  it('writes a workbook openpyxl reads the same way', () => {
    const read = withOpenpyxl<{ sheets: string[]; first: unknown[] }>(
      readFileSync(join(out, '评审排名表.xlsx')),
      `wb = openpyxl.load_workbook(path)
print(json.dumps({"sheets": wb.sheetnames, "first": [c.value for c in wb["工匠"][3]][:3]}, ensure_ascii=False))`,
    );
    expect(read.sheets).toEqual(['工匠', '技师、职工、巾帼', '按推荐单位', '评审规则']);
    expect(read.first).toEqual(['1', '倪国强工匠创新工作室', '工匠']);
  });

  it('orders the two studios the sample scores identically by the tie-breakers', () => {
    const lines = run.stdout.split('\n').filter((line) => line.includes('71.90分'));
    expect(lines.some((line) => line.includes('宋明技师创新工作室'))).toBe(true);
    expect(lines.some((line) => line.includes('曹俊杰职工创新工作室'))).toBe(true);
  });

  it('says scores of studios blocked by validation are not counted', () => {
    expect(run.stdout).toMatch(/申报材料有错误，未参加排名，其评分不计入 \[SCORED_BLOCKED_STUDIO\]/);
  });

  it('reports the non-public shortfall it cannot repair', () => {
    expect(run.stdout).toContain('注意：徐汇区总工会：入选3个工作室中非公企业1个（33.3%），低于50%，且没有可替换的非公企业候选。');
  });

  it('leaves the ranked list unchanged on a second run', () => {
    const again = runCli(['rank', SAMPLE_XLSX, '--scores', SHANGHAI_SCORES, '--campaign', 'shanghai-2020', '--out', out]);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain('（内容未变）');
  });
});

describe('studio-docs rank refuses what it cannot rank', () => {
  it('stops with exit 1 on score sheet errors and names each with row and code', () => {
    const out = join(tempDir(), 'out');
    const run = runCli(['rank', LESHAN, '--scores', LESHAN_BAD_SCORES, '--campaign', 'leshan-2020', '--out', out]);
    expect(run.status).toBe(1);
    for (const code of ['DUPLICATE_EXPERT_ROW', 'UNKNOWN_STUDIO', 'SCORE_OUT_OF_RANGE', 'MISSING_SCORE']) expect(run.stdout).toContain(`[${code}]`);
    expect(run.stderr).toContain('评分表有错误，未排名');
    expect(existsSync(join(out, '评审排名表.xlsx'))).toBe(false);
  });

  it('gives the selection as JSON with every studio’s outcome', () => {
    const out = join(tempDir(), 'out');
    const run = runCli(['rank', LESHAN, '--scores', join(ROOT, 'data', 'leshan-2020', 'scores.xlsx'), '--campaign', 'leshan-2020', '--out', out, '--json']);
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as { selection: { groups: { label: string; quota: number; studios: { name: string; rank: number; outcome: { selected: boolean } }[] }[] } };
    const [group] = result.selection.groups;
    expect(group?.label).toBe('劳模和工匠人才');
    expect(group?.quota).toBe(33);
    expect(group?.studios.map((studio) => studio.rank)).toEqual([...group!.studios.map((studio) => studio.rank)].sort((a, b) => a - b));
    expect(group?.studios.every((studio) => studio.outcome.selected)).toBe(true);
  });

  it('is a usage error without --scores or for a campaign without a review', () => {
    expect(runCli(['rank', LESHAN, '--campaign', 'leshan-2020']).status).toBe(2);
    const run = runCli(['rank', SAMPLE_XLSX, '--scores', SHANGHAI_SCORES, '--campaign', 'shanghai-technician-2016']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('没有定义评审');
  });
});
