import { isUtf8, transcode } from 'node:buffer';
import { StudioDocsError } from '../core/errors.js';
import type { TextEncoding } from './types.js';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
}

/**
 * Decodes a text file the way Chinese office files come: a BOM decides; otherwise
 * strict UTF-8, and GB18030 (a superset of GBK/GB2312) when that fails. Guessing
 * libraries misreport short GBK text as Big5, so we do not guess.
 *
 * @example decodeText(new Uint8Array([0xd6, 0xd0]), 'a.csv') // { text: '中', encoding: 'gb18030' }
 * @throws StudioDocsError UNREADABLE_INPUT when neither decoding works.
 */
export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeStrict('utf-8', bytes.subarray(3), fileName), encoding: 'utf-8-bom' };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new StudioDocsError('UNREADABLE_INPUT', `${fileName} 是“Unicode 文本”（UTF-16）格式，请在 Excel/WPS 中另存为 .xlsx 或“CSV UTF-8（逗号分隔）”后再导入`);
  }
  if (isUtf8(bytes)) return { text: decodeUtf8(bytes), encoding: 'utf-8' };
  return { text: decodeStrict('gb18030', bytes, fileName), encoding: 'gb18030' };
}

/**
 * UTF-8 to a string (a BOM is kept). ICU's converter (transcode to UTF-16, then a
 * plain copy) is several times faster than TextDecoder or Buffer#toString for
 * Chinese text, which matters for CSV files and sheet XML of tens of megabytes.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length < 64 * 1024) return buffer.toString('utf8');
  try {
    return transcode(buffer, 'utf8', 'utf16le').toString('utf16le');
  } catch {
    return buffer.toString('utf8');
  }
}

function decodeStrict(label: string, bytes: Uint8Array, fileName: string): string {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (cause) {
    throw new StudioDocsError('UNREADABLE_INPUT', `${fileName} 的文字编码无法识别（既不是 UTF-8 也不是 GBK），请在 Excel/WPS 中另存为 .xlsx 或“CSV UTF-8”后再导入`, { cause });
  }
}
