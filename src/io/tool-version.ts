import { readFileSync } from 'node:fs';

let cached: string | undefined;

/**
 * The version in package.json (src/io and dist/io both sit two levels below it),
 * recorded with every run so a document can be traced to the tool that made it.
 *
 * @example toolVersion() // '0.1.0'
 */
export function toolVersion(): string {
  cached ??= (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  return cached;
}
