import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the heap grow past what the last full collection kept, in per cent.
 * By default V8 lets a busy process grow to about three times its live heap
 * before collecting: printing 10,000 forms, ≈ 100 MB live (the studios) rose to
 * ≈ 290 MB of heap, ≈ 0.5 GB for the process, next to a browser of 0.6–0.8 GB.
 * At 30 % the process stays at ≈ 0.3 GB for ≈ 0.5 ms more a PDF form (more collections).
 */
export const HEAP_GROWING_PERCENT = 30;

/**
 * Applies HEAP_GROWING_PERCENT to this process. Called once at start by the CLI
 * (and the benchmark, which runs the same code); V8 reads the setting at every
 * collection, so it takes effect from the next one.
 */
export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
