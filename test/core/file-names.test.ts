import { describe, expect, it } from 'vitest';
import { safeFileName, uniqueStems } from '../../src/core/file-names.js';

describe('file names from hostile studio names', () => {
  it.each([
    ['../x', '__x'],
    ['a/b', 'a_b'],
    ['a\\b:c*d?e"f<g>h|i', 'a_b_c_d_e_f_g_h_i'],
    ['CON', '_CON'],
    ['con.txt', '_con.txt'],
    ['LPT1', '_LPT1'],
    ['..', '_'],
    ['名称。 ', '名称。'],
    ['trailing dots...', 'trailing dots'],
    ['tab\there\u0007bell\u0000nul', 'tab herebellnul'],
    ['{name}', '{name}'],
    ['', '未命名'],
    ['   ', '未命名'],
  ])('%j becomes %j', (name, expected) => {
    expect(safeFileName(name)).toBe(expected);
  });

  it('keeps emoji whole and stays under 180 UTF-8 bytes for a 200-character name', () => {
    const name = `🏭${'创新工作室'.repeat(40)}`;
    const safe = safeFileName(name);
    expect(new TextEncoder().encode(safe).length).toBeLessThanOrEqual(180);
    expect(safe.startsWith('🏭')).toBe(true);
    expect(safe).not.toMatch(/[\uD800-\uDFFF](?![\uDC00-\uDFFF])/u);
  });

  it('never produces a path separator or a leading dot', () => {
    for (const name of ['/etc/passwd', '.hidden', '..\\..\\win', 'a\u2028b']) {
      const safe = safeFileName(name);
      expect(safe).not.toMatch(/[/\\]/);
      expect(safe.startsWith('.')).toBe(false);
    }
  });

  it('numbers stems that collide, ignoring case as Windows does', () => {
    expect(uniqueStems(['a_b', 'a_b', 'A_B', 'c'])).toEqual(['a_b', 'a_b (2)', 'A_B (3)', 'c']);
  });
});
