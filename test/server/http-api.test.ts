import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCampaign } from '../../src/campaigns/load.js';
import { checkApplications } from '../../src/jobs/check.js';
import { problemRow, type CheckView } from '../../src/server/view-models.js';
import { createSession, postJson, sampleBytes, startTestServer, upload, type ErrorJson } from './helpers.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

/** GET with a raw request line and chosen headers (fetch normalises paths and forbids setting Host). */
function rawGet(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  const url = new URL(server.url);
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: url.hostname, port: url.port, path, method: 'GET', headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    request.on('error', reject);
    request.end();
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((entry) => statSync(join(dir, entry)).isFile());
}

describe('the page and its assets', () => {
  it('serves the page, script and styles from the server itself with a strict policy', async () => {
    const page = await fetch(server.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await page.text();
    expect(html).toContain('上传申报表');
    expect(html).not.toMatch(/<script>|https?:\/\//);
    const script = await fetch(new URL('/app.js', server.url));
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(new Function(await script.text())).toBeTypeOf('function');
    expect((await fetch(new URL('/app.css', server.url))).headers.get('content-type')).toMatch(/^text\/css/);
  });
});

describe('campaigns and the import template', () => {
  it('lists the campaigns and serves a blank template that is an XLSX workbook', async () => {
    const campaigns = (await (await fetch(new URL('/api/campaigns', server.url))).json()) as { campaigns: { id: string }[] };
    expect(campaigns.campaigns.map((campaign) => campaign.id)).toContain('shanghai-2020');

    const response = await fetch(new URL('/api/campaigns/shanghai-2020/template', server.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('导入模板-shanghai-2020.xlsx')}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(['工作室', '成员']));
  });

  it('answers an unknown campaign with 404 and the Chinese message', async () => {
    const response = await fetch(new URL('/api/campaigns/no-such-campaign/template', server.url));
    expect(response.status).toBe(404);
    const body = (await response.json()) as ErrorJson;
    expect(body.error.code).toBe('UNKNOWN_CAMPAIGN');
    expect(body.error.message).toContain('未知的评选活动');
  });
});

describe('upload and check', () => {
  it('returns the same problems validate finds in the bundled sample, and the marked-up workbook', async () => {
    const session = await createSession(server.url);
    const uploaded = await upload(server.url, session, 'applications.xlsx', sampleBytes());
    expect(uploaded.status).toBe(201);

    const response = await postJson(server.url, `/api/sessions/${session}/check`, { campaignId: 'shanghai-2020' });
    expect(response.status).toBe(200);
    const view = (await response.json()) as CheckView;
    const expected = await checkApplications([{ name: 'applications.xlsx', bytes: sampleBytes() }], loadCampaign('shanghai-2020').campaign);
    expect(view.summary).toEqual(expected.summary);
    expect(view.summary).toMatchObject({ studios: 48, valid: 40, blocked: 8, errors: 9, warnings: 1 });
    expect(view.problems).toEqual(expected.problems.map(problemRow));
    expect(view.problems.filter((problem) => problem.severity === 'error').every((problem) => problem.severityLabel === '错误')).toBe(true);

    const workbook = await fetch(new URL(view.errorWorkbookUrl ?? '', server.url));
    expect(workbook.status).toBe(200);
    expect(workbook.headers.get('content-disposition')).toContain(encodeURIComponent('校验结果.xlsx'));
    const marked = new ExcelJS.Workbook();
    await marked.xlsx.load(Buffer.from(await workbook.arrayBuffer()) as unknown as ExcelJS.Buffer);
    expect(marked.worksheets.map((sheet) => sheet.name)).toContain('错误说明');
  });

  it('refuses a legacy .xls with the importer message telling to save as .xlsx', async () => {
    const session = await createSession(server.url);
    const xls = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]);
    const response = await upload(server.url, session, '申报表.xls', xls);
    expect(response.status).toBe(415);
    const body = (await response.json()) as ErrorJson;
    expect(body.error.code).toBe('UNREADABLE_INPUT');
    expect(body.error.message).toContain('申报表.xls 是旧版 Excel（.xls）文件');
    expect(body.error.message).toContain('另存为');
  });

  it('refuses random bytes by their content, whatever the file is called', async () => {
    const session = await createSession(server.url);
    const bytes = Uint8Array.from({ length: 4096 }, (_, index) => (index * 7919 + 13) % 256);
    const response = await upload(server.url, session, 'looks-fine.xlsx', bytes);
    expect(response.status).toBe(415);
    expect(((await response.json()) as ErrorJson).error.message).toContain('不是可识别的表格文件');
    const state = (await (await fetch(new URL(`/api/sessions/${session}`, server.url))).json()) as { uploads: unknown[] };
    expect(state.uploads).toEqual([]);
  });

  it('reports a broken workbook clearly when it is checked', async () => {
    const session = await createSession(server.url);
    const broken = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new Array(300).fill(0x41)]);
    expect((await upload(server.url, session, '坏文件.xlsx', broken)).status).toBe(201);
    const response = await postJson(server.url, `/api/sessions/${session}/check`, { campaignId: 'shanghai-2020' });
    expect(response.status).toBe(415);
    const body = (await response.json()) as ErrorJson;
    expect(body.error.code).toBe('UNREADABLE_INPUT');
    expect(body.error.message).toContain('坏文件.xlsx');
  });

  it('refuses a file above the size limit with 413 and says so in Chinese', async () => {
    const session = await createSession(server.url);
    const response = await upload(server.url, session, 'big.csv', new Uint8Array(1024 * 1024 + 1).fill(0x41));
    expect(response.status).toBe(413);
    const body = (await response.json()) as ErrorJson;
    expect(body.error.code).toBe('TOO_LARGE');
    expect(body.error.message).toBe('文件太大：超过 1 MB 的上限。');
  });

  it('asks for a file before checking, and for a known campaign', async () => {
    const session = await createSession(server.url);
    const empty = await postJson(server.url, `/api/sessions/${session}/check`, { campaignId: 'shanghai-2020' });
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as ErrorJson).error.message).toContain('请先上传申报表');
    const bad = await postJson(server.url, `/api/sessions/${session}/check`, { campaignId: '../etc' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ErrorJson).error.message).toContain('评选活动');
  });
});

describe('sessions and paths', () => {
  it('removes uploads an earlier server run left behind, which no page can reach any more', async () => {
    const earlier = await startTestServer();
    await earlier.close();
    const stale = join(earlier.workdir, 'uploads', '3f2b8c4e-9d1a-4e5f-8a7b-6c5d4e3f2a1b');
    mkdirSync(stale, { recursive: true });
    writeFileSync(join(stale, 'old.xlsx'), 'x');
    const restarted = await startTestServer({ workdir: earlier.workdir });
    await restarted.close();
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(join(earlier.workdir, 'uploads'))).toBe(true);
  });

  it('keeps two sessions apart: neither sees, checks or downloads the other one’s uploads', async () => {
    const first = await createSession(server.url);
    const second = await createSession(server.url);
    expect(first).not.toBe(second);
    await upload(server.url, first, 'first.xlsx', sampleBytes());
    await postJson(server.url, `/api/sessions/${first}/check`, { campaignId: 'shanghai-2020' });

    const secondState = (await (await fetch(new URL(`/api/sessions/${second}`, server.url))).json()) as { uploads: unknown[]; check: unknown };
    expect(secondState).toMatchObject({ uploads: [], check: null });
    expect((await fetch(new URL(`/api/sessions/${second}/error-workbook`, server.url))).status).toBe(404);
    expect((await postJson(server.url, `/api/sessions/${second}/check`, { campaignId: 'shanghai-2020' })).status).toBe(400);
    const firstState = (await (await fetch(new URL(`/api/sessions/${first}`, server.url))).json()) as { uploads: { name: string }[] };
    expect(firstState.uploads.map((item) => item.name)).toEqual(['first.xlsx']);

    const unknown = await fetch(new URL('/api/sessions/00000000-0000-4000-8000-000000000000', server.url));
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as ErrorJson).error.message).toContain('刷新页面');
  });

  it('stores uploads under generated names inside the session folder, whatever name the client sends', async () => {
    const session = await createSession(server.url);
    const response = await upload(server.url, session, '../../../outside.xlsx', sampleBytes());
    const body = (await response.json()) as { upload: { id: string; name: string } };
    expect(body.upload.name).toBe('outside.xlsx');
    expect(filesUnder(server.workdir).filter((entry) => entry.includes('outside'))).toEqual([]);
    expect(existsSync(join(server.layout.uploads, session, `${body.upload.id}.xlsx`))).toBe(true);
  });

  it('answers traversal attempts with 404 and never a file', async () => {
    for (const path of ['/../../../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/api/archive/documents/..%2F..%2Fetc%2Fpasswd', '/api/jobs/..%2F..%2F/zip', '/api/campaigns/..%2F..%2Fpackage.json/template', '/app.js/../../package.json']) {
      const response = await rawGet(path, { host: new URL(server.url).host });
      expect(response.status, path).toBe(404);
      expect(response.body, path).not.toContain('root:');
      expect(response.body, path).not.toContain('"dependencies"');
    }
  });
});

describe('Host and Origin checks', () => {
  it('refuses a request naming a foreign host (DNS rebinding) on a loopback server', async () => {
    const response = await rawGet('/api/campaigns', { host: 'evil.example:8080' });
    expect(response.status).toBe(403);
    expect(response.body).toContain('主机名不是本机');
    expect((await rawGet('/api/campaigns', { host: `localhost:${new URL(server.url).port}` })).status).toBe(200);
  });

  it('refuses changes requested by another site’s page', async () => {
    const foreign = await fetch(new URL('/api/sessions', server.url), { method: 'POST', headers: { Origin: 'http://evil.example' } });
    expect(foreign.status).toBe(403);
    expect(((await foreign.json()) as ErrorJson).error.code).toBe('FORBIDDEN_ORIGIN');
    const crossSite = await fetch(new URL('/api/sessions', server.url), { method: 'POST', headers: { 'Sec-Fetch-Site': 'cross-site' } });
    expect(crossSite.status).toBe(403);
    const own = await fetch(new URL('/api/sessions', server.url), { method: 'POST', headers: { Origin: server.url.replace(/\/$/, '') } });
    expect(own.status).toBe(201);
  });
});
