import { PdfPrinter } from './browser.js';
import { assertFontsInstalled } from './fonts.js';
import { FORM_FONT_FAMILIES } from '../render/pdf/index.js';

/** The browser every PDF-writing command uses, after checking the fonts the stylesheet names (no silent fallback). */
export async function launchFormPrinter(): Promise<PdfPrinter> {
  assertFontsInstalled(FORM_FONT_FAMILIES);
  return PdfPrinter.launch();
}
