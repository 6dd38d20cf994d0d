import type { Campaign } from '../campaigns/schema.js';
import { formatChineseDate } from '../core/format.js';
import type { Severity } from '../core/problem.js';
import type { Studio } from '../model/schema.js';
import type { RuleFinding } from '../validate/rules/types.js';
import { nameKey, unitKey } from './keys.js';
import type { NamedStudio } from './types.js';

export const ALREADY_NAMED = 'ALREADY_NAMED';

/** The principle the notices state in one form or another (乐工经〔2020〕24号: 已命名的市级及以上…创新工作室不重复申报). */
const BASIS = '依据：已命名的不重复申报';

/** The parts of a registry row the check reads. */
export type NamedStudioFacts = Pick<NamedStudio, 'campaign' | 'title' | 'studioName' | 'leader' | 'unit' | 'namedOn'>;

export interface AlreadyNamedFinding extends RuleFinding {
  readonly severity: Severity;
}

/**
 * Whether an applying studio was already named: the same studio name, or the same
 * leader at the same employer, named before the campaign's reference date by
 * another naming round. Naming with the very title applied for (e.g. a studio
 * named 上海市技师创新工作室 in 2017 applying for it again) is an error; a
 * different title (a 技师 studio now applying as 工匠, which the 2020 notice even
 * favours; a district-level title) is a warning for the reviewer to judge.
 * Names from the campaign itself are ignored, so a campaign can be re-run after
 * its own naming list was recorded.
 *
 * @example findAlreadyNamed(studio, campaign, registry.namedStudios())?.severity // 'error'
 */
export function findAlreadyNamed(studio: Studio, campaign: Campaign, named: readonly NamedStudioFacts[]): AlreadyNamedFinding | undefined {
  const appliedTitle = campaign.studioTypes.find((type) => type.value === studio.type)?.title ?? campaign.programName;
  const sameTitle = (title: string) => nameKey(title) === nameKey(appliedTitle) || nameKey(title) === nameKey(campaign.programName);
  const name = nameKey(studio.name);
  const leader = nameKey(studio.leader.name);
  const unit = unitKey(studio.unit);

  const matches = named
    .filter((entry) => entry.campaign !== campaign.id && entry.namedOn <= campaign.referenceDate)
    .flatMap((entry): { entry: NamedStudioFacts; by: 'name' | 'leader' }[] => {
      if (nameKey(entry.studioName) === name) return [{ entry, by: 'name' }];
      const sameLeader = entry.leader !== undefined && leader !== '' && nameKey(entry.leader) === leader;
      const sameUnit = entry.unit !== undefined && unit !== '' && unitKey(entry.unit) === unit;
      return sameLeader && sameUnit ? [{ entry, by: 'leader' }] : [];
    })
    .map((match) => ({ ...match, severity: (sameTitle(match.entry.title) ? 'error' : 'warning') as Severity }))
    .sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || b.entry.namedOn.localeCompare(a.entry.namedOn));
  const best = matches[0];
  if (!best) return undefined;

  const { entry, by, severity } = best;
  const when = `已于${formatChineseDate(entry.namedOn)}被命名为“${entry.title}”（${entry.campaign}）`;
  const who = by === 'name' ? `工作室“${studio.name}”` : `领衔人${studio.leader.name}在${studio.unit}的工作室“${entry.studioName}”`;
  const verdict =
    severity === 'error'
      ? by === 'name'
        ? '已命名的不重复申报'
        : '同一领衔人和单位的工作室已命名的不重复申报'
      : `与本次申报的“${appliedTitle}”不是同一称号，请核实是否属于重复申报`;
  return {
    code: ALREADY_NAMED,
    field: by === 'name' ? 'studioName' : 'leaderName',
    value: by === 'name' ? studio.name : studio.leader.name,
    message: `${who}${when}，${verdict}（${BASIS}）`,
    severity,
  };
}

function severityRank(severity: Severity): number {
  return severity === 'error' ? 0 : 1;
}
