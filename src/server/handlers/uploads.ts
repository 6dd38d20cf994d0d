import { existsSync, readFileSync } from 'node:fs';
import { loadCampaign } from '../../campaigns/load.js';
import type { InputFile } from '../../import/types.js';
import { namedStudiosIn } from '../../io/run-registry.js';
import { checkApplications } from '../../jobs/check.js';
import { ERROR_WORKBOOK_NAME, writeErrorWorkbook } from '../../season/error-workbook.js';
import { FILE_NAME_HEADER, uploadDisplayName } from '../file-names.js';
import { HttpError, notFound } from '../http-error.js';
import { readBody, readJson, sendJson } from '../http-io.js';
import { CheckRequestSchema, parseBody, uploadRoleOf } from '../requests.js';
import { uploadsView, type Session, type SessionStore } from '../sessions.js';
import { checkView } from '../view-models.js';
import { headerOf, param, sendFile, type Handlers, type ServerState } from './context.js';

/** Sessions, uploads and the check (steps 2 and 3 of the page). */
export function uploadHandlers(state: ServerState): Handlers<'createSession' | 'session' | 'upload' | 'deleteUpload' | 'check' | 'errorWorkbook'> {
  const { sessions, layout } = state;
  return {
    createSession: async ({ response }) => sendJson(response, 201, { id: sessions.create().id, maxUploadBytes: state.maxUploadBytes }),

    session: async ({ response, params }) => {
      const session = sessions.get(param(params, 'session'));
      sendJson(response, 200, { id: session.id, uploads: uploadsView(session), check: session.check?.view ?? null });
    },

    upload: async ({ request, response, params, query }) => {
      const session = sessions.get(param(params, 'session'));
      const role = uploadRoleOf(query);
      const bytes = await readBody(request, state.maxUploadBytes);
      const upload = sessions.add(session, role, uploadDisplayName(headerOf(request, FILE_NAME_HEADER)), bytes);
      sendJson(response, 201, { upload: { id: upload.id, role: upload.role, name: upload.name, size: upload.size, format: upload.format }, uploads: uploadsView(session) });
    },

    deleteUpload: async ({ response, params }) => {
      const session = sessions.get(param(params, 'session'));
      sessions.remove(session, param(params, 'file'));
      sendJson(response, 200, { uploads: uploadsView(session) });
    },

    check: async ({ request, response, params }) => {
      const session = sessions.get(param(params, 'session'));
      const { campaignId } = parseBody(CheckRequestSchema, await readJson(request));
      const { campaign } = loadCampaign(campaignId);
      const files = applicationsOf(sessions, session);
      const check = await checkApplications(files, campaign, { namedStudios: namedStudiosIn(layout.registry) });
      // The marked-up copy goes beside the session's uploads, never into the shared archive.
      const errorWorkbookPath = await writeErrorWorkbook(files, check, session.dir);
      const view = checkView(campaign.id, check, errorWorkbookPath ? `/api/sessions/${session.id}/error-workbook` : null);
      session.check = { campaignId: campaign.id, view, errorWorkbookPath };
      sendJson(response, 200, view);
    },

    errorWorkbook: async ({ request, response, params }) => {
      const session = sessions.get(param(params, 'session'));
      const path = session.check?.errorWorkbookPath;
      if (!path || !existsSync(path)) throw notFound('错误标注工作簿（请先核对数据）');
      sendFile(response, readFileSync(path), ERROR_WORKBOOK_NAME, 'attachment', request.method);
    },
  };
}

/** The session's application files; asking for them before any upload is a 400 saying what to do. */
export function applicationsOf(sessions: SessionStore, session: Session): InputFile[] {
  const files = sessions.inputFiles(session, 'applications');
  if (files.length === 0) throw new HttpError(400, 'NO_UPLOAD', '请先上传申报表（.xlsx 工作簿，或工作室、成员两个 .csv 文件）。');
  return files;
}
