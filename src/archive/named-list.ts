import type { Campaign } from '../campaigns/schema.js';
import { StudioDocsError } from '../core/errors.js';
import type { Problem } from '../core/problem.js';
import { decodeText } from '../import/decode-text.js';
import { detectFormat } from '../import/detect-format.js';
import type { SheetGrid } from '../import/grid.js';
import { locateHeader } from '../import/locate-header.js';
import { readCsv } from '../import/read-csv.js';
import { readRecords, type SheetRecord } from '../import/read-records.js';
import { readXlsx } from '../import/read-xlsx.js';
import type { InputFile } from '../import/types.js';
import { canonicalStudioType } from '../validate/to-studio.js';
import { nameKey } from './keys.js';
import type { NewNamedStudio } from './types.js';

export interface NamedListOptions {
  /** The naming round, e.g. shanghai-2017-technician. */
  readonly campaign: string;
  readonly program: string;
  /** When the campaign is defined under templates/, its studio types give each row its title. */
  readonly definition?: Campaign | undefined;
  readonly namedOn: string;
  readonly cycleYears: number;
}

export interface NamedList {
  readonly studios: NewNamedStudio[];
  /** Errors (a row without a studio name) and warnings (unknown columns, repeated rows, unknown types). */
  readonly problems: Problem[];
}

/**
 * Reads a list of named studios (命名名单) — columns 工作室名称, 领衔人, 单位,
 * 推荐单位, 类型 in any order and spelling the applications importer accepts,
 * .xlsx or .csv (UTF-8 or GBK), a title row above the header allowed.
 *
 * @example (await readNamedList({ name: '名单.csv', bytes }, { campaign: 'shanghai-2017', program, namedOn: '2017-12-20', cycleYears: 3 })).studios[0]?.title
 * @throws StudioDocsError NO_DATA when no sheet has a recognisable header; UNREADABLE_INPUT for files that are not spreadsheets.
 */
export async function readNamedList(file: InputFile, options: NamedListOptions): Promise<NamedList> {
  const grids: SheetGrid[] = detectFormat(file) === 'xlsx' ? await readXlsx(file) : [readCsv(decodeText(file.bytes, file.name).text, file.name)];
  const records: SheetRecord[] = [];
  const problems: Problem[] = [];
  let recognised = false;
  for (const grid of grids) {
    const layout = locateHeader(grid, grid.sheet ?? file.name);
    if (!layout || layout.level !== 'studio') continue;
    recognised = true;
    const read = readRecords(grid, layout, {});
    records.push(...read.records);
    problems.push(...read.problems, ...read.records.flatMap((record) => record.problems));
  }
  if (!recognised) {
    throw new StudioDocsError('NO_DATA', `${file.name} 中未找到命名名单的表头（应包含“工作室名称”“领衔人”“单位”等列）`, {
      hints: ['表头须在前20行内，上方可以有标题行；推荐单位、类型两列可选。'],
    });
  }

  const studios: NewNamedStudio[] = [];
  const seen = new Map<string, number>();
  for (const record of records) {
    const where = placeOf(record);
    const studioName = text(record, 'studioName');
    if (studioName === undefined) {
      problems.push({ ...where, code: 'NAMED_NAME_MISSING', message: '此行没有工作室名称，无法登记', severity: 'error' });
      continue;
    }
    const key = nameKey(studioName);
    const firstRow = seen.get(key);
    if (firstRow !== undefined) {
      problems.push({ ...where, studio: studioName, code: 'NAMED_DUPLICATE', message: `与第${firstRow}行是同一个工作室，已忽略此行`, severity: 'warning' });
      continue;
    }
    seen.set(key, record.source.row);
    const typed = text(record, 'studioType');
    const canonical = typed !== undefined && options.definition ? canonicalStudioType(typed, options.definition) : undefined;
    const type = options.definition?.studioTypes.find((candidate) => candidate.value === canonical);
    if (typed !== undefined && options.definition && !type) {
      problems.push({ ...where, studio: studioName, code: 'UNKNOWN_STUDIO_TYPE', value: typed, message: `类型“${typed}”不是本活动的工作室类型，称号按“${options.program}”登记`, severity: 'warning' });
    }
    studios.push({
      campaign: options.campaign,
      program: options.program,
      title: type?.title ?? options.program,
      studioName,
      leader: text(record, 'leaderName'),
      unit: text(record, 'unit'),
      recommender: text(record, 'recommender'),
      studioType: type?.value ?? typed,
      namedOn: options.namedOn,
      cycleYears: options.cycleYears,
      source: `${file.name}${record.source.sheet ? ` 工作表「${record.source.sheet}」` : ''} 第${record.source.row}行`,
    });
  }
  return { studios, problems };
}

function text(record: SheetRecord, field: string): string | undefined {
  const value = record.values[field];
  return value === undefined || value === '' ? undefined : String(value);
}

function placeOf(record: SheetRecord): Pick<Problem, 'file' | 'sheet' | 'row'> {
  return { file: record.source.file, ...(record.source.sheet ? { sheet: record.source.sheet } : {}), row: record.source.row };
}
