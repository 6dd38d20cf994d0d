/**
 * The issue #7 targets and bench/results.md: one table per batch size, the
 * LibreOffice comparison, the linearity check and notes.
 */

export const MEMORY_LIMIT_MIB = 1024;
/** ms per studio at the largest size over the smallest: up to this is "linear" (noise on a shared machine). */
export const LINEARITY_LIMIT = 1.25;
export const LIBREOFFICE_SPEEDUP_TARGET = 5;
/**
 * A phase that took less than this runs REPEATS times and the run with the median time is reported: on a shared
 * 2-core machine one disturbance (another process, disk write-back) decides a figure of a few seconds (the
 * 10,000-studio import measured 2.35–3.14 s). Peak memory is the largest of the runs.
 */
export const REPEAT_BELOW_MS = 10_000;
export const REPEATS = 3;

/**
 * The runs of one phase as one result: the run with the median wall time, with the largest peak memory of all
 * runs, and every run's time in `runsWallMs`.
 *
 * @example medianRun([{ wallMs: 3140, maxRssMib: 539 }, { wallMs: 2610, maxRssMib: 541 }, { wallMs: 2350, maxRssMib: 530 }]) // { wallMs: 2610, maxRssMib: 541, runsWallMs: [3140, 2610, 2350] }
 */
export function medianRun(runs) {
  const median = [...runs].sort((a, b) => a.wallMs - b.wallMs)[Math.floor((runs.length - 1) / 2)];
  const largest = Object.fromEntries(
    ['maxRssMib', 'browserRssMib', 'browserPssMib', 'treePssMib']
      .filter((field) => runs.some((run) => run[field] !== undefined))
      .map((field) => [field, Math.max(...runs.map((run) => run[field] ?? 0))]),
  );
  return { ...median, ...largest, runsWallMs: runs.map((run) => run.wallMs) };
}

const PHASE_LABELS = {
  validate: 'import + validate',
  docx: 'DOCX forms',
  pdf: 'PDF forms (one PDF per studio)',
  'pdf-one-tab': 'PDF forms, one browser tab (STUDIO_DOCS_PRINT_TABS=1)',
  summaries: 'summaries (xlsx + docx + pdf)',
  build: 'whole `build` (CLI)',
};

/**
 * The targets a phase result is held to, each { label, met }: time targets from
 * issue #7 and the memory ceiling, twice: for our process (its peak RSS), and for
 * our process and the browser together at their worst moment (sampled PSS of the
 * whole process tree; older results without it: Node's peak RSS plus the
 * browser's peak PSS).
 *
 * @example targetsOf('docx', { perDocMs: 2.1, maxRssMib: 300 }, 1000) // [{ label: '≤ 3 ms/doc', met: true }, …]
 */
export function targetsOf(phase, result, studios) {
  const targets = [];
  // The issue sets the import + validate target for 10,000 studios only: smaller runs are dominated by fixed costs.
  if (phase === 'validate' && studios >= 10_000) targets.push({ label: '< 3 s for 10,000', met: result.wallMs < 3000 * (studios / 10_000) });
  if (phase === 'docx') targets.push({ label: '≤ 3 ms/doc', met: result.perDocMs <= 3 });
  if (phase === 'pdf' || phase === 'pdf-one-tab') targets.push({ label: '≤ 25 ms/doc', met: result.perDocMs <= 25 });
  targets.push({ label: '< 1 GB ours', met: (result.maxRssMib ?? 0) < MEMORY_LIMIT_MIB });
  if (result.browserPssMib) {
    // Node's own peak (maxRSS, exact) may fall between two 200 ms samples of the tree: the larger of the two counts.
    const peak = result.treePssMib === undefined ? (result.maxRssMib ?? 0) + result.browserPssMib : Math.max(result.treePssMib, result.maxRssMib ?? 0);
    targets.push({ label: '< 1 GB with browser', met: peak < MEMORY_LIMIT_MIB });
  }
  return targets;
}

/**
 * Wall time per studio at the smallest and largest size, per phase: "run time
 * grows linearly with batch size" means this stays flat (summaries write the same
 * number of files at every size, so per studio, not per file).
 */
export function linearity(sizes) {
  if (sizes.length < 2) return [];
  const [small, large] = [sizes[0], sizes[sizes.length - 1]];
  const perStudio = (size, phase) => (size.phases[phase]?.wallMs && !size.phases[phase].error ? size.phases[phase].wallMs / size.studios : undefined);
  return Object.keys(PHASE_LABELS)
    .filter((phase) => perStudio(small, phase) && perStudio(large, phase))
    .map((phase) => {
      const [smallMs, largeMs] = [perStudio(small, phase), perStudio(large, phase)];
      const ratio = largeMs / smallMs;
      return { phase, small: small.studios, large: large.studios, smallMs, largeMs, ratio, met: ratio <= LINEARITY_LIMIT };
    });
}

export function libreOfficeComparison(size) {
  const office = size.phases.libreoffice;
  if (!office?.perDocMs) return undefined;
  // Without a PDF phase in the run (--phases) there is nothing to compare with.
  const oursMs = size.phases.pdf?.perDocMs;
  const speedup = oursMs ? office.perDocMs / oursMs : undefined;
  return { studios: size.studios, documents: office.count, officeWallMs: office.wallMs, officeMs: office.perDocMs, officeRssMib: office.peakRssMib, officePssMib: office.peakPssMib, oursMs, speedup, met: speedup !== undefined && speedup >= LIBREOFFICE_SPEEDUP_TARGET };
}

const fixed = (value, digits) => (value === undefined || value === null || Number.isNaN(value) ? '—' : value.toFixed(digits));
const mark = (met) => (met ? '✓' : '✗');

/** bench/results.md from the results object run.mjs builds (the same object goes to results.json). */
export function resultsMarkdown(results) {
  const { machine } = results;
  const lines = [
    '# Benchmark results',
    '',
    `Generated by \`scripts/bench/run.mjs\` (issue #7). Do not edit by hand: run \`npm run bench\` again.`,
    '',
    `- Date: ${results.date}`,
    `- Command: \`${results.command}\``,
    `- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGib} GiB RAM; ${machine.os}`,
    `- Node ${machine.node}; ${machine.chromium}; ${machine.libreoffice}`,
    `- Commit: ${machine.commit}; load average at start: ${machine.loadAverageAtStart.join(' / ')} (1/5/15 min)`,
    `- Input: synthetic Shanghai 2020 applications (\`scripts/bench/synthetic.mjs\`, generator v${results.generatorVersion}, seed ${results.seed}): ` +
      'each studio a leader and 10 members and an intro of about 800 字, all valid for the campaign.',
    '',
  ];
  for (const size of results.sizes) {
    lines.push(`## ${size.studios.toLocaleString('en')} studios (${size.members.toLocaleString('en')} members)`, '');
    lines.push('| phase | count | wall s | per doc ms | peak RSS MB | Chromium peak RSS (PSS) MB | all processes peak PSS MB | target | met |', '|---|---:|---:|---:|---:|---:|---:|---|---|');
    for (const [phase, label] of Object.entries(PHASE_LABELS)) {
      const result = size.phases[phase];
      if (!result) continue;
      if (result.error) {
        lines.push(`| ${label} | — | — | — | — | — | — | — | ✗ failed: ${result.error.replace(/\|/g, '\\|').split('\n')[0]} |`);
        continue;
      }
      const targets = targetsOf(phase, result, size.studios);
      lines.push(
        `| ${label} | ${result.count} | ${fixed(result.wallMs / 1000, 2)} | ${fixed(result.perDocMs, 2)} | ${fixed(result.maxRssMib, 0)} | ${result.browserRssMib ? `${fixed(result.browserRssMib, 0)} (${fixed(result.browserPssMib, 0)})` : '—'} | ${fixed(result.treePssMib, 0)} | ` +
          `${targets.map((target) => target.label).join('; ')} | ${targets.map((target) => mark(target.met)).join(' ')} |`,
      );
    }
    lines.push('');
    const repeated = Object.entries(size.phases).filter(([, result]) => result.runsWallMs);
    if (repeated.length) {
      const times = repeated.map(([phase, result]) => `${PHASE_LABELS[phase] ?? phase} ${result.runsWallMs.map((ms) => fixed(ms / 1000, 2)).join(' / ')} s`);
      lines.push(`Phases under ${REPEAT_BELOW_MS / 1000} s ran ${REPEATS} times; the table shows the run with the median time and the largest peak memory of the runs (${times.join('; ')}).`, '');
    }
    const validate = size.phases.validate;
    if (validate?.studiosPerSecond) lines.push(`Import + validate: ${Math.round(validate.studiosPerSecond).toLocaleString('en')} studios/s (${validate.members.toLocaleString('en')} members; ${validate.errors} errors, ${validate.warnings} warnings).`, '');
    const inWorker = size.phases.pdf?.checkMs ?? size.phases.docx?.checkMs;
    if (inWorker) lines.push(`The season runner (\`build\`, \`render\`) imports and validates in a worker thread, so that parsing memory is gone before the browser starts: ${fixed(inWorker / 1000, 2)} s there, handing the studios back included (the ${size.phases.pdf?.checkMs ? 'PDF' : 'DOCX'} phase, untimed part).`, '');
  }

  lines.push('## PDF forms against LibreOffice', '');
  lines.push(
    `LibreOffice converts a fixed sample of the DOCX forms written in the DOCX phase with one \`soffice --headless --convert-to pdf\` call ` +
      '(fresh profile, so its start-up is included, as our PDF figure includes the browser start). Target: our PDFs at least ' +
      `${LIBREOFFICE_SPEEDUP_TARGET}× faster per document.`,
    '',
    '| studios | LibreOffice docs | LibreOffice wall s | LibreOffice ms/doc | LibreOffice peak RSS (PSS) MB | our PDF ms/doc | speed-up | met |',
    '|---:|---:|---:|---:|---:|---:|---:|---|',
  );
  for (const size of results.sizes) {
    const office = size.phases.libreoffice;
    if (office?.error) {
      lines.push(`| ${size.studios} | — | — | — | — | — | — | ✗ failed: ${office.error.split('\n')[0]} |`);
      continue;
    }
    const row = libreOfficeComparison(size);
    if (!row) continue;
    lines.push(`| ${row.studios} | ${row.documents} | ${fixed(row.officeWallMs / 1000, 2)} | ${fixed(row.officeMs, 1)} | ${fixed(row.officeRssMib, 0)} (${fixed(row.officePssMib, 0)}) | ${fixed(row.oursMs, 1)} | ${row.speedup === undefined ? '— | —' : `${fixed(row.speedup, 1)}× | ${mark(row.met)}`} |`);
  }
  lines.push('');

  const linear = linearity(results.sizes);
  lines.push('## Linearity', '');
  if (linear.length === 0) {
    lines.push('Only one batch size was measured; run with `--sizes 1000,10000` to compare.', '');
  } else {
    lines.push(
      `Wall time per studio at the largest size over the smallest; up to ${LINEARITY_LIMIT} counts as linear (below 1: fixed costs such as the browser start spread over more studios).`,
      '',
      `| phase | ms/studio at ${linear[0].small} | ms/studio at ${linear[0].large} | ratio | linear |`,
      '|---|---:|---:|---:|---|',
      ...linear.map((row) => `| ${PHASE_LABELS[row.phase]} | ${fixed(row.smallMs, 3)} | ${fixed(row.largeMs, 3)} | ${fixed(row.ratio, 2)} | ${mark(row.met)} |`),
      '',
    );
  }

  lines.push('## Notes', '');
  lines.push(
    '- Each phase runs in a child `node` process; "peak RSS" is that process\'s `process.resourceUsage().maxRSS` (for `build`, GNU time\'s %M: the CLI process, or a browser process it reaped if that one was larger). ' +
      'The docx, pdf and summaries processes first import and validate the workbook untimed, so their peak includes the imported studios.',
    '- "Chromium peak RSS" is the highest sum of VmRSS over the browser\'s processes, sampled from /proc every 200 ms; pages the processes share count once per process, so it errs high. ' +
      'PSS in brackets divides shared pages among the processes that map them: what the browser really occupies. "All processes peak PSS" is the highest PSS of the phase process and everything it started (the browser) sampled at one instant: "< 1 GB with browser" is checked against it, "< 1 GB ours" against peak RSS. Phases without a browser (import + validate, DOCX) are not sampled: reading the PSS of a process holds up its memory mapping and slowed the import by about a tenth.',
    '- Wall time is measured inside the phase process after its modules are loaded; PDF and summaries include starting the browser. ' +
      'Documents are written like issued files (temporary file, fsync, rename); the registry is only in the `build` phase.',
    '- Per-document time for `build` is its wall time over every document it wrote (forms and summaries).',
    ...results.notes.map((note) => `- ${note}`),
    '',
  );
  return lines.join('\n');
}

export { PHASE_LABELS };
