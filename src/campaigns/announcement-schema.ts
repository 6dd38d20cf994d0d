import { z } from 'zod';

/**
 * What a campaign's closing documents say (公示 notice and 命名决定, GUIDE.md §4):
 * the issuer's wording lives in campaign.json, the code only fills in the
 * placeholders from the selection. Placeholders in `paragraphs` and the 公示 texts:
 * {year} {count} {types} {typeCounts} {firstStudio} {programName} {noticeTitle}
 * {noticeNumber} {fundingByType} {fundingTotal} {matchingTotal} {matchingRatio}
 * {workingDays} {start} {end} {issuer}.
 */

export const ANNOUNCEMENT_PLACEHOLDERS = [
  'year',
  'count',
  'types',
  'typeCounts',
  'firstStudio',
  'programName',
  'noticeTitle',
  'noticeNumber',
  'fundingByType',
  'fundingTotal',
  'matchingTotal',
  'matchingRatio',
  'workingDays',
  'start',
  'end',
  'issuer',
] as const;
export type AnnouncementPlaceholder = (typeof ANNOUNCEMENT_PLACEHOLDERS)[number];

const Text = z
  .string()
  .min(1)
  .superRefine((text, ctx) => {
    for (const match of text.matchAll(/\{([^{}]*)\}/g)) {
      if (!(ANNOUNCEMENT_PLACEHOLDERS as readonly string[]).includes(match[1] as string)) {
        ctx.addIssue({ code: 'custom', message: `未知的占位符 {${match[1]}}；可用：${ANNOUNCEMENT_PLACEHOLDERS.map((key) => `{${key}}`).join(' ')}` });
      }
    }
  });

export const AnnouncementsSchema = z.object({
  /** 发文机关标志, printed red above the red line, e.g. 上海市职工技协服务中心文件. */
  issuerMark: z.string().min(1),
  /** 机关代字 of 发文字号, e.g. 沪工技中 (→ 沪工技中〔2020〕12号). */
  agencyCode: z.string().min(1),
  /** First sequence number this tool may use in the campaign's year (numbers issued by hand before it stay below). */
  sequenceStart: z.number().int().positive().default(1),
  /** 主送机关, e.g. 各区局（产业）工会、相关部门. */
  addressees: z.string().min(1),
  /** 落款: the issuing authority's name over the date. */
  signature: z.string().min(1),
  decision: z.object({
    /** e.g. 关于命名{year}年度上海市工匠（技师、职工、巾帼）创新工作室的决定 */
    title: Text,
    /** Body paragraphs in order (purpose; 经…审核…决定命名…; funding; expectations). */
    paragraphs: z.array(Text).min(1),
    /** Funding sentence, placed after the first two paragraphs (purpose, naming); left out when nothing is funded. */
    fundingParagraph: Text.optional(),
    /** Title of 附件1, the list of named studios. */
    listTitle: Text,
    /** Title of 附件2, funding per studio; only when the campaign funds studios. */
    fundingTitle: Text.optional(),
  }),
  /** Title of the ranked recommendation list; default {year}年度{programName}推荐排序名单. */
  rankedListTitle: Text.optional(),
  publicity: z.object({
    /** e.g. 关于{year}年度上海市工匠（技师、职工、巾帼）创新工作室拟命名名单的公示 */
    title: Text,
    /** 公示期 in working days (weekends skipped; public holidays are not modelled). */
    workingDays: z.number().int().positive(),
    /** Paragraphs before the list: what is published and why. */
    paragraphs: z.array(Text).min(1),
    /** The 公示期 sentence, e.g. 公示期为{workingDays}个工作日（{start}至{end}）。 */
    period: Text,
    /** How to object: 实名, units with their official seal. */
    objection: Text,
  }),
});
export type Announcements = z.infer<typeof AnnouncementsSchema>;
