import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { applicationsWorkbook, craftsmanStudio } from '../fixtures/applications-workbook.js';
import { runCli, SAMPLE_CSV, SAMPLE_XLSX, tempDir } from './run-cli.js';

describe('studio-docs validate on the bundled sample', () => {
  it('lists every deliberate mistake with file, sheet, row and column, writes the error workbook and exits 1', async () => {
    const out = tempDir();
    const run = runCli(['validate', SAMPLE_XLSX, '--campaign', 'shanghai-2020', '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('工作室 48 个（成员 394 人）：通过 40 个，有错误 8 个');
    expect(run.stdout).toContain('[错误] applications.xlsx · 工作表「工作室」 · 第6行 · AD列（领衔人曾获荣誉）');
    expect(run.stdout).toContain('[LEADER_SKILL_LEVEL]');
    expect(run.stdout).toContain('[ORPHAN_MEMBER]');
    expect(run.stdout).toContain('徐汇区总工会推荐的4个工作室中非公企业1个');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, '校验结果.xlsx'));
    const list = workbook.getWorksheet('错误说明');
    expect(list?.rowCount).toBe(1 + 10); // header + 9 errors + 1 warning
    const marked = workbook.getWorksheet('工作室')?.getCell('AD6');
    expect(JSON.stringify(marked?.note)).toContain('上海工匠');
  });

  it('finds the same problems in the GBK CSV pair', () => {
    const run = runCli(['validate', ...SAMPLE_CSV, '--campaign', 'shanghai-2020', '--out', tempDir(), '--json']);
    expect(run.status).toBe(1);
    const result = JSON.parse(run.stdout) as { summary: { studios: number; valid: number; errors: number }; inputs: { encoding: string }[]; problems: { code: string }[] };
    expect(result.summary).toMatchObject({ studios: 48, valid: 40 });
    expect(result.inputs.map((input) => input.encoding)).toEqual(['gb18030', 'gb18030']);
    expect(result.problems.map((problem) => problem.code)).toEqual(expect.arrayContaining(['LEADER_HONOUR_MISSING', 'FEMALE_SHARE_LOW', 'TEAM_TOO_SMALL', 'RUNNING_TOO_SHORT', 'EXCLUDED_HONOUR', 'INVALID_DATE', 'ORPHAN_MEMBER']));
  });

  it('prints nothing but one JSON document on stdout with --json', () => {
    const run = runCli(['validate', SAMPLE_XLSX, '--campaign', 'shanghai-2020', '--out', tempDir(), '--json']);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
  });
});

describe('expected failures give a message and an exit code, never a stack', () => {
  it('rejects a legacy .xls file with the 另存为 advice (exit 1)', () => {
    const dir = tempDir();
    const xls = join(dir, '申报.xls');
    writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const run = runCli(['validate', xls, '--campaign', 'shanghai-2020', '--out', dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('.xlsx');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
  it('reports a missing input file (exit 3)', () => {
    const run = runCli(['validate', '/nonexistent/a.xlsx', '--campaign', 'shanghai-2020']);
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('找不到输入文件');
  });
  it('rejects an unknown campaign and lists the known ones (exit 2)', () => {
    const run = runCli(['validate', SAMPLE_XLSX, '--campaign', 'nowhere-1999']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('shanghai-2020');
  });
  it('rejects an unknown option (exit 2) and a missing --campaign (exit 2)', () => {
    expect(runCli(['validate', SAMPLE_XLSX, '--campaign', 'shanghai-2020', '--colour']).status).toBe(2);
    expect(runCli(['validate', SAMPLE_XLSX]).status).toBe(2);
  });
  it('answers --help for every command with exit 0', () => {
    for (const command of ['campaigns', 'template', 'validate', 'render', 'build']) {
      const run = runCli([command, '--help']);
      expect(run.status, command).toBe(0);
      expect(run.stdout, command).toContain(`studio-docs ${command}`);
    }
  });
  it('does not leave an error workbook when there is nothing to report, and removes a stale one', async () => {
    const out = tempDir();
    const input = join(out, '申报.xlsx');
    writeFileSync(input, await applicationsWorkbook([craftsmanStudio('A', '甲工匠创新工作室')]));
    writeFileSync(join(out, '校验结果.xlsx'), 'stale');
    const run = runCli(['validate', input, '--campaign', 'shanghai-2020', '--out', out]);
    expect(run.status, run.stdout).toBe(0);
    expect(existsSync(join(out, '校验结果.xlsx'))).toBe(false);
  });
  it('says the input has no studios (exit 1) for a blank template, with a JSON error document under --json', () => {
    const out = tempDir();
    runCli(['template', '--campaign', 'shanghai-2020', '--out', join(out, 't.xlsx')]);
    const run = runCli(['validate', join(out, 't.xlsx'), '--campaign', 'shanghai-2020', '--out', out, '--json']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('没有任何工作室数据');
    expect((JSON.parse(run.stdout) as { error: { code: string } }).error.code).toBe('NO_DATA');
  });
  it('refuses to overwrite an existing file with the blank template unless --force', () => {
    const out = tempDir();
    const path = join(out, '已填写.xlsx');
    writeFileSync(path, 'filled in');
    const run = runCli(['template', '--campaign', 'shanghai-2020', '--out', path]);
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('已存在');
    expect(runCli(['template', '--campaign', 'shanghai-2020', '--out', path, '--force']).status).toBe(0);
  });
});
