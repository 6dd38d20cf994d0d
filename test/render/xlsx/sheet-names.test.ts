import { describe, expect, it } from 'vitest';
import { sanitiseSheetName, sheetNameForFile, uniqueSheetName } from '../../../src/render/xlsx/sheet-names.js';

describe('sheet names', () => {
  it('replaces the characters Excel forbids and trims quotes', () => {
    expect(sanitiseSheetName('成员[2020]/补充:*?\\.csv')).toBe('成员(2020)_补充____.csv');
    expect(sanitiseSheetName("'工作室'")).toBe('工作室');
    expect(sanitiseSheetName('History')).toBe('History_');
    expect(sanitiseSheetName('')).toBe('Sheet');
  });

  it('cuts long names to 31 characters, keeping a file extension', () => {
    expect(sanitiseSheetName('一'.repeat(40))).toBe('一'.repeat(31));
    const name = sheetNameForFile(`${'申'.repeat(40)}.csv`);
    expect(name).toBe(`${'申'.repeat(27)}.csv`);
    expect(sheetNameForFile('studios.gbk.csv')).toBe('studios.gbk.csv');
  });

  it('numbers clashing names, ignoring case, within the length limit', () => {
    const taken = new Set(['工作室', 'sheet1']);
    expect(uniqueSheetName('工作室', taken)).toBe('工作室(2)');
    expect(uniqueSheetName('工作室', taken)).toBe('工作室(3)');
    expect(uniqueSheetName('Sheet1', taken)).toBe('Sheet1(2)');
    const long = uniqueSheetName('长'.repeat(31), new Set(['长'.repeat(31)]));
    expect(long).toBe(`${'长'.repeat(28)}(2)`);
  });
});
