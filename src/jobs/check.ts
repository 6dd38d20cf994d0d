import type { NamedStudioFacts } from '../archive/already-named.js';
import type { Campaign } from '../campaigns/schema.js';
import { StudioDocsError } from '../core/errors.js';
import { countBySeverity } from '../core/problem.js';
import { importApplications } from '../import/index.js';
import type { ImportResult, InputFile } from '../import/types.js';
import { validateApplications, validStudios } from '../validate/index.js';
import type { ValidationReport, ValidStudio } from '../validate/types.js';

export interface CheckResult {
  readonly imported: ImportResult;
  readonly report: ValidationReport;
  readonly valid: ValidStudio[];
  readonly summary: CheckSummary;
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
    imported,
    report,
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
