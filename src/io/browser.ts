import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { StudioDocsError } from '../core/errors.js';
import type { HtmlPrinter, PrintableDocument } from '../render/pdf/printer.js';

/** Environment variables that name a browser explicitly, in order of precedence. */
export const BROWSER_ENV_VARS = ['STUDIO_DOCS_CHROMIUM', 'PUPPETEER_EXECUTABLE_PATH'] as const;

/**
 * The flags we launch with, and no others: no sandbox (containers, root), no GPU,
 * and nothing that phones home or updates itself while documents are printed.
 */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--font-render-hinting=none',
];

const NO_BROWSER_HINTS = [
  'Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk',
  'or set STUDIO_DOCS_CHROMIUM=/path/to/chrome',
];

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Where Chromium-family browsers are installed by default, most likely first.
 *
 * @example defaultBrowserPaths('linux', {})[0] // '/usr/bin/chromium'
 */
export function defaultBrowserPaths(platform: NodeJS.Platform, env: Env): string[] {
  if (platform === 'darwin') {
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((root): root is string => Boolean(root));
    return roots.flatMap((root) => [
      join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
      join(root, 'Chromium', 'Application', 'chrome.exe'),
    ]);
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/usr/bin/microsoft-edge',
    '/usr/bin/microsoft-edge-stable',
    '/opt/microsoft/msedge/msedge',
  ];
}

/**
 * Finds a Chromium, Chrome or Edge executable. An explicit override that points
 * nowhere is an error rather than a silent fall-back to another browser.
 *
 * @example findBrowser() // '/usr/bin/chromium'
 * @example findBrowser({ STUDIO_DOCS_CHROMIUM: '/nope' }) // throws StudioDocsError NO_BROWSER
 */
export function findBrowser(
  env: Env = process.env,
  platform: NodeJS.Platform = process.platform,
  exists: (path: string) => boolean = existsSync,
): string {
  for (const name of BROWSER_ENV_VARS) {
    const override = env[name];
    if (!override) continue;
    if (exists(override)) return override;
    throw new StudioDocsError(
      'NO_BROWSER',
      `环境变量 ${name} 指向的浏览器不存在：${override}（${name} points to a missing file）`,
      { hints: NO_BROWSER_HINTS },
    );
  }
  const found = defaultBrowserPaths(platform, env).find((path) => exists(path));
  if (found) return found;
  throw new StudioDocsError(
    'NO_BROWSER',
    '找不到 Chromium、Chrome 或 Edge 浏览器，无法生成 PDF（No Chromium, Chrome or Edge found to print PDFs）',
    { hints: NO_BROWSER_HINTS },
  );
}

export interface PdfPrinterOptions {
  /** Browser executable; found with findBrowser() when omitted. */
  readonly executablePath?: string;
  /**
   * Tabs printing in parallel (each document still prints in one tab). Every tab
   * after the first lives in a browser context of its own, so in a renderer
   * process of its own: layout and printing run on one thread per renderer, and
   * a second tab puts a second core to work (at the cost of a second renderer's memory).
   */
  readonly tabs?: number;
}

/**
 * After this many jobs a tab is replaced by a fresh one in a new browser context,
 * whose renderer process starts small, so that whatever a renderer keeps between
 * documents (font and shaping caches) cannot build up over a very long run. Since
 * releaseDocument a renderer stays flat (measured over 10,000 forms: 0.25–0.4 GB
 * for two tabs throughout), so this is a safety net; a new tab costs ≈ 0.5 s.
 */
const PRINTS_PER_TAB = 40;

/** Print jobs of tens of thousands of rows (a city-wide ranked list) take longer than puppeteer's default 30 s. */
const PRINT_TIMEOUT_MS = 10 * 60_000;

/**
 * One headless browser, reused for many documents. Close it when done: the
 * temporary profile folder is removed then.
 *
 * @example
 * const printer = await PdfPrinter.launch();
 * try { const pdf = await printer.print(printableHtml(['<p>你好</p>'], { size: 'A4', landscape: false }, { markDocuments: false })); } finally { await printer.close(); }
 */
export class PdfPrinter implements HtmlPrinter {
  private readonly idle: Page[];
  private readonly printsByTab = new Map<Page, number>();
  private readonly waiting: ((page: Page) => void)[] = [];
  private closed = false;

  private constructor(
    private readonly browser: Browser,
    private readonly profileDir: string,
    pages: Page[],
  ) {
    this.idle = pages;
  }

  static async launch(options: PdfPrinterOptions = {}): Promise<PdfPrinter> {
    const executablePath = options.executablePath ?? findBrowser();
    const profileDir = mkdtempSync(join(tmpdir(), 'studio-docs-chromium-'));
    let browser: Browser;
    try {
      browser = await puppeteer.launch({
        executablePath,
        ignoreDefaultArgs: true,
        // The first tab opens about:blank rather than the new-tab page, which would keep a renderer of its own busy and in memory.
        args: [...CHROMIUM_FLAGS, `--user-data-dir=${profileDir}`, 'about:blank'],
        pipe: true,
        // Puppeteer's own handlers would kill the browser and exit the process mid-document; our callers
        // stop between documents and close the printer themselves (see src/cli/stop-signal.ts).
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
      });
    } catch (error) {
      removeProfile(profileDir);
      throw new StudioDocsError('NO_BROWSER', `浏览器启动失败：${executablePath}（browser failed to start）\n${(error as Error).message}`, {
        hints: NO_BROWSER_HINTS,
        cause: error,
      });
    }
    // A crashed browser never reaches close(); its profile must not be left behind either.
    browser.process()?.once('exit', () => removeProfile(profileDir));
    try {
      // The first tab is the one the browser opened at start; each further tab gets a context of its own.
      const [initial] = await browser.pages();
      const extra = Array.from({ length: Math.max(1, options.tabs ?? 1) - 1 }, async () => (await browser.createBrowserContext()).newPage());
      const pages = await Promise.all([initial ?? browser.newPage(), ...extra].map(async (page) => lockDown(await page)));
      return new PdfPrinter(browser, profileDir, pages);
    } catch (error) {
      await browser.close();
      throw error;
    }
  }

  async print({ html, paper }: PrintableDocument): Promise<Uint8Array> {
    let page = await this.acquire();
    try {
      if ((this.printsByTab.get(page) ?? 0) >= PRINTS_PER_TAB) page = await this.renew(page);
      this.printsByTab.set(page, (this.printsByTab.get(page) ?? 0) + 1);
      try {
        await page.setContent(html, { waitUntil: 'load', timeout: PRINT_TIMEOUT_MS });
        // tagged: false — the accessibility tree makes the file 2–3× larger and is not part of the paper form.
        // The paper size is passed here, not read from CSS: see PrintableDocument.
        const size = { width: wholeCssPixels(paper.widthMm), height: wholeCssPixels(paper.heightMm) };
        return await page.pdf({ ...size, printBackground: true, tagged: false, outline: false, timeout: PRINT_TIMEOUT_MS });
      } finally {
        // A tab that cannot even go blank is not used again: the next print gets a fresh one.
        if (!(await releaseDocument(page))) this.printsByTab.set(page, PRINTS_PER_TAB);
      }
    } finally {
      this.release(page);
    }
  }

  /** A fresh locked-down tab in a context of its own; the old tab and its context (so its renderer) go away. */
  private async renew(old: Page): Promise<Page> {
    const fresh = await lockDown(await (await this.browser.createBrowserContext()).newPage());
    this.printsByTab.delete(old);
    const context = old.browserContext();
    await old.close();
    if (context !== this.browser.defaultBrowserContext()) await context.close();
    return fresh;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      await this.browser.close();
    } finally {
      removeProfile(this.profileDir);
    }
  }

  private acquire(): Promise<Page> {
    if (this.closed) return Promise.reject(new Error('PdfPrinter is closed'));
    const page = this.idle.pop();
    if (page) return Promise.resolve(page);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(page: Page): void {
    const next = this.waiting.shift();
    if (next) next(page);
    else this.idle.push(page);
  }
}

/**
 * A length in whole CSS pixels, as Chromium rounds a CSS `@page { size }`, so a
 * paper size given here prints on the same page box as it did from CSS.
 *
 * @example wholeCssPixels(210) // '793px' (A4: 594.96 pt wide in the PDF)
 */
export function wholeCssPixels(mm: number): string {
  return `${Math.floor((mm * 96) / 25.4)}px`;
}

/** Going blank takes milliseconds; a renderer that needs longer is stuck and its tab is replaced. */
const RELEASE_TIMEOUT_MS = 5_000;

/**
 * Leaves the printed document for a blank one and has its memory collected
 * now. With scripts off nothing else makes the renderer collect: printed
 * documents piled up to ≈ 0.5 GB a tab at 50 forms a job, against ≈ 60 MB
 * after this (≈ 2 ms a form). Returns false when the tab could not be
 * released (crashed, stuck, browser gone): any error of the print itself is
 * the one to report, and the caller retires the tab.
 */
async function releaseDocument(page: Page): Promise<boolean> {
  try {
    await page.goto('about:blank', { timeout: RELEASE_TIMEOUT_MS });
    const session = await page.createCDPSession();
    try {
      await session.send('HeapProfiler.collectGarbage');
    } finally {
      await session.detach();
    }
    return true;
  } catch {
    return false;
  }
}

/** Chromium's helper processes may still write into the profile for a moment after exit: retry, never throw. */
function removeProfile(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
  } catch {
    // Leaving an empty temporary folder behind is harmless; failing the print run over it is not.
  }
}

/** Makes a tab run no scripts and fetch nothing: templates are self-contained by contract. */
async function lockDown(page: Page): Promise<Page> {
  await page.setJavaScriptEnabled(false);
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    const url = request.url();
    if (url.startsWith('data:') || url === 'about:blank') void request.continue();
    else void request.abort('blockedbyclient');
  });
  return page;
}
