import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SeasonRequest, SeasonResult } from '../../season/run-season.js';
import { contentDisposition, contentTypeOf } from '../file-names.js';
import { sendBytes } from '../http-io.js';
import type { JobQueue } from '../job-queue.js';
import type { WorkdirLayout } from '../layout.js';
import type { RouteName } from '../routes.js';
import type { SessionStore } from '../sessions.js';
import type { SeasonResultView } from '../view-models.js';

/** A finished job: what the page sees, and the files behind its download links. */
export interface JobOutcome {
  readonly view: SeasonResultView;
  readonly campaignId: string;
  readonly files: readonly { readonly path: string; readonly entryName: string; readonly format: string }[];
}

/** What every handler shares: the working folder, the upload sessions, the job queue. */
export interface ServerState {
  readonly layout: WorkdirLayout;
  readonly sessions: SessionStore;
  readonly jobs: JobQueue<JobOutcome>;
  readonly maxUploadBytes: number;
  readonly runSeason: (request: SeasonRequest) => Promise<SeasonResult>;
}

export interface RequestContext {
  readonly request: IncomingMessage;
  readonly response: ServerResponse;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
}

export type Handler = (context: RequestContext) => Promise<void>;
export type Handlers<N extends RouteName> = Record<N, Handler>;

/** A file as a download (`attachment`) or for viewing in the browser (`inline`, PDFs). */
export function sendFile(response: ServerResponse, bytes: Uint8Array, name: string, disposition: 'inline' | 'attachment', method: string | undefined): void {
  sendBytes(response, bytes, { 'Content-Type': contentTypeOf(name), 'Content-Disposition': contentDisposition(disposition, name) }, method);
}

export function headerOf(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The route parameter the route pattern guarantees. */
export function param(params: Readonly<Record<string, string>>, name: string): string {
  return params[name] ?? '';
}
