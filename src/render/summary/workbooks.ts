import ExcelJS from 'exceljs';
import type { Campaign } from '../../campaigns/schema.js';
import type { CityStatistics, SummaryTable } from '../../summary/index.js';
import { uniqueSheetName } from '../xlsx/sheet-names.js';
import { WORKBOOK_AUTHOR, writeWorkbookDeterministically } from '../xlsx/workbook-bytes.js';
import { PIVOT_SHEET_NAME, writePivotSheet } from './pivot-sheet.js';
import type { SummaryPageLayout } from './page.js';
import { writeSummarySheet } from './summary-sheet.js';

/**
 * One union's summary sheet as a workbook of its own (the file the union signs,
 * stamps and sends). Pass the definition's page layout so every union's sheet
 * has the same columns as the others and as the DOCX/PDF. Same data, same bytes.
 *
 * @example const bytes = await buildSummaryWorkbook(table, campaign);
 */
export async function buildSummaryWorkbook(table: SummaryTable, campaign: Campaign, page?: SummaryPageLayout): Promise<Uint8Array> {
  const workbook = newWorkbook(`${table.summary.title}（${table.group}）`, campaign);
  writeSummarySheet(workbook.addWorksheet(uniqueSheetName(table.summary.label, new Set())), table, page);
  return writeWorkbookDeterministically(workbook, workbookStamp(campaign));
}

/**
 * The city-level workbook: the 汇总 pivot first, then every union's sheet.
 *
 * @example const bytes = await buildCityWorkbook(tables, cityStatistics(studios, campaign, summary), campaign, { excluded: 8 });
 */
export async function buildCityWorkbook(
  tables: readonly SummaryTable[],
  city: CityStatistics,
  campaign: Campaign,
  options: { excluded: number; page?: SummaryPageLayout },
): Promise<Uint8Array> {
  const summary = tables[0]?.summary;
  const title = `${campaign.year}年度${campaign.programName}推荐申报统计`;
  const workbook = newWorkbook(summary ? `${summary.title}（全市）` : title, campaign);
  const taken = new Set<string>([PIVOT_SHEET_NAME.toLowerCase()]);
  writePivotSheet(workbook.addWorksheet(PIVOT_SHEET_NAME), city, campaign, { excluded: options.excluded, title });
  for (const table of tables) writeSummarySheet(workbook.addWorksheet(uniqueSheetName(table.group, taken)), table, options.page);
  return writeWorkbookDeterministically(workbook, workbookStamp(campaign));
}

function newWorkbook(title: string, campaign: Campaign): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = WORKBOOK_AUTHOR;
  workbook.title = title;
  workbook.subject = `${campaign.noticeTitle}（${campaign.noticeNumber}）`;
  return workbook;
}

/** The notice date: the workbook's dates say which campaign it belongs to, never when it was run. */
function workbookStamp(campaign: Campaign): Date {
  return new Date(`${campaign.noticeDate}T00:00:00Z`);
}
