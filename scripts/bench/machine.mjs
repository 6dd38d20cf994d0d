/**
 * What the benchmark ran on: CPU, cores, memory, OS, Node, Chromium, LibreOffice,
 * the commit, and how busy the machine was when the run started.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';

export function describeMachine({ chromium, soffice, root }) {
  return {
    cpu: cpuModel(),
    cores: os.availableParallelism(),
    memoryGib: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${osName()} (${os.type()} ${os.release()}, ${os.arch()})`,
    node: process.version,
    chromium: versionOf(chromium, ['--version']),
    libreoffice: versionOf(soffice, ['--version']),
    commit: commitOf(root),
    loadAverageAtStart: os.loadavg().map((load) => Math.round(load * 100) / 100),
  };
}

function cpuModel() {
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (match?.[1]) return match[1].trim();
  } catch {
    // Not Linux: os.cpus() below.
  }
  return os.cpus()[0]?.model ?? 'unknown';
}

function osName() {
  try {
    return /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? os.type();
  } catch {
    return os.type();
  }
}

function versionOf(executable, args) {
  if (!executable || !existsSync(executable)) return 'not installed';
  try {
    return execFileSync(executable, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 60_000 }).trim().split('\n')[0] ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** The commit measured, and whether the tree had uncommitted changes (read-only git). */
function commitOf(root) {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== '';
    return dirty ? `${head} (with uncommitted changes)` : head;
  } catch {
    return 'unknown';
  }
}
