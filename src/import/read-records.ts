import type { Problem } from '../core/problem.js';
import type { RecordLevel } from '../model/fields.js';
import { isBlank, type SheetCell, type SheetGrid, type SheetRow } from './grid.js';
import type { HeaderLayout, MappedColumn } from './locate-header.js';
import { compactKey } from './normalise-text.js';
import { splitTitleOrSkill } from './title-skill.js';
import type { RecordSource, SourceCell } from './types.js';
import { normaliseValue, type ValueIssue } from './values.js';

export interface SheetRecord {
  readonly level: RecordLevel;
  readonly values: Readonly<Record<string, string | number | boolean>>;
  readonly source: RecordSource;
  /** Problems of this row; `studio` is the row's own studio name when it has one. */
  readonly problems: readonly Problem[];
}

export interface SheetRecords {
  readonly records: readonly SheetRecord[];
  /** Problems with the header: unknown and duplicate columns. */
  readonly problems: readonly Problem[];
}

/** Template rows that are not data: "示例" / "例：" rows, totals, and notes under the table. */
const EXAMPLE_ROW = /^(示例|样例|例子|例:)/;
const TOTAL_ROW = new Set(['合计', '总计', '小计']);
const NOTE_ROW = /^(注|说明|备注|填表说明|填写说明)\d*[:.、]/;
const TITLE_OR_SKILL = 'titleOrSkill';

/**
 * Reads the data rows under a located header into records of normalised field
 * values, with the source of every mapped cell and a Problem for every cell that
 * could not be read. Blank rows, pre-numbered blank template rows (only 序号
 * filled), example rows, totals and notes are skipped.
 *
 * @example readRecords(grid, layout, {}).records[0]?.values.leaderName // '张建国'
 */
export function readRecords(grid: SheetGrid, layout: HeaderLayout, options: { referenceYear?: number }): SheetRecords {
  const records: SheetRecord[] = [];
  for (const row of grid.rows.slice(layout.dataStart)) {
    if (isSkippable(row, layout)) continue;
    records.push(readRow(grid, layout, row, options));
  }
  return { records, problems: headerProblems(grid, layout) };
}

function readRow(grid: SheetGrid, layout: HeaderLayout, row: SheetRow, options: { referenceYear?: number }): SheetRecord {
  const values: Record<string, string | number | boolean> = {};
  const cells: Record<string, SourceCell> = {};
  const pending: { column: MappedColumn; field: string; cell: SheetCell | undefined; issue: ValueIssue }[] = [];
  let titleOrSkill: { column: MappedColumn; cell: SheetCell } | undefined;

  for (const column of layout.mapped) {
    const cell = row.cells[column.index];
    const key = column.field.key;
    cells[key] = { column: column.letter, header: column.header, raw: cell?.raw ?? '' };
    if (cell?.issue) pending.push({ column, field: key, cell, issue: cell.issue });
    if (!cell || isBlank(cell)) continue;
    if (layout.level === 'member' && key === TITLE_OR_SKILL) {
      titleOrSkill = { column, cell };
      continue;
    }
    const normalised = normaliseValue(column.field, cell.content, { columnInWan: column.wan, date1904: grid.date1904, ...options });
    if (normalised.value !== undefined) values[key] = normalised.value;
    for (const issue of normalised.issues) pending.push({ column, field: key, cell, issue });
  }

  if (titleOrSkill) {
    // Separate 职称 / 技能等级 columns win; the combined column fills what they leave empty.
    const split = splitTitleOrSkill(titleOrSkill.cell.raw);
    const sourceCell = cells[TITLE_OR_SKILL] as SourceCell;
    if (split.title !== undefined && values.title === undefined) {
      values.title = split.title;
      cells.title = sourceCell;
    }
    const [skillLevel, ...others] = split.skillLevels;
    if (skillLevel !== undefined && values.skillLevel === undefined) {
      values.skillLevel = skillLevel;
      cells.skillLevel = sourceCell;
      if (others.length > 0) {
        pending.push({
          column: titleOrSkill.column,
          field: TITLE_OR_SKILL,
          cell: titleOrSkill.cell,
          issue: { code: 'MULTIPLE_SKILL_LEVELS', message: `填写了多个技能等级（${split.skillLevels.join('、')}），已按“${skillLevel}”记录，请只保留一个`, severity: 'warning' },
        });
      }
    }
  }

  const studio = typeof values.studioName === 'string' ? values.studioName : undefined;
  const source: RecordSource = { file: grid.file, ...(grid.sheet !== undefined ? { sheet: grid.sheet } : {}), row: row.number, cells };
  const problems = pending.map(({ column, field, cell, issue }): Problem => ({
    file: grid.file,
    ...(grid.sheet !== undefined ? { sheet: grid.sheet } : {}),
    row: row.number,
    column: column.letter,
    header: column.header,
    field,
    ...(cell && cell.raw !== '' ? { value: cell.raw } : {}),
    ...(studio !== undefined ? { studio } : {}),
    code: issue.code,
    message: issue.message,
    severity: issue.severity,
  }));
  return { level: layout.level, values, source, problems };
}

function isSkippable(row: SheetRow, layout: HeaderLayout): boolean {
  const filled = row.cells.map((cell, index) => ({ cell, index })).filter(({ cell }) => !isBlank(cell) && !isFormulaFiller(cell));
  if (filled.length === 0) return true;
  if (filled.every(({ index }) => layout.rowNumberColumns.includes(index))) return true;
  const first = compactKey(filled[0]?.cell?.raw ?? '');
  if (EXAMPLE_ROW.test(first) || TOTAL_ROW.has(first)) return true;
  const distinct = new Set(filled.map(({ cell }) => cell?.raw.trim()));
  if (distinct.size === 1 && NOTE_ROW.test(first)) return true;
  const mappedIndexes = new Set(layout.mapped.map((column) => column.index));
  return !filled.some(({ index }) => mappedIndexes.has(index) && !layout.rowNumberColumns.includes(index));
}

/** Formulas copied down a template (=SUM(…), =IF(…)) show 0, nothing or an error in rows nobody has typed in. */
function isFormulaFiller(cell: SheetCell | undefined): boolean {
  if (!cell?.formula) return false;
  const { content } = cell;
  return cell.issue !== undefined || content.kind === 'empty' || (content.kind === 'number' && content.number === 0) || (content.kind === 'text' && content.text.trim() === '');
}

function headerProblems(grid: SheetGrid, layout: HeaderLayout): Problem[] {
  const where = { file: grid.file, ...(grid.sheet !== undefined ? { sheet: grid.sheet } : {}), row: layout.headerRow };
  const problems: Problem[] = layout.unknown.map((column) => ({
    ...where,
    column: column.letter,
    header: column.header,
    code: 'UNKNOWN_COLUMN',
    message: `表头“${column.header}”不是可识别的列，此列内容未导入；如需导入，请改用模板中的列名`,
    severity: 'warning',
  }));
  for (const { column, field, kept } of layout.duplicates) {
    problems.push({
      ...where,
      column: column.letter,
      header: column.header,
      field: field.key,
      code: 'DUPLICATE_COLUMN',
      message: `此列与${kept.letter}列“${kept.header}”都对应「${field.label}」，只导入${kept.letter}列`,
      severity: 'warning',
    });
  }
  return problems;
}
