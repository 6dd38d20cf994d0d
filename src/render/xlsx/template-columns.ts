import type { Campaign } from '../../campaigns/schema.js';
import { fieldDef, optionValues, type FieldDef, type FieldKind, type RecordLevel } from '../../model/fields.js';

/** One column of the import template, as the campaign uses the catalogue field. */
export interface TemplateColumn {
  readonly level: RecordLevel;
  readonly def: FieldDef;
  readonly required: boolean;
  /** Values offered in the drop-down list; absent for free-text columns. */
  readonly options?: readonly string[];
  /** Example value, made valid for this campaign (e.g. its first studio type). */
  readonly example: string;
  /** Whether Excel must keep the text as typed (leading zeros, long digit strings). */
  readonly keepAsText: boolean;
}

const KIND_WORDING: Record<FieldKind, string> = {
  text: '文字',
  longText: '长文字（可换行）',
  integer: '整数',
  decimal: '数字',
  amount: '金额（元，可写万元）',
  date: '日期（写到年月即可）',
  boolean: '是/否',
  enum: '从下拉列表选择',
  multiEnum: '可多选，用顿号“、”分隔',
  phone: '电话号码（文本）',
  postcode: '6位邮政编码（文本）',
};

/**
 * The columns of one template sheet in campaign order; a field is required when
 * campaign.json marks it so or a `required` rule that applies to every studio type names it.
 *
 * @example templateColumns(campaign, 'member').map((column) => column.def.label) // ['工作室编号', '工作室名称', '姓名', …]
 */
export function templateColumns(campaign: Campaign, level: RecordLevel): TemplateColumn[] {
  const requiredByRule = new Set<string>();
  for (const rule of campaign.rules) {
    if (rule.kind !== 'required' || rule.types) continue;
    for (const key of level === 'studio' ? rule.studioFields : rule.memberFields) requiredByRule.add(key);
  }
  return campaign.fields[level].map((use) => {
    const def = fieldDef(level, use.key);
    const options = columnOptions(campaign, level, def);
    return {
      level,
      def,
      required: use.required || requiredByRule.has(use.key),
      ...(options ? { options } : {}),
      example: options && !options.includes(def.example) ? (options[0] ?? def.example) : def.example,
      keepAsText: def.kind === 'phone' || def.kind === 'postcode' || /Id$/.test(def.key),
    };
  });
}

/** How the 填写说明 sheet describes what goes into a column. */
export function columnWording(column: TemplateColumn): string {
  return column.options && column.def.kind !== 'enum' ? KIND_WORDING.enum : KIND_WORDING[column.def.kind];
}

function columnOptions(campaign: Campaign, level: RecordLevel, def: FieldDef): string[] | undefined {
  if (level === 'studio' && def.key === 'studioType') return campaign.studioTypes.map((type) => type.value);
  return def.kind === 'enum' ? optionValues(def) : undefined;
}
