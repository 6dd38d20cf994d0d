/**
 * A minimal XML scanner for the machine-written parts of an .xlsx: find an
 * element's start tag with indexOf, read its attributes, take the text up to
 * its end tag. No DOM and no namespaces: names are matched as written, the way
 * exceljs (through saxes) sees them. Text and attribute values are decoded as an
 * XML parser would: line ends normalised, then character and entity references.
 */

export interface StartTag {
  readonly attributes: Readonly<Record<string, string>>;
  /** Index just after the closing ">" of the start tag. */
  readonly end: number;
  /** `<name/>`: the element has no content and no end tag. */
  readonly selfClosing: boolean;
}

/**
 * Index of the next `<name` start tag at or after `from` (not `<names…`), or -1.
 * @example findStartTag('<cols/><c r="A1">', 'c', 0) // 7
 */
export function findStartTag(xml: string, name: string, from: number, before = xml.length): number {
  const open = `<${name}`;
  for (let index = xml.indexOf(open, from); index !== -1 && index < before; index = xml.indexOf(open, index + 1)) {
    const next = xml.charCodeAt(index + open.length);
    if (next === 0x20 || next === 0x3e || next === 0x2f || next === 0x0a || next === 0x0d || next === 0x09) return index;
  }
  return -1;
}

/**
 * Reads the attributes of the start tag at `start` (which points at "<").
 * @example readStartTag('<sheet name="A&amp;B" sheetId="1"/>', 0).attributes.name // 'A&B'
 */
export function readStartTag(xml: string, start: number): StartTag {
  const attributes: Record<string, string> = {};
  let position = start + 1;
  while (position < xml.length && !isTagBreak(xml.charCodeAt(position))) position += 1;
  for (;;) {
    while (position < xml.length && isSpace(xml.charCodeAt(position))) position += 1;
    const code = xml.charCodeAt(position);
    if (Number.isNaN(code)) return { attributes, end: xml.length, selfClosing: true };
    if (code === 0x3e) return { attributes, end: position + 1, selfClosing: false };
    if (code === 0x2f) return { attributes, end: xml.indexOf('>', position) + 1 || xml.length, selfClosing: true };
    const equals = xml.indexOf('=', position);
    if (equals === -1) return { attributes, end: xml.length, selfClosing: true };
    const name = xml.slice(position, equals).trim();
    let quote = equals + 1;
    while (isSpace(xml.charCodeAt(quote))) quote += 1;
    const quoteChar = xml[quote] ?? '"';
    const close = xml.indexOf(quoteChar, quote + 1);
    if (close === -1) return { attributes, end: xml.length, selfClosing: true };
    attributes[name] = decodeAttribute(xml.slice(quote + 1, close));
    position = close + 1;
  }
}

/**
 * The text content of the element whose start tag ends at `contentStart`, up to `</name>`.
 * Returns the raw (undecoded) text and where the end tag finishes.
 */
export function rawContent(xml: string, contentStart: number, name: string): { readonly raw: string; readonly end: number } {
  const close = xml.indexOf(`</${name}>`, contentStart);
  if (close === -1) return { raw: xml.slice(contentStart), end: xml.length };
  return { raw: xml.slice(contentStart, close), end: close + name.length + 3 };
}

const ENTITY_OR_CR = /[&\r]/;
const REFERENCE = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|apos|quot);/g;

/**
 * Text content as an XML parser reports it: CRLF and CR become LF, references are resolved.
 * @example decodeText('a&amp;b\r\nc') // 'a&b\nc'
 */
export function decodeText(raw: string): string {
  if (!ENTITY_OR_CR.test(raw)) return raw;
  return resolveReferences(raw.replace(/\r\n?/g, '\n'));
}

/** Attribute values also turn tabs and line ends into spaces (XML attribute-value normalisation). */
export function decodeAttribute(raw: string): string {
  if (!/[&\r\n\t]/.test(raw)) return raw;
  return resolveReferences(raw.replace(/\r\n?/g, '\n').replace(/[\n\t]/g, ' '));
}

function resolveReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (reference, body: string) => {
    switch (body) {
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'amp':
        return '&';
      case 'apos':
        return "'";
      case 'quot':
        return '"';
      default: {
        const point = body[1] === 'x' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
        return point <= 0x10ffff ? String.fromCodePoint(point) : reference;
      }
    }
  });
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

function isTagBreak(code: number): boolean {
  return isSpace(code) || code === 0x3e || code === 0x2f;
}
