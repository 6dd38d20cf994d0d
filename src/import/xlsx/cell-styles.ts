import { findStartTag, rawContent, readStartTag } from './xml-scan.js';

/** What the import needs of a cell style: its number format, and whether that makes numbers dates. */
export interface CellStyle {
  readonly numFmt: string | undefined;
  readonly isDate: boolean;
}

/**
 * Built-in number formats that have a fixed code. The locale-dependent ids
 * (27–36, 50–58: Chinese/Japanese/Korean dates) have none, so exceljs — and
 * therefore the import — treats numbers in them as plain numbers.
 */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/**
 * The cell styles (`<cellXfs>`) of xl/styles.xml by index, as the `s` attribute of
 * a cell refers to them.
 *
 * @example readCellStyles(stylesXml)[1] // { numFmt: 'yyyy"年"m"月"', isDate: true }
 */
export function readCellStyles(xml: string): CellStyle[] {
  const custom = new Map<number, string>();
  const numFmts = sectionOf(xml, 'numFmts');
  if (numFmts !== undefined) {
    for (let index = findStartTag(numFmts, 'numFmt', 0); index !== -1; index = findStartTag(numFmts, 'numFmt', index + 1)) {
      const { attributes } = readStartTag(numFmts, index);
      // exceljs drops the backslash of escaped characters (\- → -) when it reads a format.
      custom.set(Number.parseInt(attributes.numFmtId ?? '', 10), (attributes.formatCode ?? '').replace(/[\\](.)/g, '$1'));
    }
  }
  const styles: CellStyle[] = [];
  const cellXfs = sectionOf(xml, 'cellXfs');
  if (cellXfs === undefined) return styles;
  for (let index = findStartTag(cellXfs, 'xf', 0); index !== -1; ) {
    const tag = readStartTag(cellXfs, index);
    const id = Number.parseInt(tag.attributes.numFmtId ?? '', 10);
    const numFmt = id ? custom.get(id) || BUILT_IN_FORMATS[id] : undefined;
    styles.push({ numFmt: numFmt || undefined, isDate: isDateFormat(numFmt) });
    // An <xf> may hold <alignment/> and <protection/>; skip to its end before looking for the next one.
    index = findStartTag(cellXfs, 'xf', tag.selfClosing ? tag.end : cellXfs.indexOf('</xf>', tag.end) + 5);
  }
  return styles;
}

/**
 * exceljs's rule: a format is a date format when, outside [..] and "..", it has any of y m d h M s b.
 * @example isDateFormat('yyyy"年"m"月"') // true
 * @example isDateFormat('0.00"万元"') // false
 */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  return /[ymdhMsb]+/.test(numFmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

function sectionOf(xml: string, name: string): string | undefined {
  const start = findStartTag(xml, name, 0);
  if (start === -1) return undefined;
  const tag = readStartTag(xml, start);
  return tag.selfClosing ? '' : rawContent(xml, tag.end, name).raw;
}
