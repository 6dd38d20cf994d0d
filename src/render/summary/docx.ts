import type { Summary } from '../../campaigns/summary-schema.js';
import { compileDocxTemplate } from '../docx/compile.js';
import { FANGSONG, HEI, LATIN, SONG, XIAOBIAOSONG } from '../docx/fonts.js';
import { buildDocxPackage } from '../docx/package.js';
import type { PageSetup } from '../docx/page.js';
import { renderDocx, type TemplateView } from '../docx/render.js';
import type { ParagraphStyle } from '../docx/styles.js';
import { HALF_POINTS, lineBreak, mm, paragraph, run, table, tableSeam, type CellSpec, type RowSpec } from '../docx/wordml.js';
import { displayCell, type SummaryTable } from '../../summary/index.js';
import { headerCellText, headingRuns, titleLines, totalText } from './layout.js';
import { summaryFontSize, type SummaryPageLayout } from './page.js';

/**
 * Summary sheets as DOCX: a docxtemplater template is generated from the
 * campaign's definition (labels, columns, header block), then filled with each
 * union's values. The list is one table row repeated by a loop, so the sheet
 * grows with the list; the heading rows repeat on every page. Text from the
 * definition is written into the template; everything from the applications
 * goes through docxtemplater, which escapes it.
 */

const STYLE = {
  attachment: 'SummaryAttachment',
  title: 'SummaryTitle',
  label: 'SummaryLabel',
  heading: 'SummaryHeading',
  value: 'SummaryValue',
  valueLeft: 'SummaryValueLeft',
  signature: 'SummarySignature',
  note: 'SummaryNote',
  inline: 'SummaryInline',
} as const;

const TABLE_STYLE = { borderSize: 6, cellPadding: 85, cellPaddingVertical: 40 } as const;
const ROW_HEIGHT = mm(8);
const OPINION_HEIGHT = mm(38);

/** The tags a summary template uses, for compileDocxTemplate's check. */
export interface SummaryTemplate {
  readonly bytes: Uint8Array;
  readonly allowedTags: ReadonlySet<string>;
  readonly loopTags: Readonly<Record<string, ReadonlySet<string>>>;
}

/**
 * The template for one definition, laid out for the given column widths (Excel
 * units, shared by every union so their sheets look alike).
 *
 * @example const template = summaryDocxTemplate(summary, tables[0], layout);
 */
export function summaryDocxTemplate(summary: Summary, shape: SummaryTable, layout: SummaryPageLayout): SummaryTemplate {
  const widthTwips = layout.contentWidthMm * (1440 / 25.4);
  const total = layout.columnWidths.reduce((sum, width) => sum + width, 0);
  const grid = layout.columnWidths.map((width) => Math.floor((width / total) * widthTwips));
  const tags = new Set<string>(['group', 'rows']);
  const rowTags = new Set<string>(shape.columns.map((_, index) => `c${index}`));

  const body: string[] = [];
  if (summary.attachment) body.push(paragraph(run(summary.attachment), { style: STYLE.attachment }));
  body.push(titleParagraph(summary.title));

  const headerTag = (rowIndex: number, cellIndex: number) => `h${rowIndex}_${cellIndex}`;
  if (shape.header.layout === 'inline') {
    shape.header.rows.forEach((cells, rowIndex) => {
      const runs = cells.flatMap(({ content }, cellIndex) => {
        const gap = cellIndex > 0 && content.kind === 'label' ? [run('　　　　')] : [];
        if (content.kind === 'label') return [...gap, run(`${content.text}：`)];
        if (content.kind === 'blank') return [...gap, run('　　　　　　　　', { underline: true })];
        if (content.kind === 'choice') return [...gap, run(headerCellText(content))];
        const tag = content.kind === 'group' ? 'group' : headerTag(rowIndex, cellIndex);
        tags.add(tag);
        return [...gap, run(`{${tag}}`, { underline: true })];
      });
      body.push(paragraph(runs, { style: STYLE.inline }));
    });
  }

  const tableRows: RowSpec[] = [];
  const blockRows: RowSpec[] = [];
  if (shape.header.layout === 'table') {
    shape.header.rows.forEach((cells, rowIndex) => {
      blockRows.push({
        minHeight: ROW_HEIGHT,
        cells: cells.map(({ span, content }, cellIndex): CellSpec => {
          if (content.kind === 'label' || content.kind === 'choice' || content.kind === 'blank') {
            return { span, paragraphs: [paragraph(content.kind === 'blank' ? [] : run(headerCellText(content)), { style: STYLE.label })] };
          }
          const tag = content.kind === 'group' ? 'group' : headerTag(rowIndex, cellIndex);
          tags.add(tag);
          return { span, paragraphs: [paragraph(run(`{${tag}}`), { style: STYLE.value })] };
        }),
      });
    });
  }

  const columnCount = shape.columns.length;
  if (summary.listTitle) {
    tableRows.push({ header: true, minHeight: ROW_HEIGHT, cells: [{ span: columnCount, paragraphs: [paragraph(run(summary.listTitle), { style: STYLE.heading })] }] });
  }
  const grouped = shape.columns.some((column) => column.group);
  const runs = headingRuns(shape);
  const heading = (text: string, extra: Partial<CellSpec> = {}): CellSpec => ({ paragraphs: [paragraph(run(text), { style: STYLE.heading })], ...extra });
  if (grouped) {
    tableRows.push({
      header: true,
      minHeight: ROW_HEIGHT,
      cells: runs.map((part) =>
        part.group ? heading(part.group, { span: part.count }) : heading(shape.columns[part.first]?.header ?? '', { vMerge: 'restart' }),
      ),
    });
    tableRows.push({
      header: true,
      minHeight: ROW_HEIGHT,
      cells: runs.flatMap((part) =>
        part.group
          ? shape.columns.slice(part.first, part.first + part.count).map((column) => heading(column.header))
          : [{ vMerge: 'continue', paragraphs: [paragraph([], { style: STYLE.heading })] } satisfies CellSpec],
      ),
    });
  } else {
    tableRows.push({ header: true, minHeight: ROW_HEIGHT, cells: shape.columns.map((column) => heading(column.header)) });
  }
  // The loop opens in the first cell and closes in the last, so docxtemplater repeats the whole row per studio.
  tableRows.push({
    minHeight: ROW_HEIGHT,
    cells: shape.columns.map((_, index) => {
      const open = index === 0 ? '{#rows}' : '';
      const close = index === columnCount - 1 ? '{/rows}' : '';
      return { paragraphs: [paragraph(run(`${open}{c${index}}${close}`), { style: layout.align[index] === 'left' ? STYLE.valueLeft : STYLE.value })] };
    }),
  });
  if (shape.totals) {
    const cells: CellSpec[] = [];
    shape.totals.forEach((total, index) => {
      if (total.kind === 'covered') return;
      if (total.kind === 'label') {
        cells.push({ span: total.span, paragraphs: [paragraph(run(total.text), { style: STYLE.heading })] });
        return;
      }
      if (total.kind === 'none') {
        cells.push({ paragraphs: [paragraph([], { style: STYLE.value })] });
        return;
      }
      const tag = `t${index}`;
      tags.add(tag);
      cells.push({ paragraphs: [paragraph(run(`{${tag}}`), { style: STYLE.value })] });
    });
    tableRows.push({ minHeight: ROW_HEIGHT, cells });
  }
  if (summary.opinion) {
    tableRows.push({
      minHeight: OPINION_HEIGHT,
      cells: [
        { span: summary.opinion.labelSpan, paragraphs: [paragraph(run(summary.opinion.label), { style: STYLE.label })] },
        { span: columnCount - summary.opinion.labelSpan, vAlign: 'bottom', paragraphs: [paragraph(run(summary.opinion.signature), { style: STYLE.signature })] },
      ],
    });
  }

  if (blockRows.length > 0) {
    body.push(table({ columns: grid, rows: blockRows, ...TABLE_STYLE, openEdges: ['bottom'] }), tableSeam());
    // The block leaves out its bottom edge; the list draws its top: one line at the seam.
    body.push(table({ columns: grid, rows: tableRows, ...TABLE_STYLE }));
  } else {
    body.push(table({ columns: grid, rows: tableRows, ...TABLE_STYLE }));
  }
  for (const note of summary.notes) body.push(paragraph(run(note), { style: STYLE.note }));
  const fontSize = Math.round(summaryFontSize(layout) * 2);
  const bytes = buildDocxPackage({
    body: body.join(''),
    page: pageSetup(layout),
    styles: { defaultSize: fontSize, paragraphStyles: paragraphStyles(fontSize) },
    fonts: [LATIN, SONG, FANGSONG, HEI, XIAOBIAOSONG],
    title: summary.title,
    timestamp: '2020-01-01T00:00:00Z',
    footerStyleId: 'SummaryFooter',
  });
  return { bytes, allowedTags: tags, loopTags: { rows: rowTags } };
}

/**
 * The values one union's sheet fills into the template.
 *
 * @example summaryDocxView(table).rows[0] // { c0: '1', c1: '工匠', c2: '张建国工匠创新工作室', … }
 */
export function summaryDocxView(table: SummaryTable): TemplateView {
  const view: Record<string, string | Record<string, string>[]> = {
    group: table.group,
    rows: table.rows.map((cells) => Object.fromEntries(cells.map((cell, index) => [`c${index}`, displayCell(cell)]))),
  };
  table.header.rows.forEach((cells, rowIndex) =>
    cells.forEach(({ content }, cellIndex) => {
      if (content.kind === 'count') view[`h${rowIndex}_${cellIndex}`] = headerCellText(content);
    }),
  );
  table.totals?.forEach((total, index) => {
    if (total.kind === 'count' || total.kind === 'sum') view[`t${index}`] = totalText(table, index);
  });
  return view;
}

/**
 * Every union's sheet of one definition as DOCX, from one checked template.
 *
 * @example for (const [table, bytes] of renderSummaryDocx(tables, layout)) write(table.group, bytes);
 */
export function renderSummaryDocx(tables: readonly SummaryTable[], layout: SummaryPageLayout): Uint8Array[] {
  const first = tables[0];
  if (!first) return [];
  const template = summaryDocxTemplate(first.summary, first, layout);
  const compiled = compileDocxTemplate(template.bytes, { name: `${first.summary.id}.docx`, allowedTags: template.allowedTags, loopTags: template.loopTags });
  return tables.map((table) => renderDocx(compiled, summaryDocxView(table)));
}

function titleParagraph(title: string): string {
  return paragraph(
    titleLines(title).flatMap((line, index) => (index === 0 ? [run(line)] : [lineBreak(), run(line)])),
    { style: STYLE.title },
  );
}

function pageSetup(layout: SummaryPageLayout): PageSetup {
  const { margins } = layout;
  return {
    width: mm(layout.widthMm),
    height: mm(layout.heightMm),
    landscape: layout.landscape,
    margins: { top: mm(margins.top), right: mm(margins.right), bottom: mm(margins.bottom), left: mm(margins.left) },
    header: 567,
    footer: mm(10),
  };
}

/** Sizes in half-points: `size` is the sheet's, shrunk to fit its columns (summaryFontSize). */
function paragraphStyles(size: number): ParagraphStyle[] {
  return [
    { id: STYLE.attachment, name: '附件标识', font: HEI, size: HALF_POINTS.三号, align: 'left', extra: '<w:spacing w:after="0"/>' },
    { id: STYLE.title, name: '汇总表标题', font: XIAOBIAOSONG, size: HALF_POINTS.小二, align: 'center', extra: '<w:spacing w:before="120" w:after="240" w:line="360" w:lineRule="auto"/>' },
    { id: STYLE.label, name: '汇总表项目', font: SONG, size, align: 'center' },
    { id: STYLE.heading, name: '汇总表列标题', font: HEI, size, align: 'center' },
    { id: STYLE.value, name: '汇总表内容', font: FANGSONG, size, align: 'center' },
    { id: STYLE.valueLeft, name: '汇总表内容（左对齐）', font: FANGSONG, size, align: 'left' },
    { id: STYLE.signature, name: '盖章日期', font: SONG, size, align: 'right', extra: '<w:spacing w:after="120"/><w:ind w:right="240"/>' },
    { id: STYLE.note, name: '填表说明', font: SONG, size, align: 'left', extra: '<w:spacing w:before="120"/>' },
    { id: STYLE.inline, name: '表头填写行', font: SONG, size: Math.max(size, HALF_POINTS.五号), align: 'left', extra: '<w:spacing w:after="120"/>' },
  ];
}
