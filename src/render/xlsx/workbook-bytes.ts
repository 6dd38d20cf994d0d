import type ExcelJS from 'exceljs';
import { repackDeterministically } from '../zip.js';

/** Who we say wrote the workbook; fixed so repeated runs give identical bytes. */
export const WORKBOOK_AUTHOR = 'studio-docs';

/**
 * Serialises a workbook so the bytes depend only on its content: exceljs stamps
 * core.xml with "now" and the zip with the current time unless told otherwise.
 *
 * @example
 *   const bytes = await writeWorkbookDeterministically(workbook, new Date('2020-10-22T00:00:00Z'));
 */
export async function writeWorkbookDeterministically(workbook: ExcelJS.Workbook, stamp: Date): Promise<Uint8Array> {
  workbook.created = stamp;
  workbook.modified = stamp;
  workbook.lastModifiedBy = WORKBOOK_AUTHOR;
  const buffer = await workbook.xlsx.writeBuffer();
  return repackDeterministically(new Uint8Array(buffer as ArrayBuffer));
}
