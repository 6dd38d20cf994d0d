// Throwaway PDF timing probe (issue #7). Run: npx vite-node scripts/bench/pdf-probe.mjs -- [N] [batchSize] [tabs] [phase]
// Env: PDF_PROBE_VARIED=1 (distinct intros), PDF_PROBE_PROCESSES=1 (CPU per Chromium process), PDF_PROBE_CAMPAIGN=<id>.
// phase: all (default: renderPdfDocuments end to end) | print (Chromium only) | split (pdf-lib split of one printed batch)
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/** CPU ms (user+system) of every process below this one (Chromium and its helpers), from /proc. */
const kinds = new Map();
function childCpuMs(report) {
  const parents = new Map();
  const ticks = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
      ticks.set(Number(entry), Number(fields[11]) + Number(fields[12]));
      if (process.env.PDF_PROBE_PROCESSES) {
        const type = /--type=([\w-]+)/.exec(readFileSync(`/proc/${entry}/cmdline`, 'utf8'))?.[1] ?? 'browser';
        kinds.set(Number(entry), type);
      }
    } catch {}
  }
  let total = 0;
  for (const [pid, value] of ticks) {
    for (let up = parents.get(pid); up; up = parents.get(up)) if (up === process.pid) { total += value; if (report) console.log(`  ${kinds.get(pid) ?? '?'} ${pid}: ${value * 10} ms`); break; }
  }
  return total * 10; // USER_HZ = 100
}
import { loadCampaign } from '../../src/campaigns/load.ts';
import { PdfPrinter } from '../../src/io/browser.ts';
import { compileHtmlTemplate, documentDate, printableHtml, renderPdfDocuments, splitPdfDocuments, pdfMeta } from '../../src/render/pdf/index.ts';
import { buildFormView } from '../../src/render/view.ts';
import { CRAFTSMAN_STUDIO } from '../../test/fixtures/studios.ts';

const args = process.argv.slice(2).filter((arg) => arg !== '--');
const count = Number(args[0] ?? 200);
const batchSize = Number(args[1] ?? 50);
const tabs = Number(args[2] ?? 1);
const phase = args[3] ?? 'all';
const campaignId = process.env.PDF_PROBE_CAMPAIGN ?? 'shanghai-2020';

const { campaign, assets } = loadCampaign(campaignId);
const form = campaign.forms.find((candidate) => candidate.html);
const template = compileHtmlTemplate(new TextDecoder().decode(assets.get(form.html)), form.html, { campaign, form });
const date = documentDate(campaign.noticeDate);
// PDF_PROBE_VARIED=1: every intro drawn from ~2500 different characters (seeded), so a batch shares few glyphs.
const varied = Boolean(process.env.PDF_PROBE_VARIED);
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const variedIntro = () => Array.from({ length: 800 }, (_, i) => (i % 60 === 59 ? '。' : String.fromCodePoint(0x4e00 + Math.floor(random() * 2500) * 3))).join('');
const views = Array.from({ length: count }, (_, index) =>
  buildFormView(
    {
      ...CRAFTSMAN_STUDIO,
      id: `P-${index}`,
      name: `第${index}号探针创新工作室`,
      leader: { ...CRAFTSMAN_STUDIO.leader, name: `探针${index}` },
      members: [...CRAFTSMAN_STUDIO.members, { ...CRAFTSMAN_STUDIO.members[0], name: `成员${index}` }],
      intro: varied ? variedIntro() : `${CRAFTSMAN_STUDIO.intro}编号${index}。`,
    },
    campaign,
    form,
  ),
);

/** Proportional set size (MiB) of this process and every process below it: memory actually used, shared pages split fairly. */
function treePssMiB() {
  const parents = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {}
  }
  let kib = 0;
  const byProcess = [];
  for (const pid of parents.keys()) {
    let inTree = pid === process.pid;
    for (let up = parents.get(pid); up && !inTree; up = parents.get(up)) inTree = up === process.pid;
    if (!inTree) continue;
    try {
      const pss = Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
      kib += pss;
      const type = pid === process.pid ? 'node' : (/--type=([\w-]+)/.exec(readFileSync(`/proc/${pid}/cmdline`, 'utf8'))?.[1] ?? 'browser');
      byProcess.push(`${type} ${(pss / 1024).toFixed(0)}`);
    } catch {}
  }
  if (kib / 1024 > peakPss) peakBreakdown = byProcess.join(', ');
  return kib / 1024;
}
let peakBreakdown = '';
let peakPss = 0;
let peakNodeRss = 0;
// PDF_PROBE_MEMORY=1: sample memory every second (reading /proc costs this process some CPU).
const sampler = setInterval(() => {
  if (!process.env.PDF_PROBE_MEMORY) return;
  peakPss = Math.max(peakPss, treePssMiB());
  peakNodeRss = Math.max(peakNodeRss, process.memoryUsage().rss / 2 ** 20);
}, 1000);

const printer = await PdfPrinter.launch({ tabs });
const cpu0 = process.cpuUsage();
const chromiumCpu0 = childCpuMs();
try {
  const started = performance.now();
  if (phase === 'all') {
    let documents = 0;
    let bytes = 0;
    const options = { date, batchSize };
    for await (const pdf of renderPdfDocuments(printer, template, views, options)) {
      documents += 1;
      bytes += pdf.length;
    }
    const ms = performance.now() - started;
    console.log(`all: ${documents} docs, batch ${batchSize}, tabs ${tabs}: ${ms.toFixed(0)} ms, ${(ms / documents).toFixed(1)} ms/doc, ${(bytes / documents / 1024).toFixed(0)} KiB/doc`);
  } else {
    const batch = views.slice(0, batchSize);
    const html = printableHtml(batch.map((view) => template.renderBody(view)), template.page, { markDocuments: true, title: '' });
    const t0 = performance.now();
    const printed = await printer.print(html);
    const t1 = performance.now();
    console.log(`print: ${batch.length} docs: ${(t1 - t0).toFixed(0)} ms (${((t1 - t0) / batch.length).toFixed(1)} ms/doc), ${(printed.length / 1024).toFixed(0)} KiB`);
    if (phase === 'split') {
      const t2 = performance.now();
      const out = await splitPdfDocuments(printed, batch.map((view) => pdfMeta(view, date)));
      const t3 = performance.now();
      console.log(`split: ${out.length} docs: ${(t3 - t2).toFixed(0)} ms (${((t3 - t2) / out.length).toFixed(1)} ms/doc), ${(out.reduce((s, b) => s + b.length, 0) / out.length / 1024).toFixed(0)} KiB/doc`);
    }
  }
  const cpu = process.cpuUsage(cpu0);
  console.log(`node cpu: ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms; chromium cpu: ${childCpuMs(Boolean(process.env.PDF_PROBE_PROCESSES)) - chromiumCpu0} ms; node rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
  if (process.env.PDF_PROBE_MEMORY) console.log(`peak memory: node rss ${peakNodeRss.toFixed(0)} MiB; node + chromium pss ${peakPss.toFixed(0)} MiB (${peakBreakdown})`);
} finally {
  clearInterval(sampler);
  await printer.close();
}
