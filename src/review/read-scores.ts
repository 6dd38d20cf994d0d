import type { Review } from '../campaigns/review-schema.js';
import type { Problem } from '../core/problem.js';
import { decodeText } from '../import/decode-text.js';
import { detectFormat } from '../import/detect-format.js';
import { columnLetter, isBlank, type SheetCell, type SheetGrid } from '../import/grid.js';
import { normaliseHeader } from '../import/header-match.js';
import { normaliseText } from '../import/normalise-text.js';
import { readCsv } from '../import/read-csv.js';
import { readXlsx } from '../import/read-xlsx.js';
import type { InputFile } from '../import/types.js';

/** One expert's score for one studio, as written in one row of the score sheet. */
export interface ExpertScoreRow {
  readonly file: string;
  readonly sheet?: string;
  readonly row: number;
  /** 工作室编号 when the sheet has one, else empty. */
  readonly studioId: string;
  /** 工作室名称 as written. */
  readonly studioName: string;
  readonly expert: string;
  /** The expert's total: the 总分 column, or the sum of the criteria columns. */
  readonly total: number;
  /** Sub-scores in campaign order, when the sheet has criteria columns. */
  readonly criteria?: readonly number[];
}

export interface ScoreSheet {
  /** Rows without problems, in file order. */
  readonly rows: readonly ExpertScoreRow[];
  readonly problems: readonly Problem[];
}

const STUDIO_ID_HEADERS = ['工作室编号', '编号', '申报编号'];
const STUDIO_NAME_HEADERS = ['工作室名称', '创新工作室名称', '名称', '工作室'];
const EXPERT_HEADERS = ['专家', '评委', '专家姓名', '评委姓名', '评审专家', '专家编号', '评委编号'];
const TOTAL_HEADERS = ['得分', '总分', '评分', '分数', '合计', '总得分'];
const HEADER_SEARCH_ROWS = 10;

interface Columns {
  readonly headerRow: number;
  readonly id?: number;
  readonly name?: number;
  readonly expert: number;
  readonly total?: number;
  /** Index per campaign criterion, when every criterion has a column. */
  readonly criteria?: readonly number[];
  readonly headers: readonly string[];
}

/**
 * Reads an expert score sheet (XLSX or CSV, UTF-8 or GBK): one row per studio and
 * expert, with 工作室编号 and/or 工作室名称, 专家/评委, and either 得分/总分 or one
 * column per criterion of the campaign's review (summed). Cells that cannot be a
 * score become problems (MISSING_SCORE, SCORE_OUT_OF_RANGE) and their row is left out.
 *
 * @example const { rows, problems } = await readScores({ name: 'scores.xlsx', bytes }, campaign.review);
 */
export async function readScores(file: InputFile, review: Review): Promise<ScoreSheet> {
  const grids = detectFormat(file) === 'xlsx' ? await readXlsx(file) : [readCsv(decodeText(file.bytes, file.name).text, file.name)];
  const rows: ExpertScoreRow[] = [];
  const problems: Problem[] = [];
  let found = false;
  for (const grid of grids) {
    const columns = locateColumns(grid, review);
    if (!columns) continue;
    found = true;
    readGrid(grid, columns, review, rows, problems);
  }
  if (!found) {
    problems.push({
      file: file.name,
      code: 'NO_SCORE_COLUMNS',
      severity: 'error',
      message: `没有找到评分表的表头：需要“工作室名称”（或“工作室编号”）、“专家”（或“评委”）和“得分”（或“总分”${review.criteria.length > 0 ? `，或各评分项：${review.criteria.map((criterion) => criterion.label).join('、')}` : ''}）列`,
    });
  }
  return { rows, problems };
}

function locateColumns(grid: SheetGrid, review: Review): Columns | undefined {
  for (const sheetRow of grid.rows.slice(0, HEADER_SEARCH_ROWS)) {
    const headers = sheetRow.cells.map((cell) => (cell && !isBlank(cell) ? normaliseHeader(cell.raw) : ''));
    const find = (names: readonly string[]) => {
      const index = headers.findIndex((header) => names.includes(header));
      return index < 0 ? undefined : index;
    };
    const id = find(STUDIO_ID_HEADERS);
    const name = find(STUDIO_NAME_HEADERS);
    const expert = find(EXPERT_HEADERS);
    const total = find(TOTAL_HEADERS);
    const criteria = review.criteria.map((criterion) => find([normaliseHeader(criterion.label)]));
    const allCriteria = criteria.length > 0 && criteria.every((index) => index !== undefined) ? (criteria as number[]) : undefined;
    if ((id === undefined && name === undefined) || expert === undefined || (total === undefined && !allCriteria)) continue;
    return {
      headerRow: sheetRow.number,
      expert,
      headers: sheetRow.cells.map((cell) => cell?.raw ?? ''),
      ...(id !== undefined ? { id } : {}),
      ...(name !== undefined ? { name } : {}),
      ...(allCriteria ? { criteria: allCriteria } : total !== undefined ? { total } : {}),
    };
  }
  return undefined;
}

function readGrid(grid: SheetGrid, columns: Columns, review: Review, rows: ExpertScoreRow[], problems: Problem[]): void {
  for (const sheetRow of grid.rows) {
    if (sheetRow.number <= columns.headerRow) continue;
    const text = (index: number | undefined) => (index === undefined ? '' : normaliseText(sheetRow.cells[index]?.raw ?? ''));
    const studioId = text(columns.id);
    const studioName = text(columns.name);
    const expert = text(columns.expert);
    const scoreColumns = columns.criteria ?? (columns.total !== undefined ? [columns.total] : []);
    if (!studioId && !studioName && !expert && scoreColumns.every((index) => isBlank(sheetRow.cells[index]))) continue;
    const at = (index: number, value?: string): Omit<Problem, 'code' | 'message' | 'severity'> => ({
      file: grid.file,
      ...(grid.sheet !== undefined ? { sheet: grid.sheet } : {}),
      row: sheetRow.number,
      column: columnLetter(index),
      header: columns.headers[index] ?? '',
      ...(studioName || studioId ? { studio: studioName || studioId } : {}),
      ...(value !== undefined && value !== '' ? { value } : {}),
    });
    const rowProblems: Problem[] = [];
    if (!studioId && !studioName) rowProblems.push({ ...at(columns.name ?? columns.id ?? 0), code: 'MISSING_STUDIO', severity: 'error', message: '没有填写工作室名称或编号' });
    if (!expert) rowProblems.push({ ...at(columns.expert), code: 'MISSING_EXPERT', severity: 'error', message: '没有填写评审专家' });
    const limits = columns.criteria ? review.criteria.map((criterion) => ({ min: 0, max: criterion.max, label: criterion.label })) : [{ ...review.scoreRange, label: '得分' }];
    const values: number[] = [];
    scoreColumns.forEach((index, position) => {
      const cell = sheetRow.cells[index];
      const limit = limits[position] as { min: number; max: number; label: string };
      const value = scoreOf(cell);
      if (value === undefined) {
        rowProblems.push(
          isBlank(cell)
            ? { ...at(index), code: 'MISSING_SCORE', severity: 'error', message: `${limit.label}没有填写` }
            : { ...at(index, cell?.raw), code: 'SCORE_NOT_A_NUMBER', severity: 'error', message: `${limit.label}应为数字` },
        );
      } else if (value < limit.min || value > limit.max) {
        rowProblems.push({ ...at(index, cell?.raw), code: 'SCORE_OUT_OF_RANGE', severity: 'error', message: `${limit.label}应在${limit.min}～${limit.max}分之间` });
      } else values.push(value);
    });
    if (columns.criteria && values.length === scoreColumns.length) {
      const total = values.reduce((sum, value) => sum + value, 0);
      if (total < review.scoreRange.min || total > review.scoreRange.max) {
        rowProblems.push({ ...at(scoreColumns[0] as number, String(total)), code: 'SCORE_OUT_OF_RANGE', severity: 'error', message: `各项合计${total}分，超出${review.scoreRange.min}～${review.scoreRange.max}分` });
      }
    }
    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      continue;
    }
    rows.push({
      file: grid.file,
      ...(grid.sheet !== undefined ? { sheet: grid.sheet } : {}),
      row: sheetRow.number,
      studioId,
      studioName,
      expert,
      total: roundScore(values.reduce((sum, value) => sum + value, 0)),
      ...(columns.criteria ? { criteria: values } : {}),
    });
  }
}

function scoreOf(cell: SheetCell | undefined): number | undefined {
  if (!cell || isBlank(cell)) return undefined;
  if (cell.content.kind === 'number') return cell.content.number;
  if (cell.content.kind !== 'text') return undefined;
  const text = cell.content.text.normalize('NFKC').trim().replace(/分$/, '');
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : undefined;
}

/** Scores are compared and shown to 2 decimals; floating sums (0.1 + 0.2) must not break ties. */
export function roundScore(value: number): number {
  return Math.round(value * 100) / 100;
}
