/**
 * Chinese display formats for dates, amounts and counts, used by every renderer.
 */

/**
 * @example formatChineseDate('2020-10-22') // '2020年10月22日'
 * @example formatChineseDate('2016-03') // '2016年3月'
 */
export function formatChineseDate(iso: string | undefined): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  return day ? `${year}年${Number(month)}月${Number(day)}日` : `${year}年${Number(month)}月`;
}

/**
 * Amount in 元 as a notice writes it: whole 万 as 万元, otherwise 元 with separators.
 * @example formatYuan(20000) // '2万元'
 * @example formatYuan(25000) // '2.5万元'
 * @example formatYuan(3250.4) // '3,250.40元'
 */
export function formatYuan(yuan: number | undefined): string {
  if (yuan === undefined || !Number.isFinite(yuan)) return '';
  if (yuan !== 0 && yuan % 1000 === 0) return `${trimZeros((yuan / 10000).toFixed(4))}万元`;
  const fixed = Number.isInteger(yuan) ? String(yuan) : yuan.toFixed(2);
  const [whole = '0', cents] = fixed.split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${cents ? `.${cents}` : ''}元`;
}

/**
 * An amount in 元 as a bare number of 万元, for forms whose column says （万元）.
 * @example formatWanNumber(3500000) // '350'
 * @example formatWanNumber(25000) // '2.5'
 */
export function formatWanNumber(yuan: number | undefined): string {
  if (yuan === undefined || !Number.isFinite(yuan)) return '';
  return trimZeros((yuan / 10000).toFixed(4));
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const SMALL_UNITS = ['', '拾', '佰', '仟'];
const BIG_UNITS = ['', '万', '亿', '万亿'];

/**
 * 大写金额 for amounts in 元 (GUIDE.md §4).
 * @example toChineseUppercaseAmount(20000) // '贰万元整'
 * @example toChineseUppercaseAmount(325.04) // '叁佰贰拾伍元零肆分'
 */
export function toChineseUppercaseAmount(yuan: number): string {
  if (!Number.isFinite(yuan) || yuan < 0) throw new RangeError(`Cannot write ${yuan} in 大写`);
  const totalFen = Math.round(yuan * 100);
  const whole = Math.floor(totalFen / 100);
  const jiao = Math.floor(totalFen / 10) % 10;
  const fen = totalFen % 10;
  let text = whole > 0 ? `${integerToUppercase(whole)}元` : '';
  if (jiao === 0 && fen === 0) return `${text || '零元'}整`;
  if (jiao > 0) text += `${whole > 0 && whole % 10 === 0 ? '零' : ''}${DIGITS[jiao]}角`;
  else if (whole > 0) text += '零';
  if (fen > 0) text += `${DIGITS[fen]}分`;
  return text;
}

function integerToUppercase(value: number): string {
  const groups: number[] = [];
  for (let rest = value; rest > 0; rest = Math.floor(rest / 10000)) groups.push(rest % 10000);
  let text = '';
  let pendingZero = false;
  for (let index = groups.length - 1; index >= 0; index -= 1) {
    const group = groups[index] ?? 0;
    if (group === 0) {
      pendingZero = text.length > 0;
      continue;
    }
    if (text.length > 0 && (pendingZero || group < 1000)) text += '零';
    text += groupToUppercase(group) + (BIG_UNITS[index] ?? '');
    pendingZero = false;
  }
  return text;
}

function groupToUppercase(group: number): string {
  let text = '';
  let zero = false;
  for (let position = 3; position >= 0; position -= 1) {
    const digit = Math.floor(group / 10 ** position) % 10;
    if (digit === 0) {
      zero = text.length > 0;
      continue;
    }
    if (zero) text += '零';
    text += (DIGITS[digit] ?? '') + (SMALL_UNITS[position] ?? '');
    zero = false;
  }
  return text;
}

/** Whole years between an ISO date (YYYY-MM or YYYY-MM-DD) and a reference day; a month-only date counts from the 1st. */
export function wholeYearsBetween(fromIso: string, toIso: string): number {
  const [fy = 0, fm = 1, fd = 1] = fromIso.split('-').map(Number);
  const [ty = 0, tm = 1, td = 1] = toIso.split('-').map(Number);
  let years = ty - fy;
  if (tm < fm || (tm === fm && td < fd)) years -= 1;
  return years;
}

/** Years as a decimal (for "运营1年以上" with month precision). */
export function yearsBetween(fromIso: string, toIso: string): number {
  const [fy = 0, fm = 1, fd = 1] = fromIso.split('-').map(Number);
  const [ty = 0, tm = 1, td = 1] = toIso.split('-').map(Number);
  const months = (ty - fy) * 12 + (tm - fm) + (td - fd) / 31;
  return months / 12;
}
