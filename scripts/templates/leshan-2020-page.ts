import { FANGSONG, HEI, KAI, LATIN, SONG, XIAOBIAOSONG } from '../../src/render/docx/fonts.js';
import type { CharacterStyle, ParagraphStyle } from '../../src/render/docx/styles.js';
import { buildFormDocx } from './form-package.js';
import { HALF_POINTS } from './wordml.js';

/**
 * What both Leshan 2020 templates share (附件1 推荐审批表 and 附件3 申报材料): 五号
 * unstyled text, a font table without the checkbox font, and the notice date.
 * Each form adds its own paragraph and character styles.
 */

export interface LeshanDocumentParts {
  /** Body XML (paragraphs and tables) without the closing section properties. */
  readonly body: string;
  readonly paragraphStyles: readonly ParagraphStyle[];
  readonly characterStyles?: readonly CharacterStyle[];
  readonly title: string;
}

/**
 * A DOCX package around `body`, with fixed timestamps so rebuilding gives the same bytes.
 *
 * @example buildLeshanDocx({ body, paragraphStyles: PARAGRAPH_STYLES, title: form.title })
 */
export function buildLeshanDocx(parts: LeshanDocumentParts): Uint8Array {
  return buildFormDocx({
    ...parts,
    timestamp: '2020-08-03T00:00:00Z',
    defaultSize: HALF_POINTS.五号,
    fonts: [LATIN, SONG, FANGSONG, HEI, KAI, XIAOBIAOSONG],
  });
}
