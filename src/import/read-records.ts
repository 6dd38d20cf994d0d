import type { Problem } from '../core/problem.js';
import type { RecordLevel } from '../model/fields.js';
import { isBlank, type SheetCell, type SheetGrid, type SheetRow } from './grid.js';
import type { HeaderLayout, MappedColumn } from './locate-header.js';
import { compactKey } from './normalise-text.js';
import { splitTitleOrSkill } from './title-skill.js';
import type { RecordSource, SourceCell } from './types.js';
import { normaliseValue, type NormalisedValue, type ValueContext, type ValueIssue } from './values.js';

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
  const sheet = sheetFacts(grid, layout, options);
  for (let index = layout.dataStart; index < grid.rows.length; index += 1) {
    const row = grid.rows[index] as SheetRow;
    if (isSkippable(row, sheet)) continue;
    records.push(readRow(grid, layout, row, sheet));
  }
  return { records, problems: headerProblems(grid, layout) };
}

/** What every row of a sheet shares, worked out once instead of per row or per cell. */
interface SheetFacts {
  /** Value context of each mapped column, in layout.mapped order. */
  readonly contexts: readonly ValueContext[];
  /** Columns that map to a field and are not 序号. */
  readonly dataColumns: ReadonlySet<number>;
  readonly rowNumberColumns: ReadonlySet<number>;
  /**
   * Per mapped column, the previous row's cell with its source entry and value. The
   * XLSX reader hands out one cell object for a value repeated down a column (the
   * studio name on each member row, 性别): the same cell reads the same, so its
   * source entry and normalised value are reused rather than made again.
   */
  readonly previous: { cell: SheetCell | undefined; source: SourceCell | undefined; normalised: NormalisedValue | undefined }[];
}

function sheetFacts(grid: SheetGrid, layout: HeaderLayout, options: { referenceYear?: number }): SheetFacts {
  const rowNumberColumns = new Set(layout.rowNumberColumns);
  return {
    contexts: layout.mapped.map((column) => ({ columnInWan: column.wan, date1904: grid.date1904, ...options })),
    dataColumns: new Set(layout.mapped.map((column) => column.index).filter((index) => !rowNumberColumns.has(index))),
    rowNumberColumns,
    previous: layout.mapped.map(() => ({ cell: undefined, source: undefined, normalised: undefined })),
  };
}

function readRow(grid: SheetGrid, layout: HeaderLayout, row: SheetRow, sheet: SheetFacts): SheetRecord {
  const values: Record<string, string | number | boolean> = {};
  const cells: Record<string, SourceCell> = {};
  const pending: { column: MappedColumn; field: string; cell: SheetCell | undefined; issue: ValueIssue }[] = [];
  let titleOrSkill: { column: MappedColumn; cell: SheetCell } | undefined;

  for (let mappedIndex = 0; mappedIndex < layout.mapped.length; mappedIndex += 1) {
    const column = layout.mapped[mappedIndex] as MappedColumn;
    const cell = row.cells[column.index];
    const key = column.field.key;
    const previous = sheet.previous[mappedIndex] as SheetFacts['previous'][number];
    if (cell !== previous.cell || previous.source === undefined) {
      previous.cell = cell;
      previous.source = { column: column.letter, header: column.header, raw: cell?.raw ?? '' };
      previous.normalised = undefined;
    }
    cells[key] = previous.source as SourceCell;
    if (cell?.issue) pending.push({ column, field: key, cell, issue: cell.issue });
    if (!cell || isBlank(cell)) continue;
    if (layout.level === 'member' && key === TITLE_OR_SKILL) {
      titleOrSkill = { column, cell };
      continue;
    }
    const normalised = (previous.normalised ??= normaliseValue(column.field, cell.content, sheet.contexts[mappedIndex]));
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
  const source: RecordSource = grid.sheet !== undefined ? { file: grid.file, sheet: grid.sheet, row: row.number, cells } : { file: grid.file, row: row.number, cells };
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

function isSkippable(row: SheetRow, sheet: SheetFacts): boolean {
  // One pass over the cells: the first filled cell, whether any is outside 序号, whether any is data.
  let first: SheetCell | undefined;
  let onlyRowNumbers = true;
  let hasData = false;
  const { cells } = row;
  for (let index = 0; index < cells.length; index += 1) {
    const cell = cells[index];
    if (isBlank(cell) || isFormulaFiller(cell)) continue;
    first ??= cell;
    if (!sheet.rowNumberColumns.has(index)) onlyRowNumbers = false;
    if (sheet.dataColumns.has(index)) hasData = true;
  }
  if (first === undefined || onlyRowNumbers) return true;
  const firstKey = compactKey(first.raw);
  if (EXAMPLE_ROW.test(firstKey) || TOTAL_ROW.has(firstKey)) return true;
  if (NOTE_ROW.test(firstKey) && isOneDistinctText(cells)) return true;
  return !hasData;
}

function isOneDistinctText(cells: SheetRow['cells']): boolean {
  const distinct = new Set<string>();
  for (const cell of cells) if (!isBlank(cell) && !isFormulaFiller(cell)) distinct.add((cell as SheetCell).raw.trim());
  return distinct.size === 1;
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
