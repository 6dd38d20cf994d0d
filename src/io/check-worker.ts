/**
 * Worker thread entry for checkInWorker (check-in-worker.ts): imports and
 * validates the applications, makes the error workbook and matches the
 * expert scores when asked.
 */
import { checkApplications } from '../jobs/check.js';
import { scoresFor } from '../jobs/scores.js';
import { reviewOf } from '../review/index.js';
import { errorWorkbookOf } from '../season/error-workbook.js';
import type { CheckTask, CheckedApplications } from './check-in-worker.js';
import { ownBuffer, serveWorkerTasks } from './worker-pool.js';

serveWorkerTasks<CheckTask, CheckedApplications>(
  () => async (task) => {
    const check = await checkApplications(task.files, task.campaign, task.namedStudios ? { namedStudios: task.namedStudios } : {});
    const errorWorkbook = task.errorWorkbook ? await errorWorkbookOf(task.files, check) : undefined;
    // With no studio to rank the run stops on the applications; the score sheet is not read.
    const scores = task.scores && check.valid.length > 0 ? await scoresFor(task.scores, check, reviewOf(task.campaign)) : undefined;
    return { check, ...(errorWorkbook ? { errorWorkbook } : {}), ...(scores ? { scores } : {}) };
  },
  ({ errorWorkbook }) => ownBuffer(errorWorkbook),
);
