import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * `root` joined with `segments`, or undefined when the result would leave `root`
 * (`..`, absolute segments, NUL bytes). Downloads are looked up by ids, never by
 * client paths; this is the second wall in case a stored path was tampered with.
 *
 * @example resolveInside('/srv/archive', 'a/b.pdf') // '/srv/archive/a/b.pdf'
 * @example resolveInside('/srv/archive', '../etc/passwd') // undefined
 */
export function resolveInside(root: string, ...segments: readonly string[]): string | undefined {
  if (segments.some((segment) => segment.includes('\0'))) return undefined;
  const base = resolve(root);
  const target = resolve(base, ...segments);
  const rel = relative(base, target);
  if (rel === '' || rel.split(sep)[0] === '..' || isAbsolute(rel)) return undefined;
  return target;
}
