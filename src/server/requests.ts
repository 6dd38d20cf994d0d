import { z } from 'zod';
import { HttpError } from './http-error.js';
import type { UploadRole } from './sessions.js';

/** Bodies the page sends, one schema each; the types are inferred from them. */

const CampaignId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/);
const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const CheckRequestSchema = z.object({ campaignId: CampaignId });
export type CheckRequest = z.infer<typeof CheckRequestSchema>;

export const JobRequestSchema = z.object({
  campaignId: CampaignId,
  formats: z.array(z.enum(['docx', 'pdf'])).min(1).default(['docx', 'pdf']),
  /** 命名决定 date; required when a score sheet was uploaded. */
  announceDate: IsoDay.optional(),
  publicityStart: IsoDay.optional(),
});
export type JobRequest = z.infer<typeof JobRequestSchema>;

const FIELD_LABELS: Readonly<Record<string, string>> = {
  campaignId: '评选活动',
  formats: '文书格式',
  announceDate: '命名决定日期',
  publicityStart: '公示开始日期',
};

/**
 * Parses a JSON body against a schema; a mismatch is a 400 naming the fields in Chinese.
 *
 * @example parseBody(CheckRequestSchema, { campaignId: 'shanghai-2020' }) // { campaignId: 'shanghai-2020' }
 */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const fields = [...new Set(parsed.error.issues.map((issue) => FIELD_LABELS[String(issue.path[0])] ?? String(issue.path[0] ?? '请求')))];
  throw new HttpError(400, 'BAD_REQUEST', `请求内容有误：${fields.join('、')}不正确。`, ['日期请写成 YYYY-MM-DD，如 2020-12-20。']);
}

/** `?role=scores` marks the expert score sheet; everything else is the applications. */
export function uploadRoleOf(query: URLSearchParams): UploadRole {
  const role = query.get('role') ?? 'applications';
  if (role !== 'applications' && role !== 'scores') throw new HttpError(400, 'BAD_REQUEST', `未知的文件用途“${role}”。`);
  return role;
}
