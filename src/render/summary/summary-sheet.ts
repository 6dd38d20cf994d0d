import type ExcelJS from 'exceljs';
import type { SummaryTable } from '../../summary/index.js';
import { hasGroupedHeadings, headerCellText, headingRuns, totalText } from './layout.js';
import { summaryPageLayout, type SummaryPageLayout } from './page.js';
import {
  ATTACHMENT_FONT,
  BODY_FONT as BASE_BODY_FONT,
  BOX,
  columnLetter,
  formulaString,
  HEADING_FILL,
  HEADING_FONT as BASE_HEADING_FONT,
  mergeBox,
  numberFormat,
  printSetup,
  rowHeightFor,
  TITLE_FONT,
  writeFormula,
  writeSummaryCell,
  writeText,
  wrappedLines,
} from './xlsx-cells.js';

/** Where things landed on the sheet (1-based rows), for formulas that refer to the list and for tests. */
export interface SummarySheetLayout {
  readonly titleRow: number;
  /** Rows of the column headings (one, or two with grouped headings). */
  readonly headingRows: { readonly from: number; readonly to: number };
  /** Rows of the list; to < from when the list is empty. */
  readonly dataRows: { readonly from: number; readonly to: number };
  readonly totalsRow?: number;
  readonly opinionRow?: number;
}

const OPINION_HEIGHT = 96;

/**
 * Lays one union's summary sheet out as the notice prints it: attachment mark,
 * title, header block, list title, column headings, the list, totals, opinion
 * box and notes. Counts in the header block and the totals are formulas over the
 * list (COUNTIF / ROWS / COUNTA / SUM) with their results cached, so viewers
 * that never recalculate still show the numbers. Headings are frozen and
 * repeated on every printed page; text cells can never become formulas.
 *
 * @example writeSummarySheet(workbook.addWorksheet('推荐申报汇总表'), table)
 */
export function writeSummarySheet(sheet: ExcelJS.Worksheet, table: SummaryTable, page: SummaryPageLayout = summaryPageLayout(table.summary, [table])): SummarySheetLayout {
  const widths = [...page.columnWidths];
  const columnCount = widths.length;
  widths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  // The sheet prints in the same type size as the DOCX and PDF, so fit-to-width does not shrink it further.
  const BODY_FONT = { ...BASE_BODY_FONT, size: page.fontPt };
  const HEADING_FONT = { ...BASE_HEADING_FONT, size: page.fontPt };
  /** Widths are measured for 11 pt text; smaller type fits more per line. */
  const textScale = (BASE_BODY_FONT.size ?? 11) / page.fontPt;
  const spanWidth = (first: number, count: number) => widths.slice(first, first + count).reduce((sum, width) => sum + width, 0);
  const fit = (row: ExcelJS.Row, texts: readonly { text: string; width: number }[], fontSize = page.fontPt) => {
    const lines = Math.max(1, ...texts.map(({ text, width }) => wrappedLines(text, width * (fontSize === page.fontPt ? textScale : 1))));
    row.height = rowHeightFor(lines, fontSize);
  };
  let rowNumber = 1;

  if (table.summary.attachment) {
    const cell = sheet.getCell(rowNumber, 1);
    writeText(cell, table.summary.attachment);
    cell.font = ATTACHMENT_FONT;
    rowNumber += 1;
  }

  const titleRow = rowNumber;
  const title = mergeBox(sheet, titleRow, 1, titleRow, columnCount, false);
  writeText(title, table.summary.title);
  title.font = TITLE_FONT;
  title.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  fit(sheet.getRow(titleRow), [{ text: table.summary.title, width: spanWidth(0, columnCount) * 0.65 }], TITLE_FONT.size);
  rowNumber += 1;

  // The header block's counts are filled in after the list, once its rows are known.
  const pendingCounts: { cell: ExcelJS.Cell; value: number; studioType?: string }[] = [];
  for (const headerCells of table.header.rows) {
    const row = sheet.getRow(rowNumber);
    const boxed = table.header.layout === 'table';
    let column = 0;
    const texts: { text: string; width: number }[] = [];
    for (const { span, content } of headerCells) {
      const cell = mergeBox(sheet, rowNumber, column + 1, rowNumber, column + span, boxed);
      const text = headerCellText(content) + (!boxed && content.kind === 'label' ? '：' : '');
      if (content.kind === 'count') pendingCounts.push({ cell, value: content.value, ...(content.studioType ? { studioType: content.studioType } : {}) });
      else if (text) writeText(cell, text);
      cell.font = BODY_FONT;
      cell.alignment = boxed
        ? { horizontal: 'center', vertical: 'middle', wrapText: true }
        : { horizontal: content.kind === 'label' ? 'right' : 'left', vertical: 'middle', wrapText: true };
      if (!boxed && content.kind !== 'label') cell.border = { bottom: BOX.bottom ?? {} };
      texts.push({ text, width: spanWidth(column, span) });
      column += span;
    }
    fit(row, texts);
    rowNumber += 1;
  }

  if (table.summary.listTitle) {
    const cell = mergeBox(sheet, rowNumber, 1, rowNumber, columnCount);
    writeText(cell, table.summary.listTitle);
    cell.font = HEADING_FONT;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    fit(sheet.getRow(rowNumber), [{ text: table.summary.listTitle, width: spanWidth(0, columnCount) }]);
    rowNumber += 1;
  }

  const headingFrom = rowNumber;
  const grouped = hasGroupedHeadings(table);
  const headingTo = grouped ? rowNumber + 1 : rowNumber;
  const heading = (cell: ExcelJS.Cell, text: string) => {
    writeText(cell, text);
    cell.font = HEADING_FONT;
    cell.fill = HEADING_FILL;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  };
  const headingTexts: { row: number; text: string; width: number }[] = [];
  for (const run of headingRuns(table)) {
    if (run.group) {
      heading(mergeBox(sheet, headingFrom, run.first + 1, headingFrom, run.first + run.count), run.group);
      headingTexts.push({ row: headingFrom, text: run.group, width: spanWidth(run.first, run.count) });
      for (let index = run.first; index < run.first + run.count; index += 1) {
        const text = table.columns[index]?.header ?? '';
        heading(mergeBox(sheet, headingTo, index + 1, headingTo, index + 1), text);
        headingTexts.push({ row: headingTo, text, width: widths[index] ?? 8 });
      }
    } else {
      const text = table.columns[run.first]?.header ?? '';
      heading(mergeBox(sheet, headingFrom, run.first + 1, headingTo, run.first + 1), text);
      // A heading spanning both rows shares their height.
      headingTexts.push({ row: headingTo, text: grouped ? '' : text, width: widths[run.first] ?? 8 });
    }
  }
  for (let row = headingFrom; row <= headingTo; row += 1) {
    fit(sheet.getRow(row), headingTexts.filter((entry) => entry.row === row));
  }
  rowNumber = headingTo + 1;

  const dataFrom = rowNumber;
  for (const cells of table.rows) {
    const row = sheet.getRow(rowNumber);
    cells.forEach((value, index) => {
      const cell = row.getCell(index + 1);
      writeSummaryCell(cell, value);
      cell.font = BODY_FONT;
      cell.border = BOX;
      cell.alignment = { horizontal: page.align[index] ?? 'left', vertical: 'middle', wrapText: true };
    });
    fit(row, cells.map((_, index) => ({ text: rowText(table, cells, index), width: widths[index] ?? 8 })));
    rowNumber += 1;
  }
  const dataTo = rowNumber - 1;
  const range = (index: number) => `${columnLetter(index + 1)}${dataFrom}:${columnLetter(index + 1)}${Math.max(dataFrom, dataTo)}`;

  const typeColumn = table.columns.findIndex((column) => column.source === 'studioType');
  for (const { cell, value, studioType } of pendingCounts) {
    const formula = studioType !== undefined && typeColumn >= 0 ? `COUNTIF(${range(typeColumn)},${formulaString(studioType)})` : `ROWS(${range(0)})`;
    if (table.rows.length === 0 || (studioType !== undefined && typeColumn < 0)) cell.value = value;
    else writeFormula(cell, formula, value, '0');
  }

  let totalsRow: number | undefined;
  if (table.totals) {
    totalsRow = rowNumber;
    const row = sheet.getRow(rowNumber);
    table.totals.forEach((total, index) => {
      const cell = row.getCell(index + 1);
      cell.border = BOX;
      cell.font = HEADING_FONT;
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      if (total.kind === 'label') {
        const merged = mergeBox(sheet, rowNumber, index + 1, rowNumber, index + total.span);
        writeText(merged, total.text);
      } else if (total.kind === 'count') {
        writeFormula(cell, `COUNTA(${range(index)})`, total.value, numberFormat('count'));
      } else if (total.kind === 'sum') {
        writeFormula(cell, `SUM(${range(index)})`, total.value, numberFormat(total.format, total.value));
      }
    });
    fit(row, table.columns.map((_, index) => ({ text: totalText(table, index), width: widths[index] ?? 8 })));
    rowNumber += 1;
  }

  let opinionRow: number | undefined;
  const opinion = table.summary.opinion;
  if (opinion) {
    opinionRow = rowNumber;
    const label = mergeBox(sheet, rowNumber, 1, rowNumber, opinion.labelSpan);
    writeText(label, opinion.label);
    label.font = BODY_FONT;
    label.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    const box = mergeBox(sheet, rowNumber, opinion.labelSpan + 1, rowNumber, columnCount);
    writeText(box, opinion.signature);
    box.font = BODY_FONT;
    box.alignment = { horizontal: 'right', vertical: 'bottom', wrapText: true };
    sheet.getRow(rowNumber).height = OPINION_HEIGHT;
    rowNumber += 1;
  }

  for (const note of table.summary.notes) {
    const cell = mergeBox(sheet, rowNumber, 1, rowNumber, columnCount, false);
    writeText(cell, note);
    cell.font = BODY_FONT;
    cell.alignment = { horizontal: 'left', vertical: 'top', wrapText: true };
    fit(sheet.getRow(rowNumber), [{ text: note, width: spanWidth(0, columnCount) }]);
    rowNumber += 1;
  }

  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: headingTo, topLeftCell: `A${headingTo + 1}`, activeCell: `A${headingTo + 1}` }];
  printSetup(sheet, table.summary.page, { from: headingFrom, to: headingTo });
  return {
    titleRow,
    headingRows: { from: headingFrom, to: headingTo },
    dataRows: { from: dataFrom, to: dataTo },
    ...(totalsRow !== undefined ? { totalsRow } : {}),
    ...(opinionRow !== undefined ? { opinionRow } : {}),
  };
}

function rowText(table: SummaryTable, cells: SummaryTable['rows'][number], index: number): string {
  const cell = cells[index];
  if (!cell || cell.kind === 'empty') return '';
  return cell.kind === 'text' ? cell.text : String(cell.value);
}
