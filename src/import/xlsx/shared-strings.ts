import { decodeText, findStartTag, rawContent, readStartTag } from './xml-scan.js';

/** A shared or inline string: plain text, or rich-text runs whose texts are joined for display. */
export type XlsxString = string | { readonly richText: readonly { readonly text?: string }[] } | Readonly<Record<string, never>>;

/**
 * The strings of xl/sharedStrings.xml in index order. Each `<si>` holds one `<t>`
 * or several `<r>` runs (each with a `<t>`); phonetic guides (`<rPh>`) are not
 * part of the text. An `<si>` with neither is kept as an empty object, because
 * that is what exceljs hands on (and what the import then shows).
 *
 * @example readSharedStrings('<sst><si><t>张</t></si><si><r><t>建</t></r><r><t>国</t></r></si></sst>')
 * // ['张', { richText: [{ text: '建' }, { text: '国' }] }]
 */
export function readSharedStrings(xml: string): XlsxString[] {
  const strings: XlsxString[] = [];
  for (let index = findStartTag(xml, 'si', 0); index !== -1; ) {
    const tag = readStartTag(xml, index);
    if (tag.selfClosing) {
      strings.push({});
      index = findStartTag(xml, 'si', tag.end);
      continue;
    }
    const { raw, end } = rawContent(xml, tag.end, 'si');
    strings.push(readStringItem(raw));
    index = findStartTag(xml, 'si', end);
  }
  return strings;
}

/** The content of an `<si>` or an inline `<is>`: runs if there are any, else the text of its `<t>`. */
export function readStringItem(content: string): XlsxString {
  const phonetic = findStartTag(content, 'rPh', 0);
  const body = phonetic === -1 ? content : content.slice(0, phonetic);
  if (findStartTag(body, 'r', 0) !== -1) return { richText: readRuns(body) };
  const text = textElement(body, 0, body.length);
  return text === undefined ? {} : text;
}

/**
 * The content of an inline string (`<is>` in a cell). exceljs reads these with its
 * cell parser, not its shared-string parser: plain `<t>` texts are joined and keep
 * `_xHHHH_` as written; runs are read like shared-string runs. undefined when no text.
 */
export function readInlineString(content: string): XlsxString | undefined {
  if (findStartTag(content, 'r', 0) !== -1) return { richText: readRuns(content) };
  let text: string | undefined;
  for (let index = findStartTag(content, 't', 0); index !== -1; ) {
    const tag = readStartTag(content, index);
    if (tag.selfClosing) {
      index = findStartTag(content, 't', tag.end);
      continue;
    }
    const { raw, end } = rawContent(content, tag.end, 't');
    if (raw !== '') text = (text ?? '') + decodeText(raw);
    index = findStartTag(content, 't', end);
  }
  return text;
}

function readRuns(body: string): { text?: string }[] {
  const runs: { text?: string }[] = [];
  for (let index = findStartTag(body, 'r', 0); index !== -1; ) {
    const tag = readStartTag(body, index);
    if (tag.selfClosing) {
      runs.push({});
      index = findStartTag(body, 'r', tag.end);
      continue;
    }
    const close = body.indexOf('</r>', tag.end);
    const runEnd = close === -1 ? body.length : close;
    const text = textElement(body, tag.end, runEnd);
    runs.push(text === undefined ? {} : { text });
    index = findStartTag(body, 'r', runEnd);
  }
  return runs;
}

/** The decoded text of the first `<t>` between `from` and `before`; undefined when there is none. */
function textElement(xml: string, from: number, before: number): string | undefined {
  const start = findStartTag(xml, 't', from, before);
  if (start === -1) return undefined;
  const tag = readStartTag(xml, start);
  if (tag.selfClosing) return '';
  return unescapeOfficeText(decodeText(rawContent(xml, tag.end, 't').raw));
}

const OFFICE_ESCAPE = /_x([0-9A-F]{4})_/g;

/**
 * Office writes characters XML cannot hold (control characters) as `_xHHHH_`.
 * @example unescapeOfficeText('A_x000D_B') // 'A\rB'
 */
export function unescapeOfficeText(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(OFFICE_ESCAPE, (_escape, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}
