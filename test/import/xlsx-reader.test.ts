import ExcelJS from 'exceljs';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import type { SheetGrid } from '../../src/import/grid.js';
import { readXlsx } from '../../src/import/read-xlsx.js';
import type { InputFile } from '../../src/import/types.js';
import { readXlsxWithExceljs } from '../fixtures/xlsx/exceljs-reference.js';

/**
 * Each construct of a workbook, written by exceljs (or patched into its XML where
 * exceljs cannot write it), read by our reader: the grid must be what we expect
 * and exactly what the exceljs-based reader made of it.
 */

async function workbook(build: (book: ExcelJS.Workbook) => void): Promise<InputFile> {
  const book = new ExcelJS.Workbook();
  build(book);
  return { name: 'case.xlsx', bytes: new Uint8Array(await book.xlsx.writeBuffer()) };
}

/** Replaces the <sheetData> of sheet1 (and optionally adds parts) to write what exceljs cannot. */
function patched(file: InputFile, sheetData: string, extra: Record<string, string> = {}): InputFile {
  const zip = new PizZip(file.bytes);
  const path = 'xl/worksheets/sheet1.xml';
  const xml = zip.file(path)?.asText() ?? '';
  zip.file(path, xml.replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/, `<sheetData>${sheetData}</sheetData>`));
  for (const [name, content] of Object.entries(extra)) zip.file(name, content);
  return { name: file.name, bytes: zip.generate({ type: 'uint8array', compression: 'DEFLATE' }) };
}

/** Reads with both readers, insists they agree, and returns ours. */
async function readBoth(file: InputFile): Promise<SheetGrid[]> {
  const ours = await readXlsx(file);
  expect(ours).toStrictEqual(await readXlsxWithExceljs(file));
  return ours;
}

async function firstSheetCells(file: InputFile) {
  const grids = await readBoth(file);
  return grids[0]?.rows.map((row) => [row.number, row.cells.map((cell) => cell && { ...cell })] as const);
}

describe('reading cell values', () => {
  it('reads rich text, hyperlinks (also rich and mailto) and booleans', async () => {
    const file = await workbook((book) => {
      const sheet = book.addWorksheet('S');
      sheet.getCell('A1').value = { richText: [{ text: '张', font: { bold: true } }, { text: '建国' }] };
      sheet.getCell('B1').value = { text: '主页', hyperlink: 'https://example.com' };
      sheet.getCell('C1').value = { text: { richText: [{ text: '链' }, { text: '接' }] }, hyperlink: 'https://example.com/x' } as unknown as ExcelJS.CellValue;
      sheet.getCell('D1').value = true;
      sheet.getCell('E1').value = false;
    });
    expect(await firstSheetCells(file)).toEqual([
      [
        1,
        [
          { content: { kind: 'text', text: '张建国' }, raw: '张建国' },
          { content: { kind: 'text', text: '主页' }, raw: '主页' },
          { content: { kind: 'text', text: '链接' }, raw: '链接' },
          { content: { kind: 'boolean', value: true }, raw: 'TRUE' },
          { content: { kind: 'boolean', value: false }, raw: 'FALSE' },
        ],
      ],
    ]);
  });

  it('shows the address of a hyperlink without text, without mailto:', async () => {
    const base = await workbook((book) => {
      const sheet = book.addWorksheet('S');
      sheet.getCell('A1').value = { text: '占位', hyperlink: 'mailto:zhang@example.com' };
      sheet.getCell('B1').value = { text: '占位', hyperlink: 'https://example.com/b' };
    });
    // Excel keeps the link of a cleared cell; the formula's result becomes the link text.
    const file = patched(base, '<row r="1"><c r="A1"/><c r="B1" t="str"><f>C1</f><v>甲</v></c></row>');
    const cells = (await firstSheetCells(file))?.[0]?.[1];
    expect(cells).toEqual([
      { content: { kind: 'text', text: 'zhang@example.com' }, raw: 'zhang@example.com' },
      { content: { kind: 'text', text: '甲' }, raw: '甲' },
    ]);
  });

  it('reads formulas by their cached result and flags formulas without one, and error values', async () => {
    const file = await workbook((book) => {
      const sheet = book.addWorksheet('S');
      sheet.getCell('A1').value = { formula: 'B1*2', result: 42 } as ExcelJS.CellFormulaValue;
      sheet.getCell('B1').value = { formula: 'C1&"室"' } as ExcelJS.CellFormulaValue;
      sheet.getCell('C1').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
      sheet.getCell('D1').value = { error: '#N/A' };
      sheet.getCell('E1').value = { formula: 'A1-42', result: 0 } as ExcelJS.CellFormulaValue;
      sheet.getCell('F1').value = { formula: '"甲"&"乙"', result: '甲乙' } as ExcelJS.CellFormulaValue;
    });
    const cells = (await firstSheetCells(file))?.[0]?.[1];
    expect(cells?.[0]).toEqual({ content: { kind: 'number', number: 42 }, raw: '42', formula: true });
    expect(cells?.[1]).toMatchObject({ content: { kind: 'empty' }, raw: '=C1&"室"', formula: true, issue: { code: 'FORMULA_NOT_CALCULATED', severity: 'warning' } });
    expect(cells?.[2]).toMatchObject({ raw: '#DIV/0!', formula: true, issue: { code: 'CELL_ERROR', severity: 'error' } });
    expect(cells?.[3]).toMatchObject({ raw: '#N/A', issue: { code: 'CELL_ERROR' } });
    // A cached 0 reads as no result, as it did with exceljs: template rows of =SUM() are filler either way.
    expect(cells?.[4]).toMatchObject({ raw: '=A1-42', issue: { code: 'FORMULA_NOT_CALCULATED' } });
    expect(cells?.[5]).toEqual({ content: { kind: 'text', text: '甲乙' }, raw: '甲乙', formula: true });
  });

  it('reads shared formulas: followers name their master cell', async () => {
    const file = patched(
      await workbook((book) => void book.addWorksheet('S')),
      '<row r="1"><c r="A1"><f t="shared" ref="A1:A3" si="0">B1*2</f><v>2</v></c></row>' +
        '<row r="2"><c r="A2"><f t="shared" si="0"/><v>4</v></c></row>' +
        '<row r="3"><c r="A3"><f t="shared" si="0"/></c></row>',
    );
    expect(await firstSheetCells(file)).toEqual([
      [1, [{ content: { kind: 'number', number: 2 }, raw: '2', formula: true }]],
      [2, [{ content: { kind: 'number', number: 4 }, raw: '4', formula: true }]],
      [3, [expect.objectContaining({ raw: '=A1', formula: true, issue: expect.objectContaining({ code: 'FORMULA_NOT_CALCULATED' }) })]],
    ]);
  });

  it('reads numbers to the 15 digits Excel shows', async () => {
    const file = await workbook((book) => {
      const sheet = book.addWorksheet('S');
      sheet.getCell('A1').value = 0.1 + 0.2;
      sheet.getCell('B1').value = 13800138000;
      sheet.getCell('C1').value = -3.5;
    });
    expect((await firstSheetCells(file))?.[0]?.[1]).toEqual([
      { content: { kind: 'number', number: 0.3 }, raw: '0.3' },
      { content: { kind: 'number', number: 13800138000 }, raw: '13800138000' },
      { content: { kind: 'number', number: -3.5 }, raw: '-3.5' },
    ]);
  });
});

describe('reading dates', () => {
  const may2016 = new Date(Date.UTC(2016, 4, 17));

  it('knows a month-only format from one with a day, and numbers in number formats are numbers', async () => {
    const file = await workbook((book) => {
      const sheet = book.addWorksheet('S');
      for (const [address, numFmt] of [['A1', 'yyyy"年"m"月"'], ['B1', 'yyyy-mm-dd'], ['C1', 'mm-dd-yy'], ['D1', 'yyyy\\.mm']] as const) {
        sheet.getCell(address).value = may2016;
        sheet.getCell(address).numFmt = numFmt;
      }
      sheet.getCell('E1').value = 42507;
      sheet.getCell('E1').numFmt = '0.00"万元"';
    });
    expect((await firstSheetCells(file))?.[0]?.[1]).toEqual([
      { content: { kind: 'date', year: 2016, month: 5, day: 17, hasDay: false }, raw: '2016-05' },
      { content: { kind: 'date', year: 2016, month: 5, day: 17, hasDay: true }, raw: '2016-05-17' },
      { content: { kind: 'date', year: 2016, month: 5, day: 17, hasDay: true }, raw: '2016-05-17' },
      { content: { kind: 'date', year: 2016, month: 5, day: 17, hasDay: false }, raw: '2016-05' },
      { content: { kind: 'number', number: 42507 }, raw: '42507' },
    ]);
  });

  it('counts serials from 1904 in a 1904 workbook', async () => {
    const file = await workbook((book) => {
      book.properties.date1904 = true;
      const sheet = book.addWorksheet('S');
      sheet.getCell('A1').value = may2016;
      sheet.getCell('A1').numFmt = 'yyyy-mm-dd';
    });
    const grids = await readBoth(file);
    expect(grids[0]?.date1904).toBe(true);
    expect(grids[0]?.rows[0]?.cells[0]?.content).toEqual({ kind: 'date', year: 2016, month: 5, day: 17, hasDay: true });
  });

  it('keeps numbers in built-in Chinese date formats (ids 27–36) as numbers, like exceljs', async () => {
    const base = await workbook((book) => {
      const sheet = book.addWorksheet('S');
      sheet.getCell('A1').value = may2016;
      sheet.getCell('A1').numFmt = 'yyyy-mm-dd';
    });
    const zip = new PizZip(base.bytes);
    const styles = zip.file('xl/styles.xml')?.asText() ?? '';
    // Point the date style at built-in id 31 (yyyy"年"m"月"d"日" in Chinese Excel).
    zip.file('xl/styles.xml', styles.replace(/(<cellXfs[^>]*>[\s\S]*?<xf[^>]*?numFmtId=")\d+/, '$131').replace(/(<cellXfs[^>]*>[\s\S]*?<xf[\s\S]*?<xf[^>]*?numFmtId=")\d+/, '$131'));
    const file = { name: base.name, bytes: zip.generate({ type: 'uint8array', compression: 'DEFLATE' }) };
    expect((await readBoth(file))[0]?.rows[0]?.cells[0]?.content).toEqual({ kind: 'number', number: 42507 });
  });

  it('flags a date serial no calendar can hold', async () => {
    const base = await workbook((book) => {
      const sheet = book.addWorksheet('S');
      sheet.getCell('A1').value = may2016;
      sheet.getCell('A1').numFmt = 'yyyy-mm-dd';
    });
    const xml = new PizZip(base.bytes).file('xl/worksheets/sheet1.xml')?.asText() ?? '';
    const style = /<c r="A1" s="(\d+)"/.exec(xml)?.[1] ?? '1';
    const file = patched(base, `<row r="1"><c r="A1" s="${style}"><v>1e300</v></c></row>`);
    expect((await readBoth(file))[0]?.rows[0]?.cells[0]).toMatchObject({ content: { kind: 'empty' }, issue: { code: 'INVALID_DATE' } });
  });
});

describe('reading the layout of a sheet', () => {
  it('repeats a merged master in every covered cell and leaves gaps in rows and cells undefined', async () => {
    const file = await workbook((book) => {
      const sheet = book.addWorksheet('S');
      sheet.getCell('A1').value = '张建国工作室';
      sheet.mergeCells('A1:B3');
      sheet.getCell('D1').value = 1;
      sheet.getCell('C5').value = '末行';
    });
    const master = { content: { kind: 'text', text: '张建国工作室' }, raw: '张建国工作室' };
    expect(await firstSheetCells(file)).toEqual([
      [1, [master, master, undefined, { content: { kind: 'number', number: 1 }, raw: '1' }]],
      [2, [master, master]],
      [3, [master, master]],
      [5, [undefined, undefined, { content: { kind: 'text', text: '末行' }, raw: '末行' }]],
    ]);
  });

  it('leaves out hidden and very hidden sheets and keeps tab order', async () => {
    const file = await workbook((book) => {
      book.addWorksheet('说明', { state: 'hidden' }).getCell('A1').value = 'x';
      book.addWorksheet('工作室').getCell('A1').value = 'a';
      book.addWorksheet('旧', { state: 'veryHidden' }).getCell('A1').value = 'y';
      book.addWorksheet('成员').getCell('A1').value = 'b';
    });
    expect((await readBoth(file)).map((grid) => grid.sheet)).toEqual(['工作室', '成员']);
  });

  it('reads inline strings, str cells, escapes, styled empty cells and rows without cells', async () => {
    const base = await workbook((book) => {
      const sheet = book.addWorksheet('S');
      sheet.getCell('A1').value = 'x';
      sheet.getCell('A1').font = { bold: true };
    });
    const file = patched(
      base,
      '<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve"> 王 强 </t></is></c>' +
        '<c r="B1" t="inlineStr"><is><r><t>甲</t></r><r><rPr><b/></rPr><t>乙_x000D_</t></r></is></c>' +
        '<c r="C1" t="str"><v>A&amp;B &lt;1&gt;</v></c><c r="E1" s="1"/><c r="F1"/></row>' +
        '<row r="2"/>' +
        '<row r="3"><c r="A3" t="b"><v>1</v></c><c t="n"><v>7</v></c><c r="D3" t="e"><v>#REF!</v></c></row>',
    );
    expect(await firstSheetCells(file)).toEqual([
      [
        1,
        [
          { content: { kind: 'text', text: ' 王 强 ' }, raw: ' 王 强 ' },
          { content: { kind: 'text', text: '甲乙\r' }, raw: '甲乙\r' },
          { content: { kind: 'text', text: 'A&B <1>' }, raw: 'A&B <1>' },
          undefined,
          { content: { kind: 'empty' }, raw: '' },
        ],
      ],
      [2, []],
      [3, [{ content: { kind: 'boolean', value: true }, raw: 'TRUE' }, { content: { kind: 'number', number: 7 }, raw: '7' }, undefined, expect.objectContaining({ raw: '#REF!' })]],
    ]);
  });

  it('reads shared strings with runs, phonetic guides, line breaks and escapes', async () => {
    const base = await workbook((book) => void book.addWorksheet('S'));
    const sharedStrings =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">' +
      '<si><t xml:space="preserve">第一段。\r\n第二段</t></si><si><r><t>创新</t></r><r><rPr><sz val="11"/></rPr><t xml:space="preserve"> 工作室</t></r></si>' +
      '<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></si><si><t>Tab_x0009_&#x4E2D;&amp;</t></si></sst>';
    const zip = new PizZip(base.bytes);
    const types = zip.file('[Content_Types].xml')?.asText() ?? '';
    const rels = zip.file('xl/_rels/workbook.xml.rels')?.asText() ?? '';
    const file = patched(base, '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>0</v></c></row>', {
      'xl/sharedStrings.xml': sharedStrings,
      '[Content_Types].xml': types.includes('sharedStrings') ? types : types.replace('</Types>', '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'),
      'xl/_rels/workbook.xml.rels': rels.includes('sharedStrings') ? rels : rels.replace('</Relationships>', '<Relationship Id="rIdSS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'),
    });
    const texts = (await readBoth(file))[0]?.rows[0]?.cells.map((cell) => cell?.raw);
    expect(texts).toEqual(['第一段。\n第二段', '创新 工作室', '漢字', 'Tab\t中&', '第一段。\n第二段']);
  });
});

describe('rejecting what is not a workbook', () => {
  async function bothRejections(file: InputFile): Promise<string> {
    const ours = await readXlsx(file).then(
      () => 'read',
      (error: Error & { code?: string }) => `${error.code}: ${error.message}`,
    );
    const reference = await readXlsxWithExceljs(file).then(
      () => 'read',
      (error: Error & { code?: string }) => `${error.code}: ${error.message}`,
    );
    expect(ours).toBe(reference);
    return ours;
  }

  it('says a truncated file is corrupt', async () => {
    const good = await workbook((book) => void book.addWorksheet('S'));
    expect(await bothRejections({ name: '坏.xlsx', bytes: good.bytes.subarray(0, good.bytes.length - 200) })).toBe(
      'UNREADABLE_INPUT: 坏.xlsx 已损坏或不是有效的 Excel 工作簿（.xlsx），无法读取；请在 Excel/WPS 中打开并重新保存为 .xlsx 后再导入',
    );
  });

  it('says a zip without a workbook is not a workbook', async () => {
    const zip = new PizZip();
    zip.file('word/document.xml', '<w:document/>');
    expect(await bothRejections({ name: '文档.xlsx', bytes: zip.generate({ type: 'uint8array', compression: 'DEFLATE' }) })).toBe(
      'UNREADABLE_INPUT: 文档.xlsx 是压缩文件，但不是 Excel 工作簿（.xlsx），请提供 .xlsx 或 .csv 文件',
    );
  });

  it('says an OLE file (legacy .xls or encrypted .xlsx) handed to it directly is corrupt', async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await bothRejections({ name: '旧.xls', bytes: ole })).toMatch(/^UNREADABLE_INPUT: 旧\.xls 已损坏/);
  });
});
