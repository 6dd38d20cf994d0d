import type { NamedStudioFacts } from '../archive/already-named.js';
import type { Campaign } from '../campaigns/schema.js';
import { StudioDocsError } from '../core/errors.js';
import { countBySeverity, type Problem } from '../core/problem.js';
import { importApplications } from '../import/index.js';
import type { InputFile, InputFileInfo } from '../import/types.js';
import { validateApplications, validStudios } from '../validate/index.js';
import type { CheckedStudio, ValidStudio } from '../validate/types.js';

/**
 * What a job keeps of import + validation. The imported drafts (every source
 * cell of every row, about twice the size of the studios themselves) are left
 * behind: problems already say where they are, and the error workbook is made
 * from the input files and the problems.
 */
export interface CheckResult {
  readonly inputs: readonly InputFileInfo[];
  /** Every imported studio, in input order, valid or not. */
  readonly studios: readonly StudioOutcome[];
  /** Every problem (file-level, studio-level and batch-level), sorted for reading. */
  readonly problems: readonly Problem[];
  /** The studios whose documents may be made, in input order. */
  readonly valid: ValidStudio[];
  readonly summary: CheckSummary;
}

/** One imported studio as reports and score sheets need it: how to name it, and whether it passed. */
export interface StudioOutcome {
  /** Stable within a batch: studio id when given, else the studio name (made unique). */
  readonly key: string;
  /** As written in the input; absent when the row has no studio name. */
  readonly name?: string;
  readonly id?: string;
  readonly recommender?: string;
  /** An error was found, or the row could not be read as a studio at all: no documents. */
  readonly blocked: boolean;
  readonly problems: number;
}

export interface CheckSummary {
  readonly studios: number;
  readonly valid: number;
  readonly blocked: number;
  readonly members: number;
  readonly errors: number;
  readonly warnings: number;
}

export interface CheckOptions {
  /** Studios named in earlier rounds (from the archive registry): applying again is flagged ALREADY_NAMED. */
  readonly namedStudios?: readonly NamedStudioFacts[];
}

/**
 * Import + validate: the first half of every job (CLI validate/render/build, and the web page).
 *
 * @example const { valid, summary } = await checkApplications(files, campaign, { namedStudios: registry.namedStudios() });
 */
export async function checkApplications(files: readonly InputFile[], campaign: Campaign, options: CheckOptions = {}): Promise<CheckResult> {
  const imported = await importApplications([...files], { referenceDate: campaign.referenceDate });
  if (imported.studios.length === 0) {
    throw new StudioDocsError('NO_DATA', `${files.map((file) => file.name).join('、')} 中没有任何工作室数据（只有表头，或工作室表为空）。`, {
      hints: ['请在“工作室”表（或工作室 CSV）中每行填写一个工作室，成员填在“成员”表。'],
    });
  }
  const report = validateApplications(imported, campaign, options);
  const valid = validStudios(report);
  const counts = countBySeverity(report.problems);
  return {
    inputs: imported.inputs,
    studios: report.studios.map(outcomeOf),
    problems: report.problems,
    valid,
    summary: {
      studios: report.studios.length,
      valid: valid.length,
      blocked: report.studios.length - valid.length,
      members: imported.studios.reduce((sum, studio) => sum + studio.members.length, 0),
      errors: counts.error,
      warnings: counts.warning,
    },
  };
}

function outcomeOf({ key, studio, draft, blocked, problems }: CheckedStudio): StudioOutcome {
  const name = studio?.name ?? textOf(draft.values.studioName);
  const recommender = studio?.recommender ?? textOf(draft.values.recommender);
  const id = studio?.id;
  return {
    key,
    ...(name === undefined ? {} : { name }),
    ...(id === undefined ? {} : { id }),
    ...(recommender === undefined ? {} : { recommender }),
    blocked: blocked || studio === undefined,
    problems: problems.length,
  };
}

function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
