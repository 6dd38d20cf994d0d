import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 may grow the heap past what the last full collection kept, in per
 * cent, while a browser prints beside this process. By default V8 lets a busy
 * process grow to about three times its live heap before collecting: printing
 * 10,000 forms, ≈ 100 MB live (the studios) rose to ≈ 290 MB of heap, ≈ 0.5 GB
 * for the process, next to a browser of 0.6–0.8 GB. At 30 % the process stays
 * at ≈ 0.3 GB, for ≈ 1 ms more a PDF form (more collections). Import and DOCX
 * forms, which run without the browser, keep V8's default: more collections
 * there would only cost time.
 */
export const HEAP_GROWING_PERCENT = 30;

/**
 * Applies HEAP_GROWING_PERCENT to this process from the next collection on (V8
 * reads the setting at every one); called when the browser starts.
 */
export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
