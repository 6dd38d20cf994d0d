/**
 * A few WordprocessingML builders for writing form templates by hand. Generated
 * templates keep every docxtemplater tag inside one run (Word splits runs when a
 * person types, a generator never has to), and they name the fonts offices have
 * (宋体, 仿宋_GB2312, 黑体, 方正小标宋简体) instead of whatever is installed here.
 */

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** 字号 in half-points, as w:sz wants them (GUIDE.md §4). */
export const HALF_POINTS = {
  二号: 44,
  小二: 36,
  三号: 32,
  四号: 28,
  小四: 24,
  五号: 21,
  小五: 18,
} as const;

/** Twentieths of a point per millimetre. */
export function mm(millimetres: number): number {
  return Math.round((millimetres * 1440) / 25.4);
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface RunOptions {
  /** Character style id (from styles.xml). */
  readonly style?: string;
  readonly underline?: boolean;
  readonly bold?: boolean;
}

/**
 * One run of text. A docxtemplater tag must sit wholly inside one run, so callers
 * pass a tag as its own run.
 *
 * @example run('{studioName}') // '<w:r><w:t xml:space="preserve">{studioName}</w:t></w:r>'
 */
export function run(text: string, options: RunOptions = {}): string {
  const properties = [
    options.style ? `<w:rStyle w:val="${options.style}"/>` : '',
    options.bold ? '<w:b/>' : '',
    options.underline ? '<w:u w:val="single"/>' : '',
  ].join('');
  const rPr = properties ? `<w:rPr>${properties}</w:rPr>` : '';
  return `<w:r>${rPr}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

/** A line break inside a paragraph (a title that must wrap at a chosen place). */
export function lineBreak(): string {
  return '<w:r><w:br/></w:r>';
}

export interface ParagraphOptions {
  readonly style?: string;
  readonly align?: 'left' | 'center' | 'right' | 'both';
  /** Keep this paragraph on the same page as the next one. */
  readonly keepNext?: boolean;
}

export function paragraph(runs: readonly string[] | string, options: ParagraphOptions = {}): string {
  const properties = [
    options.style ? `<w:pStyle w:val="${options.style}"/>` : '',
    options.keepNext ? '<w:keepNext/>' : '',
    options.align ? `<w:jc w:val="${options.align}"/>` : '',
  ].join('');
  const pPr = properties ? `<w:pPr>${properties}</w:pPr>` : '';
  return `<w:p>${pPr}${typeof runs === 'string' ? runs : runs.join('')}</w:p>`;
}

export interface CellSpec {
  /** Paragraph XML (at least one: Word refuses a cell without a paragraph). */
  readonly paragraphs: readonly string[];
  /** How many grid columns the cell covers. */
  readonly span?: number;
  readonly vAlign?: 'top' | 'center' | 'bottom';
  /** A cell merged with the ones below it: 'restart' on the top cell, 'continue' on each cell under it. */
  readonly vMerge?: 'restart' | 'continue';
  /**
   * Leave out this cell's top or bottom edge, so a label column reads as one tall
   * cell without a vertical merge (a merge that runs into repeated heading rows
   * is where Word and LibreOffice disagree).
   */
  readonly openEdges?: readonly ('top' | 'bottom')[];
}

export interface RowSpec {
  readonly cells: readonly CellSpec[];
  /** Minimum height in twips. */
  readonly minHeight?: number;
  /** Repeat this row at the top of every page the table continues on. */
  readonly header?: boolean;
  /** Rows holding long text may break across pages; short rows should not. */
  readonly allowSplit?: boolean;
  /** Draw a top border on this row's cells even where the table has none (a repeated heading row). */
  readonly topBorder?: boolean;
}

export interface TableSpec {
  /** Grid column widths in twips. */
  readonly columns: readonly number[];
  readonly rows: readonly RowSpec[];
  /** Border width in eighths of a point. */
  readonly borderSize: number;
  /** Left/right cell padding in twips. */
  readonly cellPadding: number;
  /** Top/bottom cell padding in twips, so multi-line cells do not touch their borders. */
  readonly cellPaddingVertical: number;
  /** Leave out the table's top or bottom edge where it meets another table (see tableSeam). */
  readonly openEdges?: readonly ('top' | 'bottom')[];
}

/**
 * A fixed-layout table on a grid; cells span columns with gridSpan. Throws when
 * a row's spans do not add up to the grid, because Word silently reflows such
 * tables into something that no longer looks like the official form.
 */
export function table(spec: TableSpec): string {
  const width = spec.columns.reduce((sum, column) => sum + column, 0);
  const line = (side: string) => `<w:${side} w:val="single" w:sz="${spec.borderSize}" w:space="0" w:color="000000"/>`;
  const border = (side: string) => (spec.openEdges?.includes(side as 'top') ? `<w:${side} w:val="nil"/>` : line(side));
  const tblPr =
    '<w:tblPr>' +
    `<w:tblW w:w="${width}" w:type="dxa"/>` +
    '<w:jc w:val="center"/>' +
    `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>` +
    '<w:tblLayout w:type="fixed"/>' +
    `<w:tblCellMar><w:top w:w="${spec.cellPaddingVertical}" w:type="dxa"/><w:left w:w="${spec.cellPadding}" w:type="dxa"/><w:bottom w:w="${spec.cellPaddingVertical}" w:type="dxa"/><w:right w:w="${spec.cellPadding}" w:type="dxa"/></w:tblCellMar>` +
    '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="0"/>' +
    '</w:tblPr>';
  const grid = `<w:tblGrid>${spec.columns.map((column) => `<w:gridCol w:w="${column}"/>`).join('')}</w:tblGrid>`;
  const rows = spec.rows.map((row, index) => tableRow(row, spec.columns, index, line('top')));
  return `<w:tbl>${tblPr}${grid}${rows.join('')}</w:tbl>`;
}

function tableRow(row: RowSpec, columns: readonly number[], rowIndex: number, topLine: string): string {
  const trPr = [
    row.allowSplit ? '' : '<w:cantSplit/>',
    row.minHeight ? `<w:trHeight w:val="${row.minHeight}" w:hRule="atLeast"/>` : '',
    row.header ? '<w:tblHeader/>' : '',
  ].join('');
  let column = 0;
  const cells = row.cells.map((cell) => {
    const span = cell.span ?? 1;
    const width = columns.slice(column, column + span).reduce((sum, value) => sum + value, 0);
    column += span;
    if (cell.paragraphs.length === 0) throw new Error(`row ${rowIndex + 1}: a cell needs at least one paragraph`);
    const tcPr =
      '<w:tcPr>' +
      `<w:tcW w:w="${width}" w:type="dxa"/>` +
      (span > 1 ? `<w:gridSpan w:val="${span}"/>` : '') +
      (cell.vMerge ? `<w:vMerge w:val="${cell.vMerge}"/>` : '') +
      cellBorders(row.topBorder === true, cell.openEdges ?? [], topLine) +
      `<w:vAlign w:val="${cell.vAlign ?? 'center'}"/>` +
      '</w:tcPr>';
    return `<w:tc>${tcPr}${cell.paragraphs.join('')}</w:tc>`;
  });
  if (column !== columns.length) throw new Error(`row ${rowIndex + 1} covers ${column} of ${columns.length} grid columns`);
  return `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${cells.join('')}</w:tr>`;
}

function cellBorders(drawTop: boolean, open: readonly ('top' | 'bottom')[], topLine: string): string {
  const top = open.includes('top') ? '<w:top w:val="nil"/>' : drawTop ? topLine : '';
  const bottom = open.includes('bottom') ? '<w:bottom w:val="nil"/>' : '';
  return top || bottom ? `<w:tcBorders>${top}${bottom}</w:tcBorders>` : '';
}

/**
 * What goes between two tables that should print as one form. Word and
 * LibreOffice merge tables that touch, and a merged table repeats heading rows
 * only at its very top. A hidden one-point paragraph keeps the tables apart
 * without leaving a gap; the table above leaves out its bottom edge and the
 * one below draws it, so the seam is a single line.
 */
export function tableSeam(): string {
  return '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/><w:rPr><w:vanish/><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr></w:p>';
}

/**
 * A docxtemplater loop over paragraphs. With paragraphLoop on, the paragraphs
 * holding only {#key} and {/key} vanish and the middle one repeats, so each item
 * becomes its own paragraph with its own indent.
 *
 * @example paragraphLoop('introParagraphs', 'FormNarrative').length // 3
 */
export function paragraphLoop(key: string, style: string): string[] {
  return [paragraph(run(`{#${key}}`), { style }), paragraph(run('{text}'), { style }), paragraph(run(`{/${key}}`), { style })];
}

/** A paragraph that starts a new page and takes no room (one point high). */
export function pageBreak(): string {
  return '<w:p><w:pPr><w:pageBreakBefore/><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr></w:p>';
}

/** Run fonts: Latin text and CJK text are set separately in WordprocessingML. */
export function fonts(latin: string, eastAsia: string): string {
  return `<w:rFonts w:ascii="${latin}" w:hAnsi="${latin}" w:eastAsia="${eastAsia}" w:cs="${latin}"/>`;
}

export interface FontDeclaration {
  readonly name: string;
  /** What Word and WPS use when the font is not installed. */
  readonly altName?: string;
  /** 134 = GB2312 (Simplified Chinese), 0 = ANSI, 2 = symbol. */
  readonly charset: number;
  readonly family: 'roman' | 'swiss' | 'modern' | 'script' | 'decorative' | 'auto';
  readonly pitch: 'fixed' | 'variable';
}

export function fontTable(declarations: readonly FontDeclaration[]): string {
  const entries = declarations.map(
    (font) =>
      `<w:font w:name="${font.name}">` +
      (font.altName ? `<w:altName w:val="${font.altName}"/>` : '') +
      `<w:charset w:val="${font.charset.toString(16).padStart(2, '0').toUpperCase()}"/>` +
      `<w:family w:val="${font.family}"/>` +
      `<w:pitch w:val="${font.pitch}"/>` +
      '</w:font>',
  );
  return xmlDeclaration(`<w:fonts xmlns:w="${W_NS}">${entries.join('')}</w:fonts>`);
}

export function xmlDeclaration(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`;
}

export interface PackageParts {
  readonly documentXml: string;
  readonly stylesXml: string;
  readonly settingsXml: string;
  readonly fontTableXml: string;
  readonly footerXml: string;
  readonly title: string;
  /** ISO timestamp written as created/modified, fixed so the template is reproducible. */
  readonly timestamp: string;
}

/** Every part of a minimal DOCX package, by zip path, in the order Word writes them. */
export function packageFiles(parts: PackageParts): [string, string][] {
  const contentTypes = xmlDeclaration(
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
      '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>' +
      '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>' +
      '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>' +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
      '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
      '</Types>',
  );
  const rootRels = xmlDeclaration(
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
      '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>' +
      '</Relationships>',
  );
  const documentRels = xmlDeclaration(
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>' +
      '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>' +
      '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>' +
      '</Relationships>',
  );
  const core = xmlDeclaration(
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      `<dc:title>${escapeXml(parts.title)}</dc:title>` +
      '<dc:creator>studio-docs</dc:creator>' +
      `<dcterms:created xsi:type="dcterms:W3CDTF">${parts.timestamp}</dcterms:created>` +
      `<dcterms:modified xsi:type="dcterms:W3CDTF">${parts.timestamp}</dcterms:modified>` +
      '</cp:coreProperties>',
  );
  const app = xmlDeclaration(
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>studio-docs</Application></Properties>',
  );
  return [
    ['[Content_Types].xml', contentTypes],
    ['_rels/.rels', rootRels],
    ['docProps/core.xml', core],
    ['docProps/app.xml', app],
    ['word/document.xml', parts.documentXml],
    ['word/styles.xml', parts.stylesXml],
    ['word/settings.xml', parts.settingsXml],
    ['word/fontTable.xml', parts.fontTableXml],
    ['word/footer1.xml', parts.footerXml],
    ['word/_rels/document.xml.rels', documentRels],
  ];
}
