import ExcelJS from 'exceljs';
import type { Campaign } from '../../campaigns/schema.js';
import type { RecordLevel } from '../../model/fields.js';
import { addInstructionsSheet } from './template-instructions.js';
import { templateColumns, type TemplateColumn } from './template-columns.js';
import { columnWidthFor } from './text-width.js';
import { writeWorkbookDeterministically, WORKBOOK_AUTHOR } from './workbook-bytes.js';

export const TEMPLATE_SHEET_NAMES = { studio: '工作室', member: '成员', instructions: '填写说明', options: '选项' } as const;
/** The importer skips rows whose first cell starts with 示例 (or 例：), so the example row never becomes a studio. */
export const EXAMPLE_ROW_PREFIX = '示例：';
export const TEMPLATE_HEADER_ROW = 1;
export const TEMPLATE_EXAMPLE_ROW = 2;
/** Drop-downs and text formats cover these rows only: whole-column validations make Excel and importers crawl. */
export const TEMPLATE_DATA_ROWS = { first: 3, last: 1002 } as const;
export const IMPORT_TEMPLATE_VERSION = 1;

const REQUIRED_HEADER_COLOR = 'FFC00000';
const HEADER_FILL = 'FFDDEBF7';
const EXAMPLE_COLOR = 'FF808080';
const THIN_BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin', color: { argb: 'FFA6A6A6' } },
  left: { style: 'thin', color: { argb: 'FFA6A6A6' } },
  bottom: { style: 'thin', color: { argb: 'FFA6A6A6' } },
  right: { style: 'thin', color: { argb: 'FFA6A6A6' } },
};

/** exceljs supports worksheet data validations but its typings omit the collection. */
interface DataValidationCollection {
  add(address: string, validation: ExcelJS.DataValidation): void;
}

/**
 * The version string recorded in the template (workbook keywords and the 填写说明 sheet),
 * so a returned file can be traced to the template it was filled in.
 *
 * @example importTemplateVersion(campaign) // 'studio-docs 导入模板 shanghai-2020 v1'
 */
export function importTemplateVersion(campaign: Pick<Campaign, 'id'>): string {
  return `studio-docs 导入模板 ${campaign.id} v${IMPORT_TEMPLATE_VERSION}`;
}

/**
 * The blank workbook office staff fill in: sheets 工作室 and 成员 (header row,
 * example row, drop-downs, text-formatted phone/postcode/id cells), 填写说明,
 * and the hidden 选项 sheet the drop-downs read. Same campaign, same bytes.
 *
 * @example
 *   const bytes = await buildImportTemplate(loadCampaign('shanghai-2020').campaign);
 *   // write bytes to 2020年度…导入模板.xlsx
 */
export async function buildImportTemplate(campaign: Campaign): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = WORKBOOK_AUTHOR;
  workbook.title = `${campaign.programName}申报导入模板`;
  workbook.subject = `${campaign.noticeTitle}（${campaign.noticeNumber}）`;
  workbook.keywords = importTemplateVersion(campaign);
  workbook.description = importTemplateVersion(campaign);

  const studioColumns = templateColumns(campaign, 'studio');
  const memberColumns = templateColumns(campaign, 'member');
  const studioSheet = workbook.addWorksheet(TEMPLATE_SHEET_NAMES.studio);
  const memberSheet = workbook.addWorksheet(TEMPLATE_SHEET_NAMES.member);
  addInstructionsSheet(workbook.addWorksheet(TEMPLATE_SHEET_NAMES.instructions), campaign, {
    studio: studioColumns,
    member: memberColumns,
    version: importTemplateVersion(campaign),
    sheetNames: TEMPLATE_SHEET_NAMES,
    exampleRow: TEMPLATE_EXAMPLE_ROW,
    dataRows: TEMPLATE_DATA_ROWS,
  });
  const optionsSheet = workbook.addWorksheet(TEMPLATE_SHEET_NAMES.options, { state: 'hidden' });
  const listRanges = fillOptionsSheet(optionsSheet, [
    { level: 'studio', columns: studioColumns },
    { level: 'member', columns: memberColumns },
  ]);

  fillDataSheet(studioSheet, studioColumns, listRanges);
  fillDataSheet(memberSheet, memberColumns, listRanges);

  return writeWorkbookDeterministically(workbook, new Date(`${campaign.noticeDate}T00:00:00Z`));
}

/** Writes one option list per drop-down column; returns the absolute range of each, keyed `level.fieldKey`. */
function fillOptionsSheet(
  sheet: ExcelJS.Worksheet,
  groups: readonly { level: RecordLevel; columns: readonly TemplateColumn[] }[],
): Map<string, string> {
  const ranges = new Map<string, string>();
  let columnNumber = 0;
  for (const { level, columns } of groups) {
    for (const column of columns) {
      if (!column.options) continue;
      columnNumber += 1;
      const letter = sheet.getColumn(columnNumber).letter;
      sheet.getCell(1, columnNumber).value = `${TEMPLATE_SHEET_NAMES[level]}·${column.def.label}`;
      sheet.getCell(1, columnNumber).font = { bold: true };
      column.options.forEach((option, index) => {
        sheet.getCell(index + 2, columnNumber).value = option;
      });
      sheet.getColumn(columnNumber).width = columnWidthFor([`${TEMPLATE_SHEET_NAMES[level]}·${column.def.label}`, ...column.options], { min: 10, max: 30 });
      const lastRow = column.options.length + 1;
      ranges.set(`${level}.${column.def.key}`, `'${sheet.name}'!$${letter}$2:$${letter}$${lastRow}`);
    }
  }
  return ranges;
}

function fillDataSheet(sheet: ExcelJS.Worksheet, columns: readonly TemplateColumn[], listRanges: ReadonlyMap<string, string>): void {
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: TEMPLATE_HEADER_ROW, topLeftCell: `A${TEMPLATE_HEADER_ROW + 1}`, activeCell: `A${TEMPLATE_DATA_ROWS.first}` }];
  const header = sheet.getRow(TEMPLATE_HEADER_ROW);
  const example = sheet.getRow(TEMPLATE_EXAMPLE_ROW);
  header.height = 32;

  columns.forEach((column, index) => {
    const columnNumber = index + 1;
    const sheetColumn = sheet.getColumn(columnNumber);
    const headerText = `${column.required ? '*' : ''}${column.def.label}`;
    const exampleText = index === 0 ? `${EXAMPLE_ROW_PREFIX}${column.example}` : column.example;
    const isLongText = column.def.kind === 'longText';
    sheetColumn.width = isLongText
      ? columnWidthFor([headerText], { min: 36, max: 50 })
      : columnWidthFor([headerText, exampleText], { min: 8, max: 30 });

    const headerCell = header.getCell(columnNumber);
    headerCell.value = headerText;
    headerCell.font = { bold: true, color: { argb: column.required ? REQUIRED_HEADER_COLOR : 'FF000000' } };
    headerCell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    headerCell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    headerCell.border = THIN_BORDER;

    const exampleCell = example.getCell(columnNumber);
    exampleCell.value = exampleText;
    exampleCell.font = { italic: true, color: { argb: EXAMPLE_COLOR } };
    exampleCell.alignment = { vertical: 'top', wrapText: isLongText };
    if (column.keepAsText) exampleCell.numFmt = '@';

    const dataRange = `${sheetColumn.letter}${TEMPLATE_DATA_ROWS.first}:${sheetColumn.letter}${TEMPLATE_DATA_ROWS.last}`;
    const listRange = listRanges.get(`${column.level}.${column.def.key}`);
    if (listRange && column.options) {
      validations(sheet).add(dataRange, {
        type: 'list',
        allowBlank: true,
        formulae: [listRange],
        showErrorMessage: true,
        // A warning, not a stop: the importer also accepts common spellings (国企, 民企…), so typing one must stay possible.
        errorStyle: 'warning',
        errorTitle: column.def.label,
        error: `请从下拉列表中选择：${column.options.join('、')}`,
      });
    }
    if (column.keepAsText) {
      for (let row = TEMPLATE_DATA_ROWS.first; row <= TEMPLATE_DATA_ROWS.last; row += 1) sheet.getCell(row, columnNumber).numFmt = '@';
    }
  });
}

function validations(sheet: ExcelJS.Worksheet): DataValidationCollection {
  return (sheet as unknown as { dataValidations: DataValidationCollection }).dataValidations;
}
