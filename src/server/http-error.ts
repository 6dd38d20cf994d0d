import { isStudioDocsError, type ErrorCode } from '../core/errors.js';

/**
 * A failure of the HTTP layer itself (unknown route, forbidden origin, body too
 * large): a status and a Chinese message. Failures of the work (bad input, unknown
 * campaign) stay StudioDocsErrors and are mapped to a status by `errorStatus`.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly hints: readonly string[] = [],
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** The JSON body every failing API call answers with. */
export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string; readonly hints: readonly string[] };
}

const STATUS_BY_CODE: Record<ErrorCode, number> = {
  INVALID_DATA: 422,
  UNREADABLE_INPUT: 415,
  NO_DATA: 422,
  USAGE: 400,
  UNKNOWN_CAMPAIGN: 404,
  // The server's own set-up is broken: nothing the user can fix in the page.
  BAD_CAMPAIGN: 500,
  BAD_TEMPLATE: 500,
  IO: 500,
  NO_BROWSER: 503,
  MISSING_FONT: 503,
  INTERRUPTED: 409,
};

export const INTERNAL_ERROR_MESSAGE = '服务器内部错误，请把服务器窗口中的报错信息发给管理员。';

/**
 * Status and body for anything thrown while answering; `unexpected` is true when
 * it is a bug (the caller logs the stack, the user sees a generic message).
 *
 * @example errorResponse(new HttpError(404, 'NOT_FOUND', '找不到')).status // 404
 */
export function errorResponse(error: unknown): { status: number; body: ErrorBody; unexpected: boolean } {
  if (error instanceof HttpError) {
    return { status: error.status, body: { error: { code: error.code, message: error.message, hints: error.hints } }, unexpected: false };
  }
  if (isStudioDocsError(error)) {
    return { status: STATUS_BY_CODE[error.code], body: { error: { code: error.code, message: error.message, hints: error.hints } }, unexpected: false };
  }
  return { status: 500, body: { error: { code: 'INTERNAL', message: INTERNAL_ERROR_MESSAGE, hints: [] } }, unexpected: true };
}

export const notFound = (what = '请求的页面或文件') => new HttpError(404, 'NOT_FOUND', `找不到${what}。`);
