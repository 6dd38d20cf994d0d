import { isIP } from 'node:net';

/**
 * Checks that stop other web sites from driving the server through the user's
 * browser: DNS rebinding (a foreign name resolving to 127.0.0.1) is caught by the
 * Host header, cross-site form posts and fetches by Origin / Sec-Fetch-Site.
 */

const LOOPBACK_NAMES = new Set(['localhost', 'localhost.', 'ip6-localhost']);

/**
 * True for names and addresses that only reach this machine.
 *
 * @example isLoopbackHost('127.0.0.1') // true
 * @example isLoopbackHost('0.0.0.0') // false
 */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (LOOPBACK_NAMES.has(bare)) return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  if (isIP(bare) === 6) return bare === '::1' || bare === '0:0:0:0:0:0:0:1';
  return false;
}

/**
 * The host part of a Host header (`localhost:8080` → `localhost`, `[::1]:80` → `::1`).
 * Undefined for a malformed header.
 */
export function hostOfHeader(header: string): string | undefined {
  const match = /^(\[[0-9a-fA-F:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/.exec(header.trim());
  if (!match?.[1]) return undefined;
  return match[1].replace(/^\[(.*)\]$/, '$1').toLowerCase();
}

/**
 * When the server listens on loopback only, a request must also *name* a loopback
 * host: a page on evil.example that rebinds its name to 127.0.0.1 still sends
 * `Host: evil.example`. A server bound to a LAN address accepts any Host (the
 * operator chose to publish it; the start-up warning says so).
 */
export function isHostAllowed(hostHeader: string | undefined, boundHost: string): boolean {
  if (!isLoopbackHost(boundHost)) return true;
  if (!hostHeader) return false;
  const host = hostOfHeader(hostHeader);
  return host !== undefined && isLoopbackHost(host);
}

/**
 * Requests that change something (POST, DELETE) must come from our own page:
 * same Origin as the Host they were sent to. Browsers always send Origin with
 * fetch POSTs; a client without one (curl, the tests) is not a browser page and
 * cannot be tricked by one, so it is let through — unless Sec-Fetch-Site says
 * the request crossed sites.
 */
export function isOriginAllowed(headers: { origin?: string | undefined; host?: string | undefined; secFetchSite?: string | undefined }): boolean {
  if (headers.secFetchSite && !['same-origin', 'none'].includes(headers.secFetchSite)) return false;
  if (headers.origin === undefined) return true;
  if (!headers.host) return false;
  return headers.origin.toLowerCase() === `http://${headers.host.toLowerCase()}`;
}
