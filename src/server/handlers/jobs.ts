import PizZip from 'pizzip';
import { loadCampaign } from '../../campaigns/load.js';
import { generateDeterministicZip } from '../../render/zip.js';
import { HttpError, notFound } from '../http-error.js';
import { readJson, sendJson } from '../http-io.js';
import { JobRequestSchema, parseBody } from '../requests.js';
import { seasonResultView } from '../view-models.js';
import { readArchived } from './archived-file.js';
import { param, sendFile, type Handlers, type JobOutcome, type ServerState } from './context.js';
import { applicationsOf } from './uploads.js';

/** Step 4: generation jobs, their progress and their documents. */
export function jobHandlers(state: ServerState): Handlers<'startJob' | 'job' | 'jobZip' | 'jobDocument'> {
  const { sessions, jobs, layout } = state;

  function finishedJob(id: string): JobOutcome {
    if (!jobs.view(id)) throw notFound('该生成任务');
    const outcome = jobs.result(id);
    if (!outcome) throw new HttpError(409, 'NOT_READY', '文书尚未生成完毕。');
    return outcome;
  }

  return {
    startJob: async ({ request, response, params }) => {
      const session = sessions.get(param(params, 'session'));
      const body = parseBody(JobRequestSchema, await readJson(request));
      const { campaign } = loadCampaign(body.campaignId);
      const files = applicationsOf(sessions, session);
      const [scores] = sessions.inputFiles(session, 'scores');
      if (scores && !body.announceDate) {
        throw new HttpError(400, 'BAD_REQUEST', '已上传专家评分表：请填写命名决定日期，才能生成排名、公示和命名决定。', ['不需要排名和公示时，删除评分表即可只生成申请表和汇总表。']);
      }
      const out = layout.campaignOut(campaign.id);
      const id = jobs.enqueue(async ({ jobId, signal, onProgress }) => {
        const result = await state.runSeason({
          campaignId: campaign.id,
          files,
          out,
          registry: layout.registry,
          formats: body.formats,
          command: 'serve',
          ...(scores ? { scores, announceDate: body.announceDate } : {}),
          ...(body.publicityStart ? { publicityStart: body.publicityStart } : {}),
          signal,
          onProgress,
        });
        const view = seasonResultView(result, jobId, out);
        const issued = result.documents.map((document, index) => ({ path: document.path, entryName: view.documents[index]?.entryName ?? document.relativePath, format: document.format }));
        return { view, campaignId: campaign.id, files: issued };
      });
      sendJson(response, 202, { id, url: `/api/jobs/${id}` });
    },

    job: async ({ response, params }) => {
      const view = jobs.view(param(params, 'job'));
      if (!view) throw notFound('该生成任务');
      sendJson(response, 200, { ...view, result: view.result?.view ?? null });
    },

    jobZip: async ({ request, response, params }) => {
      const outcome = finishedJob(param(params, 'job'));
      const zip = new PizZip();
      for (const file of outcome.files) zip.file(file.entryName, readArchived(layout.archive, file.path), { binary: true });
      sendFile(response, generateDeterministicZip(zip), `${outcome.campaignId}-文书.zip`, 'attachment', request.method);
    },

    jobDocument: async ({ request, response, params }) => {
      const outcome = finishedJob(param(params, 'job'));
      const file = outcome.files[Number(param(params, 'index'))];
      if (!file) throw notFound('该文书');
      const name = file.entryName.split('/').pop() ?? file.entryName;
      sendFile(response, readArchived(layout.archive, file.path), name, file.format === 'pdf' ? 'inline' : 'attachment', request.method);
    },
  };
}
