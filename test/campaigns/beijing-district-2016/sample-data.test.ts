import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { importApplications } from '../../../src/import/index.js';
import { validateApplications, validStudios } from '../../../src/validate/index.js';
import type { ValidationReport } from '../../../src/validate/types.js';
import { campaign } from './fixtures.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const WORKBOOK = join(ROOT, 'data/beijing-district-2016/applications.xlsx');

let report: ValidationReport;

beforeAll(async () => {
  const imported = await importApplications([{ name: 'applications.xlsx', bytes: readFileSync(WORKBOOK) }], { referenceDate: campaign.referenceDate });
  report = validateApplications(imported, campaign);
});

describe('the bundled Beijing district 2016 sample', () => {
  it('gives exactly the problems data/beijing-district-2016/README.md documents, on the documented rows', () => {
    const found = report.problems.map((problem) => [problem.severity, problem.code, problem.studio, problem.sheet, problem.row, problem.header]);
    expect(found).toEqual([
      ['error', 'EXCLUDED_HONOUR', '杜卫东职工创新工作室', '工作室', 3, '工作室曾获荣誉'],
      ['warning', 'TEAM_TOO_SMALL', '邹芳职工创新工作室', '工作室', 5, '工作室名称'],
      ['error', 'SUM_MISMATCH', '韩颖职工创新工作室', '工作室', 7, '经费合计（万元）'],
      ['error', 'EXCLUDED_FLAG', '张红旗职工创新工作室', '工作室', 9, '是否曾被评为区级职工创新工作室'],
      ['error', 'BELOW_MINIMUM', '吕桂兰职工创新工作室', '工作室', 11, '创新成果数累计（项）'],
      ['warning', 'TEAM_TOO_LARGE', '唐宇职工创新工作室', '工作室', 15, '工作室名称'],
      ['error', 'REQUIRED_MISSING', '金燕职工创新工作室', '工作室', 20, '明年工作计划'],
      ['error', 'REQUIRED_MISSING', '傅国平职工创新工作室', '成员', 666, '主要分工'],
    ]);
  });

  it('leaves the notice’s quota of 10 studios with no problem, and 12 that get a form', () => {
    expect(report.studios).toHaveLength(18);
    expect(report.studios.filter((studio) => studio.problems.length === 0)).toHaveLength(10);
    expect(validStudios(report)).toHaveLength(12);
  });

  it('reads every studio and participant the way the form needs them', () => {
    const studios = report.studios.flatMap((checked) => (checked.studio ? [checked.studio] : []));
    expect(studios).toHaveLength(18);
    expect(studios.reduce((sum, studio) => sum + studio.members.length, 0)).toBe(824);
    for (const studio of studios) {
      expect(studio.type).toBe('职工');
      expect(studio.funding.total).toBeGreaterThan(0);
      expect(studio.innovationFields.length).toBeGreaterThan(0);
      expect(studio.leader.birthDate).toMatch(/^\d{4}-\d{2}$/);
      for (const member of studio.members) expect(member.birthDate, member.name).toMatch(/^\d{4}-\d{2}$/);
    }
    const teamSizes = studios.map((studio) => studio.members.length + 1);
    expect(Math.max(...teamSizes)).toBe(152);
    expect(teamSizes.filter((size) => size >= 20 && size <= 60)).toHaveLength(16);
  });

  it('comes from three kinds of recommender the notice addresses: 燕山工会, 乡镇/街道总工会, 委局公司工会', () => {
    const recommenders = new Set(report.studios.map((checked) => checked.studio?.recommender));
    expect(recommenders.has('燕山工会')).toBe(true);
    expect([...recommenders].filter((name) => /镇总工会|街道总工会/.test(name ?? '')).length).toBeGreaterThanOrEqual(5);
    expect([...recommenders].filter((name) => /委员会工会|局工会|公司工会/.test(name ?? '')).length).toBeGreaterThanOrEqual(4);
  });

  it('is what its generator writes, byte for byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'beijing-sample-'));
    try {
      execFileSync('node', [join(ROOT, 'scripts/sample-data/beijing-district-2016.mjs'), dir], { cwd: ROOT, stdio: 'pipe' });
      expect(readFileSync(join(dir, 'applications.xlsx')).equals(readFileSync(WORKBOOK))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
