/**
 * Expected failures: one class, a closed set of codes, each with its exit code.
 * Anything thrown that is not a StudioDocsError is a bug and is shown with its stack.
 */
export const EXIT_CODES = {
  OK: 0,
  INVALID_DATA: 1,
  USAGE: 2,
  IO: 3,
  /** Stopped by the user (Ctrl-C): the shell convention 128 + SIGINT. */
  INTERRUPTED: 130,
} as const;

export const ERROR_CODES = {
  /** Input data failed validation (at least one error-level problem). */
  INVALID_DATA: EXIT_CODES.INVALID_DATA,
  /** A file could not be read as a spreadsheet (legacy .xls, corrupt xlsx, binary). */
  UNREADABLE_INPUT: EXIT_CODES.INVALID_DATA,
  /** The input has no sheet/columns we recognise. */
  NO_DATA: EXIT_CODES.INVALID_DATA,
  /** Bad command line. */
  USAGE: EXIT_CODES.USAGE,
  /** Unknown campaign id. */
  UNKNOWN_CAMPAIGN: EXIT_CODES.USAGE,
  /** A campaign folder is present but its definition or templates are broken. */
  BAD_CAMPAIGN: EXIT_CODES.IO,
  /** A template has malformed or unknown tags. */
  BAD_TEMPLATE: EXIT_CODES.IO,
  /** File system problems: missing input, unwritable output, refusing to overwrite. */
  IO: EXIT_CODES.IO,
  /** No Chromium/Chrome/Edge found, or it failed to start. */
  NO_BROWSER: EXIT_CODES.IO,
  /** A font the documents need is not installed. */
  MISSING_FONT: EXIT_CODES.IO,
  /** The run was stopped (Ctrl-C, or the web page's job cancelled) before it finished; no partial files remain. */
  INTERRUPTED: EXIT_CODES.INTERRUPTED,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class StudioDocsError extends Error {
  readonly code: ErrorCode;
  readonly exitCode: number;
  /** Extra human-readable lines (how to fix), printed under the message. */
  readonly hints: readonly string[];
  /** Data for --json output (e.g. the validation problems that made the run fail). */
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, options: { hints?: string[]; cause?: unknown; details?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'StudioDocsError';
    this.code = code;
    this.exitCode = ERROR_CODES[code];
    this.hints = options.hints ?? [];
    this.details = options.details;
  }
}

export function isStudioDocsError(error: unknown): error is StudioDocsError {
  return error instanceof StudioDocsError;
}
