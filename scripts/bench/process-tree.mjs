/**
 * Resident memory of a process tree, read from /proc (Linux only): Node cannot
 * ask for a child's rusage, and Chromium or LibreOffice run as several processes
 * whose memory no single maxRSS covers.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Parent pid of every process, from /proc/<pid>/stat (the comm field may hold spaces and parentheses). */
function parentsByPid() {
  const parents = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return parents;
}

/** A "<Field>:  <n> kB" line of a /proc file in KiB, or 0 for a process that is gone. */
function kibField(pid, file, field) {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/${file}`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** The command name (/proc/<pid>/comm), or '' for a process that is gone. */
function commandName(pid) {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '';
  }
}

/** Every live descendant of `root` (not `root` itself). */
export function descendantsOf(root) {
  const parents = parentsByPid();
  const children = new Map();
  for (const [pid, parent] of parents) children.set(parent, [...(children.get(parent) ?? []), pid]);
  const found = [];
  const queue = [...(children.get(root) ?? [])];
  while (queue.length) {
    const pid = queue.shift();
    found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

/**
 * Samples the memory of `root`'s descendants (includeRoot: and of root itself;
 * command: only processes whose command name matches) every `intervalMs` until
 * stop() is called; stop() returns the peaks in MiB (0 when nothing matched):
 * `rssMib`, the summed VmRSS, which counts pages the processes share (Chromium's
 * zygote, fonts, V8 snapshot) once per process and so errs high, and `pssMib`,
 * the summed proportional set size (shared pages divided among their users),
 * which is what the tree really occupies; and `treePssMib`, the peak PSS of root
 * and all its descendants at one instant (Node and its browser together: what
 * the machine must hold at the worst moment, rather than two peaks that may
 * come at different times added up).
 *
 * @example const sampler = sampleTreeMemory(child.pid, { command: /chrom/i }); … const { pssMib } = sampler.stop();
 */
export function sampleTreeMemory(root, { intervalMs = 200, includeRoot = false, command } = {}) {
  let peakRss = 0;
  let peakPss = 0;
  let peakTreePss = 0;
  const sample = () => {
    const descendants = descendantsOf(root);
    const pss = new Map([root, ...descendants].map((pid) => [pid, kibField(pid, 'smaps_rollup', 'Pss')]));
    const pids = includeRoot ? [...descendants, root] : descendants;
    const matching = pids.filter((pid) => !command || command.test(commandName(pid)));
    peakRss = Math.max(peakRss, matching.reduce((sum, pid) => sum + kibField(pid, 'status', 'VmRSS'), 0));
    peakPss = Math.max(peakPss, matching.reduce((sum, pid) => sum + (pss.get(pid) ?? 0), 0));
    peakTreePss = Math.max(peakTreePss, [...pss.values()].reduce((sum, kib) => sum + kib, 0));
  };
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { rssMib: peakRss / 1024, pssMib: peakPss / 1024, treePssMib: peakTreePss / 1024 };
    },
  };
}
