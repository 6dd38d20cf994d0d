import PizZip from 'pizzip';
import { generateDeterministicZip } from '../../src/render/zip.js';
import { HALF_POINTS, R_NS, W_NS, fontTable, fonts, mm, packageFiles, paragraph, run, xmlDeclaration } from './wordml.js';

/**
 * The page, fonts, styles and footer both Leshan 2020 templates share (附件1
 * 推荐审批表 and 附件3 申报材料): GB/T 9704 page, fonts named as offices have them,
 * "— n —" page numbers. Each form adds its own paragraph and character styles.
 */

/** GB/T 9704 page: A4, top 37 mm, left 28 mm, type area 156 × 225 mm. */
export const PAGE = { width: 11906, height: 16838, top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) };
export const TYPE_AREA_WIDTH = PAGE.width - PAGE.left - PAGE.right;

export const SONG = '宋体';
export const FANGSONG = '仿宋_GB2312';
export const HEI = '黑体';
export const KAI = '楷体_GB2312';
export const XIAOBIAOSONG = '方正小标宋简体';
const LATIN = 'Times New Roman';

export interface ParagraphStyle {
  readonly id: string;
  readonly name: string;
  readonly font: string;
  readonly size: number;
  readonly align: 'left' | 'center' | 'right' | 'both';
  /** Extra pPr children (spacing, indentation, keepNext), placed before <w:jc>. */
  readonly extra?: string;
}

export interface CharacterStyle {
  readonly id: string;
  readonly name: string;
  /** rPr children. */
  readonly properties: string;
}

export const FOOTER_STYLE: ParagraphStyle = { id: 'FormFooter', name: '页码', font: SONG, size: HALF_POINTS.四号, align: 'center' };

export interface DocumentParts {
  /** Body XML (paragraphs and tables) without the closing section properties. */
  readonly body: string;
  readonly paragraphStyles: readonly ParagraphStyle[];
  readonly characterStyles?: readonly CharacterStyle[];
  readonly title: string;
}

/** A DOCX package around `body`, with fixed timestamps so rebuilding gives the same bytes. */
export function buildLeshanDocx(parts: DocumentParts): Uint8Array {
  const zip = new PizZip();
  const files = packageFiles({
    documentXml: xmlDeclaration(`<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${parts.body}${sectionProperties()}</w:body></w:document>`),
    stylesXml: stylesXml([...parts.paragraphStyles, FOOTER_STYLE], parts.characterStyles ?? []),
    settingsXml: settingsXml(),
    fontTableXml: fontTable([
      { name: LATIN, charset: 0, family: 'roman', pitch: 'variable' },
      { name: SONG, altName: 'SimSun', charset: 134, family: 'auto', pitch: 'variable' },
      { name: FANGSONG, altName: '仿宋', charset: 134, family: 'modern', pitch: 'fixed' },
      { name: HEI, altName: 'SimHei', charset: 134, family: 'modern', pitch: 'fixed' },
      { name: KAI, altName: '楷体', charset: 134, family: 'modern', pitch: 'fixed' },
      { name: XIAOBIAOSONG, altName: SONG, charset: 134, family: 'script', pitch: 'fixed' },
    ]),
    footerXml: footerXml(),
    title: parts.title,
    timestamp: '2020-08-03T00:00:00Z',
  });
  for (const [name, content] of files) zip.file(name, content, { createFolders: false });
  return generateDeterministicZip(zip);
}

/**
 * With paragraphLoop on, the paragraphs holding only {#key} and {/key} vanish and
 * the middle one repeats, so each item becomes its own paragraph with its own indent.
 */
export function paragraphLoop(key: string, style: string): string[] {
  return [paragraph(run(`{#${key}}`), { style }), paragraph(run('{text}'), { style }), paragraph(run(`{/${key}}`), { style })];
}

/** A paragraph that starts a new page and takes no room (one point high): the form's second side. */
export function pageBreak(): string {
  return '<w:p><w:pPr><w:pageBreakBefore/><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr></w:p>';
}

function sectionProperties(): string {
  return (
    '<w:sectPr>' +
    '<w:footerReference w:type="default" r:id="rId4"/>' +
    `<w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"/>` +
    `<w:pgMar w:top="${PAGE.top}" w:right="${PAGE.right}" w:bottom="${PAGE.bottom}" w:left="${PAGE.left}" w:header="851" w:footer="${mm(20)}" w:gutter="0"/>` +
    '<w:cols w:space="425"/>' +
    '</w:sectPr>'
  );
}

/** Page number as GB/T 9704 prints it: "— 1 —" in 四号宋体. */
function footerXml(): string {
  const field =
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>' +
    '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>' +
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
    '<w:r><w:t>1</w:t></w:r>' +
    '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
  const body = paragraph(`${run('— ')}${field}${run(' —')}`, { style: FOOTER_STYLE.id });
  return xmlDeclaration(`<w:ftr xmlns:w="${W_NS}" xmlns:r="${R_NS}">${body}</w:ftr>`);
}

function stylesXml(paragraphStyles: readonly ParagraphStyle[], characterStyles: readonly CharacterStyle[]): string {
  const paragraphs = paragraphStyles.map(
    (style) =>
      `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${style.id}">` +
      `<w:name w:val="${style.name}"/><w:basedOn w:val="Normal"/><w:qFormat/>` +
      `<w:pPr>${style.extra ?? ''}<w:jc w:val="${style.align}"/></w:pPr>` +
      `<w:rPr>${fonts(LATIN, style.font)}<w:sz w:val="${style.size}"/><w:szCs w:val="${style.size}"/></w:rPr>` +
      '</w:style>',
  );
  const characters = characterStyles.map(
    (style) =>
      `<w:style w:type="character" w:customStyle="1" w:styleId="${style.id}">` +
      `<w:name w:val="${style.name}"/><w:basedOn w:val="DefaultParagraphFont"/>` +
      `<w:rPr>${style.properties}</w:rPr>` +
      '</w:style>',
  );
  const body =
    '<w:docDefaults>' +
    `<w:rPrDefault><w:rPr>${fonts(LATIN, SONG)}<w:kern w:val="2"/><w:sz w:val="${HALF_POINTS.五号}"/><w:szCs w:val="${HALF_POINTS.五号}"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>' +
    '</w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>' +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    paragraphs.join('') +
    characters.join('');
  return xmlDeclaration(`<w:styles xmlns:w="${W_NS}">${body}</w:styles>`);
}

function settingsXml(): string {
  return xmlDeclaration(
    `<w:settings xmlns:w="${W_NS}">` +
      '<w:zoom w:percent="100"/>' +
      '<w:defaultTabStop w:val="420"/>' +
      '<w:characterSpacingControl w:val="compressPunctuation"/>' +
      '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
      '</w:settings>',
  );
}
