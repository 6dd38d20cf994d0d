import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { detectFormat } from '../import/detect-format.js';
import type { InputFile, InputFormat } from '../import/types.js';
import { writeFileAtomic } from '../io/files.js';
import { HttpError, notFound } from './http-error.js';
import type { CheckView } from './view-models.js';

export type UploadRole = 'applications' | 'scores';

export interface Upload {
  readonly id: string;
  readonly role: UploadRole;
  /** The name the user's file had, for display and messages only. */
  readonly name: string;
  readonly size: number;
  readonly format: InputFormat;
  /** Generated: `<session folder>/<upload id>.<format>`. */
  readonly storedPath: string;
}

export interface Session {
  readonly id: string;
  readonly dir: string;
  uploads: Upload[];
  /** The last check of this session's applications; cleared when the uploads change. */
  check?: { readonly campaignId: string; readonly view: CheckView; readonly errorWorkbookPath: string | undefined };
}

/** An office sends a workbook or two CSV files, perhaps a score sheet: more is a mistake. */
const MAX_UPLOADS_PER_SESSION = 12;

/**
 * Upload sessions: one per open page, keyed by an unguessable id that is the only
 * way to reach its files. Uploaded bytes live in `<uploads>/<session id>/` under
 * generated names; nothing the client sends becomes part of a path.
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly uploadsDir: string) {}

  /**
   * Removes the uploads of an earlier server run: sessions live in memory, so after
   * a restart no page can reach those files any more (they are copies; the
   * originals stay with the user, the issued documents in the archive).
   */
  clearStale(): void {
    rmSync(this.uploadsDir, { recursive: true, force: true });
    mkdirSync(this.uploadsDir, { recursive: true });
  }

  create(): Session {
    const id = randomUUID();
    const dir = join(this.uploadsDir, id);
    mkdirSync(dir, { recursive: true });
    const session: Session = { id, dir, uploads: [] };
    this.sessions.set(id, session);
    return session;
  }

  get(id: string): Session {
    const session = this.sessions.get(id);
    if (!session) throw new HttpError(404, 'NO_SESSION', '这个页面的上传记录已失效（服务可能重启过），请刷新页面后重新上传。');
    return session;
  }

  /**
   * Stores an upload after checking by content that it is a spreadsheet we can read
   * (.xls, PDF, binary are refused with the importer's message). A new score sheet
   * replaces the previous one.
   */
  add(session: Session, role: UploadRole, name: string, bytes: Uint8Array): Upload {
    const format = detectFormat({ name, bytes });
    if (session.uploads.length >= MAX_UPLOADS_PER_SESSION) {
      throw new HttpError(409, 'TOO_MANY_FILES', `每次最多上传 ${MAX_UPLOADS_PER_SESSION} 个文件，请先删除不需要的文件。`);
    }
    if (role === 'scores') for (const old of session.uploads.filter((upload) => upload.role === 'scores')) this.remove(session, old.id);
    const id = randomUUID();
    const upload: Upload = { id, role, name, size: bytes.byteLength, format, storedPath: join(session.dir, `${id}.${format}`) };
    writeFileAtomic(upload.storedPath, bytes);
    session.uploads = [...session.uploads, upload];
    if (role === 'applications') delete session.check;
    return upload;
  }

  remove(session: Session, uploadId: string): void {
    const upload = session.uploads.find((candidate) => candidate.id === uploadId);
    if (!upload) throw notFound('该上传文件');
    rmSync(upload.storedPath, { force: true });
    session.uploads = session.uploads.filter((candidate) => candidate.id !== uploadId);
    if (upload.role === 'applications') delete session.check;
  }

  /** The session's files of one role as the core takes them: display name + bytes. */
  inputFiles(session: Session, role: UploadRole): InputFile[] {
    return session.uploads.filter((upload) => upload.role === role).map((upload) => ({ name: upload.name, bytes: readFileSync(upload.storedPath) }));
  }
}

/** The upload list as the page shows it. */
export function uploadsView(session: Session) {
  return session.uploads.map(({ id, role, name, size, format }) => ({ id, role, name, size, format }));
}
