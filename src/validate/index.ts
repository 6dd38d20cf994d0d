import type { z } from 'zod';
import { findAlreadyNamed, type NamedStudioFacts } from '../archive/already-named.js';
import type { Campaign, Rule } from '../campaigns/schema.js';
import { compareProblems, type Problem } from '../core/problem.js';
import type { ImportResult, MemberDraft, RecordSource, StudioDraft } from '../import/types.js';
import { fieldDef, type RecordLevel } from '../model/fields.js';
import { StudioSchema, type Studio } from '../model/schema.js';
import { BATCH_RULES, STUDIO_RULES, isBatchRule, type BatchEntry, type BatchStudio, type RuleFinding } from './rules/index.js';
import { canonicalStudioType, shapeStudio, studioFieldForPath } from './to-studio.js';
import type { CheckedStudio, ValidationReport, ValidStudio } from './types.js';

/**
 * Checks imported drafts against the record schema and the campaign's rules.
 * Errors block only the studio they belong to; warnings never block.
 *
 * @example
 * const report = validateApplications(await importApplications(files), campaign);
 * const ready = validStudios(report); // render these
 */
export function validateApplications(imported: ImportResult, campaign: Campaign, options: { namedStudios?: readonly NamedStudioFacts[] } = {}): ValidationReport {
  const keys = studioKeys(imported.studios);
  const checked: { draft: StudioDraft; key: string; studio: Studio | undefined; problems: Problem[] }[] = [];
  for (const [index, draft] of imported.studios.entries()) {
    const key = keys[index] as string;
    const { studio, problems } = checkStudio(draft, key, campaign);
    // Archive check (src/archive/already-named.ts): studios named in an earlier round.
    const named = studio && options.namedStudios ? findAlreadyNamed(studio, campaign, options.namedStudios) : undefined;
    if (named) problems.push(placer(draft, key)(named, named.severity));
    checked.push({ draft, key, studio, problems });
  }

  const entries: BatchEntry[] = checked.map(({ key, studio, draft }) => ({ key, studio: studio ?? batchStudio(draft, campaign), draft }));
  const batchProblems = campaign.rules.flatMap((rule) => {
    if (!isBatchRule(rule)) return [];
    const check = BATCH_RULES[rule.kind] as (rule: Rule, entries: readonly BatchEntry[], campaign: Campaign) => Problem[];
    return check(rule, entries.filter((entry) => !rule.types || rule.types.includes(entry.studio.type)), campaign);
  });

  const importProblemsByStudio = attachToStudios(imported.problems, checked);
  // Batch findings about one studio (e.g. its missing 推荐排序) count against that studio.
  const batchByStudio = new Map<string, Problem[]>();
  for (const problem of batchProblems) {
    if (problem.studioKey !== undefined) batchByStudio.set(problem.studioKey, [...(batchByStudio.get(problem.studioKey) ?? []), problem]);
  }
  const studios: CheckedStudio[] = checked.map(({ draft, key, studio, problems }) => {
    const all = dedupe([...(importProblemsByStudio.get(key) ?? []), ...problems, ...(batchByStudio.get(key) ?? [])]).sort(compareProblems);
    return { key, draft, studio, problems: all, blocked: all.some((problem) => problem.severity === 'error') };
  });
  const unattached = importProblemsByStudio.get(UNATTACHED) ?? [];
  return {
    campaignId: campaign.id,
    inputs: imported.inputs,
    studios,
    problems: [...unattached, ...batchProblems.filter((problem) => problem.studioKey === undefined), ...studios.flatMap((studio) => studio.problems)].sort(compareProblems),
  };
}

/**
 * Forms list the leader apart from 其他成员, but offices often put the leader on the
 * members sheet too; counting them twice would pass a team of 4 as 5.
 */
function withoutLeaderAsMember(draft: StudioDraft): { draft: StudioDraft; leaderRows: MemberDraft[] } {
  const leader = compactName(draft.values.leaderName);
  if (!leader) return { draft, leaderRows: [] };
  const leaderRows = draft.members.filter((member) => compactName(member.values.memberName) === leader);
  if (leaderRows.length === 0) return { draft, leaderRows };
  return { draft: { ...draft, members: draft.members.filter((member) => !leaderRows.includes(member)) }, leaderRows };
}

function compactName(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.normalize('NFKC').replace(/\s+/gu, '') : undefined;
}

/** What batch rules need of a studio whose row failed the schema, read from its values as typed. */
function batchStudio(draft: StudioDraft, campaign: Campaign): BatchStudio {
  const shaped = shapeStudio(draft, campaign);
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
  const rank = shaped.recommendRank;
  const recommender = text(shaped.recommender);
  const unitNature = text(shaped.unitNature);
  return {
    name: text(shaped.name) ?? `第${draft.source.row}行`,
    type: text(shaped.type) ?? '',
    ...(recommender ? { recommender } : {}),
    ...(typeof rank === 'number' && Number.isInteger(rank) && rank > 0 ? { recommendRank: rank } : {}),
    ...(unitNature ? { unitNature } : {}),
  };
}

/** Studios with no error-level problem, in input order. */
export function validStudios(report: ValidationReport): ValidStudio[] {
  return report.studios.flatMap(({ key, studio, blocked }) => (studio && !blocked ? [{ key, studio }] : []));
}

function checkStudio(submitted: StudioDraft, key: string, campaign: Campaign): { studio: Studio | undefined; problems: Problem[] } {
  const { draft, leaderRows } = withoutLeaderAsMember(submitted);
  const place = placer(draft, key);
  const shaped = shapeStudio(draft, campaign);
  const type = typeof shaped.type === 'string' ? shaped.type : undefined;
  const findings: RuleFinding[] = [];
  const leaderNotes = leaderRows.map((member) =>
    placer({ ...draft, members: [member] }, key)(
      {
        code: 'LEADER_LISTED_AS_MEMBER',
        field: 'memberName',
        memberIndex: 0,
        message: '领衔人也列在成员表中；团队人数和各项统计只计一次，表中“其他成员”不再列出此行',
      },
      'warning',
    ),
  );
  const typed = draft.values.studioType;
  if (typeof typed === 'string' && canonicalStudioType(typed, campaign) === undefined) {
    findings.push({
      code: 'UNKNOWN_STUDIO_TYPE',
      field: 'studioType',
      value: typed,
      message: `申报类型“${typed}”不在本次活动的类型中，应为${campaign.studioTypes.map((t) => `“${t.value}”`).join('、')}之一`,
    });
  }

  const appliesTo = (rule: Rule) => !rule.types || (type !== undefined && rule.types.includes(type));
  for (const rule of campaign.rules) {
    if (rule.kind === 'required' && appliesTo(rule)) findings.push(...STUDIO_RULES.required(rule, { studio: shaped as Studio, draft, campaign }));
  }
  const problems = [...leaderNotes, ...findings.map((finding) => place(finding, severityOf(finding, campaign)))];

  const parsed = StudioSchema.safeParse(shaped);
  if (!parsed.success) {
    problems.push(...parsed.error.issues.map((issue) => place(findingFromIssue(issue, draft), 'error')));
    return { studio: undefined, problems };
  }
  const studio = parsed.data;
  for (const rule of campaign.rules) {
    if (rule.kind === 'required' || isBatchRule(rule) || !appliesTo(rule)) continue;
    const check = STUDIO_RULES[rule.kind] as (rule: Rule, context: { studio: Studio; draft: StudioDraft; campaign: Campaign }) => RuleFinding[];
    problems.push(...check(rule, { studio, draft, campaign }).map((finding) => place(finding, rule.severity)));
  }
  return { studio, problems };
}

/** Rule findings carry no severity: REQUIRED_MISSING takes the required rule's, type mismatches are errors. */
function severityOf(finding: RuleFinding, campaign: Campaign): Problem['severity'] {
  if (finding.code === 'REQUIRED_MISSING') return campaign.rules.find((rule) => rule.kind === 'required')?.severity ?? 'error';
  return 'error';
}

function findingFromIssue(issue: z.core.$ZodIssue, draft: StudioDraft): RuleFinding {
  const { field, memberIndex } = studioFieldForPath(issue.path);
  const level: RecordLevel = memberIndex === undefined ? 'studio' : 'member';
  const values = memberIndex === undefined ? draft.values : draft.members[memberIndex]?.values;
  const raw = field ? values?.[field] : undefined;
  const label = field ? fieldDef(level, field).label : issue.path.join('.');
  const missing = raw === undefined;
  return {
    code: missing ? 'REQUIRED_MISSING' : 'INVALID_VALUE',
    message: missing ? `“${label}”未填写` : `“${label}”${issue.message}`,
    ...(field ? { field } : {}),
    ...(memberIndex === undefined ? {} : { memberIndex }),
    ...(raw === undefined ? {} : { value: String(raw) }),
  };
}

/** Turns a finding into a Problem pointing at the cell it is about. */
function placer(draft: StudioDraft, key: string) {
  const studioName = typeof draft.values.studioName === 'string' ? draft.values.studioName : undefined;
  return (finding: RuleFinding, severity: Problem['severity']): Problem => {
    const member = finding.memberIndex === undefined ? undefined : draft.members[finding.memberIndex];
    const source: RecordSource = member?.source ?? draft.source;
    const level: RecordLevel = member ? 'member' : 'studio';
    const cell = finding.field ? source.cells[finding.field] : undefined;
    const header = cell?.header ?? (finding.field ? fieldDef(level, finding.field).label : undefined);
    return {
      file: source.file,
      ...(source.sheet ? { sheet: source.sheet } : {}),
      row: source.row,
      ...(cell ? { column: cell.column } : {}),
      ...(header ? { header } : {}),
      ...(finding.field ? { field: finding.field } : {}),
      ...(finding.value !== undefined ? { value: finding.value } : cell ? { value: cell.raw } : {}),
      ...(studioName ? { studio: studioName } : {}),
      studioKey: key,
      code: finding.code,
      message: finding.message,
      severity,
    };
  };
}

/** Studio id when given, else name; a repeated key gets its row appended so every studio stays addressable. */
function studioKeys(drafts: readonly StudioDraft[]): string[] {
  const seen = new Set<string>();
  return drafts.map((draft) => {
    const base = String(draft.values.studioId ?? draft.values.studioName ?? `第${draft.source.row}行`);
    const key = seen.has(base) ? `${base}#${draft.source.file}:${draft.source.row}` : base;
    seen.add(key);
    return key;
  });
}

const UNATTACHED = '\u0000unattached';

/** Import problems name a row; give each to the studio whose studio row or member row it is on. */
function attachToStudios(problems: readonly Problem[], checked: readonly { draft: StudioDraft; key: string }[]): Map<string, Problem[]> {
  const byRow = new Map<string, string>();
  const rowKey = (file: string, sheet: string | undefined, row: number | undefined) => `${file}\u0000${sheet ?? ''}\u0000${row ?? ''}`;
  // The row index is only needed when some problem names a row; a clean batch of 10,000 studios skips it.
  const anyRow = problems.some((problem) => problem.row !== undefined);
  for (const { draft, key } of anyRow ? checked : []) {
    byRow.set(rowKey(draft.source.file, draft.source.sheet, draft.source.row), key);
    for (const member of draft.members) byRow.set(rowKey(member.source.file, member.source.sheet, member.source.row), key);
  }
  const result = new Map<string, Problem[]>();
  for (const problem of problems) {
    const key = problem.row === undefined ? undefined : byRow.get(rowKey(problem.file, problem.sheet, problem.row));
    const bucket = key ?? UNATTACHED;
    const list = result.get(bucket) ?? [];
    list.push(key ? { ...problem, studioKey: key } : problem);
    result.set(bucket, list);
  }
  return result;
}

/**
 * One message per cause: the required rule and the schema can both notice a blank
 * cell, and a cell the importer could not read is blank to the rules — its own
 * problem (e.g. INVALID_DATE) already says what is wrong.
 */
function dedupe(problems: Problem[]): Problem[] {
  const where = (problem: Problem) => [problem.file, problem.sheet, problem.row, problem.field ?? problem.column].join('\u0000');
  const unreadable = new Set(problems.filter((problem) => problem.code !== 'REQUIRED_MISSING' && problem.severity === 'error').map(where));
  const seen = new Set<string>();
  return problems.filter((problem) => {
    if (problem.code === 'REQUIRED_MISSING' && unreadable.has(where(problem))) return false;
    const id = `${where(problem)}\u0000${problem.code}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
