import { z } from 'zod';
import { MEMBER_FIELDS, STUDIO_FIELDS } from '../model/fields.js';
import { checkReview, ReviewSchema } from './review-schema.js';
import { checkSummary, SummarySchema } from './summary-schema.js';
import { AnnouncementsSchema } from './announcement-schema.js';

/**
 * A campaign (one year's notice) is data: templates/<id>/campaign.json, checked
 * against this schema. Code provides rule kinds; every number lives in the file.
 */

const studioFieldKeys = STUDIO_FIELDS.map((field) => field.key) as [string, ...string[]];
const memberFieldKeys = MEMBER_FIELDS.map((field) => field.key) as [string, ...string[]];

const Severity = z.enum(['error', 'warning']);
const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期应写成 YYYY-MM-DD' });

/** Common to every rule: which studio types it applies to (all when omitted), how bad, and the notice text it enforces. */
const RuleBase = {
  types: z.array(z.string()).min(1).optional(),
  severity: Severity.default('error'),
  /** The sentence of the notice this rule enforces, quoted in messages and docs. */
  basis: z.string().min(1),
};

export const RuleSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('required'),
    ...RuleBase,
    studioFields: z.array(z.enum(studioFieldKeys)).default([]),
    memberFields: z.array(z.enum(memberFieldKeys)).default([]),
  }),
  z.object({
    kind: z.literal('teamSize'),
    ...RuleBase,
    min: z.number().int().positive().optional(),
    max: z.number().int().positive().optional(),
    /** Whether the leader counts towards the team (the forms list the leader plus 其他成员). */
    countsLeader: z.boolean(),
  }),
  z.object({
    kind: z.literal('yearsRunning'),
    ...RuleBase,
    min: z.number().positive(),
  }),
  z.object({
    kind: z.literal('leaderHonour'),
    ...RuleBase,
    /** Passes when the leader's honours mention any of these. */
    anyOf: z.array(z.string().min(1)).min(1),
    description: z.string().min(1),
  }),
  z.object({
    kind: z.literal('leaderSkillLevel'),
    ...RuleBase,
    anyOf: z.array(z.string().min(1)).min(1),
  }),
  z.object({
    kind: z.literal('leaderGender'),
    ...RuleBase,
    gender: z.enum(['男', '女']),
  }),
  z.object({
    kind: z.literal('femaleShare'),
    ...RuleBase,
    /** Minimum share of women, 0..1 (0.5 = 50%). */
    min: z.number().min(0).max(1),
    countsLeader: z.boolean(),
  }),
  z.object({
    kind: z.literal('excludedHonour'),
    ...RuleBase,
    /** Studios whose honours mention any of these are not eligible. */
    anyOf: z.array(z.string().min(1)).min(1),
  }),
  z.object({
    kind: z.literal('textLength'),
    ...RuleBase,
    /** Counted together (e.g. the chapters of a 申报材料 outline). */
    fields: z.array(z.enum(studioFieldKeys)).min(1),
    min: z.number().int().positive().optional(),
    max: z.number().int().positive().optional(),
    /** How the notice words the limit, e.g. "800字左右". */
    wording: z.string().min(1),
  }),
  z.object({
    kind: z.literal('minimum'),
    ...RuleBase,
    field: z.enum(studioFieldKeys),
    min: z.number(),
  }),
  z.object({
    kind: z.literal('memberAge'),
    ...RuleBase,
    min: z.number().int().positive(),
    max: z.number().int().positive(),
  }),
  z.object({
    kind: z.literal('namingPattern'),
    ...RuleBase,
    /** The studio name the notice prescribes, with {unit}, {leaderName}, {type} placeholders. */
    pattern: z.string().min(1).regex(/\{(unit|leaderName|type)\}/, { error: '命名规则至少要包含 {unit}、{leaderName} 或 {type} 之一' }),
  }),
  z.object({
    kind: z.literal('sumEquals'),
    ...RuleBase,
    /** Amount fields: total must equal the sum of parts (to the 元). */
    total: z.enum(studioFieldKeys),
    parts: z.array(z.enum(studioFieldKeys)).min(2),
  }),
  z.object({
    kind: z.literal('flagNotSet'),
    ...RuleBase,
    /** A yes/no field that, when 是, makes the studio ineligible (e.g. 已被评为区级职工创新工作室). */
    field: z.enum(studioFieldKeys),
  }),
  z.object({
    kind: z.literal('recommenderCount'),
    ...RuleBase,
    min: z.number().int().nonnegative().optional(),
    max: z.number().int().positive().optional(),
    /** Applies to recommenders whose name matches this regular expression (all when omitted). */
    recommenderPattern: z.string().optional(),
    /** Who the pattern picks out, for messages, e.g. 县（市、区）总工会、高新区工会. */
    recommenderDescription: z.string().optional(),
  }),
  z.object({
    kind: z.literal('rankWithinRecommender'),
    ...RuleBase,
  }),
  z.object({
    kind: z.literal('nonPublicShare'),
    ...RuleBase,
    /** Applies to recommenders whose name matches (all when omitted): Shanghai asks it of 区 unions only. */
    recommenderPattern: z.string().optional(),
    /** Minimum share of 非公企业 among the studios each recommender puts forward. */
    min: z.number().min(0).max(1),
  }),
]);
export type Rule = z.infer<typeof RuleSchema>;
export type RuleKind = Rule['kind'];

export const StudioTypeSchema = z.object({
  /** What users write in the 申报类型 column, e.g. 工匠. */
  value: z.string().min(1),
  /** Full name, e.g. 上海市工匠创新工作室. */
  title: z.string().min(1),
  /** Other spellings accepted in the input (工匠创新工作室, 工匠工作室…). */
  aliases: z.array(z.string()).default([]),
  /** How many studios of this type will be named; absent when the notice sets none. */
  quota: z.number().int().positive().optional(),
  /** Funding per named studio, 元. */
  fundingYuan: z.number().int().nonnegative().optional(),
});
export type StudioType = z.infer<typeof StudioTypeSchema>;

const FieldUse = <T extends [string, ...string[]]>(keys: T) =>
  z.object({ key: z.enum(keys), required: z.boolean().default(false) });

export const FormSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** Title as printed, e.g. 2020年度上海市工匠（技师、职工、巾帼）创新工作室申请表. */
  title: z.string().min(1),
  /** Short label used in file names, e.g. 申请表. */
  label: z.string().min(1),
  /** Attachment number in the notice, e.g. 附件2. */
  attachment: z.string().optional(),
  /** docxtemplater template, relative to the campaign folder. */
  docx: z.string().optional(),
  /** Handlebars HTML template for the PDF, relative to the campaign folder. */
  html: z.string().optional(),
  page: z
    .object({
      size: z.enum(['A4', 'A3']).default('A4'),
      landscape: z.boolean().default(false),
      /** Print as a folded booklet on sheets of this size, two pages a side (Nanchang: “请用A3纸张双面打印，装订成册”). */
      booklet: z.enum(['A3']).optional(),
    })
    .refine((page) => !page.booklet || (page.size === 'A4' && !page.landscape), { error: '小册子（booklet: A3）的页面须为 A4 纵向' })
    .default({ size: 'A4', landscape: false }),
});
export type Form = z.infer<typeof FormSchema>;

export const CampaignSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'id 只能包含小写字母、数字和连字符' }),
    /** One line for `studio-docs campaigns`. */
    description: z.string().min(1),
    year: z.number().int().min(2000).max(2100),
    /** e.g. 上海市职工技协服务中心 */
    issuer: z.string().min(1),
    /** e.g. 沪工技中〔2020〕7号 */
    noticeNumber: z.string().min(1),
    noticeTitle: z.string().min(1),
    noticeDate: IsoDay,
    deadline: IsoDay.optional(),
    /** Day ages and years running are computed at. */
    referenceDate: IsoDay,
    /** How many years the forms' 近N年 figures cover, ending the year before the notice (Nanchang: 近三年 = 2018—2020年). */
    dataPeriodYears: z.number().int().positive().optional(),
    /** Length of a named studio's management cycle, reviewed at its end (Shanghai 技师 2016 第十条: 每三年为一个管理周期). */
    managementCycleYears: z.number().int().positive().optional(),
    /** Name of the form family, e.g. 上海市工匠（技师、职工、巾帼）创新工作室 */
    programName: z.string().min(1),
    studioTypes: z.array(StudioTypeSchema).min(1),
    /** Ratio of matching funds from the district/unit union (1 = 1:1). */
    matchingRatio: z.number().nonnegative().optional(),
    contact: z
      .object({
        department: z.string(),
        address: z.string().optional(),
        postcode: z.string().optional(),
        phone: z.string().optional(),
        fax: z.string().optional(),
        email: z.string().optional(),
        people: z.array(z.string()).default([]),
      })
      .optional(),
    fields: z.object({
      studio: z.array(FieldUse(studioFieldKeys)).min(1),
      member: z.array(FieldUse(memberFieldKeys)).min(1),
    }),
    rules: z.array(RuleSchema),
    forms: z.array(FormSchema).min(1),
    /** 汇总表 definitions (src/campaigns/summary-schema.ts); none when the notice has no summary sheet. */
    summaries: z.array(SummarySchema).default([]),
    /** 公示 and 命名决定 wording (src/campaigns/announcement-schema.ts); absent when not set up. */
    announcements: AnnouncementsSchema.optional(),
    /** Expert review: scores, quotas, constraints (src/campaigns/review-schema.ts); absent when not reviewed with this tool. */
    review: ReviewSchema.optional(),
  })
  .superRefine((campaign, ctx) => {
    const typeValues = new Set(campaign.studioTypes.map((type) => type.value));
    campaign.rules.forEach((rule, index) => {
      for (const type of rule.types ?? []) {
        if (!typeValues.has(type)) {
          ctx.addIssue({ code: 'custom', path: ['rules', index, 'types'], message: `未知的工作室类型“${type}”（studioTypes 中没有）` });
        }
      }
    });
    const ids = new Set<string>();
    campaign.forms.forEach((form, index) => {
      if (ids.has(form.id)) ctx.addIssue({ code: 'custom', path: ['forms', index, 'id'], message: `表单 id “${form.id}” 重复` });
      ids.add(form.id);
      if (!form.docx && !form.html) ctx.addIssue({ code: 'custom', path: ['forms', index], message: '表单至少需要 docx 或 html 模板之一' });
    });
    const summaryContext = { studioTypes: campaign.studioTypes, studioFields: campaign.fields.studio.map((field) => field.key) };
    campaign.summaries.forEach((summary, index) =>
      checkSummary(summary, summaryContext, (path, message) => ctx.addIssue({ code: 'custom', path: ['summaries', index, ...path], message })),
    );
    if (campaign.review) checkReview(campaign.review, campaign.studioTypes, (path, message) => ctx.addIssue({ code: 'custom', path: ['review', ...path], message }));
  });
export type Campaign = z.infer<typeof CampaignSchema>;
