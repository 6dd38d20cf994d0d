import { formatChineseDate, yearsBetween } from '../../core/format.js';
import { withBasis, type StudioRuleCheck } from './types.js';

/** Years between the founding date and the campaign's reference date (the notice date). */
export const checkYearsRunning: StudioRuleCheck<'yearsRunning'> = (rule, { studio, campaign }) => {
  if (!studio.foundedDate) return [];
  const years = yearsBetween(studio.foundedDate, campaign.referenceDate);
  const value = formatChineseDate(studio.foundedDate);
  if (years < 0) {
    return [{ code: 'FOUNDED_IN_FUTURE', field: 'foundedDate', value, message: `创建时间晚于通知日期${formatChineseDate(campaign.referenceDate)}` }];
  }
  if (years < rule.min) {
    const ran = years < 1 ? `${Math.max(0, Math.floor(years * 12))}个月` : `${Math.floor(years)}年`;
    return [{
      code: 'RUNNING_TOO_SHORT',
      field: 'foundedDate',
      value,
      message: withBasis(`至${formatChineseDate(campaign.referenceDate)}运营约${ran}，不足${rule.min}年`, rule),
    }];
  }
  return [];
};
