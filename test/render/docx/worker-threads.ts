import { readFileSync } from 'node:fs';

/**
 * OS threads of this process (Linux): a worker thread that was not terminated
 * still counts, so a test can see that none was left running.
 */
export function threadCount(): number {
  const match = /^Threads:\s+(\d+)$/m.exec(readFileSync('/proc/self/status', 'utf8'));
  if (!match?.[1]) throw new Error('no Threads: line in /proc/self/status');
  return Number(match[1]);
}
