/**
 * Every URL the server answers, as data. Parameters match a closed character set
 * (ids, campaign ids, numbers), so no client text reaches a file path through them.
 */

export type RouteName =
  | 'page'
  | 'script'
  | 'style'
  | 'favicon'
  | 'campaigns'
  | 'template'
  | 'createSession'
  | 'session'
  | 'upload'
  | 'deleteUpload'
  | 'check'
  | 'errorWorkbook'
  | 'startJob'
  | 'job'
  | 'jobZip'
  | 'jobDocument'
  | 'archiveSearch'
  | 'archiveDocument';

type Method = 'GET' | 'POST' | 'DELETE';

interface RouteSpec {
  readonly name: RouteName;
  readonly method: Method;
  readonly pattern: string;
}

const ROUTES: readonly RouteSpec[] = [
  { name: 'page', method: 'GET', pattern: '/' },
  { name: 'script', method: 'GET', pattern: '/app.js' },
  { name: 'style', method: 'GET', pattern: '/app.css' },
  { name: 'favicon', method: 'GET', pattern: '/favicon.ico' },
  { name: 'campaigns', method: 'GET', pattern: '/api/campaigns' },
  { name: 'template', method: 'GET', pattern: '/api/campaigns/:campaign/template' },
  { name: 'createSession', method: 'POST', pattern: '/api/sessions' },
  { name: 'session', method: 'GET', pattern: '/api/sessions/:session' },
  { name: 'upload', method: 'POST', pattern: '/api/sessions/:session/files' },
  { name: 'deleteUpload', method: 'DELETE', pattern: '/api/sessions/:session/files/:file' },
  { name: 'check', method: 'POST', pattern: '/api/sessions/:session/check' },
  { name: 'errorWorkbook', method: 'GET', pattern: '/api/sessions/:session/error-workbook' },
  { name: 'startJob', method: 'POST', pattern: '/api/sessions/:session/jobs' },
  { name: 'job', method: 'GET', pattern: '/api/jobs/:job' },
  { name: 'jobZip', method: 'GET', pattern: '/api/jobs/:job/zip' },
  { name: 'jobDocument', method: 'GET', pattern: '/api/jobs/:job/documents/:index' },
  { name: 'archiveSearch', method: 'GET', pattern: '/api/archive' },
  { name: 'archiveDocument', method: 'GET', pattern: '/api/archive/documents/:id' },
];

/** What each parameter may look like. */
const PARAMETER_SHAPES: Readonly<Record<string, RegExp>> = {
  campaign: /^[a-z0-9][a-z0-9-]{0,63}$/,
  session: /^[0-9a-f-]{36}$/,
  job: /^[0-9a-f-]{36}$/,
  file: /^[0-9a-f-]{36}$/,
  index: /^\d{1,6}$/,
  id: /^\d{1,12}$/,
};

export type RouteMatch =
  | { readonly kind: 'route'; readonly name: RouteName; readonly params: Readonly<Record<string, string>> }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'method-not-allowed'; readonly allowed: readonly Method[] };

/**
 * The route for a method and path (no query string).
 *
 * @example matchRoute('GET', '/api/jobs/0b9e…') // { kind: 'route', name: 'job', params: { job: '0b9e…' } }
 * @example matchRoute('GET', '/api/archive/documents/..%2F..') // { kind: 'not-found' }
 */
export function matchRoute(method: string, pathname: string): RouteMatch {
  const allowed: Method[] = [];
  for (const route of ROUTES) {
    const params = matchPattern(route.pattern, pathname);
    if (!params) continue;
    if (route.method === method || (method === 'HEAD' && route.method === 'GET')) return { kind: 'route', name: route.name, params };
    allowed.push(route.method);
  }
  return allowed.length > 0 ? { kind: 'method-not-allowed', allowed } : { kind: 'not-found' };
}

function matchPattern(pattern: string, pathname: string): Record<string, string> | undefined {
  const expected = pattern.split('/');
  const actual = pathname.split('/');
  if (expected.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, part] of expected.entries()) {
    const value = actual[index] ?? '';
    if (part.startsWith(':')) {
      const name = part.slice(1);
      if (!PARAMETER_SHAPES[name]?.test(value)) return undefined;
      params[name] = value;
    } else if (part !== value) {
      return undefined;
    }
  }
  return params;
}
