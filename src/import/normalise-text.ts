/**
 * Text normalisation for values. NFKC fixes what office input produces (full-width
 * digits and letters, U+3000, Kangxi radicals pasted from PDFs that look like 工
 * but are not), yet it would also rewrite Chinese prose: ，（）： become ASCII,
 * …… becomes ......, ①② become 12, ㎡ becomes m2. Those characters are kept as
 * typed; everything else is NFKC-normalised.
 */

/** Full-width punctuation, ellipses, letterlike symbols, super/subscripts, circled and enclosed numbers, CJK compatibility units. */
const PROSE_CHARACTERS = '\\uFF01-\\uFF0F\\uFF1A-\\uFF20\\uFF3B-\\uFF40\\uFF5B-\\uFF60\\u2025\\u2026\\u2100-\\u218F\\u00B2\\u00B3\\u00B9\\u2070-\\u209F\\u2460-\\u24FF\\u2776-\\u2793\\u3200-\\u33FF';
const NOT_PROSE_RUN = new RegExp(`[^${PROSE_CHARACTERS}]+`, 'gu');

/** Horizontal whitespace, incl. NBSP, U+3000 and zero-width characters; not line breaks. */
const SPACE_RUN = /[^\S\n]+|[\u200B-\u200D\uFEFF]+/gu;
const HAN_SPACE_HAN = /(\p{Script=Han})[ ]+(?=\p{Script=Han})/gu;

/**
 * One-line text: NFKC except prose punctuation, trimmed, whitespace runs collapsed
 * to one space, and spaces between Chinese characters removed (names are padded
 * for alignment: "王  强"). Control characters are kept so validation can report them.
 *
 * @example normaliseText(' 王　 强 ') // '王强'
 * @example normaliseText('ＡＢＣ１２３（集团）') // 'ABC123（集团）'
 */
export function normaliseText(text: string): string {
  const normalised = nfkcExceptProse(text);
  // Most values (names, units, options) have no whitespace at all: then there is nothing to collapse or trim.
  if (!ANY_SPACE.test(normalised)) return normalised;
  return normalised.replace(/\n/g, ' ').replace(SPACE_RUN, ' ').trim().replace(HAN_SPACE_HAN, '$1');
}

/** Every character that SPACE_RUN, the line-break replacement or trim() would touch. */
const ANY_SPACE = /[\s\u200B-\u200D\uFEFF]/u;

/**
 * Narrative text: like normaliseText, but line breaks are kept (CRLF unified to LF),
 * each line is trimmed (paragraph indents of U+3000 are layout, not content) and
 * runs of blank lines shrink to one.
 *
 * @example normaliseLongText('　　第一段。\r\n\r\n\r\n　　第二段。') // '第一段。\n\n第二段。'
 */
export function normaliseLongText(text: string): string {
  return nfkcExceptProse(text.replace(/\r\n?/g, '\n'))
    .split('\n')
    .map((line) => line.replace(SPACE_RUN, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Comparison key: full NFKC, no whitespace at all, lower case. For enum options,
 * studio names when linking members, and number parsing.
 *
 * @example compactKey(' 张建国 工匠创新工作室（浦东） ') // '张建国工匠创新工作室(浦东)'
 */
export function compactKey(text: string): string {
  // The same few values (性别, 学历, studio names) come back on every row: remember their keys.
  let key = compactKeys.get(text);
  if (key === undefined) {
    key = text.normalize('NFKC').replace(COMPACT_SPACE, '').toLowerCase();
    if (text.length <= MAX_REMEMBERED_LENGTH) {
      if (compactKeys.size >= MAX_REMEMBERED_KEYS) compactKeys.clear();
      compactKeys.set(text, key);
    }
  }
  return key;
}

const COMPACT_SPACE = /[\s\u200B-\u200D\uFEFF]+/gu;
const compactKeys = new Map<string, string>();
const MAX_REMEMBERED_LENGTH = 100;
const MAX_REMEMBERED_KEYS = 50_000;

function nfkcExceptProse(text: string): string {
  if (isStableText(text)) return text;
  return text.normalize('NFC').replace(NOT_PROSE_RUN, (run) => run.normalize('NFKC'));
}

/**
 * True when every character is one that NFC leaves alone, that NFKC leaves alone
 * unless it is prose (kept anyway), and that never combines with a neighbour: then
 * nfkcExceptProse would return the text unchanged. Covers ASCII, CJK ideographs and
 * the punctuation of Chinese prose — nearly all real input — without normalising.
 */
function isStableText(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80 || (code >= 0x4e00 && code <= 0x9fff)) continue;
    if (!isStableCharacter(code)) return false;
  }
  return true;
}

/** Exported for the test that checks each of these against String.prototype.normalize. */
export function isStableCharacter(code: number): boolean {
  return (
    (code >= 0xff01 && code <= 0xff0f) ||
    (code >= 0xff1a && code <= 0xff20) ||
    (code >= 0xff3b && code <= 0xff40) ||
    (code >= 0xff5b && code <= 0xff60) ||
    code === 0x2025 ||
    code === 0x2026 ||
    (code >= 0x2460 && code <= 0x24ff) ||
    (code >= 0x3001 && code <= 0x3003) ||
    (code >= 0x3008 && code <= 0x3011) ||
    (code >= 0x2013 && code <= 0x2014) ||
    (code >= 0x2018 && code <= 0x2019) ||
    (code >= 0x201c && code <= 0x201d) ||
    code === 0x00b7 ||
    code === 0x2022
  );
}
