import { fontTable, type FontDeclaration } from './wordml.js';

/**
 * The fonts Chinese offices have, named as Word and WPS know them (GUIDE.md §4),
 * and how each is declared in word/fontTable.xml so a machine without it
 * substitutes something alike instead of whatever is installed.
 */

export const SONG = '宋体';
export const FANGSONG = '仿宋_GB2312';
export const HEI = '黑体';
export const KAI = '楷体_GB2312';
export const XIAOBIAOSONG = '方正小标宋简体';
/** Has ☐ and ☑ on every Windows since 7; LibreOffice falls back to a font that has them. */
export const SYMBOL = 'Segoe UI Symbol';
/** Latin letters and digits in every generated document. */
export const LATIN = 'Times New Roman';

export type OfficeFont = typeof SONG | typeof FANGSONG | typeof HEI | typeof KAI | typeof XIAOBIAOSONG | typeof SYMBOL | typeof LATIN;

const DECLARATIONS: Readonly<Record<OfficeFont, FontDeclaration>> = {
  [LATIN]: { name: LATIN, charset: 0, family: 'roman', pitch: 'variable' },
  [SONG]: { name: SONG, altName: 'SimSun', charset: 134, family: 'auto', pitch: 'variable' },
  [FANGSONG]: { name: FANGSONG, altName: '仿宋', charset: 134, family: 'modern', pitch: 'fixed' },
  [HEI]: { name: HEI, altName: 'SimHei', charset: 134, family: 'modern', pitch: 'fixed' },
  [KAI]: { name: KAI, altName: '楷体', charset: 134, family: 'modern', pitch: 'fixed' },
  [XIAOBIAOSONG]: { name: XIAOBIAOSONG, altName: SONG, charset: 134, family: 'script', pitch: 'fixed' },
  [SYMBOL]: { name: SYMBOL, charset: 0, family: 'swiss', pitch: 'variable' },
};

/**
 * word/fontTable.xml declaring the given fonts, in the order given.
 *
 * @example officeFontTable([LATIN, SONG, FANGSONG, HEI, XIAOBIAOSONG])
 */
export function officeFontTable(fonts: readonly OfficeFont[]): string {
  return fontTable(fonts.map((font) => DECLARATIONS[font]));
}
