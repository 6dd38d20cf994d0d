import { displayCell, type SummaryTable } from '../../summary/index.js';
import { displayWidth } from '../xlsx/text-width.js';

/**
 * Column widths of a summary table in Excel units (the width of "0"; a Chinese
 * character is two). The XLSX writer uses them as they are; DOCX and PDF use
 * them as proportions of the printable width, so all three look alike.
 */

const MIN_WIDTH = 5;
const MAX_WIDTH = 36;
/** Long headings wrap onto up to about three lines instead of widening their column. */
const HEADING_LINES = 3;
const NUMBER_HEADING_LINES = 4;
/** Text squeezed to fit a page keeps at least four Chinese characters per line. */
const MIN_TEXT_WIDTH = 8;
/** Header-block labels may wrap onto two lines. */
const HEADER_LABEL_LINES = 2;

/**
 * @example columnWidths(table) // [6, 12, 30, 30, 10]
 */
export function columnWidths(table: SummaryTable): number[] {
  const widths = table.columns.map((column, index) => {
    if (column.width) return column.width;
    const heading = displayWidth(column.header);
    // Number columns hold a few digits: their long headings (创新工作室成员人数（人）) wrap further instead of widening them.
    const headingLines = column.type === 'number' ? NUMBER_HEADING_LINES : HEADING_LINES;
    const headingNeed = Math.min(heading + 2, Math.max(column.type === 'number' ? 6 : 10, Math.ceil(heading / headingLines) + 2));
    const values = [...table.rows.map((row) => displayCell(row[index] ?? { kind: 'empty' })), totalText(table, index)];
    const lines = values.flatMap((text) => text.split('\n'));
    // Digits and Latin letters (phone numbers) cannot wrap: one more unit keeps them on one line with the cell's padding.
    const latinOnly = lines.every((line) => displayWidth(line) === [...line].length);
    const valueNeed = Math.max(0, ...lines.map(displayWidth)) + (latinOnly && column.type === 'text' ? 4 : 2);
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, headingNeed, valueNeed));
  });
  if (table.header.layout === 'table') widenForHeaderLabels(table, widths);
  return widths;
}

/**
 * A header-block label (本地区、本系统工匠创新工作室创建数) spans columns sized for
 * the list; where it would wrap onto more than two lines, its columns share the
 * extra width — unless the definition fixed their widths.
 */
function widenForHeaderLabels(table: SummaryTable, widths: number[]): void {
  for (const cells of table.header.rows) {
    let first = 0;
    for (const { span, content } of cells) {
      const spanned = Array.from({ length: span }, (_, offset) => first + offset);
      const indices = spanned.filter((index) => !table.columns[index]?.width);
      first += span;
      if (content.kind !== 'label' || indices.length === 0) continue;
      const need = Math.ceil(displayWidth(content.text) / HEADER_LABEL_LINES) + 2;
      const deficit = need - spanned.reduce((sum, index) => sum + (widths[index] ?? 0), 0);
      if (deficit <= 0) continue;
      const share = Math.ceil(deficit / indices.length);
      for (const index of indices) widths[index] = Math.min(MAX_WIDTH, (widths[index] ?? 0) + share);
    }
  }
}

/**
 * How narrow each column may be squeezed: numbers and Latin-only text (phone
 * numbers, codes) do not wrap well, so they keep their width; other text may
 * wrap down to four characters.
 *
 * @example columnFloors(table, columnWidths(table)) // [5, 8, 8, 8, 8, 8, 8, 13, 8, …]
 */
export function columnFloors(table: SummaryTable, widths: readonly number[]): number[] {
  return table.columns.map((column, index) => {
    const width = widths[index] ?? 0;
    const unbreakable =
      column.type === 'number' ||
      table.rows.every((row) => {
        const cell = row[index];
        return !cell || cell.kind !== 'text' || displayWidth(cell.text) === [...cell.text].length;
      });
    return unbreakable ? width : Math.min(width, MIN_TEXT_WIDTH);
  });
}

/**
 * The totals row's text in one column, as printed.
 *
 * @example totalText(table, 2) // '共3个'
 */
export function totalText(table: SummaryTable, index: number): string {
  const total = table.totals?.[index];
  if (!total) return '';
  if (total.kind === 'label') return total.text;
  if (total.kind === 'count') return `共${total.value}个`;
  if (total.kind === 'sum') return displayCell({ kind: 'number', value: total.value, format: total.format });
  return '';
}

/**
 * Whether the list has a second heading row (some columns grouped under a shared heading).
 *
 * @example hasGroupedHeadings(leshanTable) // true
 */
export function hasGroupedHeadings(table: SummaryTable): boolean {
  return table.columns.some((column) => column.group);
}

/**
 * Runs of adjacent columns under the same group heading.
 *
 * @example headingRuns(leshanTable)[4] // { first: 4, count: 4, group: '创新工作室负责人（带头人）基本情况' }
 */
export function headingRuns(table: SummaryTable): { first: number; count: number; group: string | undefined }[] {
  const runs: { first: number; count: number; group: string | undefined }[] = [];
  table.columns.forEach((column, index) => {
    const last = runs[runs.length - 1];
    if (last && column.group && last.group === column.group) last.count += 1;
    else runs.push({ first: index, count: 1, group: column.group });
  });
  return runs;
}

/**
 * The text of a header-block cell as printed (blank boxes print empty).
 *
 * @example headerCellText({ kind: 'choice', options: ['有', '无'] }) // '☐有　　☐无'
 */
export function headerCellText(content: SummaryTable['header']['rows'][number][number]['content']): string {
  switch (content.kind) {
    case 'label':
    case 'group':
      return content.text;
    case 'blank':
      return '';
    case 'choice':
      return content.options.map((option) => `☐${option}`).join('　　');
    case 'count':
      return String(content.value);
  }
}

/**
 * A long title broken after its last closing parenthesis, as printed notices
 * break them, so neither line ends awkwardly.
 *
 * @example titleLines('2020年度上海市工匠（技师、职工、巾帼）创新工作室推荐申报汇总表') // ['2020年度上海市工匠（技师、职工、巾帼）', '创新工作室推荐申报汇总表']
 */
export function titleLines(title: string): string[] {
  const breakAt = title.lastIndexOf('）') + 1;
  return [...title].length > 24 && breakAt > 0 && breakAt < title.length ? [title.slice(0, breakAt), title.slice(breakAt)] : [title];
}
