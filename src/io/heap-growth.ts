import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

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
 * Applies HEAP_GROWING_PERCENT to this process (V8 reads the setting at every
 * collection) and collects once now, so that the heap starts from what is live:
 * what came before the browser (the applications handed back by the check
 * worker, the score matching) left up to ≈ 0.29 GB of heap for ≈ 0.1 GB live at
 * 10,000 studios, and V8 would have kept that size as its next limit. Called
 * when the browser starts; the collection takes ≈ 0.04 s at 10,000 studios.
 */
export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  collectGarbageNow();
}

/**
 * A full collection now, so the heap shrinks to what is live before the next
 * large piece of work (without starting Node with --expose-gc: the flag applies
 * to contexts made after it is set). ≈ 0.04 s with 10,000 studios live.
 */
export function collectGarbageNow(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}
