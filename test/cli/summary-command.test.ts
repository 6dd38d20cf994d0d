import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { applicationsWorkbook, craftsmanStudio } from '../fixtures/applications-workbook.js';
import { compactPdfText } from '../fixtures/pdf-inspect.js';
import { readWorkbook, sheetOf, withOpenpyxl } from '../render/xlsx/workbook-helpers.js';
import { ROOT, runCli, SAMPLE_XLSX, tempDir } from './run-cli.js';

const LABEL = '推荐申报汇总表';
const UNIONS = ['浦东新区总工会', '闵行区总工会', '徐汇区总工会', '宝山区总工会', '嘉定区总工会', '松江区总工会', '金山区总工会', '上海电气集团工会', '上海建工集团工会', '上海机场集团工会'];

/** Issued files; the archive registry beside them is checked through `archive` instead. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile() && !name.startsWith('studio-docs.sqlite'))
    .sort();
}

describe('studio-docs summary on the bundled sample', () => {
  let out: string;
  let run: ReturnType<typeof runCli>;
  beforeAll(() => {
    out = join(tempDir(), 'out');
    run = runCli(['summary', SAMPLE_XLSX, '--campaign', 'shanghai-2020', '--out', out]);
  });

  it('writes each union’s 附件1 as xlsx, docx and pdf, and the city workbook', () => {
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const expected = [
      `${LABEL}-全市汇总.xlsx`,
      ...UNIONS.flatMap((union) => ['docx', 'pdf', 'xlsx'].map((format) => `${LABEL}/${union}-${LABEL}.${format}`)),
    ].sort();
    expect(filesUnder(out)).toEqual(expected);
  });

  it('says only valid studios are summarised and names the ones left out', () => {
    expect(run.stdout).toContain('汇总仅收录校验通过的 40 个工作室。');
    expect(run.stdout).toContain('以下 8 个工作室因存在错误未计入汇总');
    for (const name of ['吴荣华工匠创新工作室（浦东新区总工会）', '钟学军职工创新工作室（徐汇区总工会）', '邵建国职工创新工作室（松江区总工会）']) expect(run.stdout).toContain(name);
  });

  it('lists the boxes left for hand-filling and the union under the non-public minimum', () => {
    expect(run.stdout).toContain('请推荐单位手工填写：申报人；联系方式；');
    expect(run.stdout).toContain('本地区、本系统工匠创新工作室创建数');
    expect(run.stdout).toMatch(/非公企业占比低于50%的推荐单位（已在全市汇总表中标出）：\n\s+徐汇区总工会：1\/3（33\.3%）/);
  });

  it('fills the union’s workbook from the data, readable by exceljs and openpyxl', async () => {
    const path = join(out, LABEL, `徐汇区总工会-${LABEL}.xlsx`);
    const sheet = sheetOf(await readWorkbook(readFileSync(path)), LABEL);
    expect(sheet.getCell('C3').value).toBe('徐汇区总工会');
    const read = withOpenpyxl<{ names: string[]; total: number }>(
      readFileSync(path),
      `ws = openpyxl.load_workbook(path, data_only=True).active
print(json.dumps({"names": [ws.cell(row=r, column=3).value for r in range(12, 15)], "total": ws.cell(row=15, column=3).value}))`,
    );
    expect(read.names).toHaveLength(3);
    expect(read.total).toBe(3);
  });

  it('prints the union and its studios in the PDF', () => {
    const text = compactPdfText(readFileSync(join(out, LABEL, `徐汇区总工会-${LABEL}.pdf`)));
    expect(text).toContain('徐汇区总工会');
    expect(text).toContain('共3个');
  });

  it('leaves every file untouched on an identical re-run', () => {
    const before = new Map(filesUnder(out).map((file) => [file, readFileSync(join(out, file))]));
    const again = runCli(['summary', SAMPLE_XLSX, '--campaign', 'shanghai-2020', '--out', out, '--format', 'xlsx,docx', '--json']);
    expect(again.status, again.stderr).toBe(0);
    const result = JSON.parse(again.stdout) as { documents: { status: string }[]; excluded: unknown[]; nonPublicShortfalls: { district: string }[]; handFilled: Record<string, string[]>; registry: { run: number | null } };
    expect(result.documents).toHaveLength(21);
    expect(result.registry.run).toBeNull();
    expect(result.documents.every((doc) => doc.status === 'unchanged')).toBe(true);
    expect(result.excluded).toHaveLength(8);
    expect(result.nonPublicShortfalls.map((row) => row.district)).toEqual(['徐汇区总工会']);
    expect(result.handFilled['recommendation-summary']).toContain('申报人');
    for (const [file, bytes] of before) expect(readFileSync(join(out, file)).equals(bytes), file).toBe(true);
  });

  it('records every summary file in the archive, where verify finds them intact', () => {
    const list = runCli(['archive', 'list', '--registry', join(out, 'studio-docs.sqlite'), '--json']);
    expect(list.status, list.stderr).toBe(0);
    const documents = (JSON.parse(list.stdout) as { documents: { path: string; recommender: string | null }[] }).documents;
    expect(documents.map((doc) => doc.path).sort()).toEqual(filesUnder(out));
    expect(documents.find((doc) => doc.path.endsWith('全市汇总.xlsx'))?.recommender).toBe('全市');
    expect(runCli(['archive', 'verify', '--registry', join(out, 'studio-docs.sqlite')]).status).toBe(0);
  });
});

describe('studio-docs summary with hostile names and options', () => {
  it('writes a studio named =HYPERLINK("http://x") into the workbook as text', async () => {
    const dir = tempDir();
    const input = join(dir, '申报.xlsx');
    writeFileSync(input, await applicationsWorkbook([craftsmanStudio('H1', '=HYPERLINK("http://x")'), craftsmanStudio('H2', '普通工匠创新工作室')]));
    const out = join(dir, 'out');
    const run = runCli(['summary', input, '--campaign', 'shanghai-2020', '--out', out, '--format', 'xlsx']);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const bytes = readFileSync(join(out, LABEL, `浦东新区总工会-${LABEL}.xlsx`));
    const read = withOpenpyxl<{ value: string; type: string }[]>(
      bytes,
      `ws = openpyxl.load_workbook(path).active
print(json.dumps([{"value": ws.cell(row=r, column=3).value, "type": ws.cell(row=r, column=3).data_type} for r in (12, 13)]))`,
    );
    expect(read).toContainEqual({ value: '=HYPERLINK("http://x")', type: 's' });
  });

  it('refuses an unknown summary id with the ones available', () => {
    const run = runCli(['summary', SAMPLE_XLSX, '--campaign', 'shanghai-2020', '--out', tempDir(), '--summary', 'nope']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('未知的汇总表“nope”；可选：recommendation-summary（推荐申报汇总表）');
  });

  it('explains when the campaign defines no summary sheet', () => {
    const root = tempDir('studio-docs-templates-');
    cpSync(join(ROOT, 'templates', 'shanghai-2020'), join(root, 'shanghai-2020'), { recursive: true });
    const file = join(root, 'shanghai-2020', 'campaign.json');
    const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    delete json.summaries;
    writeFileSync(file, JSON.stringify(json));
    const run = runCli(['summary', SAMPLE_XLSX, '--campaign', 'shanghai-2020', '--out', tempDir()], { env: { STUDIO_DOCS_TEMPLATES: root } });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('没有定义汇总表');
  });
});

describe('studio-docs stats', () => {
  it('writes the statistics report where --out says, with its charts’ labels and numbers', () => {
    const path = join(tempDir(), 'reports', 'stats.pdf');
    const run = runCli(['stats', SAMPLE_XLSX, '--campaign', 'shanghai-2020', '--out', path]);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain(`已写出统计报告：${path}（统计 40 个工作室，8 个因错误未计入）`);
    expect(existsSync(path)).toBe(true);
    const text = compactPdfText(readFileSync(path));
    for (const label of ['各推荐单位推荐工作室数（按类型）', '申报单位性质', '团队人数分布', '领衔人技能等级', '徐汇区总工会', '高级技师', '民营企业']) expect(text).toContain(label);
  });

  it('refuses an output that is not a .pdf file', () => {
    const run = runCli(['stats', SAMPLE_XLSX, '--campaign', 'shanghai-2020', '--out', join(tempDir(), 'stats.xlsx')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--out 应为 .pdf 文件');
  });
});
