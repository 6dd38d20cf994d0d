import { describe, expect, it } from 'vitest';
import { StudioDocsError } from '../../src/core/errors.js';
import { assertFontsInstalled, missingFamilies, parseFcListFamilies } from '../../src/io/fonts.js';
import { FORM_FONT_FAMILIES } from '../../src/render/pdf/index.js';

describe('checking the PDF fonts are installed before printing', () => {
  it('passes when every family the forms name is installed', () => {
    expect(() => assertFontsInstalled(FORM_FONT_FAMILIES)).not.toThrow();
  });

  it('fails with MISSING_FONT and an apt-get hint when a family is missing, rather than printing with a fallback', () => {
    let error: unknown;
    try {
      assertFontsInstalled(['Noto Serif CJK SC', 'FZXiaoBiaoSong-B05S Nonexistent']);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(StudioDocsError);
    expect((error as StudioDocsError).code).toBe('MISSING_FONT');
    expect((error as StudioDocsError).message).toContain('FZXiaoBiaoSong-B05S Nonexistent');
    expect((error as StudioDocsError).message).not.toContain('Noto Serif CJK SC');
    expect((error as StudioDocsError).hints.join('\n')).toMatch(/apt-get install fonts-noto-cjk/);
  });

  it('reads fc-list output with aliases and escaped characters', () => {
    const families = parseFcListFamilies('DejaVu Sans,DejaVu Sans Condensed\nNoto Serif CJK SC,Noto Serif CJK SC Light\nA\\,B\n\n');
    expect(families).toEqual(new Set(['DejaVu Sans', 'DejaVu Sans Condensed', 'Noto Serif CJK SC', 'Noto Serif CJK SC Light', 'A,B']));
    expect(missingFamilies(['noto serif cjk sc', 'AR PL UKai CN'], families)).toEqual(['AR PL UKai CN']);
  });
});
