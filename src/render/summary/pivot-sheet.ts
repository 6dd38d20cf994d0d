import type ExcelJS from 'exceljs';
import type { Campaign } from '../../campaigns/schema.js';
import { percent } from '../../validate/rules/types.js';
import type { CityStatistics, DistrictStatistics } from '../../summary/index.js';
import { columnWidthFor, displayWidth } from '../xlsx/text-width.js';
import {
  BODY_FONT,
  BOX,
  columnLetter,
  FLAG_FILL,
  formulaString,
  HEADING_FILL,
  HEADING_FONT,
  mergeBox,
  numberFormat,
  printSetup,
  rowHeightFor,
  TITLE_FONT,
  writeFormula,
  writeText,
  wrappedLines,
} from './xlsx-cells.js';

export const PIVOT_SHEET_NAME = '汇总';
const PARAMETER_LABELS = ['资助标准（元/个）', '区局配套比例（配套:资助）', '非公企业占比不低于'] as const;
export const NON_PUBLIC_MET = '达到';
export const NON_PUBLIC_MISSED = '未达到';

/** Where the pivot landed, for tests and for anyone linking to it. */
export interface PivotLayout {
  readonly headingRows: { readonly from: number; readonly to: number };
  /** First district row; districts follow in order. */
  readonly firstDistrictRow: number;
  readonly totalsRow: number;
  /** 1-based column of each named column. */
  readonly columns: Readonly<Record<string, number>>;
}

interface PivotColumn {
  readonly key: string;
  readonly header: string;
  readonly group?: string;
  readonly format: string;
  /** Cached value for one row. */
  readonly value: (row: DistrictStatistics) => number | string;
  /** Formula for one row; none: the value is data. */
  readonly formula?: (row: number) => string;
  /** Formula on the totals row (default: SUM of the column). */
  readonly totalFormula?: (row: number) => string;
  readonly totalValue?: (totals: DistrictStatistics) => number | string;
}

/**
 * The city pivot: one row per recommending union, studios per type with row and
 * column totals (SUM formulas), 非公企业 count, share and a flag against the
 * campaign's minimum, the definition's extra sums, and the funding the counts
 * imply. The funding rates, the matching ratio and the minimum share sit in a
 * parameter block under the table and the formulas refer to them, so the
 * numbers can be traced (and re-run if the office changes a rate).
 *
 * @example writePivotSheet(workbook.addWorksheet('汇总'), city, campaign, { excluded: 8 })
 */
export function writePivotSheet(sheet: ExcelJS.Worksheet, city: CityStatistics, campaign: Campaign, options: { excluded: number; title: string }): PivotLayout {
  const typeCount = city.types.length;
  const first = 5;
  const last = first + city.districts.length - 1;
  const totalsRow = last + 1;
  // The parameter block under the table: one row per parameter the campaign sets.
  let nextParameterRow = totalsRow + 2;
  const ratesRow = city.funding ? nextParameterRow++ : 0;
  const ratioRow = city.funding?.matchingRatio !== undefined ? nextParameterRow++ : 0;
  const minimumRow = city.nonPublicMin !== undefined ? nextParameterRow++ : 0;
  const typeLetters = city.types.map((_, index) => columnLetter(2 + index));

  const columns: PivotColumn[] = [];
  city.types.forEach((type, index) => {
    columns.push({ key: `type:${type}`, header: type, group: '推荐工作室数（个）', format: '0', value: (row) => row.byType[index] ?? 0 });
  });
  const letter = (key: string) => columnLetter(2 + columns.findIndex((column) => column.key === key));
  columns.push({
    key: 'total',
    header: '合计',
    group: '推荐工作室数（个）',
    format: '0',
    value: (row) => row.total,
    formula: (row) => `SUM(${typeLetters[0]}${row}:${typeLetters[typeCount - 1]}${row})`,
  });
  if (city.nonPublicTracked) columns.push({ key: 'nonPublic', header: '非公企业数（个）', group: '非公企业', format: '0', value: (row) => row.nonPublic });
  if (city.nonPublicTracked) columns.push({
    key: 'share',
    header: '占比',
    group: '非公企业',
    format: '0.0%',
    value: (row) => row.nonPublicShare,
    formula: (row) => `IF(${letter('total')}${row}=0,0,${letter('nonPublic')}${row}/${letter('total')}${row})`,
    totalFormula: (row) => `IF(${letter('total')}${row}=0,0,${letter('nonPublic')}${row}/${letter('total')}${row})`,
  });
  if (city.nonPublicMin !== undefined) {
    columns.push({
      key: 'flag',
      header: `是否达到${percent(city.nonPublicMin)}`,
      group: '非公企业',
      format: '@',
      value: (row) => (row.belowNonPublicMin ? NON_PUBLIC_MISSED : NON_PUBLIC_MET),
      formula: (row) => `IF(${letter('share')}${row}<$B$${minimumRow},${formulaString(NON_PUBLIC_MISSED)},${formulaString(NON_PUBLIC_MET)})`,
      totalFormula: () => '',
    });
  }
  city.sumColumns.forEach((sum, index) => {
    columns.push({ key: `sum:${index}`, header: sum.header, group: '工作室情况合计', format: numberFormat(sum.format, 0.5), value: (row) => row.sums[index] ?? 0 });
  });
  if (city.funding) {
    columns.push({
      key: 'requested',
      header: '申请资助（元）',
      group: '资助测算（按命名标准）',
      format: '#,##0',
      value: (row) => row.fundingRequested ?? 0,
      formula: (row) => `SUMPRODUCT(${typeLetters[0]}${row}:${typeLetters[typeCount - 1]}${row},$${typeLetters[0]}$${ratesRow}:$${typeLetters[typeCount - 1]}$${ratesRow})`,
    });
    if (city.funding.matchingRatio !== undefined) {
      columns.push({
        key: 'matched',
        header: '区局配套（元）',
        group: '资助测算（按命名标准）',
        format: '#,##0',
        value: (row) => row.fundingMatched ?? 0,
        formula: (row) => `${letter('requested')}${row}*$B$${ratioRow}`,
      });
    }
  }

  const lastColumn = columns.length + 1;
  const title = mergeBox(sheet, 1, 1, 1, lastColumn, false);
  writeText(title, options.title);
  title.font = TITLE_FONT;
  title.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  sheet.getRow(1).height = rowHeightFor(1, TITLE_FONT.size);
  const note = mergeBox(sheet, 2, 1, 2, lastColumn, false);
  const scope =
    `本表按推荐单位统计校验通过的 ${city.totals.total} 个工作室` +
    (options.excluded > 0 ? `（另有 ${options.excluded} 个工作室因申报数据有错误未计入）` : '') +
    (city.funding ? '；资助为按通知标准测算的上限，以最终命名为准。' : '。');
  writeText(note, scope);
  note.font = BODY_FONT;
  note.alignment = { horizontal: 'left', vertical: 'middle', wrapText: true };

  const widths = [columnWidthFor(['推荐单位', ...city.districts.map((row) => row.district), ...PARAMETER_LABELS], { min: 12, max: 30 })];
  // Headings wrap onto two lines; values are short numbers.
  // Two lines of heading; 黑体 runs a little wider than the width units assume.
  for (const column of columns) widths.push(Math.min(15, Math.max(8, Math.ceil(displayWidth(column.header) * 0.6) + 3)));
  widths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  sheet.getRow(2).height = rowHeightFor(wrappedLines(scope, widths.reduce((sum, width) => sum + width, 0)));

  const headingCell = (cell: ExcelJS.Cell, text: string) => {
    writeText(cell, text);
    cell.font = HEADING_FONT;
    cell.fill = HEADING_FILL;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  };
  headingCell(mergeBox(sheet, 3, 1, 4, 1), '推荐单位');
  let index = 0;
  while (index < columns.length) {
    const group = columns[index]?.group;
    let end = index;
    while (end + 1 < columns.length && group !== undefined && columns[end + 1]?.group === group) end += 1;
    if (group) headingCell(mergeBox(sheet, 3, index + 2, 3, end + 2), group);
    for (let member = index; member <= end; member += 1) {
      const column = columns[member] as PivotColumn;
      headingCell(group ? mergeBox(sheet, 4, member + 2, 4, member + 2) : mergeBox(sheet, 3, member + 2, 4, member + 2), column.header);
    }
    index = end + 1;
  }
  sheet.getRow(3).height = rowHeightFor(1);
  sheet.getRow(4).height = rowHeightFor(Math.max(1, ...columns.map((column, at) => wrappedLines(column.header, widths[at + 1] ?? 10))));

  const writeRow = (rowNumber: number, row: DistrictStatistics, isTotal: boolean) => {
    const nameCell = sheet.getCell(rowNumber, 1);
    writeText(nameCell, row.district);
    nameCell.font = isTotal ? HEADING_FONT : BODY_FONT;
    nameCell.border = BOX;
    nameCell.alignment = { horizontal: isTotal ? 'center' : 'left', vertical: 'middle', wrapText: true };
    columns.forEach((column, at) => {
      const cell = sheet.getCell(rowNumber, at + 2);
      const value = isTotal && column.totalValue ? column.totalValue(row) : column.value(row);
      const formula = isTotal
        ? (column.totalFormula ?? ((r: number) => `SUM(${columnLetter(at + 2)}${first}:${columnLetter(at + 2)}${r - 1})`))(rowNumber)
        : column.formula?.(rowNumber);
      if (formula) writeFormula(cell, formula, value, column.format);
      else if (isTotal && column.totalFormula) cell.value = null;
      else if (typeof value === 'string') writeText(cell, value);
      else {
        cell.value = value;
        cell.numFmt = column.format;
      }
      cell.font = isTotal ? HEADING_FONT : BODY_FONT;
      cell.border = BOX;
      cell.alignment = { horizontal: 'center', vertical: 'middle' };
    });
    sheet.getRow(rowNumber).height = rowHeightFor(wrappedLines(row.district, widths[0] ?? 12));
  };
  city.districts.forEach((row, offset) => writeRow(first + offset, row, false));
  writeRow(totalsRow, city.totals, true);

  const flagColumn = columns.findIndex((column) => column.key === 'flag');
  if (flagColumn >= 0 && city.districts.length > 0) {
    const flagLetter = columnLetter(flagColumn + 2);
    sheet.addConditionalFormatting({
      ref: `${flagLetter}${first}:${flagLetter}${last}`,
      rules: [
        {
          type: 'expression',
          priority: 1,
          formulae: [`${flagLetter}${first}=${formulaString(NON_PUBLIC_MISSED)}`],
          style: { fill: FLAG_FILL, font: { bold: true, color: { argb: 'FF9C0006' } } },
        },
      ],
    });
  }

  const parameter = (rowNumber: number, label: string, write: () => void) => {
    const cell = sheet.getCell(rowNumber, 1);
    writeText(cell, label);
    cell.font = BODY_FONT;
    cell.border = BOX;
    cell.alignment = { horizontal: 'left', vertical: 'middle', wrapText: true };
    write();
    sheet.getRow(rowNumber).height = rowHeightFor(wrappedLines(label, widths[0] ?? 12));
  };
  const parameterCell = (rowNumber: number, column: number, value: number, format: string) => {
    const cell = sheet.getCell(rowNumber, column);
    cell.value = value;
    cell.numFmt = format;
    cell.font = BODY_FONT;
    cell.border = BOX;
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
  };
  if (city.funding) {
    const rates = city.funding.perType;
    parameter(ratesRow, PARAMETER_LABELS[0], () => rates.forEach((rate, at) => parameterCell(ratesRow, at + 2, rate, '#,##0')));
    if (city.funding.matchingRatio !== undefined) {
      const ratio = city.funding.matchingRatio;
      parameter(ratioRow, PARAMETER_LABELS[1], () => parameterCell(ratioRow, 2, ratio, '0.##'));
    }
  }
  if (city.nonPublicMin !== undefined) {
    const minimum = city.nonPublicMin;
    parameter(minimumRow, PARAMETER_LABELS[2], () => parameterCell(minimumRow, 2, minimum, '0%'));
  }

  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 4, topLeftCell: `B${first}`, activeCell: `B${first}` }];
  printSetup(sheet, { size: 'A4', landscape: true }, { from: 3, to: 4 });
  const columnNumbers: Record<string, number> = { district: 1 };
  columns.forEach((column, at) => {
    columnNumbers[column.key] = at + 2;
  });
  return { headingRows: { from: 3, to: 4 }, firstDistrictRow: first, totalsRow, columns: columnNumbers };
}
