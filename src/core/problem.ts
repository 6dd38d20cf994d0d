import { z } from 'zod';

/**
 * A validation problem is data: where it is, what is wrong (code for machines,
 * Chinese message for people) and how bad. Formatting lives in `formatProblem`.
 */
export const SeveritySchema = z.enum(['error', 'warning']);
export type Severity = z.infer<typeof SeveritySchema>;

export const ProblemSchema = z.object({
  /** Input file name as the user gave it (basename). */
  file: z.string(),
  sheet: z.string().optional(),
  /** 1-based row number as shown by Excel / a text editor. */
  row: z.number().int().positive().optional(),
  /** Column letter (A, B, … AA) as shown by Excel. */
  column: z.string().optional(),
  /** Column header as written in the input (e.g. 领衔人姓名). */
  header: z.string().optional(),
  /** Canonical field key (e.g. leaderName), when the problem concerns one field. */
  field: z.string().optional(),
  /** The offending value, as text. */
  value: z.string().optional(),
  /** Studio the problem belongs to (name), so errors block only that studio. */
  studio: z.string().optional(),
  /** Stable key of the studio (see applicationKey), used to block rendering. */
  studioKey: z.string().optional(),
  code: z.string(),
  message: z.string(),
  severity: SeveritySchema,
});
export type Problem = z.infer<typeof ProblemSchema>;

const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '提醒' };

export function severityLabel(severity: Severity): string {
  return SEVERITY_LABEL[severity];
}

/** Where a problem is, in the words an office user reads: 文件 · 工作表 · 第3行 · D列（领衔人）. */
export function formatLocation(problem: Problem): string {
  const parts = [problem.file];
  if (problem.sheet) parts.push(`工作表「${problem.sheet}」`);
  if (problem.row !== undefined) parts.push(`第${problem.row}行`);
  if (problem.column) parts.push(`${problem.column}列${problem.header ? `（${problem.header}）` : ''}`);
  else if (problem.header) parts.push(`「${problem.header}」`);
  return parts.join(' · ');
}

/** One line per problem: `[错误] file · 第3行 · D列（领衔人）：message（值：“x”）[code]`. */
export function formatProblem(problem: Problem): string {
  const value = problem.value !== undefined && problem.value !== '' ? `（值：“${truncate(problem.value, 40)}”）` : '';
  return `[${severityLabel(problem.severity)}] ${formatLocation(problem)}：${problem.message}${value} [${problem.code}]`;
}

export function countBySeverity(problems: readonly Problem[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0 };
  for (const problem of problems) counts[problem.severity] += 1;
  return counts;
}

/** Sort for stable, readable output: file, sheet, row, column, then code. */
export function compareProblems(a: Problem, b: Problem): number {
  return (
    a.file.localeCompare(b.file) ||
    (a.sheet ?? '').localeCompare(b.sheet ?? '') ||
    (a.row ?? 0) - (b.row ?? 0) ||
    columnIndex(a.column) - columnIndex(b.column) ||
    a.code.localeCompare(b.code)
  );
}

function columnIndex(column: string | undefined): number {
  if (!column) return 0;
  let index = 0;
  for (const char of column) index = index * 26 + (char.charCodeAt(0) - 64);
  return index;
}

function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}
