import { z } from 'zod';

/**
 * The records after import and normalisation. These schemas are the single source
 * of truth: TypeScript types are inferred from them. Values arrive here already
 * normalised (NFKC, trimmed, dates as ISO, amounts in 元), so nothing is coerced.
 * Campaign-specific requirements (which optional fields are mandatory, team size…)
 * are rules, not schema (src/validate/rules).
 */

const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Non-empty text without control characters (they make DOCX files Word refuses). */
const Text = z
  .string({ error: '必须填写' })
  .trim()
  .min(1, { error: '必须填写' })
  .refine((value) => !CONTROL_CHARACTERS.test(value), { error: '含有不可见的控制字符，请删除后重新填写' });

const OptionalText = Text.optional();
/** One or more phone numbers as offices write them: 021-55885592、13800138000 / 0833-2123456转801. */
const PHONE_NUMBERS = /^[0-9+\-() ]{5,20}(转[0-9]{1,6})?([、,，;；/ ]+[0-9+\-() ]{5,20}(转[0-9]{1,6})?)*$/u;
const Money = z.number().min(0, { error: '金额不能为负数' });
const Count = z.number().int({ error: '必须是整数' }).min(0, { error: '不能为负数' });
const Age = z.number().int({ error: '必须是整数' }).min(14, { error: '不合理（小于14岁）' }).max(90, { error: '不合理（大于90岁）' });

/** YYYY-MM or YYYY-MM-DD. */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, { error: '应为 YYYY-MM 或 YYYY-MM-DD 格式的日期' });

export const GenderSchema = z.enum(['男', '女'], { error: '应为“男”或“女”' });
export const SkillLevelSchema = z.enum(['高级技师', '技师', '高级工', '中级工', '初级工', '无'], {
  error: '应为高级技师、技师、高级工、中级工、初级工或无',
});
export const TitleLevelSchema = z.enum(['高级', '中级', '初级', '无'], { error: '应为高级、中级、初级或无' });
export const EducationSchema = z.enum(['博士', '硕士', '本科', '大专', '中专', '高中', '初中及以下'], {
  error: '应为博士、硕士、本科、大专、中专、高中或初中及以下',
});

export const PoliticalStatusSchema = z.enum(['中共党员', '中共预备党员', '共青团员', '民主党派', '无党派人士', '群众'], {
  error: '应为中共党员、中共预备党员、共青团员、民主党派、无党派人士或群众',
});

export const LeaderSchema = z.object({
  name: Text,
  position: OptionalText,
  phone: z.string().regex(PHONE_NUMBERS, { error: '应为电话号码（可带分机“转801”，多个号码用顿号分隔）' }).optional(),
  gender: GenderSchema.optional(),
  age: Age.optional(),
  birthDate: IsoDateSchema.optional(),
  education: EducationSchema.optional(),
  trade: OptionalText,
  yearsWorking: Count.max(60, { error: '不合理（超过60年）' }).optional(),
  skillLevel: SkillLevelSchema.optional(),
  /** Professional title as written (高级工程师 …); its level comes from titleLevel(). */
  title: OptionalText,
  nativePlace: OptionalText,
  ethnicity: OptionalText,
  politicalStatus: PoliticalStatusSchema.optional(),
  email: z.string().regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { error: '不是有效的电子邮件地址' }).optional(),
  officePhone: z.string().regex(PHONE_NUMBERS, { error: '应为电话号码（可带分机“转801”，多个号码用顿号分隔）' }).optional(),
  isModelWorker: z.boolean().optional(),
  hukouType: z.enum(['非农业', '农业']).optional(),
  hukouPlace: z.enum(['本市', '外省市']).optional(),
  honours: OptionalText,
});
export type Leader = z.infer<typeof LeaderSchema>;

export const MemberSchema = z.object({
  name: Text,
  gender: GenderSchema.optional(),
  age: Age.optional(),
  birthDate: IsoDateSchema.optional(),
  education: EducationSchema.optional(),
  /** Professional title as written (工程师, 高级工程师 …). */
  title: OptionalText,
  skillLevel: SkillLevelSchema.optional(),
  trade: OptionalText,
  yearsWorking: Count.max(60, { error: '不合理（超过60年）' }).optional(),
  politicalStatus: PoliticalStatusSchema.optional(),
  department: OptionalText,
  /** 主要分工 */
  role: OptionalText,
});
export type Member = z.infer<typeof MemberSchema>;

export const PatentCountsSchema = z.object({
  invention: Count,
  utility: Count,
  design: Count,
});
export type PatentCounts = z.infer<typeof PatentCountsSchema>;

export const StudioSchema = z.object({
  id: OptionalText,
  name: Text,
  specialty: OptionalText,
  /** A value of the campaign's studio types (checked by the studioType rule). */
  type: Text,
  unit: Text,
  recommender: OptionalText,
  system: OptionalText,
  unitNature: z.string().optional(),
  industry: OptionalText,
  unitAddress: OptionalText,
  postcode: z.string().regex(/^\d{6}$/, { error: '应为6位数字' }).optional(),
  foundedDate: IsoDateSchema.optional(),
  /** The form prints "__项" for none, so absent counts are 0. */
  patents: PatentCountsSchema.default({ invention: 0, utility: 0, design: 0 }),
  projectsThisYear: Count.optional(),
  siteArea: z.number().min(0).optional(),
  /** Amounts are in 元. */
  annualFunding: Money.optional(),
  equipmentCount: Count.optional(),
  equipmentList: OptionalText,
  bookCount: Count.optional(),
  trainingPerYear: Count.optional(),
  projectsTotal: Count.optional(),
  achievementsTotal: Count.optional(),
  achievementsApplied: Count.optional(),
  recognizedResultsThisYear: Count.optional(),
  economicBenefit: Money.optional(),
  awards: z
    .object({ international: Count, national: Count, provincial: Count, municipal: Count })
    .default({ international: 0, national: 0, provincial: 0, municipal: 0 }),
  awardDetails: OptionalText,
  /** 推荐排序 within the recommender (1 = first). */
  recommendRank: z.number().int().positive({ error: '应为从1开始的正整数' }).optional(),
  recommenderContact: OptionalText,
  /** When the studio was named (registry campaigns: Shanghai 技师 3-year cycle). */
  namedDate: IsoDateSchema.optional(),
  /** The 职工（技师）创新项目 that funded its result (Shanghai 技师 rules 第三条). */
  fundedProject: OptionalText,
  funding: z.object({
    total: Money.optional(),
    unit: Money.optional(),
    external: Money.optional(),
    self: Money.optional(),
    other: Money.optional(),
    otherNote: OptionalText,
    sources: OptionalText,
  }).default({}),
  innovationFields: z.array(z.string()).default([]),
  resultFields: z.array(z.string()).default([]),
  publicityMaterials: z.array(z.string()).default([]),
  previouslyNamedDistrict: z.boolean().optional(),
  previousNaming: OptionalText,
  recent: z.object({
    funding: Money.optional(),
    innovations: Count.optional(),
    economicBenefit: Money.optional(),
    talents: Count.optional(),
    talentDetails: OptionalText,
    socialBenefit: OptionalText,
  }).default({}),
  /** Narrative sections (申报表 blocks and 申报材料 outline chapters), by catalogue key. */
  narratives: z.record(z.string(), Text).default({}),
  intro: OptionalText,
  honours: OptionalText,
  leader: LeaderSchema,
  members: z.array(MemberSchema),
});
export type Studio = z.infer<typeof StudioSchema>;
