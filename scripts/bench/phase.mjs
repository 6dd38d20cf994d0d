#!/usr/bin/env node
/**
 * One benchmark phase in a process of its own, so its peak RSS is its own:
 *   node scripts/bench/phase.mjs <validate|docx|pdf|summaries> '<json options>'
 * options: { input: workbook path, out: folder to write documents into, campaign }
 *
 * Calls the compiled code the CLI runs (dist/, so run `npm run build` first):
 * checkApplications for validate, the season runner behind `build` for the forms
 * and summaries, which writes and archives every document as the CLI does.
 * Prints one JSON line on stdout: { phase, count, wallMs, maxRssMib, … }; progress on stderr.
 * The timed part starts after the modules are loaded; for docx/pdf/summaries the
 * studios are imported and validated first, untimed (the validate phase times that).
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';

const dist = (path) => import(new URL(`../../dist/${path}`, import.meta.url).href);
const [{ loadCampaign }, { checkApplications }, { runSeason }] = await Promise.all([dist('campaigns/load.js'), dist('jobs/check.js'), dist('season/run-season.js')]);

const PHASES = { validate: validatePhase, docx: (context) => formsPhase(context, 'docx'), pdf: (context) => formsPhase(context, 'pdf'), summaries: summariesPhase };

async function validatePhase({ files, campaign }) {
  const started = performance.now();
  const check = await checkApplications(files, campaign);
  const wallMs = performance.now() - started;
  return { count: check.summary.studios, wallMs, studiosPerSecond: check.summary.studios / (wallMs / 1000), members: check.summary.members, valid: check.summary.valid, errors: check.summary.errors, warnings: check.summary.warnings };
}

/**
 * The forms exactly as `build --format <format>` makes them: the season runner (worker threads for DOCX,
 * batched printing for PDF, the archive writer and registry), timed from the end of validation.
 */
async function formsPhase(context, format) {
  return timedSeason(context, { formats: [format], summaries: false });
}

/** The summary sheets (xlsx, docx, pdf) as `summary` makes them, timed from the end of validation. */
async function summariesPhase(context) {
  const result = await timedSeason(context, { formats: [], forms: false, summaryFormats: ['xlsx', 'docx', 'pdf'] });
  process.stderr.write(`${context.label}: ${result.count} summary files\n`);
  return result;
}

/** Runs the season runner on the input; the clock starts once the studios are validated (the validate phase times that). */
async function timedSeason({ files, campaign, out, label }, request) {
  const runStarted = performance.now();
  let started;
  let progress;
  const result = await runSeason({
    campaignId: campaign.id,
    files,
    out,
    registry: join(out, 'studio-docs.sqlite'),
    command: 'bench',
    ...request,
    onCheck(check) {
      validOrFail(check);
      started = performance.now();
    },
    onProgress(step) {
      progress ??= progressReporter(label, step.total);
      progress(step.done);
    },
  });
  const bytes = result.documents.reduce((sum, doc) => sum + statSync(doc.path).size, 0);
  // checkMs: opening the registry, then import + validate in the runner's worker thread and handing the studios back.
  return { count: result.documents.length, wallMs: performance.now() - started, checkMs: started - runStarted, bytes };
}

/** Later phases render only valid studios; a generator regression must fail loudly, not shrink the batch. */
function validOrFail(check) {
  if (check.summary.errors > 0 || check.valid.length !== check.summary.studios) {
    throw new Error(`synthetic input has ${check.summary.errors} validation errors (${check.valid.length} of ${check.summary.studios} studios valid)`);
  }
  return check;
}

/** A line on stderr about every 5 seconds: count, rate, ETA. */
function progressReporter(label, total) {
  const started = performance.now();
  let last = started;
  return (done) => {
    const now = performance.now();
    if (now - last < 5000 && done !== total) return;
    last = now;
    const rate = done / ((now - started) / 1000);
    const eta = rate > 0 ? (total - done) / rate : 0;
    process.stderr.write(`${label}: ${done}/${total} (${rate.toFixed(1)}/s, ETA ${eta.toFixed(0)} s)\n`);
  };
}

async function main() {
  const [phase, json] = process.argv.slice(2);
  const run = PHASES[phase ?? ''];
  if (!run || !json) throw new Error(`usage: node scripts/bench/phase.mjs <${Object.keys(PHASES).join('|')}> '<json options>'`);
  const options = JSON.parse(json);
  const bundle = loadCampaign(options.campaign);
  const files = [{ name: basename(options.input), bytes: readFileSync(options.input) }];
  const result = await run({ files, bundle, campaign: bundle.campaign, out: options.out, label: options.label ?? phase });
  process.stdout.write(`${JSON.stringify({ phase, ...result, maxRssMib: process.resourceUsage().maxRSS / 1024 })}\n`);
}

await main();
