import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError } from './http-error.js';

/**
 * Headers on every answer: our own scripts and styles only (no CDN, no inline
 * script), no MIME sniffing, no framing by other sites, no referrer leaking ids.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export function tooLarge(limitBytes: number): HttpError {
  const megabytes = Math.round((limitBytes / (1024 * 1024)) * 10) / 10;
  return new HttpError(413, 'TOO_LARGE', `文件太大：超过 ${megabytes} MB 的上限。`, ['请检查是否选错了文件；确需上传更大的文件时，可用 --max-upload-mb 启动服务。']);
}

/**
 * The request body, refused with 413 as soon as it passes `limitBytes` — by the
 * declared Content-Length before reading, or while streaming when none was declared.
 */
export async function readBody(request: IncomingMessage, limitBytes: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > limitBytes) {
    request.resume();
    throw tooLarge(limitBytes);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limitBytes) {
      request.resume();
      throw tooLarge(limitBytes);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, size);
}

/** A JSON request body of at most 64 KB. */
export async function readJson(request: IncomingMessage): Promise<unknown> {
  const body = await readBody(request, 64 * 1024);
  if (body.length === 0) return {};
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw new HttpError(400, 'BAD_REQUEST', '请求内容不是合法的 JSON。');
  }
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const bytes = Buffer.from(JSON.stringify(body), 'utf8');
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': bytes.length, 'Cache-Control': 'no-store' });
  response.end(bytes);
}

export function sendBytes(response: ServerResponse, bytes: Uint8Array | string, headers: Readonly<Record<string, string>>, method = 'GET'): void {
  const body = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  response.writeHead(200, { ...SECURITY_HEADERS, 'Cache-Control': 'no-store', ...headers, 'Content-Length': body.byteLength });
  response.end(method === 'HEAD' ? undefined : body);
}
