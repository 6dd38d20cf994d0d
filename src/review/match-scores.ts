import type { Problem } from '../core/problem.js';
import { compactKey } from '../import/normalise-text.js';
import type { ExpertScoreRow } from './read-scores.js';

/** A studio the score sheet may name: every imported studio, valid or not. */
export interface ScorableStudio {
  readonly key: string;
  readonly name: string;
  readonly id?: string | undefined;
  /** Validation errors keep it out of the ranking; its scores are then ignored with a warning. */
  readonly blocked: boolean;
}

export interface MatchedScores {
  /** Expert rows per studio key, in file order, only for studios that passed validation. */
  readonly byStudio: ReadonlyMap<string, readonly ExpertScoreRow[]>;
  readonly problems: readonly Problem[];
}

/**
 * Ties each score row to an application (by 工作室编号 when given, else by name,
 * ignoring spaces and full-width forms). A name no application has is
 * UNKNOWN_STUDIO; the same expert scoring the same studio twice is
 * DUPLICATE_EXPERT_ROW (the later row is left out, so the first one counts only
 * once the sheet is fixed — the command stops on errors).
 *
 * @example matchScores(sheet.rows, studios.map(({ key, studio }) => ({ key, name: studio.name, blocked: false })))
 */
export function matchScores(rows: readonly ExpertScoreRow[], studios: readonly ScorableStudio[]): MatchedScores {
  const byId = new Map<string, ScorableStudio>();
  const byName = new Map<string, ScorableStudio>();
  for (const studio of studios) {
    if (studio.id) byId.set(compactKey(studio.id), studio);
    byId.set(compactKey(studio.key), studio);
    byName.set(compactKey(studio.name), studio);
  }
  const byStudio = new Map<string, ExpertScoreRow[]>();
  const firstRow = new Map<string, ExpertScoreRow>();
  const problems: Problem[] = [];
  const warnedBlocked = new Set<string>();
  for (const row of rows) {
    const place = { file: row.file, ...(row.sheet !== undefined ? { sheet: row.sheet } : {}), row: row.row, studio: row.studioName || row.studioId };
    const studio = (row.studioId ? byId.get(compactKey(row.studioId)) : undefined) ?? (row.studioName ? byName.get(compactKey(row.studioName)) : undefined);
    if (!studio) {
      problems.push({ ...place, code: 'UNKNOWN_STUDIO', severity: 'error', value: row.studioName || row.studioId, message: '申报材料中没有这个工作室，请核对名称或编号' });
      continue;
    }
    const duplicateKey = `${studio.key}\u0000${compactKey(row.expert)}`;
    const earlier = firstRow.get(duplicateKey);
    if (earlier) {
      problems.push({
        ...place,
        studioKey: studio.key,
        code: 'DUPLICATE_EXPERT_ROW',
        severity: 'error',
        value: row.expert,
        message: `专家“${row.expert}”对“${studio.name}”已在第${earlier.row}行评过分，同一专家只能评一次`,
      });
      continue;
    }
    firstRow.set(duplicateKey, row);
    if (studio.blocked) {
      if (!warnedBlocked.has(studio.key)) {
        problems.push({ ...place, studioKey: studio.key, code: 'SCORED_BLOCKED_STUDIO', severity: 'warning', message: `“${studio.name}”的申报材料有错误，未参加排名，其评分不计入` });
        warnedBlocked.add(studio.key);
      }
      continue;
    }
    byStudio.set(studio.key, [...(byStudio.get(studio.key) ?? []), row]);
  }
  return { byStudio, problems };
}
