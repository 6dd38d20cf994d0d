import { FANGSONG, HEI, KAI, LATIN, SONG, SYMBOL, XIAOBIAOSONG, type OfficeFont } from '../../src/render/docx/fonts.js';
import { buildDocxPackage } from '../../src/render/docx/package.js';
import { officialPage } from '../../src/render/docx/page.js';
import { checkBoxStyle, type CharacterStyle, type ParagraphStyle } from '../../src/render/docx/styles.js';
import { HALF_POINTS } from './wordml.js';

/**
 * The package every generated form template shares: a GB/T 9704 page, fonts
 * named as offices have them, "— n —" page numbers (style FormFooter), and
 * optionally Word's book-fold printing on A3 (Nanchang 填表说明12).
 */

/** Every font a form template may use, in the order the font table lists them. */
export const FORM_FONTS: readonly OfficeFont[] = [LATIN, SONG, FANGSONG, HEI, KAI, XIAOBIAOSONG, SYMBOL];

export interface DocumentParts {
  /** Body XML (paragraphs and tables) without the closing section properties. */
  readonly body: string;
  readonly paragraphStyles: readonly ParagraphStyle[];
  readonly characterStyles?: readonly CharacterStyle[];
  readonly title: string;
  /** ISO timestamp written as created/modified (the notice date), fixed so the template is reproducible. */
  readonly timestamp: string;
  /** Size of unstyled text in half-points; 小四 unless given. */
  readonly defaultSize?: number;
  /** Fonts declared in the font table; FORM_FONTS unless given. */
  readonly fonts?: readonly OfficeFont[];
  /**
   * Print as a booklet on A3 (填表说明12 “请用A3纸张双面打印，装订成册”): Word's book-fold
   * printing, where the section's paper is A3 landscape and every page is half of it (A4);
   * the 28 mm margin is then the inside one, at the fold.
   */
  readonly bookletA3?: boolean;
  /** No page number on the first page (a cover). */
  readonly coverPage?: boolean;
}

/**
 * A DOCX package around `body`, with fixed timestamps so rebuilding gives the same bytes.
 *
 * @example buildFormDocx({ body, paragraphStyles, title: form.title, timestamp: '2021-05-17T00:00:00Z', bookletA3: true })
 */
export function buildFormDocx(parts: DocumentParts): Uint8Array {
  return buildDocxPackage({
    body: parts.body,
    page: officialPage({ bookletA3: parts.bookletA3, coverPage: parts.coverPage }),
    styles: {
      defaultSize: parts.defaultSize ?? HALF_POINTS.小四,
      paragraphStyles: parts.paragraphStyles,
      characterStyles: parts.characterStyles,
    },
    fonts: parts.fonts ?? FORM_FONTS,
    title: parts.title,
    timestamp: parts.timestamp,
    bookFoldPrinting: parts.bookletA3 === true,
  });
}

export interface CheckBoxFormParts {
  /** Body XML (paragraphs and tables) without the closing section properties. */
  readonly body: string;
  readonly paragraphStyles: readonly ParagraphStyle[];
  /** Id of the ☐/☑ character style the body's box runs use. */
  readonly checkBoxStyleId: string;
  readonly title: string;
  /** ISO timestamp written as created/modified, fixed so the template is reproducible. */
  readonly timestamp: string;
}

/**
 * The package of the 五号 application forms filled in with ☐/☑ boxes (Shanghai 2020,
 * Beijing district 2016): the symbol font in the font table, no 楷体.
 *
 * @example buildCheckBoxFormDocx({ body, paragraphStyles, checkBoxStyleId: 'FormCheckBox', title: form.title, timestamp: '2020-10-22T00:00:00Z' })
 */
export function buildCheckBoxFormDocx(parts: CheckBoxFormParts): Uint8Array {
  return buildFormDocx({
    body: parts.body,
    paragraphStyles: parts.paragraphStyles,
    characterStyles: [checkBoxStyle(parts.checkBoxStyleId)],
    title: parts.title,
    timestamp: parts.timestamp,
    defaultSize: HALF_POINTS.五号,
    fonts: [LATIN, SONG, FANGSONG, HEI, XIAOBIAOSONG, SYMBOL],
  });
}
