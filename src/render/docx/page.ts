import { mm } from './wordml.js';

/**
 * Page size and margins of a generated document: the section properties that
 * close word/document.xml, with the page-number footer (footer1.xml, rId4).
 */

/** GB/T 9704 page: A4, top 37 mm, binding edge 28 mm, type area 156 × 225 mm. */
export const OFFICIAL_A4 = { width: 11906, height: 16838, top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) } as const;
export const OFFICIAL_TYPE_AREA_WIDTH = OFFICIAL_A4.width - OFFICIAL_A4.left - OFFICIAL_A4.right;

/** A3 landscape: the sheet two A4 pages share in Word's book-fold printing. */
const A3_LANDSCAPE = { width: 23811, height: 16838 } as const;

/** All lengths in twips. */
export interface PageSetup {
  readonly width: number;
  readonly height: number;
  readonly landscape?: boolean;
  readonly margins: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };
  /** Distance from the page edge to the header and to the footer. */
  readonly header: number;
  readonly footer: number;
  /** No page number on the first page (a cover). */
  readonly titlePage?: boolean;
}

export interface OfficialPageOptions {
  /**
   * Word's book-fold printing on A3: the section's paper is A3 landscape and every
   * page is half of it (A4); the 28 mm margin is then the inside one, at the fold.
   */
  readonly bookletA3?: boolean;
  /** No page number on the first page (a cover). */
  readonly coverPage?: boolean;
}

/**
 * The GB/T 9704 page every form template prints on, footer 20 mm from the edge.
 *
 * @example sectionProperties(officialPage()) // '<w:sectPr>…<w:pgSz w:w="11906" w:h="16838"/>…'
 */
export function officialPage(options: OfficialPageOptions = {}): PageSetup {
  const { top, right, bottom, left } = OFFICIAL_A4;
  const paper = options.bookletA3 ? { ...A3_LANDSCAPE, landscape: true } : { width: OFFICIAL_A4.width, height: OFFICIAL_A4.height };
  return { ...paper, margins: { top, right, bottom, left }, header: 851, footer: mm(20), ...(options.coverPage ? { titlePage: true } : {}) };
}

/**
 * The <w:sectPr> that ends the document body.
 *
 * @example sectionProperties({ width: 11906, height: 16838, margins: { top: 1440, right: 1440, bottom: 1440, left: 1440 }, header: 851, footer: 992 })
 */
export function sectionProperties(page: PageSetup): string {
  const { top, right, bottom, left } = page.margins;
  return (
    '<w:sectPr>' +
    '<w:footerReference w:type="default" r:id="rId4"/>' +
    `<w:pgSz w:w="${page.width}" w:h="${page.height}"${page.landscape ? ' w:orient="landscape"' : ''}/>` +
    `<w:pgMar w:top="${top}" w:right="${right}" w:bottom="${bottom}" w:left="${left}" w:header="${page.header}" w:footer="${page.footer}" w:gutter="0"/>` +
    '<w:cols w:space="425"/>' +
    (page.titlePage ? '<w:titlePg/>' : '') +
    '</w:sectPr>'
  );
}
