/**
 * File names that are safe on Windows, macOS and Linux whatever a studio is
 * called: no path separators or reserved characters, no control characters,
 * no Windows device names, no trailing dots or spaces, and at most 180 UTF-8
 * bytes so a suffix and version still fit under the 255-byte limit.
 *
 * @example safeFileName('../x') // '__x'
 * @example safeFileName('CON') // '_CON'
 */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
const MAX_BYTES = 180;

export function safeFileName(name: string, fallback = '未命名'): string {
  let safe = name
    .normalize('NFC')
    .replace(/[\t\n\r]/g, ' ')
    .replace(/[\u0000-\u001F\u007F-\u009F]/g, '')
    .replace(/[<>:"/\\|?*\u2028\u2029]/g, '_')
    .replace(/\s+/g, ' ')
    .trim();
  // Leading dots make hidden files (and ".." a parent directory).
  safe = safe.replace(/^\.+/, (dots) => '_'.repeat(Math.min(dots.length, 1)));
  safe = truncateUtf8(safe, MAX_BYTES).replace(/[. ]+$/, '');
  if (safe === '') safe = fallback;
  if (WINDOWS_RESERVED.test(safe)) safe = `_${safe}`;
  return safe;
}

function truncateUtf8(text: string, maxBytes: number): string {
  const encoder = new TextEncoder();
  if (encoder.encode(text).length <= maxBytes) return text;
  let result = '';
  let bytes = 0;
  // Iterate by code point so surrogate pairs (emoji) are never cut in half.
  for (const char of text) {
    const size = encoder.encode(char).length;
    if (bytes + size > maxBytes) break;
    result += char;
    bytes += size;
  }
  return result;
}

/**
 * Gives every key a distinct file stem: equal stems (two studios whose names sanitise
 * alike, or differ only in case on Windows) get " (2)", " (3)"… in input order.
 */
export function uniqueStems(stems: readonly string[]): string[] {
  const used = new Set<string>();
  return stems.map((stem) => {
    let candidate = stem;
    for (let n = 2; used.has(candidate.toLowerCase()); n += 1) candidate = `${stem} (${n})`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}
