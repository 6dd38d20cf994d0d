import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planIssue, type LatestVersion } from '../archive/issue-plan.js';
import type { DocumentFacts, DocumentOrigin, RunRecord } from '../archive/types.js';
import { sha256Hex, versionPath, writeFileAtomic } from './files.js';
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

/**
 * Issues documents into an archive folder and records them in the registry.
 * The order makes a crash at any moment harmless: the run row exists before the
 * first file is touched, each file is written to a temporary name, flushed and
 * renamed into place, and only then is its row committed. A kill between the two
 * leaves a complete file without a row, which the next run adopts (same bytes) or
 * versions past (different bytes); a row never points at a file that was not
 * completely written. A run that issues nothing leaves no trace in the registry.
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
    const plan = planIssue(this.latestVersion(relativePath), sha256);
    const path = versionPath(relativePath, plan.version);
    const result = (status: IssueStatus): IssueResult => ({ path: this.userPath(path), relativePath: path, status, version: plan.version, sha256 });
    switch (plan.action) {
      case 'keep':
        return result('unchanged');
      case 'restore':
        this.ensureRun();
        writeFileAtomic(this.absolute(path), bytes, { overwrite: false, durable: true });
        return result('restored');
      case 'adopt':
        this.record(relativePath, path, plan.version, sha256, bytes.byteLength, 'adopted', facts);
        return result('adopted');
      case 'write': {
        const origin: DocumentOrigin = plan.version === 1 ? 'written' : 'new-version';
        this.ensureRun();
        writeFileAtomic(this.absolute(path), bytes, { overwrite: false, durable: true });
        this.record(relativePath, path, plan.version, sha256, bytes.byteLength, origin, facts);
        return result(origin);
      }
    }
  }

  /** Closes the run row, when there is one. */
  finish(status: 'finished' | 'failed' | 'interrupted'): void {
    if (this.started) this.registry.finishRun(this.started.id, status);
  }

  /**
   * The newest version known anywhere: the registry's newest row, or a file on disk
   * above it (written by a run killed before recording it).
   */
  private latestVersion(basePath: string): LatestVersion | undefined {
    const registered = this.registry.latestVersion(this.root, basePath);
    const latest: LatestVersion | undefined = registered
      ? { version: registered.version, registeredSha256: registered.sha256, onDisk: existsSync(this.registry.resolvePath(registered)) }
      : undefined;
    let unregistered: number | undefined;
    for (let version = (registered?.version ?? 0) + 1; existsSync(this.absolute(versionPath(basePath, version))); version += 1) unregistered = version;
    if (unregistered === undefined) return latest;
    return { version: unregistered, onDisk: true, fileSha256: sha256Hex(readFileSync(this.absolute(versionPath(basePath, unregistered)))) };
  }

  private record(basePath: string, path: string, version: number, sha256: string, bytes: number, origin: DocumentOrigin, facts: DocumentFacts): void {
    const run = this.ensureRun();
    this.registry.recordDocument({ ...facts, runId: run.id, root: this.root, path, basePath, version, sha256, bytes, origin });
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
