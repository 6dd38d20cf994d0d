import type { Problem } from '../core/problem.js';
import { normaliseHeader } from './header-match.js';
import { compactKey } from './normalise-text.js';
import type { SheetRecord } from './read-records.js';
import type { MemberDraft, StudioDraft } from './types.js';

/** Studios and members that belong together: one workbook, or all loose CSV files. */
export interface LinkScope {
  readonly studios: readonly SheetRecord[];
  readonly members: readonly SheetRecord[];
}

export interface LinkedStudios {
  readonly studios: readonly StudioDraft[];
  readonly problems: readonly Problem[];
}

/** 序号 restarts at 1 on every sheet, so as an id it is only unique within its sheet. */
const ROW_NUMBER_HEADER = '序号';

/**
 * Attaches members to their studios: by studio id when the member gives one that
 * the studios carry, else by studio name (compared after NFKC and whitespace
 * removal). Reports members whose studio cannot be found (ORPHAN_MEMBER) and
 * studios named or numbered twice (DUPLICATE_STUDIO, on the later row; members
 * go to the first). Scopes without studios link against every studio.
 *
 * @example linkMembers([{ studios, members }]).studios[0]?.members.length // 5
 */
export function linkMembers(scopes: readonly LinkScope[]): LinkedStudios {
  const problems: Problem[] = [];
  const drafts = new Map<SheetRecord, { values: StudioDraft['values']; source: StudioDraft['source']; members: MemberDraft[] }>();
  const allStudios = scopes.flatMap((scope) => scope.studios);
  for (const studio of allStudios) drafts.set(studio, { values: studio.values, source: studio.source, members: [] });

  const byName = new Map<string, SheetRecord>();
  for (const studio of allStudios) {
    problems.push(...studio.problems);
    const name = textValue(studio, 'studioName');
    if (name === undefined) continue;
    const first = byName.get(compactKey(name));
    if (first) problems.push(duplicate(studio, 'studioName', `工作室名称“${name}”与${describe(first)}重复，同一工作室只能申报一次`));
    else byName.set(compactKey(name), studio);
  }

  for (const scope of scopes) {
    const studios = scope.studios.length > 0 ? scope.studios : allStudios;
    const ids = idIndex(scope.studios, problems);
    const names = new Map<string, SheetRecord>();
    for (const studio of studios) {
      const name = textValue(studio, 'studioName');
      if (name !== undefined && !names.has(compactKey(name))) names.set(compactKey(name), studio);
    }
    const fallbackIds = scope.studios.length > 0 ? ids : idIndex(allStudios, []);
    for (const member of scope.members) {
      const studio = findStudio(member, fallbackIds, names, studios);
      const studioName = studio ? textValue(studio, 'studioName') : textValue(member, 'studioName');
      problems.push(...member.problems.map((problem) => withStudio(problem, studioName)));
      if (studio) drafts.get(studio)?.members.push({ values: member.values, source: member.source });
      else problems.push(orphan(member));
    }
  }
  return { studios: allStudios.map((studio) => drafts.get(studio) as StudioDraft), problems };
}

function idIndex(studios: readonly SheetRecord[], problems: Problem[]): Map<string, SheetRecord> {
  const ids = new Map<string, SheetRecord>();
  for (const studio of studios) {
    const id = textValue(studio, 'studioId');
    if (id === undefined) continue;
    const key = compactKey(id);
    const first = ids.get(key);
    if (first && sameIdSpace(first, studio)) {
      problems.push(duplicate(studio, 'studioId', `工作室编号“${id}”与${describe(first)}重复，编号必须唯一`));
    } else if (!first) ids.set(key, studio);
  }
  return ids;
}

function sameIdSpace(a: SheetRecord, b: SheetRecord): boolean {
  const isRowNumber = (record: SheetRecord): boolean => normaliseHeader(record.source.cells.studioId?.header ?? '') === ROW_NUMBER_HEADER;
  if (!isRowNumber(a) && !isRowNumber(b)) return true;
  return a.source.file === b.source.file && a.source.sheet === b.source.sheet;
}

function findStudio(member: SheetRecord, ids: Map<string, SheetRecord>, names: Map<string, SheetRecord>, studios: readonly SheetRecord[]): SheetRecord | undefined {
  const id = textValue(member, 'studioId');
  const name = textValue(member, 'studioName');
  if (id !== undefined) {
    const byId = ids.get(compactKey(id));
    if (byId) return byId;
  }
  if (name !== undefined) return names.get(compactKey(name));
  // A members list without any studio column belongs to the only studio there is.
  if (id === undefined && studios.length === 1) return studios[0];
  return undefined;
}

function orphan(member: SheetRecord): Problem {
  const id = textValue(member, 'studioId');
  const name = textValue(member, 'studioName');
  const field = name !== undefined || id === undefined ? 'studioName' : 'studioId';
  const cell = member.source.cells[field];
  const memberName = textValue(member, 'memberName');
  const who = memberName !== undefined ? `成员“${memberName}”` : '此成员';
  const message =
    name === undefined && id === undefined
      ? `${who}没有填写所属工作室名称（或编号），无法对应到工作室`
      : `${who}所属的工作室“${name ?? id}”在工作室表中找不到，请核对名称${id !== undefined ? '或编号' : ''}是否与工作室表一致`;
  return {
    file: member.source.file,
    ...(member.source.sheet !== undefined ? { sheet: member.source.sheet } : {}),
    row: member.source.row,
    ...(cell ? { column: cell.column, header: cell.header } : {}),
    field,
    ...(cell && cell.raw !== '' ? { value: cell.raw } : {}),
    ...(name !== undefined ? { studio: name } : {}),
    code: 'ORPHAN_MEMBER',
    message,
    severity: 'error',
  };
}

function duplicate(studio: SheetRecord, field: 'studioName' | 'studioId', message: string): Problem {
  const cell = studio.source.cells[field];
  const name = textValue(studio, 'studioName');
  return {
    file: studio.source.file,
    ...(studio.source.sheet !== undefined ? { sheet: studio.source.sheet } : {}),
    row: studio.source.row,
    ...(cell ? { column: cell.column, header: cell.header } : {}),
    field,
    ...(cell && cell.raw !== '' ? { value: cell.raw } : {}),
    ...(name !== undefined ? { studio: name } : {}),
    code: 'DUPLICATE_STUDIO',
    message,
    severity: 'error',
  };
}

function describe(record: SheetRecord): string {
  const { file, sheet, row } = record.source;
  return `${file}${sheet !== undefined ? `「${sheet}」` : ''}第${row}行`;
}

function withStudio(problem: Problem, studio: string | undefined): Problem {
  return studio === undefined ? problem : { ...problem, studio };
}

function textValue(record: SheetRecord, key: string): string | undefined {
  const value = record.values[key];
  return value === undefined || value === '' ? undefined : String(value);
}
