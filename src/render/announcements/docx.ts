import PizZip from 'pizzip';
import { FANGSONG, HEI, KAI, LATIN, SONG, XIAOBIAOSONG, officeFontTable } from '../docx/fonts.js';
import { OFFICIAL_A4, OFFICIAL_TYPE_AREA_WIDTH } from '../docx/page.js';
import { stylesXml, type ParagraphStyle } from '../docx/styles.js';
import { HALF_POINTS, R_NS, W_NS, escapeXml, packageFiles, pageBreak, paragraph, run, table, xmlDeclaration, type CellSpec } from '../docx/wordml.js';
import { generateDeterministicZip } from '../zip.js';
import { textWidth, type Block, type OfficialDocument, type TableColumn, type TableRow } from './blocks.js';

/**
 * Official documents (命名决定, 公示) as DOCX in GB/T 9704 layout: A4, top 37 mm,
 * left 28 mm, type area 156 × 225 mm at 22 lines of 三号仿宋; red issuer mark and
 * red line; page numbers “— 1 —” in 四号宋体, odd pages right and even pages left
 * (two footers, w:evenAndOddHeaders).
 */

/** 22 lines in the 225 mm type area. */
const BODY_LINE = Math.round((225 / 22 / 25.4) * 1440);
const RED = 'FF0000';
/** One 三号 character, in twips. */
const CHAR = 320;
const ISSUER_MARK_MAX = 72; // 小初, half-points

const STYLES: readonly ParagraphStyle[] = [
  { id: 'DocIssuerMark', name: '发文机关标志', font: XIAOBIAOSONG, size: ISSUER_MARK_MAX, align: 'center', runExtra: `<w:color w:val="${RED}"/>` },
  {
    id: 'DocNumber',
    name: '发文字号',
    font: FANGSONG,
    size: HALF_POINTS.三号,
    align: 'center',
    extra: `<w:pBdr><w:bottom w:val="single" w:sz="18" w:space="11" w:color="${RED}"/></w:pBdr><w:spacing w:before="${BODY_LINE * 2}" w:after="${BODY_LINE}" w:line="${BODY_LINE}" w:lineRule="exact"/>`,
  },
  { id: 'DocTitle', name: '公文标题', font: XIAOBIAOSONG, size: HALF_POINTS.二号, align: 'center', extra: `<w:spacing w:before="${BODY_LINE}" w:after="${BODY_LINE}" w:line="700" w:lineRule="exact"/>` },
  { id: 'DocAddressees', name: '主送机关', font: FANGSONG, size: HALF_POINTS.三号, align: 'both', extra: `<w:spacing w:line="${BODY_LINE}" w:lineRule="exact"/>` },
  { id: 'DocBody', name: '公文正文', font: FANGSONG, size: HALF_POINTS.三号, align: 'both', extra: `<w:spacing w:line="${BODY_LINE}" w:lineRule="exact"/><w:ind w:firstLine="${CHAR * 2}"/>` },
  { id: 'DocPlain', name: '公文正文（无缩进）', font: FANGSONG, size: HALF_POINTS.三号, align: 'both', extra: `<w:spacing w:line="${BODY_LINE}" w:lineRule="exact"/>` },
  { id: 'DocSignature', name: '落款', font: FANGSONG, size: HALF_POINTS.三号, align: 'right', extra: `<w:spacing w:line="${BODY_LINE}" w:lineRule="exact"/>` },
  { id: 'DocAttachmentLabel', name: '附件标识', font: HEI, size: HALF_POINTS.三号, align: 'left', extra: `<w:spacing w:line="${BODY_LINE}" w:lineRule="exact"/>` },
  { id: 'DocAttachmentTitle', name: '附件标题', font: XIAOBIAOSONG, size: HALF_POINTS.二号, align: 'center', extra: `<w:spacing w:before="${BODY_LINE}" w:after="${BODY_LINE}" w:line="700" w:lineRule="exact"/>` },
  { id: 'DocCell', name: '表格文字', font: FANGSONG, size: HALF_POINTS.小四, align: 'left' },
  { id: 'DocCellHead', name: '表头', font: HEI, size: HALF_POINTS.小四, align: 'center', extra: '<w:keepNext/>' },
  { id: 'DocCellGroup', name: '表内分组一级', font: HEI, size: HALF_POINTS.小四, align: 'left', extra: '<w:keepNext/>' },
  { id: 'DocCellDistrict', name: '表内分组二级', font: KAI, size: HALF_POINTS.小四, align: 'left', extra: '<w:keepNext/>', runExtra: '<w:b/>' },
  { id: 'DocPageOdd', name: '页码（单页）', font: SONG, size: HALF_POINTS.四号, align: 'right', extra: '<w:ind w:right="280"/>' },
  { id: 'DocPageEven', name: '页码（双页）', font: SONG, size: HALF_POINTS.四号, align: 'left', extra: '<w:ind w:left="280"/>' },
];

/**
 * The DOCX bytes of an official document; same blocks and timestamp, same bytes.
 *
 * @example renderOfficialDocx(decisionDocument(content), '2020-12-20T00:00:00Z')
 */
export function renderOfficialDocx(document: OfficialDocument, timestamp: string): Uint8Array {
  const body = document.blocks.map(blockXml).join('');
  const sectPr =
    '<w:sectPr>' +
    '<w:footerReference w:type="default" r:id="rId4"/><w:footerReference w:type="even" r:id="rId5"/>' +
    `<w:pgSz w:w="${OFFICIAL_A4.width}" w:h="${OFFICIAL_A4.height}"/>` +
    `<w:pgMar w:top="${OFFICIAL_A4.top}" w:right="${OFFICIAL_A4.right}" w:bottom="${OFFICIAL_A4.bottom}" w:left="${OFFICIAL_A4.left}" w:header="851" w:footer="794" w:gutter="0"/>` +
    `<w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="${BODY_LINE}"/>` +
    '</w:sectPr>';
  const files = packageFiles({
    documentXml: xmlDeclaration(`<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${body}${sectPr}</w:body></w:document>`),
    stylesXml: stylesXml({ defaultSize: HALF_POINTS.三号, paragraphStyles: STYLES }),
    settingsXml: xmlDeclaration(
      `<w:settings xmlns:w="${W_NS}"><w:zoom w:percent="100"/><w:evenAndOddHeaders/><w:defaultTabStop w:val="420"/>` +
        '<w:characterSpacingControl w:val="compressPunctuation"/>' +
        '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>',
    ),
    fontTableXml: officeFontTable([LATIN, SONG, FANGSONG, HEI, KAI, XIAOBIAOSONG]),
    footerXml: footerXml('DocPageOdd'),
    title: document.title,
    timestamp,
  }).map(([name, content]): [string, string] => [name, withEvenFooter(name, content)]);
  files.push(['word/footer2.xml', footerXml('DocPageEven')]);
  const zip = new PizZip();
  for (const [name, content] of files) zip.file(name, content, { createFolders: false });
  return generateDeterministicZip(zip);
}

/** The shared package has one footer; official documents add the even-page one. */
function withEvenFooter(name: string, content: string): string {
  if (name === '[Content_Types].xml') {
    return content.replace(
      '</Types>',
      '<Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>',
    );
  }
  if (name === 'word/_rels/document.xml.rels') {
    return content.replace(
      '</Relationships>',
      '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer2.xml"/></Relationships>',
    );
  }
  return content;
}

function footerXml(styleId: string): string {
  const field =
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>' +
    '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>' +
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
    '<w:r><w:t>1</w:t></w:r>' +
    '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
  return xmlDeclaration(`<w:ftr xmlns:w="${W_NS}" xmlns:r="${R_NS}">${paragraph(`${run('— ')}${field}${run(' —')}`, { style: styleId })}</w:ftr>`);
}

function blockXml(block: Block): string {
  switch (block.kind) {
    case 'issuerMark': {
      // The mark fills at most the type area's width (156 mm ≈ 442 pt).
      const size = Math.min(ISSUER_MARK_MAX, Math.floor((442 * 2) / Math.max(1, textWidth(block.text))));
      return `<w:p><w:pPr><w:pStyle w:val="DocIssuerMark"/></w:pPr><w:r><w:rPr><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr><w:t xml:space="preserve">${escapeXml(block.text)}</w:t></w:r></w:p>`;
    }
    case 'docNumber':
      return paragraph(run(block.text), { style: 'DocNumber' });
    case 'title':
      return paragraph(run(block.text), { style: 'DocTitle' });
    case 'addressees':
      return paragraph(run(block.text), { style: 'DocAddressees' });
    case 'paragraph':
      return paragraph(run(block.text), { style: 'DocBody' });
    case 'blank':
      return paragraph('', { style: 'DocPlain' });
    case 'attachmentNote':
      return block.items
        .map((item, index) =>
          index === 0
            ? `<w:p><w:pPr><w:pStyle w:val="DocPlain"/><w:ind w:left="${CHAR * 5}" w:hanging="${CHAR * 3}"/></w:pPr>${run(`附件：${index + 1}.${item}`)}</w:p>`
            : `<w:p><w:pPr><w:pStyle w:val="DocPlain"/><w:ind w:left="${CHAR * 5}"/></w:pPr>${run(`${index + 1}.${item}`)}</w:p>`,
        )
        .join('');
    case 'signature': {
      // The date ends four characters from the right; the signature is centred over it.
      const dateRight = CHAR * 4;
      const signatureRight = Math.max(0, Math.round(dateRight + ((textWidth(block.date) - textWidth(block.signature)) / 2) * CHAR));
      return (
        `<w:p><w:pPr><w:pStyle w:val="DocSignature"/><w:ind w:right="${signatureRight}"/></w:pPr>${run(block.signature)}</w:p>` +
        `<w:p><w:pPr><w:pStyle w:val="DocSignature"/><w:ind w:right="${dateRight}"/></w:pPr>${run(block.date)}</w:p>`
      );
    }
    case 'pageBreak':
      return pageBreak();
    case 'attachmentLabel':
      return paragraph(run(block.text), { style: 'DocAttachmentLabel' });
    case 'attachmentTitle':
      return paragraph(run(block.text), { style: 'DocAttachmentTitle' });
    case 'table':
      return tableXml(block.columns, block.rows);
  }
}

function tableXml(columns: readonly TableColumn[], rows: readonly TableRow[]): string {
  const total = columns.reduce((sum, column) => sum + column.width, 0);
  const widths = columns.map((column) => Math.floor((column.width / total) * OFFICIAL_TYPE_AREA_WIDTH));
  const cell = (text: string, style: string, align: TableColumn['align'], span?: number): CellSpec => ({
    paragraphs: [`<w:p><w:pPr><w:pStyle w:val="${style}"/><w:jc w:val="${align === 'right' ? 'right' : align}"/></w:pPr>${run(text)}</w:p>`],
    ...(span ? { span } : {}),
  });
  const header = { header: true, minHeight: 454, cells: columns.map((column) => cell(column.header, 'DocCellHead', 'center')) };
  const body = rows.map((row) =>
    row.kind === 'heading'
      ? { minHeight: 454, cells: [cell(row.text, row.level === 1 ? 'DocCellGroup' : 'DocCellDistrict', 'left', columns.length)] }
      : { minHeight: 454, cells: row.cells.map((text, index) => cell(text, row.total ? 'DocCellHead' : 'DocCell', columns[index]?.align ?? 'left')) },
  );
  return table({ columns: widths, rows: [header, ...body], borderSize: 4, cellPadding: 85, cellPaddingVertical: 28 }) + paragraph('', { style: 'DocPlain' });
}

