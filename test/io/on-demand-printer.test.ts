import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StudioDocsError } from '../../src/core/errors.js';
import { OnDemandPrinter } from '../../src/io/form-printer.js';

const A4 = { widthMm: 210, heightMm: 297 };

/** Chromium processes started by this process (Linux /proc): the browser and its helpers. */
function browserProcesses(): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone meanwhile
    }
  }
  const descends = (pid: number): boolean => {
    for (let parent = parents.get(pid); parent !== undefined && parent > 1; parent = parents.get(parent)) if (parent === process.pid) return true;
    return false;
  };
  return [...parents.keys()].filter((pid) => descends(pid) && /chrom/i.test(commandOf(pid)));
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8');
  } catch {
    return '';
  }
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe.skipIf(process.platform !== 'linux')('the printer of a run that may print', () => {
  it('starts the browser with the first print, not before, and closes it', async () => {
    const printer = OnDemandPrinter.prepare();
    try {
      expect(browserProcesses()).toEqual([]);
      const pdf = await printer.print({ html: '<!doctype html><html><body><p>你好</p></body></html>', paper: A4 });
      expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      expect(browserProcesses().length).toBeGreaterThan(0);
    } finally {
      await printer.close();
    }
    expect(browserProcesses()).toEqual([]);
    await expect(printer.print({ html: '<p>x</p>', paper: A4 })).rejects.toThrow(/closed/);
  });

  it('starts nothing when the run closes it before any print', async () => {
    const printer = OnDemandPrinter.prepare();
    await printer.close();
    expect(browserProcesses()).toEqual([]);
  });

  it('still says at once, before any document, that there is no browser', () => {
    vi.stubEnv('STUDIO_DOCS_CHROMIUM', '/nonexistent/chromium');
    const error = (() => {
      try {
        OnDemandPrinter.prepare();
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(StudioDocsError);
    expect((error as StudioDocsError).code).toBe('NO_BROWSER');
  });
});
