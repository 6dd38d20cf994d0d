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
  return nfkcExceptProse(text).replace(/\n/g, ' ').replace(SPACE_RUN, ' ').trim().replace(HAN_SPACE_HAN, '$1');
}

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
  return text.normalize('NFKC').replace(/[\s\u200B-\u200D\uFEFF]+/gu, '').toLowerCase();
}

function nfkcExceptProse(text: string): string {
  return text.normalize('NFC').replace(NOT_PROSE_RUN, (run) => run.normalize('NFKC'));
}
