import { describe, expect, it } from 'vitest';
import { countChineseWords } from '../../src/core/text.js';
import { compactKey, isStableCharacter, normaliseLongText, normaliseText } from '../../src/import/normalise-text.js';

/**
 * The text functions of the import take shortcuts for plain Chinese and ASCII
 * text; these tests hold them to the straightforward definitions they replaced.
 */

const PROSE = /[\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF60\u2025\u2026\u2100-\u218F\u00B2\u00B3\u00B9\u2070-\u209F\u2460-\u24FF\u2776-\u2793\u3200-\u33FF]/u;
const NOT_PROSE_RUN = new RegExp(`[^${PROSE.source.slice(1, -1)}]+`, 'gu');
const SPACE_RUN = /[^\S\n]+|[\u200B-\u200D\uFEFF]+/gu;
const HAN_SPACE_HAN = /(\p{Script=Han})[ ]+(?=\p{Script=Han})/gu;

const referenceNfkcExceptProse = (text: string) => text.normalize('NFC').replace(NOT_PROSE_RUN, (run) => run.normalize('NFKC'));
const referenceNormaliseText = (text: string) => referenceNfkcExceptProse(text).replace(/\n/g, ' ').replace(SPACE_RUN, ' ').trim().replace(HAN_SPACE_HAN, '$1');
const referenceNormaliseLongText = (text: string) =>
  referenceNfkcExceptProse(text.replace(/\r\n?/g, '\n'))
    .split('\n')
    .map((line) => line.replace(SPACE_RUN, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
const referenceCompactKey = (text: string) => text.normalize('NFKC').replace(/[\s\u200B-\u200D\uFEFF]+/gu, '').toLowerCase();
function referenceCountChineseWords(text: string): number {
  const wide = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFFEF]/u;
  let count = 0;
  let inLatinRun = false;
  for (const char of text.normalize('NFC')) {
    if (/[\p{L}\p{N}]/u.test(char) && !wide.test(char)) {
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

/** Characters office input really contains, plus the troublemakers: compatibility forms, combining marks, odd spaces. */
const ALPHABET = [
  ...'张建国工作室创新ABCabc012 ，。、；：？！（）《》“”‘’—…·•\n\t',
  '\u3000', '\u00A0', '\u200B', '\uFEFF', '\r', 'Ａ', '１', '①', '㎡', '²', 'Ω', '\u2126', 'e\u0301', '\u0301', 'ﬁ', '⼯', '가', 'ア', '𠀀', '\uD800',
];

function* randomTexts(count: number): Generator<string> {
  let state = 20261122;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648);
  for (let index = 0; index < count; index += 1) {
    let text = '';
    const length = next() % 20;
    for (let position = 0; position < length; position += 1) text += ALPHABET[next() % ALPHABET.length];
    yield text;
  }
}

describe('text shortcuts', () => {
  it('only treats characters as stable that NFC and (outside prose) NFKC leave alone and that never combine', () => {
    for (let code = 0x80; code <= 0xffff; code += 1) {
      if (!isStableCharacter(code)) continue;
      const char = String.fromCharCode(code);
      expect(char.normalize('NFC'), char).toBe(char);
      expect(/\p{M}/u.test(char), char).toBe(false);
      if (!PROSE.test(char)) expect(char.normalize('NFKC'), char).toBe(char);
    }
  });

  it('normalises, keys and counts exactly as the plain definitions do', () => {
    for (const text of randomTexts(20000)) {
      expect({ text, value: normaliseText(text) }).toEqual({ text, value: referenceNormaliseText(text) });
      expect({ text, value: normaliseLongText(text) }).toEqual({ text, value: referenceNormaliseLongText(text) });
      expect({ text, value: compactKey(text) }).toEqual({ text, value: referenceCompactKey(text) });
      expect({ text, value: countChineseWords(text) }).toEqual({ text, value: referenceCountChineseWords(text) });
    }
  });

  it('keeps prose punctuation in long text while normalising the rest', () => {
    expect(normaliseLongText('　　ＡＢＣ，１２３。\r\n\r\n\r\n　　第二段')).toBe('ABC，123。\n\n第二段');
  });
});
