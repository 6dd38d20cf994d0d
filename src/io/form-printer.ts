import { availableParallelism } from 'node:os';
import { StudioDocsError } from '../core/errors.js';
import { FORM_FONT_FAMILIES } from '../render/pdf/index.js';
import type { HtmlPrinter, PrintableDocument } from '../render/pdf/printer.js';
import { findBrowser, PdfPrinter } from './browser.js';
import { assertFontsInstalled } from './fonts.js';
import { limitHeapGrowth } from './heap-growth.js';

/** Overrides how many tabs print at once (1 takes ≈ 0.2 GB off the browser's ≈ 0.8 GB, at about 1.5× the time per PDF). */
export const PRINT_TABS_ENV = 'STUDIO_DOCS_PRINT_TABS';

/**
 * Tabs printing at once: each has a renderer process (one core, ≈ 0.25 GB at 50
 * forms a job), so two on a machine with two cores or more — measured 17.7 ms per
 * form against 24.6 ms with one — and no more, to keep memory moderate.
 *
 * @example printTabs({}, 8) // 2
 * @example printTabs({ STUDIO_DOCS_PRINT_TABS: '1' }, 8) // 1
 */
export function printTabs(env: Readonly<Record<string, string | undefined>> = process.env, cores: number = availableParallelism()): number {
  const override = env[PRINT_TABS_ENV];
  if (override !== undefined && override !== '') {
    const tabs = Number(override);
    if (!Number.isInteger(tabs) || tabs < 1 || tabs > 16) throw new StudioDocsError('USAGE', `环境变量 ${PRINT_TABS_ENV} 应为 1 到 16 的整数：${override}`);
    return tabs;
  }
  return Math.max(1, Math.min(2, cores));
}

/** The browser every PDF-writing command uses, after checking the fonts the stylesheet names (no silent fallback). */
export async function launchFormPrinter(): Promise<PdfPrinter> {
  return launchBeside(checkedFormBrowser());
}

/** The browser to print forms with, after checking the fonts the stylesheet names: both fail before any document. */
function checkedFormBrowser(): string {
  assertFontsInstalled(FORM_FONT_FAMILIES);
  return findBrowser();
}

/** The browser, with this process keeping its heap tight while the two share the machine. */
function launchBeside(executablePath: string): Promise<PdfPrinter> {
  limitHeapGrowth();
  return PdfPrinter.launch({ tabs: printTabs(), executablePath });
}

/**
 * The form printer for a run that may or may not print: the browser and fonts
 * are checked at once (a missing browser fails before the first document), but
 * the browser starts with the first print, so the parts of a run that print
 * nothing (DOCX forms, workbooks) do not hold its ≈ 0.3 GB.
 *
 * @example const printer = OnDemandPrinter.prepare(); try { … printer.print(doc) … } finally { await printer.close(); }
 */
export class OnDemandPrinter implements HtmlPrinter {
  private started: Promise<PdfPrinter> | undefined;
  private closed = false;

  private constructor(private readonly executablePath: string) {}

  static prepare(): OnDemandPrinter {
    return new OnDemandPrinter(checkedFormBrowser());
  }

  async print(document: PrintableDocument): Promise<Uint8Array> {
    if (this.closed) throw new Error('OnDemandPrinter is closed');
    this.started ??= launchBeside(this.executablePath);
    return (await this.started).print(document);
  }

  /** Closes the browser if it was started (also while it is still starting); later prints fail. */
  async close(): Promise<void> {
    this.closed = true;
    const printer = await this.started?.catch(() => undefined);
    await printer?.close();
  }
}
