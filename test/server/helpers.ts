import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type ServerOptions, type StudioServer } from '../../src/server/app.js';
import { SAMPLE_XLSX } from '../cli/run-cli.js';

export { ROOT, SAMPLE_XLSX } from '../cli/run-cli.js';
export const sampleBytes = () => readFileSync(SAMPLE_XLSX);

/** A server on a free loopback port with its own working folder; unexpected errors collected, not printed. */
export async function startTestServer(options: Partial<ServerOptions> = {}): Promise<StudioServer & { logs: string[]; workdir: string }> {
  const workdir = options.workdir ?? mkdtempSync(join(tmpdir(), 'studio-docs-web-'));
  const logs: string[] = [];
  const server = await startServer({ host: '127.0.0.1', port: 0, workdir, maxUploadBytes: 1024 * 1024, log: (text) => logs.push(text), ...options });
  return Object.assign(server, { logs, workdir });
}

export async function createSession(base: string): Promise<string> {
  const response = await fetch(new URL('/api/sessions', base), { method: 'POST' });
  return ((await response.json()) as { id: string }).id;
}

/** Sends a file the way the page does: raw body, percent-encoded name header. */
export function upload(base: string, session: string, name: string, bytes: Uint8Array, role = 'applications'): Promise<Response> {
  return fetch(new URL(`/api/sessions/${session}/files?role=${role}`, base), {
    method: 'POST',
    headers: { 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(name) },
    body: new Uint8Array(bytes),
  });
}

export function postJson(base: string, path: string, body: unknown): Promise<Response> {
  return fetch(new URL(path, base), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

export interface ErrorJson {
  error: { code: string; message: string; hints: string[] };
}
