import { describe, expect, it } from 'vitest';
import { StudioDocsError } from '../../src/core/errors.js';
import { contentDisposition, contentTypeOf, uploadDisplayName } from '../../src/server/file-names.js';
import { errorResponse, HttpError } from '../../src/server/http-error.js';
import { JobQueue } from '../../src/server/job-queue.js';
import { resolveInside } from '../../src/server/path-safety.js';
import { hostOfHeader, isHostAllowed, isLoopbackHost, isOriginAllowed } from '../../src/server/request-guards.js';
import { JobRequestSchema, parseBody } from '../../src/server/requests.js';
import { matchRoute } from '../../src/server/routes.js';
import { archiveFilterOf, zipEntryName } from '../../src/server/view-models.js';

const ID = '3f2b8c4e-9d1a-4e5f-8a7b-6c5d4e3f2a1b';

describe('routing', () => {
  it('matches routes with well-formed parameters only', () => {
    expect(matchRoute('GET', `/api/jobs/${ID}/documents/3`)).toEqual({ kind: 'route', name: 'jobDocument', params: { job: ID, index: '3' } });
    expect(matchRoute('GET', '/api/campaigns/shanghai-2020/template')).toMatchObject({ name: 'template', params: { campaign: 'shanghai-2020' } });
    expect(matchRoute('GET', '/api/archive/documents/..%2F..%2Fetc')).toEqual({ kind: 'not-found' });
    expect(matchRoute('GET', '/api/jobs/not-a-uuid')).toEqual({ kind: 'not-found' });
    expect(matchRoute('GET', '/api/campaigns/Shanghai_2020/template')).toEqual({ kind: 'not-found' });
  });

  it('tells a wrong method from an unknown path', () => {
    expect(matchRoute('DELETE', '/api/sessions')).toEqual({ kind: 'method-not-allowed', allowed: ['POST'] });
    expect(matchRoute('HEAD', '/app.js')).toMatchObject({ kind: 'route', name: 'script' });
  });
});

describe('request guards', () => {
  it('knows loopback hosts', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]']) expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ['0.0.0.0', '192.168.1.10', 'example.com', '::', 'localhost.evil.example']) expect(isLoopbackHost(host), host).toBe(false);
  });

  it('reads the host of a Host header', () => {
    expect(hostOfHeader('localhost:8080')).toBe('localhost');
    expect(hostOfHeader('[::1]:8080')).toBe('::1');
    expect(hostOfHeader('127.0.0.1')).toBe('127.0.0.1');
    expect(hostOfHeader('a:b:c')).toBeUndefined();
  });

  it('checks the Host header only when the server listens on loopback', () => {
    expect(isHostAllowed('127.0.0.1:8080', '127.0.0.1')).toBe(true);
    expect(isHostAllowed('evil.example:8080', '127.0.0.1')).toBe(false);
    expect(isHostAllowed(undefined, '127.0.0.1')).toBe(false);
    expect(isHostAllowed('office-pc:8080', '0.0.0.0')).toBe(true);
  });

  it('lets changes through from the own page or non-browser clients only', () => {
    expect(isOriginAllowed({ origin: 'http://127.0.0.1:8080', host: '127.0.0.1:8080' })).toBe(true);
    expect(isOriginAllowed({ origin: 'http://evil.example', host: '127.0.0.1:8080' })).toBe(false);
    expect(isOriginAllowed({ origin: 'null', host: '127.0.0.1:8080' })).toBe(false);
    expect(isOriginAllowed({ host: '127.0.0.1:8080' })).toBe(true);
    expect(isOriginAllowed({ host: '127.0.0.1:8080', secFetchSite: 'cross-site' })).toBe(false);
    expect(isOriginAllowed({ origin: 'http://127.0.0.1:8080', host: '127.0.0.1:8080', secFetchSite: 'same-origin' })).toBe(true);
  });
});

describe('paths and names', () => {
  it('resolves inside a root and refuses everything that leaves it', () => {
    expect(resolveInside('/srv/archive', '申请表/a.pdf')).toBe('/srv/archive/申请表/a.pdf');
    expect(resolveInside('/srv/archive', '/srv/archive/x/..b.pdf')).toBe('/srv/archive/x/..b.pdf');
    expect(resolveInside('/srv/archive', '../etc/passwd')).toBeUndefined();
    expect(resolveInside('/srv/archive', '/etc/passwd')).toBeUndefined();
    expect(resolveInside('/srv/archive', '/srv/archive-other/a.pdf')).toBeUndefined();
    expect(resolveInside('/srv/archive', 'a\0.pdf')).toBeUndefined();
    expect(resolveInside('/srv/archive', '.')).toBeUndefined();
  });

  it('shows upload names as the last segment, made safe', () => {
    expect(uploadDisplayName(encodeURIComponent('C:\\data\\申报.xlsx'))).toBe('申报.xlsx');
    expect(uploadDisplayName(encodeURIComponent('../../x.csv'))).toBe('x.csv');
    expect(uploadDisplayName('%E0%A4%A')).toBe('%E0%A4%A');
    expect(uploadDisplayName(undefined)).toBe('上传文件');
    expect(uploadDisplayName(encodeURIComponent('..'))).toBe('_');
  });

  it('writes Content-Disposition with the UTF-8 name and an ASCII fallback', () => {
    expect(contentDisposition('inline', '申请表 (1).pdf')).toBe(`inline; filename="___ (1).pdf"; filename*=UTF-8''%E7%94%B3%E8%AF%B7%E8%A1%A8%20%281%29.pdf`);
    expect(contentDisposition('attachment', 'a"b.docx')).toBe(`attachment; filename="a_b.docx"; filename*=UTF-8''a%22b.docx`);
    expect(contentTypeOf('x.PDF')).toBe('application/pdf');
    expect(contentTypeOf('x.exe')).toBe('application/octet-stream');
  });

  it('names ZIP entries relative to the output folder, with the version suffix as written', () => {
    expect(zipEntryName({ path: '/w/archive/shanghai-2020/申请表/区/甲-申请表.v2.docx', relativePath: '申请表/区/甲-申请表.docx' }, '/w/archive/shanghai-2020')).toBe('申请表/区/甲-申请表.v2.docx');
  });
});

describe('request bodies and queries', () => {
  it('parses the archive search query, refusing a year that is not one', () => {
    expect(archiveFilterOf(new URLSearchParams('studio=%E5%BC%A0&unit=&year=2020&docNumber=7'))).toEqual({ studio: '张', year: 2020, docNumber: '7' });
    expect(() => archiveFilterOf(new URLSearchParams('year=20'))).toThrow(HttpError);
  });

  it('names wrong fields of a job request in Chinese', () => {
    expect(parseBody(JobRequestSchema, { campaignId: 'shanghai-2020' })).toEqual({ campaignId: 'shanghai-2020', formats: ['docx', 'pdf'] });
    expect(() => parseBody(JobRequestSchema, { campaignId: 'shanghai-2020', formats: ['exe'], announceDate: '20.12.2020' })).toThrow('请求内容有误：文书格式、命名决定日期不正确。');
  });

  it('maps failures to statuses and hides the details of bugs', () => {
    expect(errorResponse(new StudioDocsError('UNREADABLE_INPUT', 'a.xls 是旧版 Excel'))).toMatchObject({ status: 415, unexpected: false, body: { error: { code: 'UNREADABLE_INPUT', message: 'a.xls 是旧版 Excel' } } });
    expect(errorResponse(new StudioDocsError('INVALID_DATA', 'x')).status).toBe(422);
    const bug = errorResponse(new TypeError('secret internals'));
    expect(bug).toMatchObject({ status: 500, unexpected: true });
    expect(JSON.stringify(bug.body)).not.toContain('secret');
  });
});

describe('job queue', () => {
  function deferred() {
    let resolve!: (value: string) => void;
    let reject!: (error: unknown) => void;
    const promise = new Promise<string>((res, rej) => ((resolve = res), (reject = rej)));
    return { promise, resolve, reject };
  }

  it('runs jobs one at a time in order; a waiting job is queued behind the running one', async () => {
    const queue = new JobQueue<string>(() => undefined);
    const first = deferred();
    const second = deferred();
    const started: string[] = [];
    const a = queue.enqueue(async ({ onProgress }) => (started.push('a'), onProgress({ phase: 'forms', label: '生成申请表', done: 1, total: 2 }), first.promise));
    const b = queue.enqueue(async () => (started.push('b'), second.promise));
    expect(started).toEqual(['a']);
    expect(queue.view(a)).toMatchObject({ state: 'running', progress: { label: '生成申请表', done: 1, total: 2 } });
    expect(queue.view(b)).toMatchObject({ state: 'queued', ahead: 1 });

    first.resolve('A');
    await first.promise;
    await new Promise((resolve) => setImmediate(resolve));
    expect(queue.view(a)).toMatchObject({ state: 'done', result: 'A' });
    expect(started).toEqual(['a', 'b']);
    second.reject(new StudioDocsError('NO_DATA', '没有工作室'));
    await queue.close();
    expect(queue.view(b)).toMatchObject({ state: 'failed', error: { code: 'NO_DATA', message: '没有工作室' } });
  });

  it('aborts the running job and drops waiting ones when closed', async () => {
    const queue = new JobQueue<string>(() => undefined);
    const running = queue.enqueue(({ signal }) => new Promise((_, reject) => signal.addEventListener('abort', () => reject(new StudioDocsError('INTERRUPTED', '已中止')))));
    const waiting = queue.enqueue(async () => 'never');
    await queue.close();
    expect(queue.view(running)).toMatchObject({ state: 'failed', error: { code: 'INTERRUPTED' } });
    expect(queue.view(waiting)).toMatchObject({ state: 'failed', error: { code: 'INTERRUPTED' } });
  });
});
