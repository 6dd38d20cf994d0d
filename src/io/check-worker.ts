/**
 * Worker thread entry for checkInWorker (check-in-worker.ts): imports and
 * validates the applications, and makes the error workbook when asked.
 */
import { checkApplications } from '../jobs/check.js';
import { errorWorkbookOf } from '../season/error-workbook.js';
import type { CheckTask, CheckedApplications } from './check-in-worker.js';
import { ownBuffer, serveWorkerTasks } from './worker-pool.js';

serveWorkerTasks<CheckTask, CheckedApplications>(
  () => async (task) => {
    const check = await checkApplications(task.files, task.campaign, task.namedStudios ? { namedStudios: task.namedStudios } : {});
    const errorWorkbook = task.errorWorkbook ? await errorWorkbookOf(task.files, check) : undefined;
    return errorWorkbook ? { check, errorWorkbook } : { check };
  },
  ({ errorWorkbook }) => ownBuffer(errorWorkbook),
);
