import ExcelJS from 'exceljs';
import { severityLabel, type Problem, type Severity } from '../../core/problem.js';
import type { InputFile, InputFileInfo } from '../../import/types.js';
import { csvRecords, sheetRowForLine, writeCsvRecords } from './csv-sheet.js';
import { fillProblemListSheet, PROBLEM_LIST_SHEET_NAME, SEVERITY_FILLS } from './problem-list-sheet.js';
import { sheetNameForFile, uniqueSheetName } from './sheet-names.js';
import { writeWorkbookDeterministically } from './workbook-bytes.js';

export interface ErrorWorkbookInput {
  readonly file: InputFile;
  readonly info: InputFileInfo;
}

/** Used when no input workbook carries a date of its own (CSV only). */
const FALLBACK_STAMP = new Date('2020-01-01T00:00:00Z');

/** Where one sheet of an input ended up, and how its rows are numbered there. */
interface PlacedSheet {
  readonly sheet: ExcelJS.Worksheet;
  readonly sheetRowFor: (problemRow: number) => number | undefined;
}

interface PlacedInput {
  readonly input: ErrorWorkbookInput;
  /** By the sheet name problems use; a CSV file's single sheet is under ''. */
  readonly sheets: ReadonlyMap<string, PlacedSheet>;
  /** In the order the input had them. */
  readonly order: readonly ExcelJS.Worksheet[];
}

interface CellTarget {
  readonly sheet: ExcelJS.Worksheet;
  readonly row: number;
  readonly column: string;
  /** The problem names a row but no column: the row's first cell carries it. */
  readonly wholeRow: boolean;
}

interface CellMark {
  readonly target: CellTarget;
  severity: Severity;
  readonly lines: string[];
}

/**
 * The workbook users fix their data in: a copy of every input (an XLSX as it was,
 * a CSV decoded onto a sheet named after the file) with each problem cell filled
 * red (error) or yellow (warning) and noted with the Chinese message(s), plus the
 * 错误说明 sheet listing every problem, first and selected. Same inputs and
 * problems, same bytes.
 *
 * @example
 *   const bytes = await buildErrorWorkbook([{ file, info }], report.problems);
 *   // write bytes to out/shanghai-2020/校验结果.xlsx
 */
export async function buildErrorWorkbook(inputs: readonly ErrorWorkbookInput[], problems: readonly Problem[]): Promise<Uint8Array> {
  const loaded = await Promise.all(inputs.map((input) => (input.info.format === 'xlsx' ? loadWorkbook(input.file.bytes) : undefined)));
  const baseIndex = loaded.findIndex((workbook) => workbook !== undefined);
  const workbook = loaded[baseIndex] ?? new ExcelJS.Workbook();
  const stamp = workbookStamp(loaded[baseIndex]);

  // The base workbook's sheets claim their names first: they are kept exactly, renamed only if one is called 错误说明.
  const taken = new Set([PROBLEM_LIST_SHEET_NAME.toLowerCase()]);
  const placed = new Map<number, PlacedInput>();
  const baseInput = inputs[baseIndex];
  if (baseInput) placed.set(baseIndex, adoptBaseSheets(workbook, baseInput, taken));
  inputs.forEach((input, index) => {
    if (index === baseIndex) return;
    const source = loaded[index];
    if (input.info.format === 'csv') placed.set(index, placeCsv(workbook, input, taken));
    else if (source) placed.set(index, copyWorkbookSheets(source, workbook, input, taken));
  });
  const placements = [...placed.entries()].sort(([a], [b]) => a - b).map(([, placement]) => placement);

  const locate = (problem: Problem): CellTarget | undefined => locateProblem(problem, placements);
  markCells(problems, locate);

  const listSheet = workbook.addWorksheet(PROBLEM_LIST_SHEET_NAME);
  fillProblemListSheet(listSheet, problems, (problem) => locate(problem)?.sheet.name ?? problem.sheet);
  putFirstAndSelected(workbook, listSheet, placements.flatMap((placement) => placement.order));

  return writeWorkbookDeterministically(workbook, stamp);
}

async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook | undefined> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    return workbook;
  } catch {
    // The importer has already reported an unreadable file; the list sheet still names its problems.
    return undefined;
  }
}

/** The input's own date when it has one, so the same input always gives the same bytes. */
function workbookStamp(workbook: ExcelJS.Workbook | undefined): Date {
  for (const date of [workbook?.modified, workbook?.created]) {
    if (date instanceof Date && !Number.isNaN(date.getTime())) return date;
  }
  return FALLBACK_STAMP;
}

function adoptBaseSheets(workbook: ExcelJS.Workbook, input: ErrorWorkbookInput, taken: Set<string>): PlacedInput {
  const sheets = new Map<string, PlacedSheet>();
  const order: ExcelJS.Worksheet[] = [];
  for (const sheet of workbook.worksheets) {
    const original = sheet.name;
    if (taken.has(original.toLowerCase())) sheet.name = uniqueSheetName(original, taken);
    else taken.add(original.toLowerCase());
    sheets.set(original, { sheet, sheetRowFor: (row) => row });
    order.push(sheet);
  }
  return { input, sheets, order };
}

/** Sheets of a second workbook are copied by model; pictures and table objects stay behind (their ids are per workbook). */
function copyWorkbookSheets(source: ExcelJS.Workbook, target: ExcelJS.Workbook, input: ErrorWorkbookInput, taken: Set<string>): PlacedInput {
  const sheets = new Map<string, PlacedSheet>();
  const order: ExcelJS.Worksheet[] = [];
  const stem = input.file.name.replace(/\.[^.]+$/, '');
  for (const sourceSheet of source.worksheets) {
    const wanted = taken.has(sourceSheet.name.toLowerCase()) ? `${sourceSheet.name}(${stem})` : sourceSheet.name;
    const name = uniqueSheetName(wanted, taken);
    const sheet = target.addWorksheet(name);
    const model = sourceSheet.model as unknown as { merges: string[] };
    // The model getter names merges `merges`, the setter reads `mergeCells`.
    sheet.model = { ...model, mergeCells: model.merges, name, tables: [], media: [] } as unknown as ExcelJS.WorksheetModel;
    sheet.state = sourceSheet.state;
    sheets.set(sourceSheet.name, { sheet, sheetRowFor: (row) => row });
    order.push(sheet);
  }
  return { input, sheets, order };
}

function placeCsv(workbook: ExcelJS.Workbook, input: ErrorWorkbookInput, taken: Set<string>): PlacedInput {
  const records = csvRecords(input.file.bytes, input.file.name, input.info.encoding);
  const sheet = workbook.addWorksheet(uniqueSheetName(sheetNameForFile(input.file.name), taken));
  writeCsvRecords(sheet, records);
  return { input, sheets: new Map([['', { sheet, sheetRowFor: (line) => sheetRowForLine(records, line) }]]), order: [sheet] };
}

function locateProblem(problem: Problem, placements: readonly PlacedInput[]): CellTarget | undefined {
  const placement = placements.find(({ input }) => input.info.name === problem.file || input.file.name === problem.file);
  if (!placement || problem.row === undefined) return undefined;
  const placedSheet = placement.input.info.format === 'csv' ? placement.sheets.get('') : placement.sheets.get(problem.sheet ?? '');
  if (!placedSheet) return undefined;
  const row = placedSheet.sheetRowFor(problem.row);
  if (row === undefined) return undefined;
  const column = problem.column?.toUpperCase();
  if (column !== undefined && !/^[A-Z]{1,3}$/.test(column)) return undefined;
  return { sheet: placedSheet.sheet, row, column: column ?? 'A', wholeRow: column === undefined };
}

/** Several problems on one cell share one fill (red wins over yellow) and one note with a line each. */
function markCells(problems: readonly Problem[], locate: (problem: Problem) => CellTarget | undefined): void {
  const marks = new Map<string, CellMark>();
  for (const problem of problems) {
    const target = locate(problem);
    if (!target) continue;
    const key = `${target.sheet.id}!${target.column}${target.row}`;
    const line = `【${severityLabel(problem.severity)}】${target.wholeRow ? '（本行）' : ''}${problem.message}`;
    const mark = marks.get(key);
    if (mark) {
      if (!mark.lines.includes(line)) mark.lines.push(line);
      if (problem.severity === 'error') mark.severity = 'error';
    } else {
      marks.set(key, { target, severity: problem.severity, lines: [line] });
    }
  }
  for (const { target, severity, lines } of marks.values()) {
    const cell = target.sheet.getCell(`${target.column}${target.row}`).master;
    // Loaded cells share style objects; replace rather than mutate so only this cell turns red.
    cell.style = { ...cell.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: SEVERITY_FILLS[severity] } } };
    const previous = noteText(cell.note);
    cell.note = [...lines, ...(previous ? ['——原批注——', previous] : [])].join('\n');
  }
}

function noteText(note: string | ExcelJS.Comment | undefined): string {
  if (!note) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((part) => part.text).join('');
}

function putFirstAndSelected(workbook: ExcelJS.Workbook, first: ExcelJS.Worksheet, rest: readonly ExcelJS.Worksheet[]): void {
  [first, ...rest].forEach((sheet, index) => {
    (sheet as unknown as { orderNo: number }).orderNo = index;
    // Two selected tabs would group the sheets in Excel, and typing would then edit both.
    sheet.views = (sheet.views ?? []).map((view) => ({ ...view, tabSelected: index === 0 }) as unknown as Partial<ExcelJS.WorksheetView>);
  });
  const [view] = workbook.views ?? [];
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, visibility: 'visible', ...view, firstSheet: 0, activeTab: 0 }];
}
