import { describe, expect, it } from 'vitest';
import { StudioDocsError } from '../../src/core/errors.js';
import { defaultBrowserPaths, findBrowser } from '../../src/io/browser.js';

function noBrowserError(run: () => unknown): StudioDocsError {
  try {
    run();
  } catch (error) {
    if (error instanceof StudioDocsError) return error;
    throw error;
  }
  throw new Error('a browser was found');
}

describe('finding a Chromium to print with', () => {
  it('fails with NO_BROWSER when STUDIO_DOCS_CHROMIUM points to a missing file, instead of using another browser', () => {
    const error = noBrowserError(() => findBrowser({ STUDIO_DOCS_CHROMIUM: '/nonexistent/chromium' }));
    expect(error.code).toBe('NO_BROWSER');
    expect(error.message).toContain('/nonexistent/chromium');
    expect(error.hints).toEqual(['Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk', 'or set STUDIO_DOCS_CHROMIUM=/path/to/chrome']);
  });

  it('uses STUDIO_DOCS_CHROMIUM before PUPPETEER_EXECUTABLE_PATH and before the default locations', () => {
    const exists = (path: string) => ['/custom/chrome', '/other/chrome', '/usr/bin/chromium'].includes(path);
    expect(findBrowser({ STUDIO_DOCS_CHROMIUM: '/custom/chrome', PUPPETEER_EXECUTABLE_PATH: '/other/chrome' }, 'linux', exists)).toBe('/custom/chrome');
    expect(findBrowser({ PUPPETEER_EXECUTABLE_PATH: '/other/chrome' }, 'linux', exists)).toBe('/other/chrome');
  });

  it('finds the system Chromium when nothing is overridden', () => {
    expect(findBrowser({}, 'linux')).toMatch(/chrom|edge/i);
  });

  it('tries Chromium, then Chrome, then Edge in the usual places for each platform', () => {
    expect(findBrowser({}, 'linux', (path) => path === '/opt/google/chrome/chrome')).toBe('/opt/google/chrome/chrome');
    expect(defaultBrowserPaths('linux', {})).toContain('/opt/microsoft/msedge/msedge');
    expect(defaultBrowserPaths('darwin', {})).toContain('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(defaultBrowserPaths('win32', { PROGRAMFILES: 'C:\\Program Files' }).some((path) => path.endsWith('chrome.exe'))).toBe(true);
  });

  it('explains in Chinese and English how to install one when none is found', () => {
    const error = noBrowserError(() => findBrowser({}, 'linux', () => false));
    expect(error.code).toBe('NO_BROWSER');
    expect(error.message).toMatch(/找不到.*No Chromium/);
    expect(error.exitCode).toBe(3);
  });
});
