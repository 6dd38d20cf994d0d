import { findStartTag, readStartTag } from './xml-scan.js';

/** A sheet as xl/workbook.xml lists it, resolved to its part in the zip. */
export interface SheetEntry {
  readonly name: string;
  /** undefined, 'visible', 'hidden' or 'veryHidden' as written. */
  readonly state: string | undefined;
  /** Zip entry of the worksheet XML, e.g. "xl/worksheets/sheet1.xml". */
  readonly path: string;
  /** The N of sheetN.xml: the worksheet's relationships are in xl/worksheets/_rels/sheetN.xml.rels. */
  readonly sheetNumber: string;
}

export interface WorkbookParts {
  readonly sheets: readonly SheetEntry[];
  readonly date1904: boolean;
}

/** Worksheet parts are recognised by name, as exceljs does: xl/worksheets/sheetN.xml. */
const WORKSHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;

/**
 * The workbook's sheets in tab order with their visibility, and its date system.
 * Sheets whose relationship does not lead to a worksheet part (chart sheets,
 * dangling ids) are left out, like exceljs leaves them out.
 *
 * @example readWorkbookParts(workbookXml, relsXml, zip.names).sheets[0]?.name // '工作室'
 */
export function readWorkbookParts(workbookXml: string | undefined, relsXml: string | undefined, entryNames: readonly string[]): WorkbookParts {
  if (workbookXml === undefined) return { sheets: [], date1904: false };
  const targets = new Map(readRelationships(relsXml).map((rel) => [rel.id, rel.target]));
  const worksheetNumbers = new Map<string, string>();
  for (const name of entryNames) {
    const match = WORKSHEET_PART.exec(name);
    if (match?.[1] !== undefined) worksheetNumbers.set(name, match[1]);
  }
  const sheets: SheetEntry[] = [];
  for (let index = findStartTag(workbookXml, 'sheet', 0); index !== -1; index = findStartTag(workbookXml, 'sheet', index + 1)) {
    const { attributes } = readStartTag(workbookXml, index);
    const rId = attributes['r:id'];
    const target = rId === undefined ? undefined : targets.get(rId);
    if (target === undefined) continue;
    const path = `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
    const sheetNumber = worksheetNumbers.get(path);
    if (sheetNumber === undefined) continue;
    sheets.push({ name: decodeAgain(attributes.name ?? ''), state: attributes.state, path, sheetNumber });
  }
  const properties = findStartTag(workbookXml, 'workbookPr', 0);
  const date1904 = properties !== -1 && readStartTag(workbookXml, properties).attributes.date1904 === '1';
  return { sheets, date1904 };
}

export interface Relationship {
  readonly id: string;
  readonly target: string | undefined;
}

/** The relationships of a .rels part. */
export function readRelationships(relsXml: string | undefined): Relationship[] {
  if (relsXml === undefined) return [];
  const relationships: Relationship[] = [];
  for (let index = findStartTag(relsXml, 'Relationship', 0); index !== -1; index = findStartTag(relsXml, 'Relationship', index + 1)) {
    const { attributes } = readStartTag(relsXml, index);
    if (attributes.Id !== undefined) relationships.push({ id: attributes.Id, target: attributes.Target });
  }
  return relationships;
}

/**
 * exceljs decodes the five XML entities once more after the parser has (sheet names,
 * `str` cells): "&amp;lt;" in the file reads as "<". Kept so names match what users saw before.
 */
export function decodeAgain(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&([a-z]*);/g, (reference) => {
    switch (reference) {
      case '&lt;':
        return '<';
      case '&gt;':
        return '>';
      case '&amp;':
        return '&';
      case '&apos;':
        return "'";
      case '&quot;':
        return '"';
      default:
        return reference;
    }
  });
}
