import { describe, expect, it } from 'vitest';
import { StudioDocsError } from '../../src/core/errors.js';
import { importApplications } from '../../src/import/index.js';
import { standardWorkbook } from './build-inputs.js';

async function rejection(name: string, bytes: Uint8Array): Promise<StudioDocsError> {
  const error = await importApplications([{ name, bytes }]).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(StudioDocsError);
  return error as StudioDocsError;
}

describe('files that are not importable spreadsheets', () => {
  it('rejects a legacy .xls by its magic bytes and says to save it as .xlsx', async () => {
    const bytes = new Uint8Array(4096);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const error = await rejection('2020申报.xls', bytes);
    expect(error.code).toBe('UNREADABLE_INPUT');
    expect(error.message).toBe('2020申报.xls 是旧版 Excel（.xls）文件，请在 Excel/WPS 中“另存为” .xlsx 后再导入');
  });

  it('recognises the .xls magic even when the file is named .xlsx', async () => {
    const bytes = new Uint8Array(512);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0]);
    expect((await rejection('申报.xlsx', bytes)).message).toContain('是旧版 Excel（.xls）文件');
  });

  it('tells a password-protected workbook apart from a legacy .xls', async () => {
    const bytes = new Uint8Array(2048);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0]);
    bytes.set(new Uint8Array(Buffer.from('EncryptionInfo', 'utf16le')), 1024);
    expect((await rejection('加密.xlsx', bytes)).message).toContain('设置了打开密码');
  });

  it('rejects a corrupt zip naming the file, without a stack trace', async () => {
    const good = (await standardWorkbook()).bytes;
    const broken = good.slice(0, Math.floor(good.length / 2));
    const error = await rejection('坏文件.xlsx', broken);
    expect(error.code).toBe('UNREADABLE_INPUT');
    expect(error.message).toContain('坏文件.xlsx 已损坏或不是有效的 Excel 工作簿');
  });

  it('rejects binary junk with NUL bytes', async () => {
    const error = await rejection('照片.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    expect(error.code).toBe('UNREADABLE_INPUT');
    expect(error.message).toContain('照片.csv 不是可识别的表格文件');
  });

  it('rejects HTML disguised as an Excel export and PDFs', async () => {
    const html = new TextEncoder().encode('<html><body><table><tr><td>工作室名称</td></tr></table></body></html>');
    expect((await rejection('导出.xls', html)).message).toContain('是网页（HTML）或 XML 格式的表格');
    expect((await rejection('通知.pdf', new TextEncoder().encode('%PDF-1.7\n'))).message).toContain('是 PDF 文件');
  });

  it('rejects an empty file by name', async () => {
    expect((await rejection('空.csv', new Uint8Array())).message).toBe('空.csv 是空文件');
  });

  it('rejects UTF-16 text with a way out', async () => {
    const error = await rejection('unicode.txt', new Uint8Array([0xff, 0xfe, 0x65, 0x00]));
    expect(error.message).toContain('UTF-16');
  });

  it('reports NO_DATA when no sheet has recognisable headers', async () => {
    const csv = new TextEncoder().encode('甲,乙,丙\n1,2,3\n');
    const error = await rejection('杂项.csv', csv);
    expect(error.code).toBe('NO_DATA');
    expect(error.message).toBe('杂项.csv 中未找到可识别的表头（应包含“工作室名称”“领衔人姓名”等列）');
  });
});
