/**
 * Length of Chinese prose as Word's 字数 counts it (GUIDE.md §4): every CJK
 * character and full-width punctuation mark counts 1, a run of Latin letters or
 * digits counts 1, spaces and line breaks count 0.
 *
 * @example countChineseWords('工作室成立于2016年，共有12名成员。') // 16
 */
export function countChineseWords(text: string): number {
  let count = 0;
  let inLatinRun = false;
  for (const char of text.normalize('NFC')) {
    if (/[\p{L}\p{N}]/u.test(char) && !isWide(char)) {
      if (!inLatinRun) count += 1;
      inLatinRun = true;
      continue;
    }
    inLatinRun = false;
    if (/\s/u.test(char)) continue;
    count += 1;
  }
  return count;
}

function isWide(char: string): boolean {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFFEF]/u.test(char);
}

/** Removes characters that make Word refuse a document (C0 controls except tab, LF, CR; DEL). */
export function stripControlCharacters(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
}

/** Splits narrative text into paragraphs (blank lines and single line breaks both separate). */
export function paragraphs(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
