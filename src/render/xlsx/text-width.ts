/**
 * Excel column widths are measured in widths of the digit "0"; a Chinese
 * character takes about two of them, so widths are estimated per character.
 *
 * @example displayWidth('工作室名称') // 10
 * @example displayWidth('SH2020-001') // 10
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += isWideCharacter(char) ? 2 : 1;
  return width;
}

/**
 * A column width that shows the longest of the given texts (longest line of each), within bounds.
 *
 * @example columnWidthFor(['工作室名称', '张建国工匠创新工作室'], { min: 8, max: 30 }) // 22
 */
export function columnWidthFor(texts: readonly string[], bounds: { min: number; max: number }): number {
  const widest = Math.max(0, ...texts.flatMap((text) => text.split(/\r?\n/)).map(displayWidth));
  return Math.min(bounds.max, Math.max(bounds.min, widest + 2));
}

function isWideCharacter(char: string): boolean {
  return /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF\u2E80-\u2FDF\u31C0-\u31EF\u3200-\u33FF“”‘’…—]/u.test(char);
}
