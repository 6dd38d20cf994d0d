import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CHURN = fileURLToPath(new URL('../fixtures/heap/churn.mjs', import.meta.url));
const GARBAGE_BEFORE = fileURLToPath(new URL('../fixtures/heap/garbage-before.mjs', import.meta.url));
const POLICY = new URL('../../dist/io/heap-growth.js', import.meta.url).href;

function largestHeapMb(...args: string[]): number {
  const output = execFileSync(process.execPath, [CHURN, ...args], { encoding: 'utf8', timeout: 60_000 });
  return (JSON.parse(output) as { largestMb: number }).largestMb;
}

describe('beside the browser, this process keeps its heap close to what is live', () => {
  it('lets V8 grow the heap far less than by default under a steady stream of garbage', () => {
    const byDefault = largestHeapMb();
    const limited = largestHeapMb(POLICY);
    // Measured: ≈ 490 MB by default, ≈ 190 MB limited, for ≈ 100 MB live.
    expect(limited).toBeLessThan(byDefault * 0.6);
  });

  it('starts from what is live: the garbage made before the browser goes at once', () => {
    const { beforeMb, afterMb } = JSON.parse(execFileSync(process.execPath, [GARBAGE_BEFORE, POLICY], { encoding: 'utf8', timeout: 60_000 })) as { beforeMb: number; afterMb: number };
    expect(beforeMb).toBeGreaterThan(150);
    expect(afterMb).toBeLessThan(beforeMb * 0.6);
  });
});
