import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readNamedList } from '../../src/archive/named-list.js';
import { StudioDocsError } from '../../src/core/errors.js';
import { shanghai2020 } from '../validate/helpers.js';

const OPTIONS = { campaign: 'shanghai-2020', program: shanghai2020.programName, definition: shanghai2020, namedOn: '2020-12-20', cycleYears: 3 };

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

describe('reading a list of named studios', () => {
  it('reads an .xlsx list with a title row, gives each studio the title of its type and its source row', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名单');
    sheet.addRow(['2020年度上海市工匠（技师、职工、巾帼）创新工作室命名名单']);
    sheet.addRow(['序号', '工作室名称', '领衔人', '单位', '推荐单位', '类型']);
    sheet.addRow([1, '张建国工匠创新工作室', '张建国', '上海申华精密机械有限公司', '浦东新区总工会', '工匠']);
    sheet.addRow([2, '李明技师创新工作室', '李明', '上海某某机械有限公司', '徐汇区总工会', '上海市技师创新工作室']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());

    const list = await readNamedList({ name: '命名名单.xlsx', bytes }, OPTIONS);

    expect(list.problems).toEqual([]);
    expect(list.studios).toEqual([
      { campaign: 'shanghai-2020', program: shanghai2020.programName, title: '上海市工匠创新工作室', studioName: '张建国工匠创新工作室', leader: '张建国', unit: '上海申华精密机械有限公司', recommender: '浦东新区总工会', studioType: '工匠', namedOn: '2020-12-20', cycleYears: 3, source: '命名名单.xlsx 工作表「名单」 第3行' },
      expect.objectContaining({ studioName: '李明技师创新工作室', title: '上海市技师创新工作室', studioType: '技师', source: '命名名单.xlsx 工作表「名单」 第4行' }),
    ]);
  });

  it('reads a CSV list; without a campaign definition every studio gets the programme as its title', async () => {
    const csv = '\uFEFF工作室名称,领衔人,单位\n王强技师创新工作室,王强,上海某某电气有限公司\n';
    const list = await readNamedList({ name: '2017名单.csv', bytes: utf8(csv) }, { ...OPTIONS, campaign: 'shanghai-2017', program: '上海市技师创新工作室', definition: undefined, namedOn: '2017-12-20' });
    expect(list.studios).toEqual([expect.objectContaining({ campaign: 'shanghai-2017', title: '上海市技师创新工作室', studioName: '王强技师创新工作室', source: '2017名单.csv 第2行' })]);
    expect(list.studios[0]?.recommender).toBeUndefined();
  });

  it('reports a row without a studio name as an error, a repeated studio and an unknown type as warnings', async () => {
    const csv = '工作室名称,领衔人,单位,类型\n甲工作室,张三,甲公司,技师\n,李四,乙公司,技师\n甲 工作室,张三,甲公司,技师\n丙工作室,王五,丙公司,劳模\n';
    const list = await readNamedList({ name: 'x.csv', bytes: utf8(csv) }, OPTIONS);
    expect(list.problems.map((problem) => [problem.row, problem.code, problem.severity])).toEqual([
      [3, 'NAMED_NAME_MISSING', 'error'],
      [4, 'NAMED_DUPLICATE', 'warning'],
      [5, 'UNKNOWN_STUDIO_TYPE', 'warning'],
    ]);
    expect(list.studios.map((studio) => [studio.studioName, studio.title])).toEqual([
      ['甲工作室', '上海市技师创新工作室'],
      ['丙工作室', shanghai2020.programName],
    ]);
  });

  it('refuses a file without a recognisable header', async () => {
    await expect(readNamedList({ name: 'x.csv', bytes: utf8('a,b\n1,2\n') }, OPTIONS)).rejects.toThrow(StudioDocsError);
  });
});
