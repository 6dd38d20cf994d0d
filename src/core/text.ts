/**
 * Length of Chinese prose as Word's 字数 counts it (GUIDE.md §4): every CJK
 * character and full-width punctuation mark counts 1, a run of Latin letters or
 * digits counts 1, spaces and line breaks count 0.
 *
 * @example countChineseWords('工作室成立于2016年，共有12名成员。') // 16
 */
export function countChineseWords(text: string): number {
  const nfc = text.normalize('NFC');
  let count = 0;
  let inLatinRun = false;
  for (let index = 0; index < nfc.length; index += 1) {
    const code = nfc.charCodeAt(index);
    // ASCII and CJK ideographs (nearly every character) are decided by code; the rest by the Unicode classes.
    let kind: CharacterKind;
    if (code < 0x80) kind = asciiKind(code);
    else if (code >= 0x4e00 && code <= 0x9fff) kind = 'counted';
    else {
      const point = nfc.codePointAt(index) as number;
      if (point > 0xffff) index += 1;
      kind = otherKind(String.fromCodePoint(point));
    }
    if (kind === 'latin') {
      if (!inLatinRun) count += 1;
      inLatinRun = true;
      continue;
    }
    inLatinRun = false;
    if (kind === 'counted') count += 1;
  }
  return count;
}

/** latin: part of a run of letters or digits that counts once; space: counts nothing; counted: counts one. */
type CharacterKind = 'latin' | 'space' | 'counted';

function asciiKind(code: number): CharacterKind {
  if ((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return 'latin';
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return 'space';
  return 'counted';
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;

function otherKind(char: string): CharacterKind {
  if (LETTER_OR_DIGIT.test(char) && !isWide(char)) return 'latin';
  return SPACE.test(char) ? 'space' : 'counted';
}

function isWide(char: string): boolean {
  return WIDE.test(char);
}

const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFFEF]/u;

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
