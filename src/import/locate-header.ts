import type { FieldDef, RecordLevel } from '../model/fields.js';
import { columnLetter, isBlank, type SheetGrid, type SheetRow } from './grid.js';
import { headerSaysWan, matchHeader, normaliseHeader, type HeaderMatch } from './header-match.js';

/** Title rows ("2020年度…汇总表") and notes often sit above the header; it is rarely lower than this. */
const HEADER_SCAN_ROWS = 20;
/** The field that makes a sheet a studio list or a member list. */
const KEY_FIELD: Record<RecordLevel, string> = { studio: 'leaderName', member: 'memberName' };
const LEVELS: readonly RecordLevel[] = ['member', 'studio'];
/** A sheet called 成员/人员 settles a near tie between a member list and a studio list. */
const MEMBER_NAME_HINT = /成员|人员|member/i;
const ROW_NUMBER_HEADER = '序号';

export interface HeaderColumn {
  /** 0-based column index. */
  readonly index: number;
  readonly letter: string;
  /** As written; a two-row header reads "领衔人情况/姓名". */
  readonly header: string;
  readonly normalised: string;
  /** Two-row headers: parent + child normalised, when the parent is a group heading over this column. */
  readonly grouped?: string;
}

export interface MappedColumn extends HeaderColumn {
  readonly field: FieldDef;
  /** Header says 万元: bare amounts are in 万. */
  readonly wan: boolean;
}

export interface HeaderLayout {
  readonly level: RecordLevel;
  /** 1-based row number of the (last) header row. */
  readonly headerRow: number;
  /** Index into grid.rows of the first row after the header. */
  readonly dataStart: number;
  readonly mapped: readonly MappedColumn[];
  /** Non-empty headers no field matched (序号 excluded: numbering is not data). */
  readonly unknown: readonly HeaderColumn[];
  /** Columns naming a field an earlier (or exact) column already took. */
  readonly duplicates: readonly { readonly column: HeaderColumn; readonly field: FieldDef; readonly kept: HeaderColumn }[];
  /** Columns headed 序号, to recognise pre-numbered blank template rows. */
  readonly rowNumberColumns: readonly number[];
}

interface Candidate {
  readonly layout: HeaderLayout;
  readonly score: number;
}

/**
 * Finds the header row of a sheet and the record level it describes, by trying
 * each of the first rows (and each pair of rows, for merged two-row headers)
 * against both catalogues. A sheet is a studio list when its headers map mostly
 * to studio fields including the leader's name, a member list when they include
 * the member's name. Returns undefined for sheets such as 填写说明.
 *
 * @example locateHeader(grid, '工作室')?.level // 'studio'
 */
export function locateHeader(grid: SheetGrid, nameHint: string): HeaderLayout | undefined {
  const limit = Math.min(grid.rows.length, HEADER_SCAN_ROWS);
  let best: Candidate | undefined;
  const consider = (candidate: Candidate | undefined): void => {
    if (candidate && (!best || candidate.score > best.score)) best = candidate;
  };
  for (let index = 0; index < limit; index += 1) {
    const row = grid.rows[index] as SheetRow;
    const next = grid.rows[index + 1];
    for (const level of LEVELS) {
      const hint = level === 'member' && MEMBER_NAME_HINT.test(nameHint) ? 3 : 0;
      consider(evaluate(singleRowColumns(row), level, row.number, index + 1, hint));
      if (next && next.number === row.number + 1 && distinctTexts(row) >= 2) {
        consider(evaluate(twoRowColumns(row, next, level), level, next.number, index + 2, hint));
      }
    }
  }
  return best?.layout;
}

function evaluate(columns: HeaderColumn[], level: RecordLevel, headerRow: number, dataStart: number, hint: number): Candidate | undefined {
  const assigned = new Map<string, { column: HeaderColumn; match: HeaderMatch }>();
  const duplicates: { column: HeaderColumn; field: FieldDef; keptKey: string }[] = [];
  const unknown: HeaderColumn[] = [];
  for (const column of columns) {
    const match = matchHeader(column.normalised, level);
    if (!match) {
      if (column.normalised !== ROW_NUMBER_HEADER) unknown.push(column);
      continue;
    }
    const existing = assigned.get(match.field.key);
    if (!existing) {
      assigned.set(match.field.key, { column, match });
    } else if (strength(column, match) > strength(existing.column, existing.match)) {
      // "领衔人身份证号" merely contains 领衔人, and 序号 is only numbering: a later 领衔人姓名 / 工作室编号 is the real column.
      duplicates.push({ column: existing.column, field: match.field, keptKey: match.field.key });
      assigned.set(match.field.key, { column, match });
    } else {
      duplicates.push({ column, field: match.field, keptKey: match.field.key });
    }
  }
  const key = assigned.get(KEY_FIELD[level]);
  const otherLevel: RecordLevel = level === 'studio' ? 'member' : 'studio';
  // 姓名 under a 领衔人情况 heading is the leader's name: the sheet is not a member list (and vice versa).
  const grouped = key?.column.grouped;
  if (grouped && grouped !== key.column.normalised && matchHeader(grouped, otherLevel)?.field.key === KEY_FIELD[otherLevel]) return undefined;
  // A key column found only by containment ("填写真实姓名" contains 姓名) needs more support from its neighbours.
  const minimum = key?.match.exact ? 2 : 3;
  if (!key || assigned.size < minimum || assigned.size * 2 < columns.length) return undefined;
  let score = hint;
  for (const { match } of assigned.values()) score += match.exact ? 2 : 1;
  const mapped = [...assigned.values()]
    .map(({ column, match }) => ({ ...column, field: match.field, wan: headerSaysWan(column.normalised) }))
    .sort((a, b) => a.index - b.index);
  return {
    score,
    layout: {
      level,
      headerRow,
      dataStart,
      mapped,
      unknown,
      duplicates: duplicates.filter(({ column }) => column.normalised !== ROW_NUMBER_HEADER).map(({ column, field, keptKey }) => ({ column, field, kept: assigned.get(keptKey)?.column ?? column })),
      rowNumberColumns: columns.filter((column) => column.normalised === ROW_NUMBER_HEADER).map((column) => column.index),
    },
  };
}

function strength(column: HeaderColumn, match: HeaderMatch): number {
  if (column.normalised === ROW_NUMBER_HEADER) return 0;
  return match.exact ? 2 : 1;
}

function singleRowColumns(row: SheetRow): HeaderColumn[] {
  const columns: HeaderColumn[] = [];
  row.cells.forEach((cell, index) => {
    if (isBlank(cell) || !cell) return;
    const header = cell.raw.trim();
    const normalised = normaliseHeader(header);
    if (normalised !== '') columns.push({ index, letter: columnLetter(index), header, normalised });
  });
  return columns;
}

/**
 * Parent + child: the child alone when it names a field, else both together
 * ("领衔人情况" + "姓名"). Only a parent that spans several columns is a group
 * heading; merged cells repeat it (XLSX) and CSV leaves the cells to its right empty.
 */
function twoRowColumns(parentRow: SheetRow, childRow: SheetRow, level: RecordLevel): HeaderColumn[] {
  const width = Math.max(parentRow.cells.length, childRow.cells.length);
  const parents: string[] = [];
  for (let index = 0; index < width; index += 1) {
    const own = textOf(parentRow, index);
    parents.push(own || (textOf(childRow, index) && index > 0 ? (parents[index - 1] ?? '') : ''));
  }
  const columns: HeaderColumn[] = [];
  for (let index = 0; index < width; index += 1) {
    const parent = parents[index] ?? '';
    const child = textOf(childRow, index);
    const spans = parent !== '' && (parents[index - 1] === parent || parents[index + 1] === parent);
    let header = child || textOf(parentRow, index);
    let normalised = normaliseHeader(header);
    const grouped = child && spans && parent !== child ? normaliseHeader(parent + child) : undefined;
    if (grouped && !matchHeader(normalised, level)) {
      header = `${parent}/${child}`;
      normalised = grouped;
    }
    if (normalised !== '') columns.push({ index, letter: columnLetter(index), header, normalised, ...(grouped ? { grouped } : {}) });
  }
  return columns;
}

function textOf(row: SheetRow, index: number): string {
  const cell = row.cells[index];
  return isBlank(cell) || !cell ? '' : cell.raw.trim();
}

function distinctTexts(row: SheetRow): number {
  return new Set(row.cells.filter((cell) => !isBlank(cell)).map((cell) => cell?.raw.trim())).size;
}
