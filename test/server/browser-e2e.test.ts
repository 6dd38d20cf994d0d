import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS, findBrowser } from '../../src/io/browser.js';
import { applicationsWorkbook, craftsmanStudio } from '../fixtures/applications-workbook.js';
import { ROOT, SAMPLE_XLSX, startTestServer } from './helpers.js';

/**
 * The page driven by a real Chromium, as an office user would: choose the campaign,
 * upload, read the problems, generate, download the ZIP, find the studio in the archive.
 * Screenshots of each screen go to out/screenshots/ for a person to look at.
 */

const SCREENSHOTS = join(ROOT, 'out', 'screenshots');

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let page: Page;
let profileDir: string;
let downloadDir: string;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startTestServer({ maxUploadBytes: 20 * 1024 * 1024 });
  profileDir = mkdtempSync(join(tmpdir(), 'studio-docs-e2e-profile-'));
  downloadDir = mkdtempSync(join(tmpdir(), 'studio-docs-e2e-downloads-'));
  browser = await puppeteer.launch({
    executablePath: findBrowser(),
    ignoreDefaultArgs: true,
    args: [...CHROMIUM_FLAGS, `--user-data-dir=${profileDir}`, '--window-size=1280,900'],
    pipe: true,
    defaultViewport: { width: 1280, height: 900 },
  });
  page = await browser.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(profileDir, { recursive: true, force: true });
  rmSync(downloadDir, { recursive: true, force: true });
});

async function screenshot(name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) as `${string}.png`, fullPage: true });
}

const text = (selector: string) => page.$eval(selector, (node) => node.textContent ?? '');
const isVisible = (selector: string) => page.$eval(selector, (node) => getComputedStyle(node).display !== 'none');
const rows = (selector: string) => page.$$eval(`${selector} tbody tr`, (trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent ?? '')));

/** Clicks a download link and waits until Chromium has written the file; returns its bytes. */
async function download(selector: string): Promise<{ name: string; bytes: Buffer }> {
  const cdp = await browser.target().createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloadDir, eventsEnabled: true });
  let suggested = '';
  const finished = new Promise<void>((resolve, reject) => {
    cdp.on('Browser.downloadWillBegin', (event) => (suggested = event.suggestedFilename));
    cdp.on('Browser.downloadProgress', (event) => {
      if (event.state === 'completed') resolve();
      if (event.state === 'canceled') reject(new Error('download canceled'));
    });
  });
  await page.click(selector);
  await finished;
  await cdp.detach();
  expect(readdirSync(downloadDir)).toContain(suggested);
  return { name: suggested, bytes: readFileSync(join(downloadDir, suggested)) };
}

async function waitForJobEnd(): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('#job-result')?.hasAttribute('hidden') || !document.querySelector('#generate-message')?.hasAttribute('hidden'), { timeout: 240_000 });
}

describe('the web page in Chromium', () => {
  it('goes from upload through the problems to generated documents (with expert scores), a ZIP and the archive', async () => {
    await page.goto(server.url, { waitUntil: 'networkidle0' });
    await page.waitForSelector('#campaign option[value="shanghai-2020"]');
    await page.select('#campaign', 'shanghai-2020');
    expect(await text('#campaign-note')).toContain('沪工技中〔2020〕7号');
    await screenshot('01-campaign');

    const input = await page.$('input#files');
    await input?.uploadFile(SAMPLE_XLSX);
    await page.waitForSelector('#problems tbody tr');
    expect(await text('#upload-list')).toContain('applications.xlsx');
    const problems = await rows('#problems');
    expect(problems).toHaveLength(10);
    expect(problems.filter((cells) => cells[6] === '错误')).toHaveLength(9);
    expect(problems.filter((cells) => cells[6] === '提醒')).toHaveLength(1);
    expect(problems.some((cells) => cells[1] === '工作室' && /^\d+$/.test(cells[2] ?? '') && cells[5] !== '')).toBe(true);
    expect(await text('#check-counts')).toContain('40可生成文书');
    expect(await text('#check-verdict')).toContain('40 个工作室可以生成文书；8 个有错误的工作室不生成');
    expect(await isVisible('#error-workbook-link')).toBe(true);
    await screenshot('02-problems');

    await page.click('#format-pdf');
    await page.click('#review-box summary');
    await (await page.$('input#scores-file'))?.uploadFile(join(ROOT, 'data', 'shanghai-2020', 'scores.xlsx'));
    await page.waitForFunction(() => document.querySelector('#scores-list')?.textContent?.includes('scores.xlsx'));
    await page.$eval('#announce-date', (input) => ((input as HTMLInputElement).value = '2020-12-20'));
    await page.click('#generate-button');
    await page.waitForSelector('#job-status:not([hidden])');
    await screenshot('03-generating');
    await waitForJobEnd();
    expect(await page.$eval('#generate-message', (box) => (box as HTMLElement).hidden)).toBe(true);
    const documents = await rows('#documents');
    expect(documents.filter((cells) => cells[0] === '申请表')).toHaveLength(40);
    expect(documents.every((cells) => cells[4] === '新写出')).toBe(true);
    expect(await text('#job-summary')).toMatch(/已生成文书 \d+ 份.*命名决定文号：.*〔2020〕\d+号/);
    expect(documents.map((cells) => cells[0])).toEqual(expect.arrayContaining(['推荐申报汇总表', '评审排名表', '公示']));
    await screenshot('04-generated');

    const zip = await download('#zip-link');
    expect(zip.name).toBe('shanghai-2020-文书.zip');
    const entries = Object.keys(new PizZip(zip.bytes).files).filter((name) => !name.endsWith('/'));
    expect(entries.filter((name) => name.startsWith('申请表/') && name.endsWith('-申请表.docx'))).toHaveLength(40);
    expect(entries).toContain('申请表/浦东新区总工会/沈卫东工匠创新工作室-申请表.docx');
    expect(entries.length).toBe(documents.length);
    const form = new PizZip(new PizZip(zip.bytes).file('申请表/浦东新区总工会/沈卫东工匠创新工作室-申请表.docx')?.asUint8Array() ?? new Uint8Array());
    expect(form.file('word/document.xml')?.asText()).toContain('沈卫东');

    await page.click('#tab-archive-button');
    await page.type('#archive-form input[name=studio]', '沈卫东');
    await page.type('#archive-form input[name=year]', '2020');
    await page.click('#archive-form button[type=submit]');
    await page.waitForFunction(() => document.querySelector('#archive-count')?.textContent?.includes('找到'));
    const found = await rows('#archive-table');
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((cells) => !(cells[2] === '沈卫东工匠创新工作室' && cells[0] === '2020'))).toEqual([]);
    await screenshot('05-archive');
  });

  it('makes PDFs that open in the browser, and refuses a legacy .xls with the message to save as .xlsx', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'studio-docs-e2e-input-'));
    const small = join(dir, '一个工作室.xlsx');
    const bytes = await applicationsWorkbook([craftsmanStudio('S1', '张建国工匠创新工作室')]);
    writeFileSync(small, bytes);
    const xls = join(dir, '旧表.xls');
    writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]));

    await page.goto(server.url, { waitUntil: 'networkidle0' });
    await page.waitForSelector('#campaign option[value="shanghai-2020"]');
    await page.select('#campaign', 'shanghai-2020');
    await (await page.$('input#files'))?.uploadFile(xls);
    await page.waitForSelector('#upload-message:not([hidden])');
    expect(await text('#upload-message')).toContain('旧表.xls 是旧版 Excel（.xls）文件，请在 Excel/WPS 中“另存为” .xlsx 后再导入');
    await screenshot('06-xls-refused');

    await (await page.$('input#files'))?.uploadFile(small);
    await page.waitForSelector('#step-generate:not([hidden])');
    expect(await text('#problems-empty')).toBe('没有发现问题。');
    expect(await isVisible('#error-workbook-link')).toBe(false);
    await page.click('#generate-button');
    await waitForJobEnd();
    expect(await page.$eval('#generate-message', (box) => (box as HTMLElement).hidden)).toBe(true);
    const pdfLink = await page.$$eval('#documents tbody a', (links) => links.filter((link) => link.textContent === '打开').map((link) => ({ href: (link as HTMLAnchorElement).href, target: link.getAttribute('target') })));
    expect(pdfLink.length).toBeGreaterThan(0);
    expect(pdfLink[0]?.target).toBe('_blank');
    await screenshot('07-pdf-generated');

    const response = await fetch(pdfLink[0]?.href ?? '');
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(/^inline; .*filename\*=UTF-8''.*\.pdf$/);
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const viewer = await browser.newPage();
    const opened = await viewer.goto(pdfLink[0]?.href ?? '', { waitUntil: 'networkidle0' });
    expect(opened?.headers()['content-type']).toBe('application/pdf');
    await viewer.screenshot({ path: join(SCREENSHOTS, '08-pdf-inline.png') as `${string}.png` });
    await viewer.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
