#!/usr/bin/env node
/**
 * The benchmark of issue #7 (`npm run bench`): on synthetic batches of each size,
 * times import+validate, DOCX forms, PDF forms, summaries and the whole `build`,
 * each phase in its own process, and LibreOffice converting a sample of the same
 * DOCX files; writes bench/results.md and bench/results.json.
 *
 * Run: node scripts/bench/run.mjs [--sizes 1000,10000] [--libreoffice-sample 100] [--json]
 *        [--phases validate,docx,pdf,summaries,build,libreoffice] [--results bench] [--seed 2020] [--keep] [--without-scores]
 * Needs the compiled dist/ (`npm run build`), Chromium, and LibreOffice (`soffice`) for the comparison.
 * Progress goes to stderr; with --json the results object is printed on stdout too.
 * Exits 1 when a phase failed (the results still list the others); unmet targets are reported, not failed.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { describeMachine } from './machine.mjs';
import { sampleTreeMemory } from './process-tree.mjs';
import { medianRun, REPEAT_BELOW_MS, REPEATS, resultsMarkdown } from './report.mjs';
import { DEFAULT_SEED, GENERATOR_VERSION, MEMBERS_PER_STUDIO } from './synthetic.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CAMPAIGN = 'shanghai-2020';
const ALL_PHASES = ['validate', 'docx', 'pdf', 'pdf-one-tab', 'summaries', 'build', 'libreoffice'];
const CHROMIUM = /chrom/i;
const TIME = '/usr/bin/time';
/** The 命名决定's date for build --scores: the sample season's. */
const DECISION_DATE = '2020-12-20';

const log = (line) => process.stderr.write(`bench: ${line}\n`);

function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: '1000,10000' },
      'libreoffice-sample': { type: 'string', default: '100' },
      phases: { type: 'string', default: ALL_PHASES.join(',') },
      results: { type: 'string', default: 'bench' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      json: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      'without-scores': { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes.split(',').map((text) => Number(text.trim()));
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error(`--sizes takes positive whole numbers, got ${values.sizes}`);
  const phases = values.phases.split(',').map((text) => text.trim());
  const unknown = phases.filter((phase) => !ALL_PHASES.includes(phase));
  if (unknown.length) throw new Error(`unknown phase ${unknown.join(', ')}; phases: ${ALL_PHASES.join(', ')}`);
  if (phases.includes('libreoffice') && !phases.includes('docx')) throw new Error('the libreoffice phase converts the docx phase\'s files: add docx to --phases');
  return {
    sizes: [...sizes].sort((a, b) => a - b),
    officeSample: Number(values['libreoffice-sample']),
    phases,
    resultsDir: resolve(ROOT, values.results),
    seed: Number(values.seed),
    json: values.json,
    keep: values.keep,
    withoutScores: values['without-scores'],
  };
}

/**
 * Runs a command with stderr passed through (progress), collecting stdout, and
 * samples the memory of its Chromium processes (memoryOf 'tree': of the process and
 * all its descendants). Resolves with exit code, stdout, wall time around the whole
 * process and the sampled peaks in MiB (summed RSS and PSS, see process-tree.mjs).
 */
function runProcess(command, args, { memoryOf = 'chromium', cwd = ROOT, env = process.env } = {}) {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'inherit'] });
    const sampler = memoryOf === 'none' ? NOT_SAMPLED : sampleTreeMemory(child.pid, memoryOf === 'tree' ? { includeRoot: true } : { command: CHROMIUM });
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.on('error', (error) => {
      sampler.stop();
      reject(error);
    });
    child.on('close', (code, signal) => {
      const memory = sampler.stop();
      resolvePromise({ code: code ?? 128, signal, stdout: Buffer.concat(chunks).toString('utf8'), processWallMs: performance.now() - started, sampledRssMib: memory.rssMib, sampledPssMib: memory.pssMib, treePssMib: memory.treePssMib });
    });
  });
}

/** For phases that start no browser: their own peak RSS is all there is to know, and sampling would slow them down. */
const NOT_SAMPLED = { stop: () => ({ rssMib: undefined, pssMib: undefined, treePssMib: undefined }) };

function browserText({ browserRssMib, browserPssMib }) {
  return browserRssMib ? `, Chromium RSS ${browserRssMib.toFixed(0)} MB (PSS ${browserPssMib.toFixed(0)} MB)` : '';
}

function failure(message) {
  log(`  failed: ${message}`);
  return { error: message };
}

async function generateInput(studios, seed, withScores) {
  const result = await runProcess(process.execPath, [join(ROOT, 'scripts/bench/synthetic.mjs'), '--studios', String(studios), '--seed', String(seed), ...(withScores ? ['--scores'] : [])]);
  if (result.code !== 0) throw new Error(`synthetic.mjs --studios ${studios} exited with ${result.code}`);
  const [input, scores] = result.stdout.trim().split('\n');
  return { input, scores };
}

/** pdf-one-tab is the pdf phase with the browser's memory halved (one printing tab), as users can choose it. */
const PHASE_RUNS = { 'pdf-one-tab': { phase: 'pdf', env: { STUDIO_DOCS_PRINT_TABS: '1' } } };

/**
 * Phases whose process tree is sampled (every 200 ms, PSS from /proc/<pid>/smaps_rollup): those with a browser.
 * Reading smaps_rollup walks the process's page tables under its memory-map lock, which a process growing its
 * heap fast waits for: the 10,000-studio import took ≈ 2.8 s sampled against ≈ 2.5 s not.
 */
const SAMPLED_PHASES = new Set(['pdf', 'summaries']);

/** One of validate/docx/pdf/pdf-one-tab/summaries in its own process (scripts/bench/phase.mjs). */
async function runPhase(name, { input, out, studios }) {
  log(`${studios}: ${name}…`);
  const { phase, env } = PHASE_RUNS[name] ?? { phase: name, env: {} };
  const options = { input, out, campaign: CAMPAIGN, label: `bench: ${studios}: ${name}` };
  const result = await runProcess(process.execPath, [join(ROOT, 'scripts/bench/phase.mjs'), phase, JSON.stringify(options)], {
    env: { ...process.env, ...env },
    memoryOf: SAMPLED_PHASES.has(phase) ? 'chromium' : 'none',
  });
  if (result.code !== 0) return failure(`phase.mjs ${phase} exited with ${result.signal ?? result.code}`);
  const measured = JSON.parse(result.stdout.trim().split('\n').pop() ?? '{}');
  const perDocMs = measured.count > 0 ? measured.wallMs / measured.count : undefined;
  const summary = { ...measured, perDocMs, processWallMs: result.processWallMs, browserRssMib: result.sampledRssMib, browserPssMib: result.sampledPssMib, treePssMib: result.treePssMib };
  log(`${studios}: ${name}: ${measured.count} in ${(measured.wallMs / 1000).toFixed(2)} s (${perDocMs?.toFixed(2)} ms each), peak ${measured.maxRssMib.toFixed(0)} MB${browserText(summary)}`);
  return summary;
}

/** runPhase, repeated when short (see REPEAT_BELOW_MS, REPEATS); `runsWallMs` lists every run's time. */
async function runPhaseSteadily(name, context) {
  const runs = [await runPhase(name, context)];
  if (runs[0].error || runs[0].wallMs >= REPEAT_BELOW_MS) return runs[0];
  while (runs.length < REPEATS) {
    // A rerun into the same folder would find its documents already issued and write nothing.
    rmSync(context.out, { recursive: true, force: true });
    const run = await runPhase(name, context);
    if (run.error) return run;
    runs.push(run);
  }
  return medianRun(runs);
}

/** What `build --help` offers: the score sheet options arrive with the season runner. */
async function buildOptions() {
  const result = await runProcess(process.execPath, [join(ROOT, 'bin/studio-docs.js'), 'build', '--help']);
  return { scores: result.stdout.includes('--scores'), date: result.stdout.includes('--date') };
}

/**
 * The CLI's `build` as users run it, on a fresh output folder and registry, under
 * GNU time for the CLI process's peak RSS (Node cannot read a child's rusage).
 */
async function runBuild({ input, scores, out, studios, offers }) {
  log(`${studios}: build…`);
  const cli = [join(ROOT, 'bin/studio-docs.js'), 'build', input, '--campaign', CAMPAIGN, '--out', out, '--json'];
  if (offers.scores && scores) cli.push('--scores', scores, ...(offers.date ? ['--date', DECISION_DATE] : []));
  const timeFile = join(out, '..', `build-time-${studios}.txt`);
  const viaTime = existsSync(TIME);
  const result = viaTime ? await runProcess(TIME, ['-f', '%e %M', '-o', timeFile, process.execPath, ...cli]) : await runProcess(process.execPath, cli);
  if (result.code !== 0) return failure(`studio-docs build exited with ${result.signal ?? result.code}`);
  let documents = 0;
  try {
    const json = JSON.parse(result.stdout);
    documents = Array.isArray(json.documents) ? json.documents.length : 0;
  } catch {
    return failure('studio-docs build --json printed no JSON document');
  }
  const [, maxKib] = viaTime ? readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number) : [];
  const summary = {
    count: documents,
    wallMs: result.processWallMs,
    perDocMs: documents > 0 ? result.processWallMs / documents : undefined,
    maxRssMib: maxKib ? maxKib / 1024 : undefined,
    browserRssMib: result.sampledRssMib,
    browserPssMib: result.sampledPssMib,
    treePssMib: result.treePssMib,
    withScores: cli.includes('--scores'),
  };
  log(`${studios}: build: ${documents} documents in ${(summary.wallMs / 1000).toFixed(2)} s, peak ${summary.maxRssMib?.toFixed(0) ?? '?'} MB${browserText(summary)}`);
  return summary;
}

function docxFilesUnder(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.docx'))
    .sort();
}

function findOnPath(name) {
  return (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, name)).find((path) => existsSync(path));
}

/**
 * One `soffice --convert-to pdf` call over an evenly spaced sample of the DOCX
 * forms (the same files every run: the input is deterministic), copied under
 * plain numbered names, with a fresh LibreOffice profile.
 */
async function runLibreOffice({ docxDir, work, studios, sampleSize, soffice }) {
  if (!soffice) return failure('soffice (LibreOffice) is not installed');
  const files = docxFilesUnder(docxDir);
  const count = Math.min(sampleSize, files.length);
  if (count === 0) return failure('no DOCX files to convert');
  log(`${studios}: libreoffice: converting ${count} DOCX files…`);
  const inDir = join(work, 'libreoffice-in');
  const outDir = join(work, 'libreoffice-out');
  mkdirSync(inDir, { recursive: true });
  const sample = Array.from({ length: count }, (_, index) => files[Math.floor((index * files.length) / count)]);
  const inputs = sample.map((file, index) => {
    const target = join(inDir, `${String(index + 1).padStart(5, '0')}.docx`);
    copyFileSync(join(docxDir, file), target);
    return target;
  });
  const profile = pathToFileURL(join(work, 'libreoffice-profile')).href;
  const started = performance.now();
  const result = await runProcess(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...inputs], { memoryOf: 'tree' });
  const wallMs = performance.now() - started;
  const converted = existsSync(outDir) ? readdirSync(outDir).filter((name) => name.endsWith('.pdf')).length : 0;
  if (result.code !== 0 || converted !== count) return failure(`soffice exited with ${result.code} and wrote ${converted} of ${count} PDFs`);
  log(`${studios}: libreoffice: ${count} in ${(wallMs / 1000).toFixed(2)} s (${(wallMs / count).toFixed(1)} ms each), peak RSS ${result.sampledRssMib.toFixed(0)} MB (PSS ${result.sampledPssMib.toFixed(0)} MB)`);
  return { count, wallMs, perDocMs: wallMs / count, peakRssMib: result.sampledRssMib, peakPssMib: result.sampledPssMib, sample: sample.slice(0, 3).concat(count > 3 ? ['…'] : []) };
}

async function measureSize(studios, options, tools) {
  const phases = {};
  const wants = (phase) => options.phases.includes(phase);
  log(`${studios} studios: preparing input`);
  const { input, scores } = await generateInput(studios, options.seed, wants('build') && tools.offers.scores);
  const work = mkdtempSync(join(tmpdir(), `studio-docs-bench-${studios}-`));
  const folder = (name) => join(work, name);
  try {
    for (const phase of ['validate', 'docx', 'pdf', 'pdf-one-tab', 'summaries']) {
      if (!wants(phase)) continue;
      phases[phase] = await runPhaseSteadily(phase, { input, out: folder(phase), studios });
      // Keep the DOCX forms for LibreOffice; everything else is only disk space.
      if (phase !== 'docx') rmSync(folder(phase), { recursive: true, force: true });
    }
    if (wants('build')) {
      phases.build = await runBuild({ input, scores, out: folder('build'), studios, offers: tools.offers });
      rmSync(folder('build'), { recursive: true, force: true });
    }
    if (wants('libreoffice') && !phases.docx?.error) {
      phases.libreoffice = await runLibreOffice({ docxDir: folder('docx'), work, studios, sampleSize: options.officeSample, soffice: tools.soffice });
    }
  } finally {
    if (options.keep) log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
  return { studios, members: studios * MEMBERS_PER_STUDIO, input: relative(ROOT, input), phases };
}

function commandLine(argv) {
  const script = `node ${relative(process.cwd(), fileURLToPath(import.meta.url)) || 'scripts/bench/run.mjs'} ${argv.join(' ')}`.trim();
  return process.env.npm_lifecycle_event ? `npm run ${process.env.npm_lifecycle_event} (${script})` : script;
}

async function main() {
  const argv = process.argv.slice(2);
  const options = parseOptions(argv);
  if (!existsSync(join(ROOT, 'dist/jobs/forms.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm run bench does)');
  const { findBrowser } = await import(new URL('../../dist/io/browser.js', import.meta.url).href);
  const soffice = findOnPath('soffice');
  const offers = await buildOptions();
  // --without-scores: build as a season without expert scores (no ranking, no announcements).
  const tools = { soffice, offers: options.withoutScores ? { scores: false, date: false } : offers };
  const results = {
    date: new Date().toISOString(),
    command: commandLine(argv),
    machine: describeMachine({ chromium: findBrowser(), soffice, root: ROOT }),
    generatorVersion: GENERATOR_VERSION,
    seed: options.seed,
    libreOfficeSample: options.officeSample,
    sizes: [],
    notes: [],
  };
  log(`${results.machine.cpu}, ${results.machine.cores} cores; sizes ${options.sizes.join(', ')}`);
  for (const studios of options.sizes) results.sizes.push(await measureSize(studios, options, tools));

  const [load1] = results.machine.loadAverageAtStart;
  if (load1 !== undefined && load1 > 0.5) results.notes.push(`The machine was busy when the run started (load ${load1} on ${results.machine.cores} cores): figures are noisy; compare runs, not single numbers.`);
  if (options.phases.includes('build')) {
    if (options.withoutScores) results.notes.push('`build` ran without a score sheet (--without-scores): no ranking and announcements.');
    else if (!tools.offers.scores) results.notes.push('`build --help` offers no --scores here, so `build` ran without ranking and announcements.');
    else results.notes.push(`\`build\` ran with a synthetic score sheet (--scores, --date ${DECISION_DATE}): ranking and announcements included.`);
    if (!existsSync(TIME)) results.notes.push(`${TIME} is missing: the build row has no peak RSS of the CLI process.`);
  }
  if (options.phases.length < ALL_PHASES.length) results.notes.push(`Only these phases ran: ${options.phases.join(', ')}.`);

  mkdirSync(options.resultsDir, { recursive: true });
  writeFileSync(join(options.resultsDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(options.resultsDir, 'results.md'), resultsMarkdown(results));
  log(`wrote ${relative(ROOT, join(options.resultsDir, 'results.md'))} and results.json`);
  if (options.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  const failed = results.sizes.flatMap((size) => Object.entries(size.phases).filter(([, phase]) => phase.error).map(([name]) => `${size.studios}/${name}`));
  if (failed.length) {
    log(`failed phases: ${failed.join(', ')}`);
    process.exitCode = 1;
  }
}

await main();
