import { CorruptWorkbookError } from './zip.js';
import { findStartTag, readStartTag } from './xml-scan.js';

/**
 * The parts of a worksheet around its cells: A1 references, the merged ranges
 * and the hyperlinks listed after `<sheetData>`.
 */

/**
 * 0-based column of the A1 reference between start and end ("AB12" → 27), read in place.
 * @throws CorruptWorkbookError when the reference has no column letters.
 */
export function columnOfReference(xml: string, start: number, end: number): number {
  let column = 0;
  for (let index = start; index < end; index += 1) {
    const code = xml.charCodeAt(index);
    if (code < 0x41 || code > 0x5a) {
      if (code === 0x24) continue; // $
      break;
    }
    column = column * 26 + (code - 0x40);
  }
  if (column === 0) throw new CorruptWorkbookError(`bad cell reference ${xml.slice(start, end)}`);
  return column - 1;
}

/** 1-based rows, 0-based columns of "A1:C3" (or "A1"). */
export function decodeRange(ref: string): { top: number; left: number; bottom: number; right: number } | undefined {
  const [first = '', second = first] = ref.split(':');
  const a = decodeAddress(first);
  const b = decodeAddress(second);
  if (a === undefined || b === undefined) return undefined;
  return { top: Math.min(a.row, b.row), left: Math.min(a.column, b.column), bottom: Math.max(a.row, b.row), right: Math.max(a.column, b.column) };
}

function decodeAddress(address: string): { row: number; column: number } | undefined {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(address.trim());
  if (!match?.[1] || !match[2]) return undefined;
  return { column: columnOfReference(match[1], 0, match[1].length), row: Number(match[2]) };
}

export function readHyperlinks(xml: string, from: number, relationships: ReadonlyMap<string, string | undefined>): Map<string, string | undefined> {
  const hyperlinks = new Map<string, string | undefined>();
  const section = findStartTag(xml, 'hyperlinks', from);
  if (section === -1) return hyperlinks;
  for (let index = findStartTag(xml, 'hyperlink', section + 1); index !== -1; index = findStartTag(xml, 'hyperlink', index + 1)) {
    const { attributes } = readStartTag(xml, index);
    const rId = attributes['r:id'];
    if (!rId || attributes.ref === undefined) continue;
    if (!relationships.has(rId)) throw new CorruptWorkbookError(`hyperlink relationship ${rId} is missing`);
    hyperlinks.set(attributes.ref, relationships.get(rId));
  }
  return hyperlinks;
}

export function readMergeRefs(xml: string, from: number): string[] {
  const refs: string[] = [];
  for (let index = findStartTag(xml, 'mergeCell', from); index !== -1; index = findStartTag(xml, 'mergeCell', index + 1)) {
    const ref = readStartTag(xml, index).attributes.ref;
    if (ref !== undefined) refs.push(ref);
  }
  return refs;
}

