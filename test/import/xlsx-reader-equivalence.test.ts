import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../src/import/read-xlsx.js';
import { readXlsxWithExceljs } from '../fixtures/xlsx/exceljs-reference.js';

/** Every workbook the project ships or tests with, read by our reader and by the exceljs one it replaced. */
const ROOTS = ['test/fixtures', 'data'];
const workbooks = ROOTS.flatMap((root) =>
  readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.xlsx'))
    .map((path) => join(root, path))
    .sort(),
);

describe('our XLSX reader against the exceljs reader it replaced', () => {
  it('has workbooks to compare', () => {
    expect(workbooks.length).toBeGreaterThanOrEqual(8);
  });

  it.each(workbooks)('reads %s into the same grids', async (path) => {
    const file = { name: path, bytes: new Uint8Array(readFileSync(path)) };
    const expected = await readXlsxWithExceljs(file);
    expect(expected.some((grid) => grid.rows.length > 0)).toBe(true);
    expect(await readXlsx(file)).toStrictEqual(expected);
  });
});
