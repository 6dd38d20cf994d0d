import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, relative, resolve, sep } from 'node:path';
import { REGISTRY_APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION } from '../archive/migrations.js';
import { cycleEnd } from '../archive/review-cycle.js';
import { nameKey, searchKey } from '../archive/keys.js';
import { compareDocuments, compareNamedStudios, documentCondition, namedCondition, SEARCH_KEY_FUNCTION, type ArchiveFilter } from '../archive/search.js';
import type { DocumentRecord, NamedStudio, NewDocument, NewNamedStudio, RunInput, RunRecord, RunStatus } from '../archive/types.js';
import { StudioDocsError } from '../core/errors.js';
import { isProcessAlive } from './processes.js';
import { allocateDocNumber, type AllocatedDocNumber, type DocNumberRequest } from './doc-numbers.js';

/** File name of the registry inside an archive folder. */
export const REGISTRY_FILE_NAME = 'studio-docs.sqlite';

export interface RegistryOptions {
  /** The clock every time stamp comes from (tests pass a fixed one). */
  readonly now?: () => Date;
  /** Refuse to create a registry: for commands that only read an existing archive. */
  readonly mustExist?: boolean;
}

export interface NewRun {
  readonly campaign: string;
  readonly command: string;
  readonly toolVersion: string;
  /** Absolute or working-directory-relative output folder of the run. */
  readonly outDir: string;
  readonly inputs: readonly RunInput[];
}

export interface NamedImport {
  readonly added: readonly NamedStudio[];
  /** Rows already recorded for the same campaign and studio; the recorded row is kept unchanged. */
  readonly existing: readonly { readonly studio: NewNamedStudio; readonly recorded: NamedStudio }[];
}

/**
 * The archive registry: one SQLite file (WAL, foreign keys on) recording
 * runs, their inputs, every issued document and every named studio. Document paths
 * are stored relative to the run's output folder, and that folder relative to the
 * registry's own folder, so an archive can be moved or copied as a whole.
 *
 * @example
 * const registry = Registry.open('out/studio-docs.sqlite');
 * try { registry.documents({ leader: '张' }) } finally { registry.close() }
 */
export class Registry {
  readonly path: string;
  private readonly db: Database.Database;
  private readonly now: () => Date;
  /** Statements run once per document, prepared once per connection (preparing dominated big runs). */
  private readonly statements = new Map<string, Database.Statement>();

  private constructor(path: string, db: Database.Database, now: () => Date) {
    this.path = path;
    this.db = db;
    this.now = now;
  }

  /** Opens (creating when allowed) and migrates the registry at `path`. */
  static open(path: string, options: RegistryOptions = {}): Registry {
    if (options.mustExist && !existsSync(path)) {
      throw new StudioDocsError('IO', `找不到档案登记库：${path}`, {
        hints: ['登记库在运行 render/build 时创建，默认位于输出目录下的 studio-docs.sqlite；可用 --registry <文件> 指定。'],
      });
    }
    let db: Database.Database | undefined;
    try {
      if (!options.mustExist) mkdirSync(dirname(resolve(path)), { recursive: true });
      db = new Database(path, { fileMustExist: Boolean(options.mustExist), timeout: 10_000 });
      prepareConnection(db, path);
      migrate(db, path);
      return new Registry(path, db, options.now ?? (() => new Date()));
    } catch (error) {
      db?.close();
      if (error instanceof StudioDocsError) throw error;
      throw new StudioDocsError('IO', `无法打开档案登记库 ${path}：${(error as Error).message}`, { cause: error });
    }
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  get schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  /** The folder document paths of a run writing to `outDir` are relative to, as stored ('' = the registry's folder). */
  rootOf(outDir: string): string {
    return relative(dirname(resolve(this.path)), resolve(outDir)).split(sep).join('/');
  }

  /** Where a stored document lives on this machine. */
  resolvePath(document: Pick<DocumentRecord, 'root' | 'path'>): string {
    return resolve(dirname(resolve(this.path)), ...document.root.split('/'), ...document.path.split('/'));
  }

  // ── runs ───────────────────────────────────────────────────────────────

  /**
   * Runs left 'running' by a process that no longer exists on this machine (killed,
   * power cut) become 'interrupted'. Returns how many.
   */
  markInterruptedRuns(isAlive: (pid: number) => boolean = isProcessAlive): number {
    const running = this.db.prepare<[string], { id: number; pid: number }>("SELECT id, pid FROM runs WHERE status = 'running' AND host = ?").all(hostname());
    const mark = this.db.prepare<[string, number]>("UPDATE runs SET status = 'interrupted', finished_at = ? WHERE id = ? AND status = 'running'");
    const dead = running.filter((run) => !isAlive(run.pid));
    const at = this.timestamp();
    this.db.transaction(() => dead.forEach((run) => mark.run(at, run.id)))();
    return dead.length;
  }

  startRun(run: NewRun): RunRecord {
    const insertRun = this.db.prepare(
      `INSERT INTO runs (campaign, command, tool_version, started_at, status, host, pid, root)
       VALUES (@campaign, @command, @toolVersion, @startedAt, 'running', @host, @pid, @root)`,
    );
    const insertInput = this.db.prepare('INSERT INTO run_inputs (run_id, position, name, sha256, size) VALUES (?, ?, ?, ?, ?)');
    const id = this.db.transaction(() => {
      const { lastInsertRowid } = insertRun.run({
        campaign: run.campaign,
        command: run.command,
        toolVersion: run.toolVersion,
        startedAt: this.timestamp(),
        host: hostname(),
        pid: process.pid,
        root: this.rootOf(run.outDir),
      });
      run.inputs.forEach((input, position) => insertInput.run(lastInsertRowid, position, input.name, input.sha256, input.size));
      return Number(lastInsertRowid);
    })();
    return this.run(id) as RunRecord;
  }

  finishRun(id: number, status: Exclude<RunStatus, 'running'>): void {
    this.db.prepare("UPDATE runs SET status = ?, finished_at = ? WHERE id = ? AND status = 'running'").run(status, this.timestamp(), id);
  }

  run(id: number): RunRecord | undefined {
    const row = this.db.prepare<[number], RunRow>('SELECT * FROM runs WHERE id = ?').get(id);
    return row ? this.toRun(row) : undefined;
  }

  /** Every recorded run, oldest first. */
  runs(filter: { campaign?: string } = {}): RunRecord[] {
    const rows = filter.campaign
      ? this.db.prepare<[string], RunRow>('SELECT * FROM runs WHERE campaign = ? ORDER BY id').all(filter.campaign)
      : this.db.prepare<[], RunRow>('SELECT * FROM runs ORDER BY id').all();
    return rows.map((row) => this.toRun(row));
  }

  // ── documents ──────────────────────────────────────────────────────────

  /** The newest registered version of a document (all versions share the first version's path). */
  latestVersion(root: string, basePath: string): DocumentRecord | undefined {
    const row = this.cached('SELECT * FROM documents WHERE root = ? AND base_path = ? ORDER BY version DESC LIMIT 1').get(root, basePath) as DocumentRow | undefined;
    return row ? toDocument(row) : undefined;
  }

  documentAt(root: string, path: string): DocumentRecord | undefined {
    const row = this.cached('SELECT * FROM documents WHERE root = ? AND path = ?').get(root, path) as DocumentRow | undefined;
    return row ? toDocument(row) : undefined;
  }

  /** Records an issued document (its file must already be in place). */
  recordDocument(document: NewDocument): DocumentRecord {
    const { lastInsertRowid } = this
      .cached(
        `INSERT INTO documents (run_id, campaign, year, studio_key, studio_name, studio_type, leader, unit, recommender, form_id, form_label,
           format, root, path, base_path, version, sha256, bytes, origin, doc_number, content_key, created_at)
         VALUES (@runId, @campaign, @year, @studioKey, @studioName, @studioType, @leader, @unit, @recommender, @formId, @formLabel,
           @format, @root, @path, @basePath, @version, @sha256, @bytes, @origin, @docNumber, @contentKey, @createdAt)`,
      )
      .run({
        ...document,
        studioType: document.studioType ?? null,
        leader: document.leader ?? null,
        unit: document.unit ?? null,
        recommender: document.recommender ?? null,
        docNumber: document.docNumber ?? null,
        contentKey: document.contentKey ?? null,
        createdAt: this.timestamp(),
      });
    const row = this.cached('SELECT * FROM documents WHERE id = ?').get(Number(lastInsertRowid)) as DocumentRow;
    return toDocument(row);
  }

  /** Several documents in one transaction: all recorded, or none. */
  recordDocuments(documents: readonly NewDocument[]): DocumentRecord[] {
    return this.db.transaction(() => documents.map((document) => this.recordDocument(document)))();
  }

  /** One issued document by its row id. */
  document(id: number): DocumentRecord | undefined {
    const row = this.cached('SELECT * FROM documents WHERE id = ?').get(id) as DocumentRow | undefined;
    return row ? toDocument(row) : undefined;
  }

  /** Documents matching the filter, in listing order (compareDocuments). */
  documents(filter: ArchiveFilter = {}): DocumentRecord[] {
    const { where, params } = documentCondition(filter);
    return this.db
      .prepare<[Record<string, string | number>], DocumentRow>(`SELECT * FROM documents WHERE ${where}`)
      .all({ ...params })
      .map(toDocument)
      .sort(compareDocuments);
  }

  // ── named studios ──────────────────────────────────────────────────────

  /** Records named studios; a studio already recorded for the same campaign is kept as it was. */
  addNamedStudios(studios: readonly NewNamedStudio[]): NamedImport {
    const insert = this.db.prepare(
      `INSERT INTO named_studios (campaign, program, title, studio_name, name_key, leader, unit, recommender, studio_type,
         named_on, cycle_years, cycle_end, source, recorded_at)
       VALUES (@campaign, @program, @title, @studioName, @nameKey, @leader, @unit, @recommender, @studioType,
         @namedOn, @cycleYears, @cycleEnd, @source, @recordedAt)
       ON CONFLICT (campaign, name_key) DO NOTHING`,
    );
    const find = this.db.prepare<[string, string], NamedRow>('SELECT * FROM named_studios WHERE campaign = ? AND name_key = ?');
    return this.db.transaction(() => {
      const added: NamedStudio[] = [];
      const existing: { studio: NewNamedStudio; recorded: NamedStudio }[] = [];
      const recordedAt = this.timestamp();
      for (const studio of studios) {
        const key = nameKey(studio.studioName);
        const { changes } = insert.run({
          ...studio,
          nameKey: key,
          leader: studio.leader ?? null,
          unit: studio.unit ?? null,
          recommender: studio.recommender ?? null,
          studioType: studio.studioType ?? null,
          cycleEnd: cycleEnd(studio.namedOn, studio.cycleYears),
          recordedAt,
        });
        const recorded = toNamed(find.get(studio.campaign, key) as NamedRow);
        if (changes > 0) added.push(recorded);
        else existing.push({ studio, recorded });
      }
      return { added, existing };
    })();
  }

  /** Named studios matching the filter (year = naming year), in listing order (compareNamedStudios). */
  namedStudios(filter: ArchiveFilter = {}): NamedStudio[] {
    const { where, params } = namedCondition(filter);
    return this.db
      .prepare<[Record<string, string | number>], NamedRow>(`SELECT * FROM named_studios WHERE ${where}`)
      .all({ ...params })
      .map(toNamed)
      .sort(compareNamedStudios);
  }

  // ── document numbers ───────────────────────────────────────────────────

  /**
   * A 发文字号 for a document (see allocateDocNumber in doc-numbers.ts): the number
   * already given to the same campaign, purpose and content, or the next free one.
   */
  allocateDocNumber(request: DocNumberRequest): AllocatedDocNumber {
    return allocateDocNumber(this.db, request, this.timestamp());
  }

  private cached(source: string): Database.Statement {
    let statement = this.statements.get(source);
    if (!statement) {
      statement = this.db.prepare(source);
      this.statements.set(source, statement);
    }
    return statement;
  }

  private timestamp(): string {
    return this.now().toISOString();
  }

  private toRun(row: RunRow): RunRecord {
    const inputs = this.db
      .prepare<[number], RunInput>('SELECT name, sha256, size FROM run_inputs WHERE run_id = ? ORDER BY position')
      .all(row.id);
    return {
      id: row.id,
      campaign: row.campaign,
      command: row.command,
      toolVersion: row.tool_version,
      startedAt: row.started_at,
      finishedAt: row.finished_at,
      status: row.status,
      host: row.host,
      pid: row.pid,
      root: row.root,
      inputs,
      documents: this.db.prepare<[number], { count: number }>('SELECT count(*) AS count FROM documents WHERE run_id = ?').get(row.id)?.count ?? 0,
    };
  }
}

function prepareConnection(db: Database.Database, path: string): void {
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  const tables = db.prepare<[], { count: number }>("SELECT count(*) AS count FROM sqlite_schema WHERE type = 'table'").get()?.count ?? 0;
  if (applicationId !== REGISTRY_APPLICATION_ID && (applicationId !== 0 || tables > 0)) {
    throw new StudioDocsError('IO', `${path} 不是 studio-docs 档案登记库（是其他程序的 SQLite 数据库），请用 --registry 指定其他文件`);
  }
  db.pragma('journal_mode = WAL');
  // NORMAL (WAL): a killed process loses nothing committed; a power cut may lose the last rows, never
  // corrupt the file. Documents are flushed to disk before their row is written, and the next run adopts
  // a file without a row, so a lost row is recovered — FULL would cost an fsync per document (3× slower here).
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.function(SEARCH_KEY_FUNCTION, { deterministic: true }, (value: unknown) => (value === null || value === undefined ? null : searchKey(String(value))));
}

function migrate(db: Database.Database, path: string): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new StudioDocsError('IO', `档案登记库 ${path} 由更新版本的 studio-docs 创建（结构版本 ${current}，本版本支持到 ${SCHEMA_VERSION}），请升级 studio-docs 后再使用`);
  }
  for (let version = current; version < SCHEMA_VERSION; version += 1) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version] as string);
      db.pragma(`application_id = ${REGISTRY_APPLICATION_ID}`);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}

interface RunRow {
  id: number;
  campaign: string;
  command: string;
  tool_version: string;
  started_at: string;
  finished_at: string | null;
  status: RunStatus;
  host: string;
  pid: number;
  root: string;
}

interface DocumentRow {
  id: number;
  run_id: number;
  campaign: string;
  year: number;
  studio_key: string;
  studio_name: string;
  studio_type: string | null;
  leader: string | null;
  unit: string | null;
  recommender: string | null;
  form_id: string;
  form_label: string;
  format: string;
  root: string;
  path: string;
  base_path: string;
  version: number;
  sha256: string;
  bytes: number;
  origin: DocumentRecord['origin'];
  doc_number: string | null;
  content_key: string | null;
  created_at: string;
}

interface NamedRow {
  id: number;
  campaign: string;
  program: string;
  title: string;
  studio_name: string;
  leader: string | null;
  unit: string | null;
  recommender: string | null;
  studio_type: string | null;
  named_on: string;
  cycle_years: number;
  cycle_end: string;
  source: string;
  recorded_at: string;
}

function toDocument(row: DocumentRow): DocumentRecord {
  return {
    id: row.id,
    runId: row.run_id,
    campaign: row.campaign,
    year: row.year,
    studioKey: row.studio_key,
    studioName: row.studio_name,
    studioType: row.studio_type ?? undefined,
    leader: row.leader ?? undefined,
    unit: row.unit ?? undefined,
    recommender: row.recommender ?? undefined,
    formId: row.form_id,
    formLabel: row.form_label,
    format: row.format,
    root: row.root,
    path: row.path,
    basePath: row.base_path,
    version: row.version,
    sha256: row.sha256,
    bytes: row.bytes,
    origin: row.origin,
    docNumber: row.doc_number ?? undefined,
    contentKey: row.content_key ?? undefined,
    createdAt: row.created_at,
  };
}

function toNamed(row: NamedRow): NamedStudio {
  return {
    id: row.id,
    campaign: row.campaign,
    program: row.program,
    title: row.title,
    studioName: row.studio_name,
    leader: row.leader ?? undefined,
    unit: row.unit ?? undefined,
    recommender: row.recommender ?? undefined,
    studioType: row.studio_type ?? undefined,
    namedOn: row.named_on,
    cycleYears: row.cycle_years,
    cycleEnd: row.cycle_end,
    source: row.source,
    recordedAt: row.recorded_at,
  };
}
