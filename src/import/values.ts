import type { Severity } from '../core/problem.js';
import { formatYuan } from '../core/format.js';
import { optionValues, type FieldDef } from '../model/fields.js';
import type { CellContent } from './grid.js';
import { compactKey, normaliseLongText, normaliseText } from './normalise-text.js';
import { dateFromNumber, dateFromText, isoDay, type DateResult } from './parse-date.js';
import { parseAmount, parseQuantity, roundToCents } from './parse-number.js';

/**
 * Turns one cell into the normalised value of a catalogue field, by the field's
 * kind (src/model/fields.ts). Pure: no locations here; the caller turns issues
 * into Problems with file, row and column. A value that cannot be read is absent
 * and comes with an error issue; warnings keep the value.
 */

export interface ValueContext {
  /** The column header says 万元: bare amounts are in 万. */
  readonly columnInWan?: boolean;
  /** The workbook counts serial dates from 1904. */
  readonly date1904?: boolean;
  /** Year of the campaign's reference date, to place two-digit years. */
  readonly referenceYear?: number;
}

export interface ValueIssue {
  readonly code: string;
  readonly message: string;
  readonly severity: Severity;
}

export interface NormalisedValue {
  readonly value?: string | number | boolean;
  readonly issues: readonly ValueIssue[];
}

/** Shared by every clean value (nearly all of them): one frozen empty list instead of one per cell. */
const NO_ISSUES: readonly ValueIssue[] = Object.freeze([]);

/** Cells meaning "nothing here" in number and date columns. */
const PLACEHOLDERS = new Set(['/', '-', '—', '——', '－', '\\']);
const TRUE_MARKS = new Set(['☑', '☒', '■', '√', '✓', '✔', '是', 'y', 'yes', '1', 'true', '有', '对']);
const FALSE_MARKS = new Set(['☐', '□', '×', '✗', '✘', '否', 'n', 'no', '0', 'false', '无', '没有']);
/** Excel shows numbers of 11+ digits as 1.38E+10 and a CSV saved from it keeps only that. */
const SCIENTIFIC = /^[+-]?\d+(\.\d+)?e[+-]?\d+$/i;
/** Excel keeps 15 significant digits; anything longer stored as a number is already damaged. */
const MAX_EXACT_DIGITS = 15;

/**
 * @example normaliseValue(fieldDef('studio', 'annualFunding'), { kind: 'text', text: '2万元' }) // { value: 20000, issues: NO_ISSUES }
 * @example normaliseValue(fieldDef('studio', 'foundedDate'), { kind: 'text', text: '2016年3月' }) // { value: '2016-03', issues: NO_ISSUES }
 * @example normaliseValue(fieldDef('studio', 'leaderGender'), { kind: 'text', text: 'M' }) // { value: '男', issues: NO_ISSUES }
 */
export function normaliseValue(def: FieldDef, content: CellContent, context: ValueContext = {}): NormalisedValue {
  if (content.kind === 'empty' || (content.kind === 'text' && content.text.trim() === '')) return { issues: NO_ISSUES };
  switch (def.kind) {
    case 'text':
      return textValue(def, content, normaliseText);
    case 'longText':
      return textValue(def, content, normaliseLongText);
    case 'integer':
    case 'decimal':
      return quantityValue(def, content);
    case 'amount':
      return amountValue(def, content, context.columnInWan === true);
    case 'date':
      return dateValue(def, content, context);
    case 'boolean':
      return booleanValue(def, content);
    case 'enum':
      return enumValue(def, content);
    case 'multiEnum':
      return multiEnumValue(def, content);
    case 'phone':
    case 'postcode':
      return numberLikeTextValue(def, content);
  }
}

/**
 * The option value a text stands for (value or alias, compared after NFKC and whitespace removal).
 * @example matchOption(fieldDef('member', 'education'), '大学本科') // '本科'
 */
export function matchOption(def: FieldDef, text: string): string | undefined {
  return optionKeysOf(def).get(compactKey(text));
}

/** Field definitions are fixed data: each one's option spellings are keyed once. */
const optionKeys = new WeakMap<FieldDef, ReadonlyMap<string, string>>();

function optionKeysOf(def: FieldDef): ReadonlyMap<string, string> {
  let keys = optionKeys.get(def);
  if (keys === undefined) {
    const map = new Map<string, string>();
    // The first option with a matching spelling wins, as in catalogue order.
    for (const option of def.options ?? []) {
      for (const spelling of [option.value, ...(option.aliases ?? [])]) {
        const key = compactKey(spelling);
        if (!map.has(key)) map.set(key, option.value);
      }
    }
    keys = map;
    optionKeys.set(def, keys);
  }
  return keys;
}

/**
 * Text as the user sees it (numbers without binary noise, dates in ISO).
 * @example contentText({ kind: 'number', number: 0.1 + 0.2 }) // '0.3'
 */
export function contentText(content: CellContent): string {
  switch (content.kind) {
    case 'empty':
      return '';
    case 'text':
      return content.text;
    case 'number':
      return numberText(content.number);
    case 'date':
      return isoDay(content.year, content.month, content.hasDay ? content.day : undefined);
    case 'boolean':
      return content.value ? '是' : '否';
  }
}

function textValue(def: FieldDef, content: CellContent, normalise: (text: string) => string): NormalisedValue {
  if (content.kind === 'number' && digitCount(content.number) > MAX_EXACT_DIGITS) return failed(corruptedNumber(def));
  const value = normalise(contentText(content));
  return value === '' ? { issues: NO_ISSUES } : { value, issues: NO_ISSUES };
}

function quantityValue(def: FieldDef, content: CellContent): NormalisedValue {
  let number: number | undefined;
  if (content.kind === 'number') number = content.number;
  else if (content.kind === 'text') {
    if (isPlaceholder(content.text)) return { issues: NO_ISSUES };
    number = parseQuantity(content.text);
  } else if (content.kind === 'date') {
    return failed(error('INVALID_NUMBER', `「${def.label}」被 Excel 识别成了日期（${contentText(content)}），请把单元格设为“常规”或“文本”后重新填写数字`));
  }
  if (number === undefined) return failed(error('INVALID_NUMBER', `「${def.label}」应填写数字（可带单位，如“12人”“5项”“80平方米”）`));
  if (number < 0) return failed(error('INVALID_NUMBER', `「${def.label}」不能为负数`));
  if (def.kind === 'integer' && !Number.isInteger(number)) return failed(error('INVALID_NUMBER', `「${def.label}」应为整数`));
  return { value: number, issues: NO_ISSUES };
}

function amountValue(def: FieldDef, content: CellContent, columnInWan: boolean): NormalisedValue {
  let parsed: { yuan: number; bare: boolean } | undefined;
  if (content.kind === 'number') parsed = { yuan: roundToCents(columnInWan ? content.number * 10000 : content.number), bare: true };
  else if (content.kind === 'text') {
    if (isPlaceholder(content.text)) return { issues: NO_ISSUES };
    parsed = parseAmount(content.text, columnInWan);
  }
  if (parsed === undefined) return failed(error('INVALID_AMOUNT', `「${def.label}」应填写金额，如“2万元”“2.5万”“20000”`));
  if (parsed.yuan < 0) return failed(error('INVALID_AMOUNT', `「${def.label}」不能为负数`));
  const issues: ValueIssue[] = [];
  const shown = contentText(content).trim();
  if (parsed.bare && columnInWan && parsed.yuan >= 1000 * 10000) {
    issues.push(warning('AMOUNT_UNIT_SUSPECT', `表头单位是万元，“${shown}”按万元计为${formatYuan(parsed.yuan)}，数额偏大，请确认是否填的是元`));
  } else if (parsed.bare && !columnInWan && parsed.yuan > 0 && parsed.yuan < 100) {
    issues.push(warning('AMOUNT_UNIT_SUSPECT', `“${shown}”按元计只有${shown}元，若单位是万元请写成“${shown}万元”`));
  }
  return { value: parsed.yuan, issues };
}

function dateValue(def: FieldDef, content: CellContent, context: ValueContext): NormalisedValue {
  let result: DateResult;
  if (content.kind === 'date') result = { iso: isoDay(content.year, content.month, content.hasDay ? content.day : undefined), notes: [] };
  else if (content.kind === 'number') result = dateFromNumber(content.number, context.date1904 === true, context.referenceYear);
  else if (content.kind === 'text') {
    if (isPlaceholder(content.text)) return { issues: NO_ISSUES };
    result = dateFromText(content.text, context.referenceYear);
  } else result = { error: 'invalid' };
  if ('error' in result) {
    return failed(
      result.error === 'needsCentury'
        ? error('INVALID_DATE', `「${def.label}」的年份只有两位，请写四位年份，如“1975年3月”`)
        : error('INVALID_DATE', `「${def.label}」不是可识别的日期，请写成“1975年3月”或“1975-03-05”`),
    );
  }
  const year = result.iso.slice(0, 4);
  const issues = result.notes.map((note): ValueIssue => {
    switch (note) {
      case 'yearOnly':
        return warning('DATE_YEAR_ONLY', `「${def.label}」只写了年份，已按${year}年1月记录，请补充月份`);
      case 'ambiguousMonth':
        return warning('DATE_AMBIGUOUS_MONTH', `「${def.label}」已按${year}年1月读取；若实为10月，是 Excel 把“${year}.10”存成了“${year}.1”，请写成“${year}年10月”`);
      case 'twoDigitYear':
        return warning('DATE_TWO_DIGIT_YEAR', `「${def.label}」的年份只有两位，已按${year}年读取，请核对并写四位年份`);
    }
  });
  return { value: result.iso, issues };
}

function booleanValue(def: FieldDef, content: CellContent): NormalisedValue {
  if (content.kind === 'boolean') return { value: content.value, issues: NO_ISSUES };
  const key = compactKey(contentText(content));
  if (TRUE_MARKS.has(key)) return { value: true, issues: NO_ISSUES };
  if (FALSE_MARKS.has(key)) return { value: false, issues: NO_ISSUES };
  return failed(error('INVALID_BOOLEAN', `「${def.label}」应填写“是”或“否”（也可用 ☑/☐、√/×）`));
}

function enumValue(def: FieldDef, content: CellContent): NormalisedValue {
  const value = matchOption(def, contentText(content));
  if (value !== undefined) return { value, issues: NO_ISSUES };
  return failed(error('UNKNOWN_OPTION', `「${def.label}」不是可选的值，应为：${optionValues(def).join('、')}`));
}

/** Several options in one cell (技术创新、管理创新 / 技术创新,管理创新 / ☑技术创新 ☐管理创新): stored in option order, joined with 、. */
function multiEnumValue(def: FieldDef, content: CellContent): NormalisedValue {
  const parts = contentText(content)
    .normalize('NFKC')
    .split(/[、,;/|\n\s]+/u)
    .filter((part) => part !== '' && !/^[☐□×✗]/u.test(part))
    .map((part) => part.replace(/^[☑☒■√✓✔]/u, ''))
    .filter((part) => part !== '');
  const unknown = parts.filter((part) => matchOption(def, part) === undefined);
  if (unknown.length > 0) {
    return failed(error('UNKNOWN_OPTION', `「${def.label}」中的“${unknown.join('、')}”不是可选的值，应为：${optionValues(def).join('、')}（可多选，用顿号分隔）`));
  }
  const chosen = new Set(parts.map((part) => matchOption(def, part)));
  const value = optionValues(def).filter((option) => chosen.has(option)).join('、');
  return value === '' ? { issues: NO_ISSUES } : { value, issues: NO_ISSUES };
}

/** Phone numbers and postcodes are text; a number cell may already have lost digits. */
function numberLikeTextValue(def: FieldDef, content: CellContent): NormalisedValue {
  if (content.kind === 'number') {
    const digits = digitCount(content.number);
    if (digits > MAX_EXACT_DIGITS) return failed(corruptedNumber(def));
    if (!Number.isInteger(content.number) || looksRoundedByScientificNotation(content.number)) return failed(scientificLoss(def));
    if (def.kind === 'postcode' && digits < 6) {
      return failed(error('LEADING_ZERO_LOST', `「${def.label}」被 Excel 当作数值保存，开头的0已丢失，请把单元格设为“文本”后重新填写6位邮编`));
    }
    return { value: numberText(content.number), issues: NO_ISSUES };
  }
  const text = contentText(content).normalize('NFKC');
  if (SCIENTIFIC.test(text.trim())) return failed(scientificLoss(def));
  const value = def.kind === 'postcode' ? text.replace(/\s+/gu, '') : normaliseText(text);
  return value === '' ? { issues: NO_ISSUES } : { value, issues: NO_ISSUES };
}

/** 13800000000 is what survives of "1.38E+10": ten or more digits, at most three significant. */
function looksRoundedByScientificNotation(value: number): boolean {
  const text = numberText(Math.abs(value));
  return text.length >= 10 && text.replace(/0+$/, '').length <= 3;
}

function scientificLoss(def: FieldDef): ValueIssue {
  return error('NUMBER_AS_TEXT_LOST', `「${def.label}」被 Excel 存成了科学计数法，后几位数字已丢失；请把单元格设为“文本”后重新填写完整号码`);
}

function corruptedNumber(def: FieldDef): ValueIssue {
  return error('ID_NUMBER_CORRUPTED', `「${def.label}」是超过15位的数字，被 Excel 当作数值保存，第15位以后的数字已变成0；请把单元格设为“文本”后重新填写`);
}

function numberText(value: number): string {
  const shown = Number(value.toPrecision(MAX_EXACT_DIGITS));
  return Math.abs(shown) >= 1e21 ? BigInt(Math.round(shown)).toString() : String(shown);
}

function digitCount(value: number): number {
  return Number.isFinite(value) ? BigInt(Math.trunc(Math.abs(value))).toString().length : 0;
}

function isPlaceholder(text: string): boolean {
  return PLACEHOLDERS.has(text.normalize('NFKC').trim());
}

function failed(issue: ValueIssue): NormalisedValue {
  return { issues: [issue] };
}

function error(code: string, message: string): ValueIssue {
  return { code, message, severity: 'error' };
}

function warning(code: string, message: string): ValueIssue {
  return { code, message, severity: 'warning' };
}
