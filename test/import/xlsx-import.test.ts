import { describe, expect, it } from 'vitest';
import { importApplications } from '../../src/import/index.js';
import { MEMBER_HEADER, MEMBER_ROWS, STUDIO_HEADER, STUDIO_ROWS, standardWorkbook, workbookFile } from './build-inputs.js';

describe('a workbook with a studio sheet and a member sheet', () => {
  it('reads both sheets, links members and records where every sheet was found', async () => {
    const result = await importApplications([await standardWorkbook()]);
    expect(result.inputs[0]).toMatchObject({
      name: '申报.xlsx',
      format: 'xlsx',
      sheets: [
        { name: '工作室', level: 'studio', headerRow: 1, rows: 2 },
        { name: '成员', level: 'member', headerRow: 1, rows: 3 },
      ],
    });
    expect(result.inputs[0]?.encoding).toBeUndefined();
    expect(result.studios.map((studio) => studio.members.length)).toEqual([2, 1]);
    expect(result.studios[0]?.source).toMatchObject({ file: '申报.xlsx', sheet: '工作室', row: 2 });
    expect(result.studios[0]?.members[0]?.source).toMatchObject({ sheet: '成员', row: 2 });
    expect(result.problems).toEqual([]);
  });

  it('finds the header under a title row and ignores instructions and hidden sheets', async () => {
    const file = await workbookFile('汇总.xlsx', [
      { name: '填写说明', rows: [['填写说明'], ['列名', '说明'], ['领衔人姓名', '填写真实姓名'], ['工作室名称', '全称']] },
      {
        name: 'Sheet1',
        rows: [['2020年度上海市工匠（技师、职工、巾帼）创新工作室推荐申报汇总表'], [], ['序号', '工作室类型', '工作室名称', '申报单位', '领衔人'], [1, '工匠', '甲工作室', '甲公司', '张三']],
        decorate: (sheet) => sheet.mergeCells('A1:E1'),
      },
      { name: '旧数据', state: 'hidden', rows: [STUDIO_HEADER, ...STUDIO_ROWS] },
      { name: '更旧', state: 'veryHidden', rows: [MEMBER_HEADER, ...MEMBER_ROWS] },
    ]);
    const result = await importApplications([file]);
    expect(result.inputs[0]?.sheets).toEqual([{ name: 'Sheet1', level: 'studio', headerRow: 3, rows: 1 }]);
    expect(result.studios.map((studio) => studio.values)).toEqual([{ studioId: '1', studioType: '工匠', studioName: '甲工作室', unit: '甲公司', leaderName: '张三' }]);
    expect(result.problems.map((problem) => problem.code)).toEqual(['NO_MEMBERS']);
  });

  it('warns once that members are missing when the workbook has only a studio sheet', async () => {
    const file = await workbookFile('only.xlsx', [{ name: '工作室', rows: [STUDIO_HEADER, ...STUDIO_ROWS] }]);
    const result = await importApplications([file]);
    expect(result.problems).toEqual([expect.objectContaining({ file: 'only.xlsx', code: 'NO_MEMBERS', severity: 'warning' })]);
  });

  it('concatenates the studios of several workbooks and links members within each', async () => {
    const first = await standardWorkbook('浦东.xlsx');
    const second = await workbookFile('徐汇.xlsx', [
      { name: '工作室', rows: [STUDIO_HEADER, ['王五职工创新工作室', '职工', '某某公司', '王五', '男', '13900000001', '2017年1月']] },
      { name: '成员', rows: [MEMBER_HEADER, ['王五职工创新工作室', '周八', '男', 30, '本科', '工程师', '电工', 8]] },
    ]);
    const result = await importApplications([first, second]);
    expect(result.studios.map((studio) => [studio.values.studioName, studio.members.length])).toEqual([
      ['张建国工匠创新工作室', 2],
      ['李红巾帼创新工作室', 1],
      ['王五职工创新工作室', 1],
    ]);
  });
});

describe('headers', () => {
  it.each(['领衔人', '领衔人姓名', '负责人', '*领衔人姓名（必填）', ' 领衔人　姓名：'])('maps “%s” to the leader name', async (header) => {
    const file = await workbookFile('a.xlsx', [{ name: '表', rows: [['工作室名称', header], ['甲工作室', '张三']] }]);
    const result = await importApplications([file]);
    expect(result.studios[0]?.values.leaderName).toBe('张三');
    expect(result.studios[0]?.source.cells.leaderName?.header).toBe(header.trim());
  });

  it('combines a merged parent header with its child when the child alone means nothing', async () => {
    const file = await workbookFile('two-row.xlsx', [
      {
        name: '工作室',
        rows: [
          ['工作室名称', '领衔人情况', null, null, '专利情况', null],
          [null, '姓名', '性别', '年龄', '发明专利', '实用新型'],
          ['甲工作室', '张三', '男', 45, 2, 3],
        ],
        decorate: (sheet) => {
          sheet.mergeCells('A1:A2');
          sheet.mergeCells('B1:D1');
          sheet.mergeCells('E1:F1');
        },
      },
    ]);
    const result = await importApplications([file]);
    expect(result.inputs[0]?.sheets[0]).toMatchObject({ level: 'studio', headerRow: 2 });
    expect(result.studios[0]?.values).toEqual({ studioName: '甲工作室', leaderName: '张三', leaderGender: '男', leaderAge: 45, inventionPatents: 2, utilityPatents: 3 });
    expect(result.studios[0]?.source.cells.leaderName).toEqual({ column: 'B', header: '领衔人情况/姓名', raw: '张三' });
  });

  it('warns once per unknown column and once per duplicated field, keeping the first', async () => {
    const file = await workbookFile('a.xlsx', [
      { name: '表', rows: [['工作室名称', '领衔人姓名', '微信号', '负责人'], ['甲', '张三', 'zs001', '李四'], ['乙', '王五', 'ww', '赵六']] },
    ]);
    const result = await importApplications([file]);
    const warnings = result.problems.filter((problem) => problem.code !== 'NO_MEMBERS');
    expect(warnings).toEqual([
      expect.objectContaining({ code: 'UNKNOWN_COLUMN', severity: 'warning', row: 1, column: 'C', header: '微信号' }),
      expect.objectContaining({ code: 'DUPLICATE_COLUMN', severity: 'warning', row: 1, column: 'D', header: '负责人', field: 'leaderName' }),
    ]);
    expect(result.studios.map((studio) => studio.values.leaderName)).toEqual(['张三', '王五']);
  });

  it('skips example rows, pre-numbered blank rows, totals and notes', async () => {
    const file = await workbookFile('a.xlsx', [
      {
        name: '工作室',
        rows: [
          ['序号', '工作室名称', '领衔人姓名', '发明专利'],
          ['示例：1', '张建国工匠创新工作室', '张建国', 2],
          [1, '甲工作室', '张三', 1],
          [],
          [2, '乙工作室', '李四', 3],
          [3],
          [4],
          ['合计', null, null, 4],
          ['注：本表由区局工会填写'],
        ],
        decorate: (sheet) => sheet.mergeCells('A9:D9'),
      },
    ]);
    const result = await importApplications([file]);
    expect(result.studios.map((studio) => [studio.source.row, studio.values.studioName])).toEqual([
      [3, '甲工作室'],
      [5, '乙工作室'],
    ]);
  });
});

describe('template rows filled by formulas', () => {
  it('skips rows where only copied-down formulas show 0, nothing or an error, but keeps rows whose formulas pull real data', async () => {
    const file = await workbookFile('a.xlsx', [
      {
        name: '工作室',
        rows: [
          ['序号', '工作室名称', '领衔人姓名', '发明专利'],
          [{ formula: 'ROW()-1', result: 1 }, { formula: '申请表!B2', result: '甲工作室' }, { formula: '申请表!B3', result: '张三' }, 2],
          [{ formula: 'ROW()-1', result: 2 }, { formula: '申请表!C2', result: '' }, { formula: 'IF(1,"")' }, { formula: 'SUM(X1:X2)', result: 0 }],
          [{ formula: 'ROW()-1', result: 3 }, null, { formula: 'VLOOKUP(1,X:X,1)', result: { error: '#N/A' } }, null],
        ],
      },
    ]);
    const result = await importApplications([file]);
    expect(result.studios.map((studio) => studio.values)).toEqual([{ studioId: '1', studioName: '甲工作室', leaderName: '张三', inventionPatents: 2 }]);
    expect(result.problems.map((problem) => problem.code)).toEqual(['NO_MEMBERS']);
  });
});

describe('cell values', () => {
  it('reads rich text, hyperlinks with rich text, formulas with results and error values', async () => {
    const file = await workbookFile('cells.xlsx', [
      {
        name: '工作室',
        rows: [
          ['工作室名称', '领衔人姓名', '联系方式', '发明专利', '实用新型', '外观设计'],
          [
            { richText: [{ text: '张建国', font: { bold: true } }, { text: '工匠创新工作室' }] },
            { text: { richText: [{ text: '张' }, { text: '建国' }] }, hyperlink: 'https://example.cn' } as never,
            { text: '13800138000', hyperlink: 'tel:13800138000' },
            { formula: '1+1', result: 2 },
            { formula: 'E9*2' },
            { error: '#N/A' },
          ],
        ],
      },
    ]);
    const result = await importApplications([file]);
    expect(result.studios[0]?.values).toEqual({ studioName: '张建国工匠创新工作室', leaderName: '张建国', leaderPhone: '13800138000', inventionPatents: 2 });
    const problems = result.problems.filter((problem) => problem.code !== 'NO_MEMBERS');
    expect(problems).toEqual([
      expect.objectContaining({ code: 'FORMULA_NOT_CALCULATED', severity: 'warning', column: 'E', value: '=E9*2', field: 'utilityPatents', studio: '张建国工匠创新工作室' }),
      expect.objectContaining({ code: 'CELL_ERROR', severity: 'error', column: 'F', value: '#N/A', field: 'designPatents' }),
    ]);
  });

  it('reads date cells in UTC, honouring a month-only number format', async () => {
    const file = await workbookFile('dates.xlsx', [
      {
        name: '工作室',
        rows: [
          ['工作室名称', '领衔人姓名', '创建时间', '领衔人出生年月'],
          ['甲', '张三', new Date(Date.UTC(2016, 2, 1)), new Date(Date.UTC(1975, 2, 5))],
          ['乙', '李四', 42430, '1975.10'],
          ['丙', '王五', '2016年', 1975.1],
        ],
        decorate: (sheet) => {
          sheet.getCell('C2').numFmt = 'yyyy"年"m"月"';
          sheet.getCell('D2').numFmt = 'yyyy-mm-dd';
        },
      },
    ]);
    const result = await importApplications([file]);
    expect(result.studios.map((studio) => [studio.values.foundedDate, studio.values.leaderBirthDate])).toEqual([
      ['2016-03', '1975-03-05'],
      ['2016-03-01', '1975-10'],
      ['2016-01', '1975-01'],
    ]);
    expect(result.problems.filter((problem) => problem.code.startsWith('DATE_')).map((problem) => [problem.code, problem.row, problem.column])).toEqual([
      ['DATE_YEAR_ONLY', 4, 'C'],
      ['DATE_AMBIGUOUS_MONTH', 4, 'D'],
    ]);
  });

  it('reads raw serials and date cells of a 1904 workbook', async () => {
    const file = await workbookFile(
      'mac.xlsx',
      [
        {
          name: '工作室',
          rows: [
            ['工作室名称', '领衔人姓名', '创建时间', '领衔人出生年月'],
            ['甲', '张三', 40968, new Date(Date.UTC(1975, 2, 5))],
          ],
          decorate: (sheet) => {
            sheet.getCell('D2').numFmt = 'yyyy/m/d';
          },
        },
      ],
      { date1904: true },
    );
    const result = await importApplications([file]);
    expect(result.studios[0]?.values).toMatchObject({ foundedDate: '2016-03-01', leaderBirthDate: '1975-03-05' });
  });

  it('reads full-width digits, amounts in a 万元 column and checkbox-free enums', async () => {
    const file = await workbookFile('a.xlsx', [
      {
        name: '工作室',
        rows: [
          ['工作室名称', '领衔人姓名', '年均专项经费（万元）', '活动场所面积（㎡）', '领衔人工作年限', '单位性质', '邮政编码'],
          ['甲', '张三', 2.5, '１２０平方米', '２８', '国企', '２００１２０'],
          ['乙', '李四', '3万元', 80, '30年', '外商独资', 200063],
        ],
      },
    ]);
    const result = await importApplications([file]);
    expect(result.studios.map((studio) => studio.values)).toEqual([
      { studioName: '甲', leaderName: '张三', annualFunding: 25000, siteArea: 120, leaderYearsWorking: 28, unitNature: '国有企业', postcode: '200120' },
      { studioName: '乙', leaderName: '李四', annualFunding: 30000, siteArea: 80, leaderYearsWorking: 30, unitNature: '外资企业', postcode: '200063' },
    ]);
  });

  it('gives every value problem its full location', async () => {
    const file = await workbookFile('a.xlsx', [
      { name: '工作室', rows: [['工作室名称', '领衔人姓名', '性别', '联系方式'], ['甲工作室', '张三', '未知', 110101199001011230]] },
    ]);
    const result = await importApplications([file]);
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([
      expect.objectContaining({ file: 'a.xlsx', sheet: '工作室', row: 2, column: 'C', header: '性别', field: 'leaderGender', value: '未知', studio: '甲工作室', code: 'UNKNOWN_OPTION' }),
      expect.objectContaining({ file: 'a.xlsx', sheet: '工作室', row: 2, column: 'D', header: '联系方式', field: 'leaderPhone', studio: '甲工作室', code: 'ID_NUMBER_CORRUPTED' }),
    ]);
    expect(result.studios[0]?.values.leaderGender).toBeUndefined();
    expect(result.studios[0]?.source.cells.leaderGender).toEqual({ column: 'C', header: '性别', raw: '未知' });
  });
});

describe('member sheets', () => {
  it('gives each member the studio name merged down its block of rows', async () => {
    const file = await workbookFile('a.xlsx', [
      { name: '工作室', rows: [STUDIO_HEADER, ...STUDIO_ROWS] },
      {
        name: '工作室成员',
        rows: [MEMBER_HEADER, ...MEMBER_ROWS.map((row, index) => (index === 1 ? [null, ...row.slice(1)] : row))],
        decorate: (sheet) => sheet.mergeCells('A2:A3'),
      },
    ]);
    const result = await importApplications([file]);
    expect(result.studios[0]?.members.map((member) => member.values.memberName)).toEqual(['王强', '赵敏']);
    expect(result.problems).toEqual([]);
  });

  it('tags member problems with the studio they belong to', async () => {
    const file = await workbookFile('a.xlsx', [
      { name: '工作室', rows: [STUDIO_HEADER, ...STUDIO_ROWS] },
      { name: '成员', rows: [MEMBER_HEADER, ['张建国工匠创新工作室', '王强', '男', '三十五', '大专', '技师', '数控车工', 12]] },
    ]);
    const result = await importApplications([file]);
    expect(result.problems).toEqual([
      expect.objectContaining({ sheet: '成员', row: 2, column: 'D', field: 'age', value: '三十五', studio: '张建国工匠创新工作室', code: 'INVALID_NUMBER' }),
    ]);
  });
});

describe('the import template this tool generates', () => {
  it('imports empty (example rows skipped, 填写说明 and the hidden 选项 sheet ignored) and reads a filled row', async () => {
    const { loadCampaign } = await import('../../src/campaigns/load.js');
    const { buildImportTemplate } = await import('../../src/render/xlsx/import-template.js');
    const ExcelJS = (await import('exceljs')).default;
    const { campaign } = loadCampaign('shanghai-2020');
    const template = await buildImportTemplate(campaign);

    const blank = await importApplications([{ name: '模板.xlsx', bytes: template }]).catch((error: unknown) => error);
    expect(blank).toMatchObject({ studios: [], problems: [] });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(template) as unknown as ArrayBuffer);
    const studioSheet = workbook.getWorksheet('工作室');
    const memberSheet = workbook.getWorksheet('成员');
    const example = (sheet: typeof studioSheet, column: number) => String(sheet?.getRow(2).getCell(column).value ?? '').replace(/^示例：/, '');
    for (const sheet of [studioSheet, memberSheet]) {
      for (let column = 1; column <= (sheet?.columnCount ?? 0); column += 1) sheet!.getRow(3).getCell(column).value = example(sheet, column);
    }
    const filled = new Uint8Array(await workbook.xlsx.writeBuffer());
    const result = await importApplications([{ name: '已填.xlsx', bytes: filled }], { referenceDate: campaign.referenceDate });
    expect(result.problems).toEqual([]);
    expect(result.studios).toHaveLength(1);
    expect(result.studios[0]?.values).toMatchObject({ studioName: '张建国工匠创新工作室', leaderName: '张建国', annualFunding: 50000, foundedDate: '2016-03', leaderPhone: '13800138000' });
    expect(result.studios[0]?.members).toHaveLength(1);
  });
});

describe('a workbook written by another producer (openpyxl)', () => {
  it('reads built-in date formats, uncalculated formulas, merged member names and skips the hidden sheet', async () => {
    const { readFileSync } = await import('node:fs');
    const bytes = new Uint8Array(readFileSync(new URL('../fixtures/import/openpyxl-written.xlsx', import.meta.url)));
    const result = await importApplications([{ name: 'openpyxl-written.xlsx', bytes }]);
    expect(result.inputs[0]?.sheets).toEqual([
      { name: '工作室', level: 'studio', headerRow: 2, rows: 2 },
      { name: '成员', level: 'member', headerRow: 1, rows: 2 },
    ]);
    expect(result.studios.map((studio) => studio.values)).toEqual([
      { studioId: '1', studioName: '张建国工匠创新工作室', leaderName: '张建国', foundedDate: '2016-03', leaderBirthDate: '1975-03-05', annualFunding: 20000, leaderPhone: '13800138000' },
      { studioId: '2', studioName: '李红巾帼创新工作室', leaderName: '李红', foundedDate: '2016-03-01', leaderBirthDate: '1975-10', annualFunding: 15000, leaderPhone: '021-55885592', inventionPatents: 3 },
    ]);
    expect(result.studios[0]?.members.map((member) => member.values.memberName)).toEqual(['王强', '赵敏']);
    expect(result.problems).toEqual([expect.objectContaining({ code: 'FORMULA_NOT_CALCULATED', row: 3, column: 'H', value: '=1+1' })]);
  });
});
