import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeasonResultView } from '../../src/server/view-models.js';
import { createSession, postJson, ROOT, sampleBytes, startTestServer, upload, type ErrorJson } from './helpers.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

interface JobJson {
  state: 'queued' | 'running' | 'done' | 'failed';
  result: SeasonResultView | null;
  error: ErrorJson['error'] | null;
}

/** Polls the job the way the page does until it has ended. */
async function jobEnd(id: string): Promise<JobJson> {
  for (;;) {
    const job = (await (await fetch(new URL(`/api/jobs/${id}`, server.url))).json()) as JobJson;
    if (job.state === 'done' || job.state === 'failed') return job;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('generation with expert scores', () => {
  it('needs the 命名决定 date, then issues forms, summaries, ranking and announcements into the archive', async () => {
    const session = await createSession(server.url);
    await upload(server.url, session, 'applications.xlsx', sampleBytes());
    const scores = await upload(server.url, session, '评分.xlsx', readFileSync(join(ROOT, 'data', 'shanghai-2020', 'scores.xlsx')), 'scores');
    expect(scores.status).toBe(201);

    const withoutDate = await postJson(server.url, `/api/sessions/${session}/jobs`, { campaignId: 'shanghai-2020', formats: ['docx'] });
    expect(withoutDate.status).toBe(400);
    expect(((await withoutDate.json()) as ErrorJson).error.message).toContain('请填写命名决定日期');

    const started = await postJson(server.url, `/api/sessions/${session}/jobs`, { campaignId: 'shanghai-2020', formats: ['docx'], announceDate: '2020-12-20' });
    expect(started.status).toBe(202);
    const { id } = (await started.json()) as { id: string };
    const job = await jobEnd(id);
    expect(job.error).toBeNull();
    const result = job.result as SeasonResultView;
    const kinds = new Set(result.documents.map((document) => document.kind));
    expect([...kinds].sort()).toEqual(['announcement', 'form', 'ranking', 'summary']);
    expect(result.docNumber).toMatch(/〔2020〕\d+号$/);
    expect(result.documents.filter((document) => document.kind === 'form')).toHaveLength(40);

    const zip = new PizZip(Buffer.from(await (await fetch(new URL(result.zipUrl ?? '', server.url))).arrayBuffer()));
    const entries = Object.keys(zip.files).filter((name) => !zip.files[name]?.dir);
    expect(entries.sort()).toEqual(result.documents.map((document) => document.entryName).sort());

    const ranking = result.documents.find((document) => document.kind === 'ranking');
    const download = await fetch(new URL(ranking?.url ?? '', server.url));
    expect(download.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; /);

    const archive = (await (await fetch(new URL(`/api/archive?docNumber=${encodeURIComponent(result.docNumber ?? '')}`, server.url))).json()) as { total: number; documents: { docNumber: string; url: string }[] };
    expect(archive.total).toBeGreaterThan(0);
    expect(archive.documents.every((document) => document.docNumber === result.docNumber)).toBe(true);
    expect((await fetch(new URL(archive.documents[0]?.url ?? '', server.url))).status).toBe(200);
  });

  it('answers unknown jobs and documents with 404', async () => {
    expect((await fetch(new URL('/api/jobs/00000000-0000-4000-8000-000000000000', server.url))).status).toBe(404);
    expect((await fetch(new URL('/api/jobs/00000000-0000-4000-8000-000000000000/zip', server.url))).status).toBe(404);
    expect((await fetch(new URL('/api/archive/documents/999999', server.url))).status).toBe(404);
  });
});
