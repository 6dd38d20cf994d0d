import PizZip from 'pizzip';
import { generateDeterministicZip } from '../zip.js';
import { officeFontTable, type OfficeFont } from './fonts.js';
import { sectionProperties, type PageSetup } from './page.js';
import { pageNumberStyle, stylesXml, type StyleSheet } from './styles.js';
import { R_NS, W_NS, packageFiles, paragraph, run, xmlDeclaration } from './wordml.js';

/**
 * A whole DOCX package from a document body: styles, settings, font table,
 * page-number footer and properties around it, zipped with fixed timestamps so
 * the same input always gives the same bytes.
 */

export interface DocxPackageSpec {
  /** Body XML (paragraphs and tables) without the closing section properties. */
  readonly body: string;
  readonly page: PageSetup;
  /** The footer's page-number style is added to these styles (see footerStyleId). */
  readonly styles: StyleSheet;
  /** Fonts declared in the font table, in this order. */
  readonly fonts: readonly OfficeFont[];
  readonly title: string;
  /** ISO timestamp written as created/modified, fixed so the package is reproducible. */
  readonly timestamp: string;
  /** Id of the page-number paragraph style in the footer; 'FormFooter' unless given. */
  readonly footerStyleId?: string;
  /** Word's book-fold printing (pair with an A3 landscape page). */
  readonly bookFoldPrinting?: boolean;
}

/**
 * The DOCX bytes.
 *
 * @example buildDocxPackage({ body: paragraph(run('正文')), page: officialPage(), styles: { defaultSize: 21, paragraphStyles: [] }, fonts: [LATIN, SONG], title: '表', timestamp: '2020-01-01T00:00:00Z' })
 */
export function buildDocxPackage(spec: DocxPackageSpec): Uint8Array {
  const footerStyleId = spec.footerStyleId ?? 'FormFooter';
  const files = packageFiles({
    documentXml: xmlDeclaration(`<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${spec.body}${sectionProperties(spec.page)}</w:body></w:document>`),
    stylesXml: stylesXml({ ...spec.styles, paragraphStyles: [...spec.styles.paragraphStyles, pageNumberStyle(footerStyleId)] }),
    settingsXml: settingsXml(spec.bookFoldPrinting === true),
    fontTableXml: officeFontTable(spec.fonts),
    footerXml: pageNumberFooterXml(footerStyleId),
    title: spec.title,
    timestamp: spec.timestamp,
  });
  const zip = new PizZip();
  for (const [name, content] of files) zip.file(name, content, { createFolders: false });
  return generateDeterministicZip(zip);
}

/** Page number as GB/T 9704 prints it: "— 1 —". */
function pageNumberFooterXml(styleId: string): string {
  const field =
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>' +
    '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>' +
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
    '<w:r><w:t>1</w:t></w:r>' +
    '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
  const body = paragraph(`${run('— ')}${field}${run(' —')}`, { style: styleId });
  return xmlDeclaration(`<w:ftr xmlns:w="${W_NS}" xmlns:r="${R_NS}">${body}</w:ftr>`);
}

/** Element order follows CT_Settings: bookFoldPrinting sits between defaultTabStop and characterSpacingControl. */
function settingsXml(bookFold: boolean): string {
  return xmlDeclaration(
    `<w:settings xmlns:w="${W_NS}">` +
      '<w:zoom w:percent="100"/>' +
      '<w:defaultTabStop w:val="420"/>' +
      (bookFold ? '<w:bookFoldPrinting/>' : '') +
      '<w:characterSpacingControl w:val="compressPunctuation"/>' +
      '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
      '</w:settings>',
  );
}
