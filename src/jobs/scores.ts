import type { Review } from '../campaigns/review-schema.js';
import { compareProblems, countBySeverity, type Problem } from '../core/problem.js';
import type { InputFile } from '../import/types.js';
import { matchScores, readScores, type MatchedScores, type ScorableStudio } from '../review/index.js';
import type { CheckResult } from './check.js';

export interface ReviewScores {
  readonly matched: MatchedScores;
  /** Problems of the score sheet and of matching it to the studios, sorted for reading. */
  readonly problems: Problem[];
  readonly errors: number;
  readonly warnings: number;
}

/** Reads the score sheet and matches its rows to the studios that passed validation. */
export async function scoresFor(scoreFile: InputFile, check: CheckResult, review: Review): Promise<ReviewScores> {
  const sheet = await readScores(scoreFile, review);
  const matched = matchScores(sheet.rows, scorableStudios(check));
  const problems = [...sheet.problems, ...matched.problems].sort(compareProblems);
  const counts = countBySeverity(problems);
  return { matched, problems, errors: counts.error, warnings: counts.warning };
}

/** Every imported studio the score sheet may name; blocked ones are recognised but not ranked. */
function scorableStudios(check: CheckResult): ScorableStudio[] {
  return check.studios.flatMap(({ key, name, id, blocked }) => (name ? [{ key, name, id, blocked }] : []));
}
