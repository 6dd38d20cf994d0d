import { parseArgs, type ParseArgsConfig } from 'node:util';
import { StudioDocsError } from '../core/errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** util.parseArgs with our usage error (exit 2) instead of a TypeError stack. */
export function parseCommandArgs<O extends Options>(argv: readonly string[], options: O, usage: string) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new StudioDocsError('USAGE', `${(error as Error).message}\n\n${usage}`);
  }
}

/** Options every command understands. */
export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  json: { type: 'boolean' },
} as const;

export function requireCampaign(value: string | undefined, usage: string): string {
  if (!value) throw new StudioDocsError('USAGE', `缺少 --campaign <活动编号>（studio-docs campaigns 可列出全部）。\n\n${usage}`);
  return value;
}

/** --format docx,pdf → ['docx', 'pdf'], checked against what the command can write. */
export function parseFormats<F extends string>(value: string | undefined, allowed: readonly F[], fallback: readonly F[]): F[] {
  if (!value) return [...fallback];
  const formats = value.split(',').map((part) => part.trim().toLowerCase()).filter(Boolean);
  const unknown = formats.filter((format) => !allowed.includes(format as F));
  if (unknown.length > 0 || formats.length === 0) {
    throw new StudioDocsError('USAGE', `不支持的格式：${unknown.join(', ') || '(空)'}；可选：${allowed.join(', ')}`);
  }
  return [...new Set(formats)] as F[];
}

/**
 * A calendar day given on the command line, YYYY-MM-DD and real (no 2月30日).
 *
 * @example requireDay('2020-12-20', '--date', usage) // '2020-12-20'
 */
export function requireDay(value: string | undefined, option: string, usage: string): string {
  if (!value) throw new StudioDocsError('USAGE', `缺少 ${option} <YYYY-MM-DD>。\n\n${usage}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw new StudioDocsError('USAGE', `${option} 的日期“${value}”无效，应写成 YYYY-MM-DD，如 2020-12-20。`);
  }
  return value;
}
