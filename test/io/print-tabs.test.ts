import { describe, expect, it } from 'vitest';
import { printTabs } from '../../src/io/form-printer.js';

describe('how many tabs print PDFs at once', () => {
  it('uses two tabs when there are two cores or more, one on a single core', () => {
    expect(printTabs({}, 1)).toBe(1);
    expect(printTabs({}, 2)).toBe(2);
    expect(printTabs({}, 16)).toBe(2);
  });

  it('follows STUDIO_DOCS_PRINT_TABS, and refuses a value that is not a small whole number', () => {
    expect(printTabs({ STUDIO_DOCS_PRINT_TABS: '1' }, 8)).toBe(1);
    expect(printTabs({ STUDIO_DOCS_PRINT_TABS: '4' }, 2)).toBe(4);
    expect(() => printTabs({ STUDIO_DOCS_PRINT_TABS: 'two' }, 2)).toThrow(/STUDIO_DOCS_PRINT_TABS/);
    expect(() => printTabs({ STUDIO_DOCS_PRINT_TABS: '0' }, 2)).toThrow(/1 到 16/);
  });
});
