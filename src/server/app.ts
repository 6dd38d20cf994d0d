import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StudioDocsError } from '../core/errors.js';
import type { SeasonRequest, SeasonResult } from '../season/run-season.js';
import { archiveHandlers } from './handlers/archive.js';
import { headerOf, type Handler, type JobOutcome, type ServerState } from './handlers/context.js';
import { jobHandlers } from './handlers/jobs.js';
import { pageHandlers } from './handlers/page.js';
import { uploadHandlers } from './handlers/uploads.js';
import { errorResponse, HttpError, notFound } from './http-error.js';
import { sendJson } from './http-io.js';
import { JobQueue } from './job-queue.js';
import { workdirLayout, type WorkdirLayout } from './layout.js';
import { isHostAllowed, isOriginAllowed } from './request-guards.js';
import { matchRoute, type RouteName } from './routes.js';
import { SessionStore } from './sessions.js';

export interface ServerOptions {
  readonly host: string;
  /** 0 picks a free port (tests). */
  readonly port: number;
  readonly workdir: string;
  readonly maxUploadBytes: number;
  /** Where unexpected errors (bugs) are logged with their stack; stderr by default. */
  readonly log?: (text: string) => void;
  /** The season runner; the real one by default (tests may pass their own). */
  readonly runSeason?: (request: SeasonRequest) => Promise<SeasonResult>;
}

export interface StudioServer {
  readonly url: string;
  readonly layout: WorkdirLayout;
  /** Stops the running job (closing its browser), then the server. */
  close(): Promise<void>;
}

/**
 * `studio-docs serve`: the same core functions as the CLI behind a small JSON API
 * and one page. Listens until `close()`.
 *
 * @example const server = await startServer({ host: '127.0.0.1', port: 0, workdir: 'web', maxUploadBytes: 20 << 20 });
 */
export async function startServer(options: ServerOptions): Promise<StudioServer> {
  const log = options.log ?? ((text: string) => process.stderr.write(`${text}\n`));
  const layout = workdirLayout(options.workdir);
  const state: ServerState = {
    layout,
    sessions: new SessionStore(layout.uploads),
    jobs: new JobQueue<JobOutcome>((error) => log(`生成任务出错：${stackOf(error)}`)),
    maxUploadBytes: options.maxUploadBytes,
    runSeason: options.runSeason ?? (async (request) => (await import('../season/run-season.js')).runSeason(request)),
  };
  state.sessions.clearStale();
  const handlers: Record<RouteName, Handler> = { ...pageHandlers(), ...uploadHandlers(state), ...jobHandlers(state), ...archiveHandlers(state) };

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!isHostAllowed(request.headers.host, options.host)) {
      throw new HttpError(403, 'FORBIDDEN_HOST', '拒绝访问：请求的主机名不是本机。请用启动时显示的网址打开页面。');
    }
    const method = request.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD' && !isOriginAllowed({ origin: request.headers.origin, host: request.headers.host, secFetchSite: headerOf(request, 'sec-fetch-site') })) {
      throw new HttpError(403, 'FORBIDDEN_ORIGIN', '拒绝访问：请求来自其他网站。');
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    const match = matchRoute(method, url.pathname);
    if (match.kind === 'not-found') throw notFound();
    if (match.kind === 'method-not-allowed') {
      response.setHeader('Allow', match.allowed.join(', '));
      throw new HttpError(405, 'METHOD_NOT_ALLOWED', '不支持该请求方式。');
    }
    await handlers[match.name]({ request, response, params: match.params, query: url.searchParams });
  }

  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      const { status, body, unexpected } = errorResponse(error);
      if (unexpected) log(`处理 ${request.method} ${request.url} 时出错：${stackOf(error)}`);
      if (response.headersSent) return void response.destroy();
      sendJson(response, status, body);
    });
  });
  await listen(server, options);
  const address = server.address() as AddressInfo;
  // Listening on every interface: this machine still reaches it on loopback.
  const shownAddress = address.address === '0.0.0.0' || address.address === '::' ? '127.0.0.1' : address.address;
  const urlHost = shownAddress.includes(':') ? `[${shownAddress}]` : shownAddress;

  return {
    url: `http://${urlHost}:${address.port}/`,
    layout,
    async close() {
      await state.jobs.close();
      await closeServer(server);
    },
  };
}

function listen(server: Server, options: ServerOptions): Promise<void> {
  return new Promise((resolveListen, rejectListen) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const inUse = error.code === 'EADDRINUSE';
      rejectListen(
        new StudioDocsError('IO', inUse ? `端口 ${options.port} 已被占用。` : `无法在 ${options.host}:${options.port} 启动服务：${error.message}`, {
          hints: inUse ? [`换一个端口：studio-docs serve --port ${options.port + 1}`] : [],
          cause: error,
        }),
      );
    });
    server.listen(options.port, options.host, () => resolveListen());
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolveClose) => {
    server.close(() => resolveClose());
    // Idle keep-alive connections (an open page) would hold close() forever.
    server.closeAllConnections();
  });
}

function stackOf(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
