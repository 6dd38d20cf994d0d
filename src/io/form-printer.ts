import { availableParallelism } from 'node:os';
import { StudioDocsError } from '../core/errors.js';
import { FORM_FONT_FAMILIES } from '../render/pdf/index.js';
import { PdfPrinter } from './browser.js';
import { assertFontsInstalled } from './fonts.js';

/** Overrides how many tabs print at once (1 halves the browser's memory, at about 1.4× the time per PDF). */
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
  assertFontsInstalled(FORM_FONT_FAMILIES);
  return PdfPrinter.launch({ tabs: printTabs() });
}
