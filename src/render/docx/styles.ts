import { LATIN, SONG, SYMBOL } from './fonts.js';
import { HALF_POINTS, W_NS, fonts, xmlDeclaration } from './wordml.js';

/**
 * word/styles.xml for generated documents: Word's three built-in defaults, then
 * the document's own paragraph and character styles. Every style sets its
 * Chinese font by name and Times New Roman for Latin text.
 */

export interface ParagraphStyle {
  readonly id: string;
  readonly name: string;
  /** East Asian font (Latin text is always Times New Roman). */
  readonly font: string;
  /** Half-points (HALF_POINTS). */
  readonly size: number;
  readonly align: 'left' | 'center' | 'right' | 'both' | 'distribute';
  /** Extra pPr children (spacing, indentation, keepNext), placed before <w:jc>. */
  readonly extra?: string;
  /** Extra rPr children (bold, character spacing), placed after the fonts. */
  readonly runExtra?: string;
}

export interface CharacterStyle {
  readonly id: string;
  readonly name: string;
  /** rPr children. */
  readonly properties: string;
}

export interface StyleSheet {
  /** Size of text without a style, in half-points. */
  readonly defaultSize: number;
  readonly paragraphStyles: readonly ParagraphStyle[];
  readonly characterStyles?: readonly CharacterStyle[];
}

/**
 * The "— 1 —" page number style of GB/T 9704: 四号宋体, centred.
 *
 * @example pageNumberStyle('FormFooter').size // 28
 */
export function pageNumberStyle(id: string): ParagraphStyle {
  return { id, name: '页码', font: SONG, size: HALF_POINTS.四号, align: 'center' };
}

/**
 * The ☐/☑ style. Marked as English text: after Chinese text LibreOffice would look
 * ☑ up in the East Asian slot with a Chinese language, get a CJK font without it
 * and fall back to the colour emoji font, which prints nothing.
 *
 * @example checkBoxStyle('FormCheckBox').name // '勾选框'
 */
export function checkBoxStyle(id: string): CharacterStyle {
  return {
    id,
    name: '勾选框',
    properties: `<w:rFonts w:ascii="${SYMBOL}" w:hAnsi="${SYMBOL}" w:eastAsia="${SYMBOL}" w:cs="${SYMBOL}"/><w:lang w:val="en-US" w:eastAsia="en-US"/>`,
  };
}

/**
 * The whole styles part.
 *
 * @example stylesXml({ defaultSize: HALF_POINTS.五号, paragraphStyles: [pageNumberStyle('FormFooter')] })
 */
export function stylesXml(sheet: StyleSheet): string {
  const size = sheet.defaultSize;
  const body =
    '<w:docDefaults>' +
    `<w:rPrDefault><w:rPr>${fonts(LATIN, SONG)}<w:kern w:val="2"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>' +
    '</w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>' +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    sheet.paragraphStyles.map(paragraphStyleXml).join('') +
    (sheet.characterStyles ?? []).map(characterStyleXml).join('');
  return xmlDeclaration(`<w:styles xmlns:w="${W_NS}">${body}</w:styles>`);
}

function paragraphStyleXml(style: ParagraphStyle): string {
  return (
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${style.id}">` +
    `<w:name w:val="${style.name}"/><w:basedOn w:val="Normal"/><w:qFormat/>` +
    `<w:pPr>${style.extra ?? ''}<w:jc w:val="${style.align}"/></w:pPr>` +
    `<w:rPr>${fonts(LATIN, style.font)}${style.runExtra ?? ''}<w:sz w:val="${style.size}"/><w:szCs w:val="${style.size}"/></w:rPr>` +
    '</w:style>'
  );
}

function characterStyleXml(style: CharacterStyle): string {
  return (
    `<w:style w:type="character" w:customStyle="1" w:styleId="${style.id}">` +
    `<w:name w:val="${style.name}"/><w:basedOn w:val="DefaultParagraphFont"/>` +
    `<w:rPr>${style.properties}</w:rPr>` +
    '</w:style>'
  );
}
