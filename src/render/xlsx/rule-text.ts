import type { Campaign, Rule } from '../../campaigns/schema.js';
import { formatChineseDate, formatYuan } from '../../core/format.js';
import { fieldDef, NON_PUBLIC_UNIT_NATURES } from '../../model/fields.js';
import { percent } from '../../validate/rules/types.js';

/**
 * What a campaign rule asks for, in one sentence an office clerk can act on;
 * the notice's own wording stays in `rule.basis` and is shown beside it.
 *
 * @example describeRule({ kind: 'teamSize', min: 5, countsLeader: true, severity: 'error', basis: '…' }, campaign)
 *   // '团队不少于5人（含领衔人）'
 */
export function describeRule(rule: Rule, campaign: Pick<Campaign, 'referenceDate'>): string {
  switch (rule.kind) {
    case 'required': {
      const studio = rule.studioFields.map((key) => fieldDef('studio', key).label);
      const member = rule.memberFields.map((key) => fieldDef('member', key).label);
      const parts = [];
      if (studio.length) parts.push(`“工作室”表：${studio.join('、')}`);
      if (member.length) parts.push(`“成员”表：${member.join('、')}`);
      return `以下各项必须填写（表头带 * 的列）——${parts.join('；')}`;
    }
    case 'teamSize':
      return `团队${rangeText(rule.min, rule.max, '人')}${rule.countsLeader ? '（含领衔人）' : '（不含领衔人）'}`;
    case 'yearsRunning':
      return `工作室运营满${rule.min}年（从“创建时间”算到${formatChineseDate(campaign.referenceDate)}）`;
    case 'leaderHonour':
      return `领衔人须为${rule.description}（“领衔人曾获荣誉”中须写明，如：${rule.anyOf.slice(0, 3).join('、')}）`;
    case 'leaderSkillLevel':
      return `领衔人技能等级须为${rule.anyOf.join('或')}`;
    case 'leaderGender':
      return `领衔人须为${rule.gender === '女' ? '女职工' : '男职工'}`;
    case 'femaleShare':
      return `团队中女职工占比不低于${percent(rule.min)}${rule.countsLeader ? '（含领衔人）' : '（不含领衔人）'}`;
    case 'excludedHonour':
      return `已获得${rule.anyOf.map((name) => `“${name}”`).join('、')}称号的工作室不能申报（按“工作室曾获荣誉”判断）`;
    case 'textLength':
      return `${rule.fields.map((key) => `“${fieldDef('studio', key).label}”`).join('、')}${rule.fields.length > 1 ? '合计' : ''}${rule.wording}（${rangeText(rule.min, rule.max, '字')}）`;
    case 'minimum':
      return `“${fieldDef('studio', rule.field).label}”不少于${fieldDef('studio', rule.field).kind === 'amount' ? formatYuan(rule.min) : rule.min}`;
    case 'memberAge':
      return `成员年龄在${rule.min}至${rule.max}岁之间`;
    case 'namingPattern':
      return `工作室名称须为：${rule.pattern.replace('{unit}', '单位名称').replace('{leaderName}', '领衔人姓名').replace('{type}', '类型')}`;
    case 'sumEquals':
      return `“${fieldDef('studio', rule.total).label}”须等于${rule.parts.map((key) => `“${fieldDef('studio', key).label}”`).join('＋')}`;
    case 'flagNotSet':
      return `“${fieldDef('studio', rule.field).label}”为“是”的不能申报`;
    case 'recommenderCount':
      return `${rule.recommenderDescription ?? '每个推荐单位'}申报${rangeText(rule.min, rule.max, '个')}`;
    case 'rankWithinRecommender':
      return '同一推荐单位申报多个工作室时，须在“推荐排序”中按1、2、3…排序';
    case 'nonPublicShare':
      return `每个推荐单位推荐的工作室中，非公企业（单位性质为${NON_PUBLIC_UNIT_NATURES.join('、')}）不少于${percent(rule.min)}`;
  }
}

function rangeText(min: number | undefined, max: number | undefined, unit: string): string {
  if (min !== undefined && max !== undefined) return `${min}至${max}${unit}`;
  if (min !== undefined) return `不少于${min}${unit}`;
  if (max !== undefined) return `不超过${max}${unit}`;
  return '不限';
}


