import { fieldDef } from '../model/fields.js';
import { normaliseText } from './normalise-text.js';
import { matchOption } from './values.js';

const SKILL_LEVEL = fieldDef('member', 'skillLevel');
/** NFKC has turned ／，；（） into their ASCII forms. */
const SEPARATORS = /[/、,;()\s]+/u;

export interface TitleAndSkill {
  /** Professional titles, joined with 、 when several. */
  readonly title?: string;
  /** Skill levels found, in order; normally one. */
  readonly skillLevels: readonly string[];
}

/**
 * Splits the combined 职称（技能等级） column of the members table: parts that are a
 * skill level go to skillLevel, everything else is a professional title.
 *
 * @example splitTitleOrSkill('工程师/高级技师') // { title: '工程师', skillLevels: ['高级技师'] }
 * @example splitTitleOrSkill('一级/高级技师') // { skillLevels: ['高级技师'] }
 */
export function splitTitleOrSkill(text: string): TitleAndSkill {
  const whole = matchOption(SKILL_LEVEL, text);
  if (whole !== undefined) return { skillLevels: [whole] };
  const titles: string[] = [];
  const skillLevels: string[] = [];
  for (const part of text.normalize('NFKC').split(SEPARATORS)) {
    if (part === '') continue;
    const level = matchOption(SKILL_LEVEL, part);
    if (level !== undefined) {
      if (!skillLevels.includes(level)) skillLevels.push(level);
    } else {
      const title = normaliseText(part);
      if (!titles.includes(title)) titles.push(title);
    }
  }
  return titles.length > 0 ? { title: titles.join('、'), skillLevels } : { skillLevels };
}
