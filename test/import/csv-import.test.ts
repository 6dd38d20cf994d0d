import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importApplications } from '../../src/import/index.js';
import { csvFile, csvText, MEMBER_HEADER, MEMBER_ROWS, STUDIO_HEADER, STUDIO_ROWS } from './build-inputs.js';

const fixture = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url))) });

describe('CSV encodings', () => {
  it('reads GBK files exported by Chinese Excel and records the encoding', async () => {
    const result = await importApplications([fixture('studios-gbk.csv'), fixture('members-gbk.csv')]);
    expect(result.inputs.map((input) => input.encoding)).toEqual(['gb18030', 'gb18030']);
    expect(result.studios.map((studio) => studio.values.studioName)).toEqual(['张建国工匠创新工作室', '李红巾帼创新工作室']);
    expect(result.studios[0]?.values).toMatchObject({ leaderName: '张建国', leaderGender: '男', foundedDate: '2016-03', annualFunding: 20000 });
    expect(result.studios[1]?.values.annualFunding).toBe(15000);
    expect(result.studios[0]?.members.map((member) => member.values.memberName)).toEqual(['王强', '赵敏']);
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('strips a UTF-8 BOM so the first header still matches', async () => {
    const result = await importApplications([csvFile('studios.csv', csvText([STUDIO_HEADER, ...STUDIO_ROWS]), { bom: true })]);
    expect(result.inputs[0]).toMatchObject({ format: 'csv', encoding: 'utf-8-bom', sheets: [{ name: 'studios.csv', level: 'studio', headerRow: 1, rows: 2 }] });
    expect(result.studios[0]?.source.cells.studioName).toEqual({ column: 'A', header: '工作室名称', raw: '张建国工匠创新工作室' });
  });

  it('reads plain UTF-8 and computes the sha256 of the bytes', async () => {
    const file = csvFile('studios.csv', csvText([STUDIO_HEADER, ...STUDIO_ROWS]));
    const result = await importApplications([file]);
    expect(result.inputs[0]?.encoding).toBe('utf-8');
    expect(result.inputs[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('CSV pairs', () => {
  it('tells the studio file from the member file by headers, in any order', async () => {
    const members = csvFile('b.csv', csvText([MEMBER_HEADER, ...MEMBER_ROWS]));
    const studios = csvFile('a.csv', csvText([STUDIO_HEADER, ...STUDIO_ROWS]));
    const result = await importApplications([members, studios]);
    expect(result.inputs.map((input) => input.sheets[0]?.level)).toEqual(['member', 'studio']);
    expect(result.studios[1]?.members.map((member) => member.values.memberName)).toEqual(['孙丽']);
    const zhao = result.studios[0]?.members[1];
    expect(zhao?.values).toMatchObject({ title: '工程师', skillLevel: '高级工', age: 29, education: '本科' });
    expect(zhao?.values.titleOrSkill).toBeUndefined();
    expect(zhao?.source).toMatchObject({ file: 'b.csv', row: 3 });
    expect(zhao?.source.cells.skillLevel).toEqual({ column: 'F', header: '职称（技能等级）', raw: '工程师/高级工' });
  });

  it('concatenates the studios of several CSV pairs', async () => {
    const result = await importApplications([
      csvFile('s1.csv', csvText([STUDIO_HEADER, STUDIO_ROWS[0] ?? []])),
      csvFile('m1.csv', csvText([MEMBER_HEADER, ...MEMBER_ROWS.slice(0, 2)])),
      csvFile('s2.csv', csvText([STUDIO_HEADER, STUDIO_ROWS[1] ?? []])),
      csvFile('m2.csv', csvText([MEMBER_HEADER, MEMBER_ROWS[2] ?? []])),
    ]);
    expect(result.studios.map((studio) => [studio.values.studioName, studio.members.length])).toEqual([
      ['张建国工匠创新工作室', 2],
      ['李红巾帼创新工作室', 1],
    ]);
  });

  it('ignores, with a warning, a file that has no recognisable sheet among files that do', async () => {
    const result = await importApplications([csvFile('studios.csv', csvText([STUDIO_HEADER, ...STUDIO_ROWS])), csvFile('notes.csv', '备注\n请于11月13日前报送\n')]);
    expect(result.inputs[1]?.sheets).toEqual([]);
    expect(result.problems).toContainEqual(expect.objectContaining({ file: 'notes.csv', code: 'UNRECOGNISED_FILE', severity: 'warning' }));
  });

  it('warns once when no member file was given', async () => {
    const result = await importApplications([csvFile('studios.csv', csvText([STUDIO_HEADER, ...STUDIO_ROWS]))]);
    expect(result.studios.every((studio) => studio.members.length === 0)).toBe(true);
    expect(result.problems).toContainEqual(expect.objectContaining({ code: 'NO_MEMBERS', severity: 'warning', file: 'studios.csv' }));
  });
});

describe('CSV headers', () => {
  it('combines a two-row header whose group heading leaves the cells to its right empty', async () => {
    const text = ['工作室名称,领衔人情况,,', ',姓名,性别,出生年月', '甲工作室,张三,男,1975年3月'].join('\n');
    const result = await importApplications([csvFile('s.csv', text)]);
    expect(result.inputs[0]?.sheets[0]?.headerRow).toBe(2);
    expect(result.studios[0]?.values).toEqual({ studioName: '甲工作室', leaderName: '张三', leaderGender: '男', leaderBirthDate: '1975-03' });
  });

  it('warns about an unknown column once, not once per row', async () => {
    const text = ['工作室名称,领衔人姓名,微信号', '甲,张三,a', '乙,李四,b'].join('\n');
    const result = await importApplications([csvFile('s.csv', text)]);
    expect(result.problems.filter((problem) => problem.code === 'UNKNOWN_COLUMN')).toEqual([
      { file: 's.csv', row: 1, column: 'C', header: '微信号', code: 'UNKNOWN_COLUMN', message: expect.stringContaining('微信号') as string, severity: 'warning' },
    ]);
  });
});

describe('CSV row numbers', () => {
  it('reports the line where a record starts when an earlier quoted field spans lines', async () => {
    const text = [
      '工作室名称,领衔人姓名,工作室介绍,创建时间',
      '甲工作室,张三,"第一段',
      '第二段',
      '第三段",2016年3月',
      '乙工作室,李四,简介,2016年13月',
    ].join('\r\n');
    const result = await importApplications([csvFile('studios.csv', text)]);
    expect(result.studios.map((studio) => studio.source.row)).toEqual([2, 5]);
    expect(result.studios[0]?.values.intro).toBe('第一段\n第二段\n第三段');
    const problem = result.problems.find((p) => p.code === 'INVALID_DATE');
    expect(problem).toMatchObject({ file: 'studios.csv', row: 5, column: 'D', header: '创建时间', field: 'foundedDate', value: '2016年13月', studio: '乙工作室', severity: 'error' });
    expect(problem?.sheet).toBeUndefined();
  });

  it('honours Excel’s sep= line without shifting row numbers', async () => {
    const text = 'sep=;\n工作室名称;领衔人姓名;创建时间\n甲;张三;2016年3月\n乙;李四;2016年3月32日\n';
    const result = await importApplications([csvFile('s.csv', text)]);
    expect(result.studios.map((studio) => [studio.source.row, studio.values.leaderName])).toEqual([
      [3, '张三'],
      [4, '李四'],
    ]);
    expect(result.problems.find((problem) => problem.code === 'INVALID_DATE')?.row).toBe(4);
  });

  it('reads tab-separated text', async () => {
    const result = await importApplications([csvFile('s.txt', '工作室名称\t领衔人姓名\n甲, 乙联合工作室\t张三\n')]);
    expect(result.studios[0]?.values).toEqual({ studioName: '甲, 乙联合工作室', leaderName: '张三' });
  });

  it('accepts ASCII quotes inside unquoted Chinese text', async () => {
    const text = '工作室名称,领衔人姓名,领衔人曾获荣誉\n甲工作室,张三,2019年"上海工匠"\n';
    const result = await importApplications([csvFile('studios.csv', text)]);
    expect(result.studios[0]?.values.leaderHonours).toBe('2019年"上海工匠"');
  });
});

describe('linking members to studios', () => {
  it('reports a member whose studio is not in the studio file as ORPHAN_MEMBER', async () => {
    const members = csvText([MEMBER_HEADER, ...MEMBER_ROWS, ['王五工作室', '钱七', '男', 40, '大专', '技师', '电工', 10]]);
    const result = await importApplications([csvFile('studios.csv', csvText([STUDIO_HEADER, ...STUDIO_ROWS])), csvFile('members.csv', members)]);
    const orphan = result.problems.find((problem) => problem.code === 'ORPHAN_MEMBER');
    expect(orphan).toMatchObject({ file: 'members.csv', row: 5, column: 'A', header: '工作室名称', value: '王五工作室', field: 'studioName', severity: 'error' });
    expect(orphan?.message).toContain('成员“钱七”所属的工作室“王五工作室”在工作室表中找不到');
    expect(result.studios.flatMap((studio) => studio.members)).toHaveLength(3);
  });

  it('links by studio id when both files carry it, even if the names differ', async () => {
    const studios = csvText([['工作室编号', '工作室名称', '领衔人姓名'], ['SH-1', '张建国工匠创新工作室', '张建国'], ['SH-2', '李红巾帼创新工作室', '李红']]);
    const members = csvText([['工作室编号', '工作室名称', '姓名'], ['SH-2', '李红工作室', '孙丽'], ['SH-9', '张建国工匠创新工作室', '王强']]);
    const result = await importApplications([csvFile('s.csv', studios), csvFile('m.csv', members)]);
    expect(result.studios[1]?.members.map((member) => member.values.memberName)).toEqual(['孙丽']);
    // An unknown id falls back to the name.
    expect(result.studios[0]?.members.map((member) => member.values.memberName)).toEqual(['王强']);
  });

  it('links names that differ only in spacing and full-width brackets', async () => {
    const studios = csvText([['工作室名称', '领衔人姓名'], ['张建国工匠创新工作室（浦东）', '张建国']]);
    const members = csvText([['所属工作室', '姓名'], ['张建国 工匠创新工作室(浦东)', '王强']]);
    const result = await importApplications([csvFile('s.csv', studios), csvFile('m.csv', members)]);
    expect(result.studios[0]?.members).toHaveLength(1);
  });

  it('reports a studio listed twice as DUPLICATE_STUDIO on the later row', async () => {
    const studios = csvText([STUDIO_HEADER, ...STUDIO_ROWS, STUDIO_ROWS[0] ?? []]);
    const result = await importApplications([csvFile('studios.csv', studios)]);
    const duplicate = result.problems.find((problem) => problem.code === 'DUPLICATE_STUDIO');
    expect(duplicate).toMatchObject({ row: 4, column: 'A', studio: '张建国工匠创新工作室', severity: 'error' });
    expect(duplicate?.message).toContain('与studios.csv第2行重复');
  });

  it('reports duplicate studio ids', async () => {
    const studios = csvText([['工作室编号', '工作室名称', '领衔人姓名'], ['SH-1', '甲', '张三'], ['SH-1', '乙', '李四']]);
    const result = await importApplications([csvFile('s.csv', studios)]);
    expect(result.problems.filter((problem) => problem.code === 'DUPLICATE_STUDIO')).toMatchObject([{ row: 3, field: 'studioId', value: 'SH-1', studio: '乙' }]);
  });
});
