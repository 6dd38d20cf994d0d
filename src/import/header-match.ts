import { fieldsFor, type FieldDef, type RecordLevel } from '../model/fields.js';

/**
 * Header normalisation and matching against the field catalogue. Exact label or
 * alias first, then containment with the longest alias winning; never edit
 * distance, which is useless for two-character Chinese headers (性别/学历).
 */

export interface HeaderMatch {
  readonly field: FieldDef;
  /** Exact label/alias (true) or the header merely contains an alias (false). */
  readonly exact: boolean;
}

const REQUIRED_MARKS = /\((必填|选填|可选|必选|必须填写)\)/g;

/**
 * Header text reduced to what identifies the column: NFKC (full-width brackets and
 * colons become ASCII), no whitespace of any kind (incl. U+3000 and line breaks),
 * no `*` or `(必填)` marks, no trailing colon.
 *
 * @example normaliseHeader(' *领衔人　姓名（必填）：') // '领衔人姓名'
 */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(/[*※]/g, '')
    .replace(REQUIRED_MARKS, '')
    .replace(/:+$/, '');
}

interface LevelIndex {
  readonly exact: ReadonlyMap<string, FieldDef>;
  /** Aliases of two characters or more, for containment; one-character aliases (区) would match anything. */
  readonly contained: readonly { alias: string; field: FieldDef; order: number }[];
}

const indexes = new Map<RecordLevel, LevelIndex>();

function indexFor(level: RecordLevel): LevelIndex {
  const cached = indexes.get(level);
  if (cached) return cached;
  const exact = new Map<string, FieldDef>();
  const contained: { alias: string; field: FieldDef; order: number }[] = [];
  fieldsFor(level).forEach((field, order) => {
    for (const spelling of [field.label, ...field.aliases]) {
      const alias = normaliseHeader(spelling);
      if (!exact.has(alias)) exact.set(alias, field);
      if ([...alias].length >= 2) contained.push({ alias, field, order });
    }
  });
  const index = { exact, contained };
  indexes.set(level, index);
  return index;
}

const ROLE_WORDS = new Set(['领衔人', '负责人', '带头人', '领军人']);
const ROLE_PREFIX = /^(领衔人|负责人|带头人|领军人)/u;

/**
 * The catalogue field a normalised header names at a record level, if any.
 * Containment ties go to the alias that starts earlier in the header, then to catalogue order.
 *
 * @example matchHeader('年均专项经费(万元)', 'studio')?.field.key // 'annualFunding'
 * @example matchHeader('性别', 'member') // { field: gender, exact: true }
 */
export function matchHeader(normalised: string, level: RecordLevel): HeaderMatch | undefined {
  if (normalised === '') return undefined;
  const index = indexFor(level);
  const exact = index.exact.get(normalised);
  if (exact) return { field: exact, exact: true };
  // 领衔人手机 / 负责人学历: the role word says whose value it is; the rest says which field.
  const role = ROLE_PREFIX.exec(normalised);
  if (role) {
    // "领衔人情况" + "姓名" from a two-row header is the role's own field.
    const rest = normalised.slice(role[0].length).replace(/^(基本)?情况/u, '');
    const field = rest === '' || rest === '姓名' ? index.exact.get(role[0]) : index.exact.get(rest);
    if (field) return { field, exact: false };
  }
  let best: { alias: string; field: FieldDef; order: number; at: number } | undefined;
  for (const candidate of index.contained) {
    // A bare role word inside a longer header names the person, not the column (领衔人简介 is not 领衔人姓名).
    if (ROLE_WORDS.has(candidate.alias)) continue;
    const at = normalised.indexOf(candidate.alias);
    if (at < 0) continue;
    const better =
      !best ||
      candidate.alias.length > best.alias.length ||
      (candidate.alias.length === best.alias.length && (at < best.at || (at === best.at && candidate.order < best.order)));
    if (better) best = { ...candidate, at };
  }
  return best ? { field: best.field, exact: false } : undefined;
}

/**
 * Amount columns headed in 万元 hold bare numbers in 万.
 * @example headerSaysWan('年均专项经费(万元)') // true
 */
export function headerSaysWan(normalised: string): boolean {
  return /万元|\(万\)/.test(normalised);
}
