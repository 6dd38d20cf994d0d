import { safeFileName } from '../core/file-names.js';

/** Header carrying an uploaded file's name, percent-encoded UTF-8 (headers are Latin-1 only). */
export const FILE_NAME_HEADER = 'x-file-name';

/**
 * The name to *show* for an upload: its last path segment, made safe. It is never
 * used as a path — uploads are stored under generated names.
 *
 * @example uploadDisplayName('C%3A%5Cdata%5C%E7%94%B3%E6%8A%A5.xlsx') // '申报.xlsx'
 */
export function uploadDisplayName(header: string | undefined): string {
  let name = header ?? '';
  try {
    name = decodeURIComponent(name);
  } catch {
    // A malformed escape is shown as sent rather than refused.
  }
  const lastSegment = name.split(/[\\/]/).pop() ?? '';
  return safeFileName(lastSegment, '上传文件');
}

/**
 * Content-Disposition for a download or an inline view, with the UTF-8 name
 * (RFC 6266 / 5987) and an ASCII stand-in for old clients.
 *
 * @example contentDisposition('inline', '申请表.pdf') // `inline; filename="___.pdf"; filename*=UTF-8''%E7%94%B3...`
 */
export function contentDisposition(kind: 'inline' | 'attachment', fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
  csv: 'text/csv; charset=utf-8',
};

/** Content type by file extension; unknown ones download as bytes. */
export function contentTypeOf(fileName: string): string {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return CONTENT_TYPES[extension] ?? 'application/octet-stream';
}
