import { StudioDocsError } from '../core/errors.js';
import type { InputFile, InputFormat } from './types.js';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: legacy .xls, WPS .et, and also password-protected .xlsx. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46];
/** Excel encrypts a protected .xlsx inside an OLE container holding this stream. */
const ENCRYPTION_STREAM = Buffer.from('EncryptionInfo', 'utf16le');
const SNIFF_LENGTH = 8192;

/**
 * Tells spreadsheet formats apart by their first bytes, never by the file name,
 * and rejects what cannot be imported with a message that says what to do.
 *
 * @example detectFormat({ name: 'a.xlsx', bytes }) // 'xlsx'
 * @throws StudioDocsError UNREADABLE_INPUT for .xls, encrypted, PDF, HTML or binary files.
 */
export function detectFormat(file: InputFile): InputFormat {
  const { bytes, name } = file;
  if (bytes.length === 0) throw unreadable(`${name} 是空文件`);
  if (startsWith(bytes, ZIP_MAGIC)) return 'xlsx';
  if (startsWith(bytes, OLE_MAGIC)) {
    if (contains(bytes, ENCRYPTION_STREAM)) {
      throw unreadable(`${name} 设置了打开密码，无法读取，请在 Excel/WPS 中取消密码并另存为 .xlsx 后再导入`);
    }
    throw unreadable(`${name} 是旧版 Excel（.xls）文件，请在 Excel/WPS 中“另存为” .xlsx 后再导入`);
  }
  if (startsWith(bytes, PDF_MAGIC)) {
    throw unreadable(`${name} 是 PDF 文件，不是表格，请提供 .xlsx 或 .csv 文件`);
  }
  if (startsWithUtf16Bom(bytes)) return 'csv';
  const head = bytes.subarray(0, SNIFF_LENGTH);
  if (head.includes(0)) {
    throw unreadable(`${name} 不是可识别的表格文件（内容为二进制数据），请提供 .xlsx 或 .csv 文件`);
  }
  if (looksLikeMarkup(head)) {
    // Many office systems export "Excel" files that are really HTML or XML Spreadsheet 2003.
    throw unreadable(`${name} 是网页（HTML）或 XML 格式的表格，请在 Excel/WPS 中打开后“另存为” .xlsx 再导入`);
  }
  return 'csv';
}

function unreadable(message: string): StudioDocsError {
  return new StudioDocsError('UNREADABLE_INPUT', message, {
    hints: ['支持的格式：Excel 工作簿（.xlsx）或逗号分隔的 CSV 文件（UTF-8 或 GBK 编码）。'],
  });
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

function startsWithUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

function looksLikeMarkup(head: Uint8Array): boolean {
  const text = new TextDecoder('latin1').decode(head.subarray(0, 512)).replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '').trimStart().toLowerCase();
  return /^<(\?xml|!doctype|html|table|meta|head|body)\b/.test(text);
}

function contains(haystack: Uint8Array, needle: Buffer): boolean {
  return Buffer.from(haystack.buffer, haystack.byteOffset, haystack.byteLength).includes(needle);
}
