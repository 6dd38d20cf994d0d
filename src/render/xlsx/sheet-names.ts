/**
 * Excel refuses sheet names longer than 31 characters, containing [ ] : * ? / \,
 * starting or ending with an apostrophe, or equal (ignoring case) to another
 * sheet's name; these helpers turn any text into a name Excel accepts.
 */
export const MAX_SHEET_NAME_LENGTH = 31;

/**
 * @example sanitiseSheetName('成员[2020]/补充.csv') // '成员(2020)_补充.csv'
 */
export function sanitiseSheetName(text: string): string {
  const cleaned = text
    .replace(/\[/g, '(')
    .replace(/\]/g, ')')
    .replace(/[:*?/\\]/g, '_')
    .replace(/[\u0000-\u001F\u007F]/g, '')
    .replace(/^'+|'+$/g, '')
    .trim();
  // Excel reserves "History" for change tracking.
  const allowed = cleaned.toLowerCase() === 'history' ? `${cleaned}_` : cleaned;
  return truncateUtf16(allowed || 'Sheet', MAX_SHEET_NAME_LENGTH);
}

/**
 * A sheet name for a file's copy: the file name, with the stem shortened rather
 * than the extension when it is too long, so users still see it was their .csv.
 *
 * @example sheetNameForFile('2020年度上海市工匠技师职工巾帼创新工作室团队成员名单.csv') // '2020年度上海市工匠技师职工巾帼创新工作室团队成员名.csv'
 */
export function sheetNameForFile(fileName: string): string {
  const extension = /\.[A-Za-z0-9]{1,5}$/.exec(fileName)?.[0] ?? '';
  if (fileName.length <= MAX_SHEET_NAME_LENGTH || !extension) return sanitiseSheetName(fileName);
  const stem = sanitiseSheetName(fileName.slice(0, -extension.length));
  return truncateUtf16(stem, MAX_SHEET_NAME_LENGTH - extension.length) + extension;
}

/**
 * A sanitised name not yet in `taken` (compared ignoring case); adds "(2)", "(3)"… and records the result in `taken`.
 *
 * @example uniqueSheetName('工作室', new Set(['工作室'])) // '工作室(2)'
 */
export function uniqueSheetName(text: string, taken: Set<string>): string {
  const base = sanitiseSheetName(text);
  let candidate = base;
  for (let counter = 2; taken.has(candidate.toLowerCase()); counter += 1) {
    const suffix = `(${counter})`;
    candidate = truncateUtf16(base, MAX_SHEET_NAME_LENGTH - suffix.length) + suffix;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** Cuts to a length in UTF-16 units (Excel's measure) without splitting a surrogate pair. */
function truncateUtf16(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut;
}
