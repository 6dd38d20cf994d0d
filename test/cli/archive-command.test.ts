import ExcelJS from 'exceljs';
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/io/files.js';
import { applicationsWorkbook, craftsmanStudio } from '../fixtures/applications-workbook.js';
import { runCli, tempDir } from './run-cli.js';

interface ListedDocument {
  studioName: string;
  leader: string;
  recommender: string;
  path: string;
  version: number;
  sha256: string;
  file: string;
}

const STUDIOS = [
  craftsmanStudio('A', '甲工匠创新工作室'),
  { ...craftsmanStudio('B', '乙工匠创新工作室'), recommender: '徐汇区总工会', leaderName: '李四' },
  craftsmanStudio('C', '丙工匠创新工作室'),
];

function json<T>(run: { stdout: string; stderr: string }): T {
  try {
    return JSON.parse(run.stdout) as T;
  } catch {
    throw new Error(`not JSON:\n${run.stdout}\n${run.stderr}`);
  }
}

function documentFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.docx')).sort();
}

describe('studio-docs archive after render', () => {
  let dir: string;
  let input: string;
  let out: string;
  let registry: string;
  const render = (...extra: string[]) => runCli(['render', input, '--campaign', 'shanghai-2020', '--out', out, '--format', 'docx', '--json', ...extra]);
  const archive = (...args: string[]) => runCli(['archive', ...args, '--registry', registry]);

  beforeAll(async () => {
    dir = tempDir();
    input = join(dir, '申报.xlsx');
    out = join(dir, 'out');
    registry = join(out, 'studio-docs.sqlite');
    writeFileSync(input, await applicationsWorkbook(STUDIOS));
  });

  it('render records the run and every document in <out>/studio-docs.sqlite', () => {
    const run = render();
    expect(run.status, run.stderr).toBe(0);
    expect(json<{ registry: { path: string; run: number } }>(run).registry).toEqual({ path: registry, run: 1 });
    const listed = json<{ documents: ListedDocument[] }>(archive('list', '--json')).documents;
    expect(listed.map((doc) => [doc.recommender, doc.studioName, doc.leader, doc.version])).toEqual([
      ['浦东新区总工会', '丙工匠创新工作室', '张建国', 1],
      ['浦东新区总工会', '甲工匠创新工作室', '张建国', 1],
      ['徐汇区总工会', '乙工匠创新工作室', '李四', 1],
    ]);
    for (const doc of listed) expect(sha256Hex(readFileSync(doc.file))).toBe(doc.sha256);
    const runs = json<{ runs: { command: string; status: string; documents: number; inputs: { name: string; sha256: string }[] }[] }>(archive('runs', '--json')).runs;
    expect(runs).toMatchObject([{ command: 'render', status: 'finished', documents: 3, inputs: [{ name: '申报.xlsx', sha256: sha256Hex(readFileSync(input)) }] }]);
  });

  it('an identical re-run adds no run and no document and leaves every file untouched', () => {
    const past = new Date('2020-01-01T00:00:00Z');
    for (const file of documentFiles(out)) utimesSync(join(out, file), past, past);
    const run = render();
    expect(run.status).toBe(0);
    const result = json<{ registry: { run: number | null }; documents: { status: string }[] }>(run);
    expect(result.registry.run).toBeNull();
    expect(result.documents.map((doc) => doc.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    for (const file of documentFiles(out)) expect(statSync(join(out, file)).mtimeMs).toBe(past.getTime());
    expect(json<{ runs: unknown[] }>(archive('runs', '--json')).runs).toHaveLength(1);
    expect(json<{ documents: unknown[] }>(archive('list', '--json')).documents).toHaveLength(3);
  });

  it('changed input writes a second version beside the first and records it in a second run', async () => {
    const before = readFileSync(join(out, '申请表/徐汇区总工会/乙工匠创新工作室-申请表.docx'));
    writeFileSync(input, await applicationsWorkbook([STUDIOS[0], { ...STUDIOS[1], specialty: '智能制造系统集成' }, STUDIOS[2]] as typeof STUDIOS));
    const run = render();
    expect(run.status).toBe(0);
    expect(json<{ documents: { status: string }[] }>(run).documents.map((doc) => doc.status).sort()).toEqual(['new-version', 'unchanged', 'unchanged']);
    expect(readFileSync(join(out, '申请表/徐汇区总工会/乙工匠创新工作室-申请表.docx')).equals(before)).toBe(true);
    expect(existsSync(join(out, '申请表/徐汇区总工会/乙工匠创新工作室-申请表.v2.docx'))).toBe(true);
    const xuhui = json<{ documents: ListedDocument[] }>(archive('list', '--recommender', '徐汇', '--json')).documents;
    expect(xuhui.map((doc) => [doc.path, doc.version])).toEqual([
      ['申请表/徐汇区总工会/乙工匠创新工作室-申请表.docx', 1],
      ['申请表/徐汇区总工会/乙工匠创新工作室-申请表.v2.docx', 2],
    ]);
    expect(json<{ runs: unknown[] }>(archive('runs', '--json')).runs).toHaveLength(2);
  });

  it('searches by keyword, studio, leader, unit, year and campaign', () => {
    const count = (...args: string[]) => json<{ documents: unknown[] }>(archive(...args, '--json')).documents.length;
    expect(count('search', '李四')).toBe(2);
    expect(count('search', '--studio', '甲工匠')).toBe(1);
    expect(count('search', '--leader', '张建国', '--recommender', '浦东')).toBe(2);
    expect(count('search', '--unit', '申华精密')).toBe(4);
    expect(count('search', '--year', '2020', '--campaign', 'shanghai-2020')).toBe(4);
    expect(count('search', '--year', '2021')).toBe(0);
    const text = archive('search', '甲工匠');
    expect(text.stdout).toContain('（关键词含“甲工匠”）：1 份');
    expect(text.stdout).toContain('甲工匠创新工作室（张建国，上海申华精密机械有限公司）｜申请表 docx 第1版');
    expect(archive('search').status).toBe(2);
    expect(archive('search', '--year', '二〇二〇').status).toBe(2);
  });

  it('exports one ZIP per district with the newest versions and a manifest, or every version on request', () => {
    const zips = join(dir, 'zips');
    const run = archive('export', '--out-dir', zips, '--json');
    expect(run.status, run.stderr).toBe(0);
    expect(json<{ packages: { recommender: string; documents: number }[] }>(run).packages.map((pkg) => [pkg.recommender, pkg.documents])).toEqual([
      ['浦东新区总工会', 2],
      ['徐汇区总工会', 1],
    ]);
    const xuhui = new PizZip(readFileSync(join(zips, '徐汇区总工会.zip')));
    expect(Object.keys(xuhui.files)).toEqual(['manifest.csv', 'manifest.json', 'shanghai-2020/申请表/徐汇区总工会/乙工匠创新工作室-申请表.v2.docx']);
    const v2 = xuhui.file('shanghai-2020/申请表/徐汇区总工会/乙工匠创新工作室-申请表.v2.docx')?.asUint8Array() ?? new Uint8Array();
    expect(Buffer.from(v2).equals(readFileSync(join(out, '申请表/徐汇区总工会/乙工匠创新工作室-申请表.v2.docx')))).toBe(true);
    const csv = xuhui.file('manifest.csv')?.asUint8Array() ?? new Uint8Array();
    expect([...csv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = new TextDecoder().decode(csv.slice(3)).trim().split('\r\n');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain(`,徐汇区总工会,乙工匠创新工作室,李四,`);
    expect(rows[1]).toContain(sha256Hex(v2));
    const manifest = JSON.parse(xuhui.file('manifest.json')?.asText() ?? '{}') as { recommender: string; documents: { version: number }[] };
    expect(manifest.recommender).toBe('徐汇区总工会');
    expect(manifest.documents.map((doc) => doc.version)).toEqual([2]);

    const all = join(dir, 'all');
    expect(archive('export', '--out-dir', all, '--all-versions', '--recommender', '徐汇').status).toBe(0);
    expect(readdirSync(all)).toEqual(['徐汇区总工会.zip']);
    expect(Object.keys(new PizZip(readFileSync(join(all, '徐汇区总工会.zip'))).files)).toHaveLength(2 + 2);
  });

  it('verify passes on an intact archive, then reports a deleted and a corrupted file and exits 1; export refuses', () => {
    expect(archive('verify').status).toBe(0);
    const deleted = join(out, '申请表/浦东新区总工会/甲工匠创新工作室-申请表.docx');
    const corrupted = join(out, '申请表/浦东新区总工会/丙工匠创新工作室-申请表.docx');
    rmSync(deleted);
    appendFileSync(corrupted, 'x');

    const run = archive('verify', '--json');
    expect(run.status).toBe(1);
    const result = json<{ checked: number; ok: number; missing: { file: string }[]; altered: { file: string; sha256: string; actualSha256: string }[] }>(run);
    expect(result).toMatchObject({ checked: 4, ok: 2 });
    expect(result.missing.map((doc) => doc.file)).toEqual([deleted]);
    expect(result.altered.map((doc) => doc.file)).toEqual([corrupted]);
    expect(result.altered[0]?.actualSha256).toBe(sha256Hex(readFileSync(corrupted)));
    expect(result.altered[0]?.actualSha256).not.toBe(result.altered[0]?.sha256);

    const text = archive('verify');
    expect(text.stdout).toContain('完好 2，缺失 1，被改动 1');
    expect(text.stdout).toContain(`[缺失] ${deleted}`);
    expect(text.stdout).toContain(`[被改动] ${corrupted}`);

    const refused = archive('export', '--out-dir', join(dir, 'refused'));
    expect(refused.status).toBe(3);
    expect(refused.stderr).toContain('有 2 份文书缺失或被改动，未导出');
    expect(existsSync(join(dir, 'refused'))).toBe(false);
  });
});

describe('studio-docs archive name, named, due and the already-named check', () => {
  let dir: string;
  let registry: string;
  let list: string;
  const archive = (...args: string[]) => runCli(['archive', ...args, '--registry', registry]);

  beforeAll(() => {
    dir = tempDir();
    registry = join(dir, 'archive', 'studio-docs.sqlite');
    list = join(dir, '2017命名名单.csv');
    writeFileSync(list, '\uFEFF序号,工作室名称,领衔人,单位,推荐单位\n1,李明技师创新工作室,李明,上海某某机械有限公司,徐汇区总工会\n2,王强技师创新工作室,王强,上海某某电气有限公司,闵行区总工会\n');
  });

  it('records a named list once; recording it again keeps the rows as they were', () => {
    const args = ['name', '--campaign', 'shanghai-2017-technician', '--program', '上海市技师创新工作室', '--input', list, '--date', '2017-12-20', '--json'];
    const first = archive(...args);
    expect(first.status, first.stderr).toBe(0);
    expect(json<{ added: { studioName: string; cycleEnd: string }[] }>(first).added.map((studio) => [studio.studioName, studio.cycleEnd])).toEqual([
      ['李明技师创新工作室', '2020-12-20'],
      ['王强技师创新工作室', '2020-12-20'],
    ]);
    const again = json<{ added: unknown[]; existing: unknown[] }>(archive(...args.slice(0, -3), '--date', '2018-01-01', '--json'));
    expect(again.added).toHaveLength(0);
    expect(again.existing).toHaveLength(2);
    const named = json<{ studios: { studioName: string; namedOn: string; title: string }[] }>(archive('named', '--json')).studios;
    expect(named.map((studio) => [studio.studioName, studio.namedOn, studio.title])).toEqual([
      ['王强技师创新工作室', '2017-12-20', '上海市技师创新工作室'],
      ['李明技师创新工作室', '2017-12-20', '上海市技师创新工作室'],
    ]);
  });

  it('explains what is wrong with a bad date, cycle or unknown campaign without --program', () => {
    expect(archive('name', '--campaign', 'x-2017', '--program', 'p', '--input', list, '--date', '2017-02-30').status).toBe(2);
    expect(archive('name', '--campaign', 'x-2017', '--program', 'p', '--input', list, '--date', '2017-12-20', '--cycle-years', '0').status).toBe(2);
    const run = archive('name', '--campaign', 'x-2017', '--input', list, '--date', '2017-12-20');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--program');
  });

  it('validate flags a studio named before with the same title as an error and a renamed one of the same leader and unit too', async () => {
    const input = join(dir, '申报.xlsx');
    const technician = { ...craftsmanStudio('T1', '李明技师创新工作室'), studioType: '技师', leaderName: '李明', unit: '上海某某机械有限公司' };
    const renamed = { ...craftsmanStudio('T2', '王强数控创新工作室'), studioType: '工匠', leaderName: '王强', unit: '上海某某电气股份有限公司' };
    writeFileSync(input, await applicationsWorkbook([technician, renamed, craftsmanStudio('T3', '新工作室')]));

    const run = runCli(['validate', input, '--campaign', 'shanghai-2020', '--out', join(dir, 'v'), '--registry', registry, '--json']);
    expect(run.status).toBe(1);
    const problems = json<{ problems: { code: string; studio: string; severity: string; header: string; message: string }[] }>(run).problems.filter((problem) => problem.code === 'ALREADY_NAMED');
    expect(problems.map((problem) => [problem.studio, problem.severity, problem.header])).toEqual([
      ['李明技师创新工作室', 'error', '工作室名称'],
      ['王强数控创新工作室', 'warning', '领衔人姓名'],
    ]);
    expect(problems[0]?.message).toContain('已于2017年12月20日被命名为“上海市技师创新工作室”');

    const built = runCli(['build', input, '--campaign', 'shanghai-2020', '--out', join(dir, 'b'), '--registry', registry, '--format', 'docx', '--json']);
    expect(built.status).toBe(0);
    expect(json<{ documents: { kind: string; studio: string }[] }>(built).documents.filter((doc) => doc.kind === 'form').map((doc) => doc.studio).sort()).toEqual(['新工作室', '王强数控创新工作室'].sort());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'b', '校验结果.xlsx'));
    const sheet = workbook.getWorksheet('错误说明');
    const texts: string[] = [];
    sheet?.eachRow((row) => texts.push(row.values?.toString() ?? ''));
    expect(texts.join('\n')).toContain('已命名的不重复申报');
  });

  it('due lists the studios whose three-year cycle ends in the year asked for', () => {
    const due = (year: string) => json<{ due: { studioName: string; cycle: number; reviewDate: string }[] }>(archive('due', '--year', year, '--json')).due;
    expect(due('2023').map((studio) => [studio.studioName, studio.cycle, studio.reviewDate])).toEqual([
      ['王强技师创新工作室', 2, '2023-12-20'],
      ['李明技师创新工作室', 2, '2023-12-20'],
    ]);
    expect(due('2020').map((studio) => studio.cycle)).toEqual([1, 1]);
    expect(due('2022')).toEqual([]);
    expect(json<{ due: unknown[] }>(archive('due', '--year', '2023', '--recommender', '徐汇', '--json')).due).toHaveLength(1);
    expect(archive('due', '--year', '2023').stdout).toContain('周期末 2023-12-20（第2个周期）');
  });
});

describe('studio-docs archive usage', () => {
  it('shows help for the command and every subcommand, and exits 2 for an unknown one', () => {
    expect(runCli(['archive', '--help']).status).toBe(0);
    for (const sub of ['list', 'search', 'verify', 'export', 'name', 'named', 'due', 'runs']) {
      const run = runCli(['archive', sub, '--help']);
      expect(run.status, sub).toBe(0);
      expect(run.stdout, sub).toContain(`studio-docs archive ${sub}`);
    }
    expect(runCli(['archive', 'frobnicate']).status).toBe(2);
  });

  it('says where it looked when there is no registry, exits 3 and creates nothing', () => {
    const registry = join(tempDir(), 'nowhere', 'studio-docs.sqlite');
    const run = runCli(['archive', 'list', '--registry', registry]);
    expect(run.status).toBe(3);
    expect(run.stderr).toContain(`找不到档案登记库：${registry}`);
    expect(existsSync(registry)).toBe(false);
  });
});
