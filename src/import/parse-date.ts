/**
 * Dates as offices write them, to ISO YYYY-MM or YYYY-MM-DD: "1975年3月",
 * "1975.3", "1975-03", "1975/3/5", "197503", "19750305", "2016年", and Excel
 * serial numbers in either date system.
 */

/** Something the reader should be told even though a date was read. */
export type DateNote =
  /** Only a year was given; the month was set to January. */
  | 'yearOnly'
  /** "1975.1" is January, but Excel turns a typed 1975.10 into the number 1975.1. */
  | 'ambiguousMonth'
  /** "75.3": the century came from the reference date. */
  | 'twoDigitYear';

export type DateResult =
  | { readonly iso: string; readonly notes: readonly DateNote[] }
  /** `needsCentury`: a two-digit year and no reference date to place it. */
  | { readonly error: 'invalid' | 'needsCentury' };

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
/** The largest serial Excel accepts (9999-12-31). */
const MAX_SERIAL = 2958465;
const DAY_MS = 86_400_000;

/**
 * @example dateFromText('1975年3月') // { iso: '1975-03', notes: [] }
 * @example dateFromText('1975.1') // { iso: '1975-01', notes: ['ambiguousMonth'] }
 * @example dateFromText('75.3', 2020) // { iso: '1975-03', notes: ['twoDigitYear'] }
 */
export function dateFromText(text: string, referenceYear?: number): DateResult {
  const value = text
    .normalize('NFKC')
    .trim()
    // "1975-03-05 00:00:00" from database exports: the time says nothing.
    .replace(/[T\s]+\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$/, '')
    .replace(/\s+/gu, '');
  let match = /^(\d{2}|\d{4})年(?:(\d{1,2})月份?(?:(\d{1,2})[日号])?)?$/.exec(value);
  if (match) return build(match[1], match[2], match[3], referenceYear, false);
  match = /^(\d{2}|\d{4})([./-])(\d{1,2})(?:\2(\d{1,2}))?$/.exec(value);
  if (match) return build(match[1], match[3], match[4], referenceYear, match[2] === '.' && match[3] === '1' && match[4] === undefined);
  match = /^(\d{4})(\d{2})(\d{2})?$/.exec(value);
  if (match) return build(match[1], match[2], match[3], referenceYear, false);
  match = /^(\d{4})$/.exec(value);
  if (match) return build(match[1], undefined, undefined, referenceYear, false);
  return { error: 'invalid' };
}

/**
 * A number in a date column: a year (2016), yyyymm (197503), yyyymmdd, a typed
 * "1975.3" that Excel stored as a number, or else an Excel serial date.
 *
 * @example dateFromNumber(197503, false) // { iso: '1975-03', notes: [] }
 * @example dateFromNumber(27463, false) // { iso: '1975-03-10', notes: [] }
 */
export function dateFromNumber(value: number, date1904: boolean, referenceYear?: number): DateResult {
  if (!Number.isFinite(value) || value <= 0) return { error: 'invalid' };
  const whole = Math.floor(value);
  const typed = whole === value ? inYearRange(whole) || /^(\d{6}|\d{8})$/.test(String(whole)) : inYearRange(whole) || whole < 100;
  if (typed) return dateFromText(String(value), referenceYear);
  const serial = dateFromSerial(value, date1904);
  // Serials past 2100 are not dates anyone meant (e.g. a mistyped 6-digit month).
  return 'iso' in serial && Number(serial.iso.slice(0, 4)) > MAX_YEAR ? { error: 'invalid' } : serial;
}

/**
 * Excel serial to ISO day. The 1900 system counts the non-existent 1900-02-29
 * (serial 60), so serials before it are one day off the arithmetic; the 1904
 * system (old Mac workbooks) counts from 1904-01-01.
 *
 * @example dateFromSerial(1, false) // { iso: '1900-01-01', notes: [] }
 * @example dateFromSerial(61, false) // { iso: '1900-03-01', notes: [] }
 * @example dateFromSerial(0, true) // { iso: '1904-01-01', notes: [] }
 */
export function dateFromSerial(serial: number, date1904: boolean): DateResult {
  const days = Math.floor(serial);
  if (!Number.isFinite(serial) || days < (date1904 ? 0 : 1) || days > MAX_SERIAL) return { error: 'invalid' };
  if (!date1904 && days === 60) return { error: 'invalid' };
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : days < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const date = new Date(epoch + days * DAY_MS);
  return { iso: isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()), notes: [] };
}

/**
 * ISO text of a month or a day.
 * @example isoDay(1975, 3) // '1975-03'
 * @example isoDay(1975, 3, 5) // '1975-03-05'
 */
export function isoDay(year: number, month: number, day?: number): string {
  const yearMonth = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
  return day === undefined ? yearMonth : `${yearMonth}-${String(day).padStart(2, '0')}`;
}

function build(yearText: string | undefined, monthText: string | undefined, dayText: string | undefined, referenceYear: number | undefined, ambiguous: boolean): DateResult {
  const notes: DateNote[] = [];
  let year = Number(yearText);
  if (yearText?.length === 2) {
    if (referenceYear === undefined) return { error: 'needsCentury' };
    year = 2000 + year <= referenceYear ? 2000 + year : 1900 + year;
    notes.push('twoDigitYear');
  }
  if (!inYearRange(year)) return { error: 'invalid' };
  if (monthText === undefined) return { iso: isoDay(year, 1), notes: [...notes, 'yearOnly'] };
  const month = Number(monthText);
  if (month < 1 || month > 12) return { error: 'invalid' };
  if (ambiguous) notes.push('ambiguousMonth');
  if (dayText === undefined) return { iso: isoDay(year, month), notes };
  const day = Number(dayText);
  if (day < 1 || day > daysInMonth(year, month)) return { error: 'invalid' };
  return { iso: isoDay(year, month, day), notes };
}

function inYearRange(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
