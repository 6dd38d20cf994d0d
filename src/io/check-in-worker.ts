import type { Campaign } from '../campaigns/schema.js';
import type { InputFile } from '../import/types.js';
import type { CheckOptions, CheckResult } from '../jobs/check.js';
import type { ReviewScores } from '../jobs/scores.js';
import { mapInWorkers, workerScript } from './worker-pool.js';

/** What the check worker is sent. */
export interface CheckTask extends CheckOptions {
  readonly files: readonly InputFile[];
  readonly campaign: Campaign;
  /** Also make the input copy with problem cells marked (when there are problems). */
  readonly errorWorkbook: boolean;
  /** The expert score sheet (of a campaign with a review) to read and match to the studios, when some studio passed. */
  readonly scores?: InputFile;
}

/**
 * What comes back: the check, the marked-up workbook's bytes when asked for and
 * there are problems, and the matched scores when asked for and some studio passed.
 */
export interface CheckedApplications {
  readonly check: CheckResult;
  readonly errorWorkbook?: Uint8Array;
  readonly scores?: ReviewScores;
}

/**
 * checkApplications (and the error workbook) in a worker thread that ends
 * when done. Parsing a workbook of 10,000 studios takes this process to
 * ≈ 0.45 GB, and the V8 heap it grew to stays after the parse (≈ 0.3 GB held
 * for the rest of a run, beside the browser); in a worker all of it goes when
 * the thread ends, and only the result is copied back (thread start and copy:
 * ≈ 0.6 s for 10,000 studios). The score sheet is read here too: its 60,000
 * rows (10,000 studios, 6 experts) left ≈ 0.26 GB of heap in use beside the
 * browser when they were read in this thread.
 * Same result and same errors (StudioDocsError with its code) as in this thread.
 *
 * @example const { check, errorWorkbook } = await checkInWorker({ files, campaign, namedStudios, errorWorkbook: true });
 */
export async function checkInWorker(task: CheckTask): Promise<CheckedApplications> {
  for await (const result of mapInWorkers<CheckTask, CheckedApplications>([task], { script: workerScript('check-worker.js'), workerData: undefined, threads: 1, window: 1 })) {
    return result;
  }
  throw new Error('checkInWorker: the worker gave no result');
}
