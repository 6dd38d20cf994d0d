import { sha256Hex } from '../core/hash.js';
import { StudioDocsError } from '../core/errors.js';
import type { Problem } from '../core/problem.js';
import type { RecordLevel } from '../model/fields.js';
import { decodeText } from './decode-text.js';
import { detectFormat } from './detect-format.js';
import type { SheetGrid } from './grid.js';
import { linkMembers, type LinkScope } from './link-members.js';
import { locateHeader } from './locate-header.js';
import { readCsv } from './read-csv.js';
import { readRecords, type SheetRecord } from './read-records.js';
import { readXlsx } from './read-xlsx.js';
import type { ImportResult, InputFile, InputFileInfo, TextEncoding } from './types.js';

export type { ImportResult, InputFile, InputFileInfo, MemberDraft, RecordSource, SourceCell, StudioDraft } from './types.js';

export interface ImportOptions {
  /** YYYY-MM-DD of the campaign (its notice date); places two-digit years such as "75.3". */
  readonly referenceDate?: string;
}

interface ReadFile {
  readonly info: InputFileInfo;
  readonly sheets: readonly { readonly level: RecordLevel; readonly records: readonly SheetRecord[] }[];
  /** Workbooks keep their studios and members together; CSV files are pooled. */
  readonly ownScope: boolean;
  readonly problems: readonly Problem[];
}

/**
 * The import stage: bytes of applicant spreadsheets in, studio drafts with their
 * members, sources and reading problems out. Accepts one workbook with a studio
 * sheet and a member sheet, CSV files (studios and members, in any order), or
 * several of either; sheets are recognised by their headers, not their names.
 *
 * @example
 * const result = await importApplications([{ name: '申报.xlsx', bytes }], { referenceDate: '2020-10-22' });
 * result.studios[0]?.members.length // 5
 * @throws StudioDocsError UNREADABLE_INPUT for files that are not spreadsheets (.xls, corrupt, binary),
 *   NO_DATA when no studio sheet with recognisable headers is found.
 */
export async function importApplications(files: InputFile[], options: ImportOptions = {}): Promise<ImportResult> {
  const referenceYear = yearOf(options.referenceDate);
  const read: ReadFile[] = [];
  for (const file of files) read.push(await readFile(file, referenceYear));

  const levels = read.flatMap((file) => file.sheets.map((sheet) => sheet.level));
  if (!levels.includes('studio')) throw noData(files, levels.includes('member'));

  const problems: Problem[] = read.flatMap((file) => file.problems);
  for (const file of read) {
    if (file.info.sheets.length === 0) problems.push(fileProblem(file.info.name, 'UNRECOGNISED_FILE', `${file.info.name} 中没有可识别的工作室表或成员表，已忽略`));
  }
  const firstStudioFile = read.find((file) => file.info.sheets.some((sheet) => sheet.level === 'studio'));
  if (!levels.includes('member') && firstStudioFile) {
    problems.push(fileProblem(firstStudioFile.info.name, 'NO_MEMBERS', '未找到成员表（应包含“姓名”“工作室名称”等列），各工作室的成员名单为空'));
  }

  const linked = linkMembers(scopesOf(read));
  return { inputs: read.map((file) => file.info), studios: linked.studios, problems: [...problems, ...linked.problems] };
}

async function readFile(file: InputFile, referenceYear: number | undefined): Promise<ReadFile> {
  const sha256 = sha256Hex(file.bytes);
  const format = detectFormat(file);
  let grids: SheetGrid[];
  let encoding: TextEncoding | undefined;
  if (format === 'xlsx') {
    grids = await readXlsx(file);
  } else {
    const decoded = decodeText(file.bytes, file.name);
    encoding = decoded.encoding;
    grids = [readCsv(decoded.text, file.name)];
  }
  const sheets: ReadFile['sheets'][number][] = [];
  const infoSheets: InputFileInfo['sheets'][number][] = [];
  const problems: Problem[] = [];
  for (const grid of grids) {
    const layout = locateHeader(grid, grid.sheet ?? file.name);
    if (!layout) continue;
    const read = readRecords(grid, layout, referenceYear === undefined ? {} : { referenceYear });
    sheets.push({ level: layout.level, records: read.records });
    infoSheets.push({ name: grid.sheet ?? file.name, level: layout.level, headerRow: layout.headerRow, rows: read.records.length });
    problems.push(...read.problems);
  }
  const info: InputFileInfo = { name: file.name, format, ...(encoding ? { encoding } : {}), sha256, sheets: infoSheets };
  return { info, sheets, ownScope: format === 'xlsx' && sheets.some((sheet) => sheet.level === 'studio'), problems };
}

function scopesOf(files: readonly ReadFile[]): LinkScope[] {
  const collect = (group: readonly ReadFile[], level: RecordLevel): SheetRecord[] =>
    group.flatMap((file) => file.sheets.filter((sheet) => sheet.level === level).flatMap((sheet) => sheet.records));
  const pooled = files.filter((file) => !file.ownScope);
  const scopes: LinkScope[] = [];
  // Keep the input order of studios: files in the order given, pooled CSV studios where the first CSV stood.
  let pooledAdded = false;
  for (const file of files) {
    if (file.ownScope) scopes.push({ studios: collect([file], 'studio'), members: collect([file], 'member') });
    else if (!pooledAdded) {
      scopes.push({ studios: collect(pooled, 'studio'), members: collect(pooled, 'member') });
      pooledAdded = true;
    }
  }
  return scopes;
}

function noData(files: readonly InputFile[], membersOnly: boolean): StudioDocsError {
  const names = files.map((file) => file.name).join('、') || '输入';
  const message = membersOnly
    ? `${names} 中只找到成员表，未找到工作室表：未找到可识别的表头（应包含“工作室名称”“领衔人姓名”等列）`
    : `${names} 中未找到可识别的表头（应包含“工作室名称”“领衔人姓名”等列）`;
  return new StudioDocsError('NO_DATA', message, {
    hints: ['表头须在前20行内，上方可以有标题行；列名可用模板中的写法，如“工作室名称”“领衔人姓名”“姓名”“性别”。', '可运行 studio-docs template 生成导入模板。'],
  });
}

function fileProblem(file: string, code: string, message: string): Problem {
  return { file, code, message, severity: 'warning' };
}

function yearOf(referenceDate: string | undefined): number | undefined {
  const match = referenceDate ? /^(\d{4})/.exec(referenceDate) : null;
  return match ? Number(match[1]) : undefined;
}
