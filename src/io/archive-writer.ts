import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planIssue, type LatestVersion } from '../archive/issue-plan.js';
import type { DocumentFacts, DocumentOrigin, NewDocument, RunRecord } from '../archive/types.js';
import { flushToDisk, sha256Hex, versionPath, writeFileAtomic } from './files.js';
import type { NewRun, Registry } from './registry.js';

export type IssueStatus = 'written' | 'new-version' | 'unchanged' | 'adopted' | 'restored';

export interface IssueResult {
  /** The version's path under the output folder, as the user gave it. */
  readonly path: string;
  /** Relative to the output folder, "/"-separated. */
  readonly relativePath: string;
  readonly status: IssueStatus;
  readonly version: number;
  readonly sha256: string;
}

/** Rows are committed after their files are on disk, this many at a time (or after FLUSH_AFTER_MS). */
const FLUSH_BATCH = 64;
const FLUSH_AFTER_MS = 2000;

/**
 * Issues documents into an archive folder and records them in the registry.
 * The order makes a crash at any moment harmless: the run row exists before the
 * first file is touched, each file is written to a temporary name and renamed
 * into place; every few dozen files they are flushed to the disk together and
 * only then are their rows committed (one transaction). A kill before the commit
 * leaves complete files without rows, which the next run adopts (same bytes) or
 * versions past (different bytes); a row never points at a file that was not
 * completely written, even after a power cut. finish() commits the rest.
 * A run that issues nothing leaves no trace in the registry.
 *
 * @example
 * const writer = new ArchiveWriter(registry, { campaign: 'shanghai-2020', command: 'build', toolVersion: '0.1.0', outDir, inputs });
 * writer.issue('申请表/浦东新区总工会/甲-申请表.docx', bytes, facts); // { status: 'written', version: 1, … }
 * writer.finish('finished');
 */
export class ArchiveWriter {
  private readonly registry: Registry;
  private readonly newRun: NewRun;
  private readonly root: string;
  private started: RunRecord | undefined;
  /** Written (or adopted) files whose rows wait for the next flush. */
  private pending: { absolute: string; document?: Omit<NewDocument, 'runId'> }[] = [];
  private pendingSince = 0;

  constructor(registry: Registry, run: NewRun) {
    this.registry = registry;
    this.newRun = run;
    this.root = registry.rootOf(run.outDir);
  }

  /** The run row, once something was issued. */
  get run(): RunRecord | undefined {
    return this.started;
  }

  issue(relativePath: string, bytes: Uint8Array, facts: DocumentFacts): IssueResult {
    const sha256 = sha256Hex(bytes);
    const plan = planIssue(this.latestVersion(relativePath), sha256, facts.contentKey);
    const path = versionPath(relativePath, plan.version);
    const result = (status: IssueStatus): IssueResult => ({ path: this.userPath(path), relativePath: path, status, version: plan.version, sha256 });
    switch (plan.action) {
      case 'keep':
        return result('unchanged');
      case 'restore':
        this.ensureRun();
        writeFileAtomic(this.absolute(path), bytes, { overwrite: false });
        // No row to record, but the file must reach the disk with the next batch.
        this.queue(path, undefined);
        return result('restored');
      case 'adopt':
        this.queue(path, this.row(relativePath, path, plan.version, sha256, bytes.byteLength, 'adopted', facts));
        return result('adopted');
      case 'write': {
        const origin: DocumentOrigin = plan.version === 1 ? 'written' : 'new-version';
        this.ensureRun();
        writeFileAtomic(this.absolute(path), bytes, { overwrite: false });
        this.queue(path, this.row(relativePath, path, plan.version, sha256, bytes.byteLength, origin, facts));
        return result(origin);
      }
    }
  }

  /** Records what is still pending, then closes the run row, when there is one. */
  finish(status: 'finished' | 'failed' | 'interrupted'): void {
    this.flush();
    if (this.started) this.registry.finishRun(this.started.id, status);
  }

  /** Flushes the pending files to the disk, then records their rows in one transaction. */
  flush(): void {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    flushToDisk(batch.map((entry) => entry.absolute));
    const run = this.ensureRun();
    this.registry.recordDocuments(batch.flatMap(({ document }) => (document ? [{ ...document, runId: run.id }] : [])));
  }

  /**
   * The newest version known anywhere: the registry's newest row, or a file on disk
   * above it (written by a run killed before recording it).
   */
  private latestVersion(basePath: string): LatestVersion | undefined {
    const registered = this.pendingVersion(basePath) ?? this.registry.latestVersion(this.root, basePath);
    const latest: LatestVersion | undefined = registered
      ? { version: registered.version, registeredSha256: registered.sha256, registeredContentKey: registered.contentKey, onDisk: existsSync(this.registry.resolvePath(registered)) }
      : undefined;
    let unregistered: number | undefined;
    for (let version = (registered?.version ?? 0) + 1; existsSync(this.absolute(versionPath(basePath, version))); version += 1) unregistered = version;
    if (unregistered === undefined) return latest;
    return { version: unregistered, onDisk: true, fileSha256: sha256Hex(readFileSync(this.absolute(versionPath(basePath, unregistered)))) };
  }

  /** A version issued in this run whose row waits for the next flush counts as registered. */
  private pendingVersion(basePath: string): { version: number; sha256: string; contentKey?: string | undefined; root: string; path: string } | undefined {
    for (let index = this.pending.length - 1; index >= 0; index -= 1) {
      const document = this.pending[index]?.document;
      if (document?.basePath === basePath) return document;
    }
    return undefined;
  }

  private row(basePath: string, path: string, version: number, sha256: string, bytes: number, origin: DocumentOrigin, facts: DocumentFacts): Omit<NewDocument, 'runId'> {
    return { ...facts, root: this.root, path, basePath, version, sha256, bytes, origin };
  }

  private queue(path: string, document: Omit<NewDocument, 'runId'> | undefined): void {
    if (this.pending.length === 0) this.pendingSince = Date.now();
    // A restored file has no new row; it is only flushed.
    this.pending.push({ absolute: this.absolute(path), ...(document ? { document } : {}) });
    if (this.pending.length >= FLUSH_BATCH || Date.now() - this.pendingSince >= FLUSH_AFTER_MS) this.flush();
  }

  private ensureRun(): RunRecord {
    this.started ??= this.registry.startRun(this.newRun);
    return this.started;
  }

  private absolute(path: string): string {
    return this.registry.resolvePath({ root: this.root, path });
  }

  private userPath(path: string): string {
    return join(this.newRun.outDir, ...path.split('/'));
  }
}
