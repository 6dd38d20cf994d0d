import { OFFICIAL_TYPE_AREA_WIDTH } from '../../src/render/docx/page.js';
import { lineBreak, paragraph, run, type CellSpec, type RowSpec } from './wordml.js';

/**
 * The label and value cells every generated form table is made of. Each form's
 * styles.xml defines these three paragraph styles (labels in 宋体, filled-in
 * values in 仿宋), so the cells can be built the same way everywhere.
 */
export const CELL_STYLE = { label: 'FormLabel', value: 'FormValue', valueLeft: 'FormValueLeft' } as const;

/**
 * A label paragraph; \n marks where the official form breaks a long label inside its narrow cell.
 *
 * @example labelParagraph('工作室\n创建时间') // two lines in one paragraph
 */
export function labelParagraph(text: string): string {
  const runs = text.split('\n').flatMap((line, index) => (index === 0 ? [run(line)] : [lineBreak(), run(line)]));
  return paragraph(runs, { style: CELL_STYLE.label });
}

/**
 * A label cell spanning `span` grid columns.
 *
 * @example label('工作室名称', 2)
 */
export function label(text: string, span = 1): CellSpec {
  return { span, paragraphs: [labelParagraph(text)] };
}

/**
 * A value cell holding a tag (with any words around it), centred or left-aligned.
 *
 * @example value('{unit}', 5, 'left')
 */
export function value(tagText: string, span = 1, align: 'left' | 'center' = 'center'): CellSpec {
  return { span, paragraphs: [paragraph(run(tagText), { style: align === 'left' ? CELL_STYLE.valueLeft : CELL_STYLE.value })] };
}

/**
 * Value cells of a row docxtemplater repeats per item: the loop opens in the first
 * cell and closes in the last, so the whole row repeats.
 *
 * @example loopValues('members', ['name', 'age']) // cells '{#members}{name}' and '{age}{/members}'
 */
export function loopValues(loopKey: string, fields: readonly string[]): CellSpec[] {
  const last = fields.length - 1;
  return fields.map((field, index) => value(`${index === 0 ? `{#${loopKey}}` : ''}{${field}}${index === last ? `{/${loopKey}}` : ''}`));
}

/**
 * A row builder for one form's usual row height (twips).
 *
 * @example const row = rowOfHeight(mm(8)); row(label('姓名'), value('{leaderName}'))
 */
export function rowOfHeight(minHeight: number): (...cells: CellSpec[]) => RowSpec {
  return (...cells) => ({ cells, minHeight });
}

/**
 * Grid column widths (twips) for a table as wide as the GB/T 9704 type area: the
 * given columns, then a last one taking what is left.
 *
 * @example gridFillingTypeArea([mm(26), mm(32)]) // [1474, 1814, 5556]
 */
export function gridFillingTypeArea(columns: readonly number[]): number[] {
  return [...columns, OFFICIAL_TYPE_AREA_WIDTH - columns.reduce((sum, width) => sum + width, 0)];
}

/**
 * The ruled tables of the forms: ¾-point rules, 1.5 mm side padding, and the
 * given top/bottom padding (twips) so multi-line cells do not touch their rules.
 *
 * @example table({ columns, rows, ...ruledTableStyle(40) })
 */
export function ruledTableStyle(cellPaddingVertical: number): { borderSize: number; cellPadding: number; cellPaddingVertical: number } {
  return { borderSize: 6, cellPadding: 85, cellPaddingVertical };
}
