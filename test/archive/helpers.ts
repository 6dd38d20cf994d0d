import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocumentFacts, NamedStudio, RunInput } from '../../src/archive/types.js';
import { ArchiveWriter } from '../../src/io/archive-writer.js';
import { Registry, REGISTRY_FILE_NAME } from '../../src/io/registry.js';

/** A clock that starts at `start` and moves one second per reading, so every time stamp is known. */
export function steppingClock(start = '2020-11-01T08:00:00.000Z'): () => Date {
  let next = Date.parse(start);
  return () => {
    const now = new Date(next);
    next += 1000;
    return now;
  };
}

export interface TempArchive {
  readonly dir: string;
  /** The output folder runs write into: <dir>/shanghai-2020. */
  readonly out: string;
  readonly registryPath: string;
  open(): Registry;
}

/** An empty archive folder: registry at <dir>/studio-docs.sqlite, documents under <dir>/shanghai-2020. */
export function tempArchive(clock: () => Date = steppingClock()): TempArchive {
  const dir = mkdtempSync(join(tmpdir(), 'studio-docs-archive-'));
  const registryPath = join(dir, REGISTRY_FILE_NAME);
  return { dir, out: join(dir, 'shanghai-2020'), registryPath, open: () => Registry.open(registryPath, { now: clock }) };
}

export const INPUTS: readonly RunInput[] = [{ name: '申报.xlsx', sha256: 'a'.repeat(64), size: 1234 }];

export function writerFor(registry: Registry, out: string, command = 'build'): ArchiveWriter {
  return new ArchiveWriter(registry, { campaign: 'shanghai-2020', command, toolVersion: '0.1.0', outDir: out, inputs: INPUTS });
}

/** One document issued by a run of its own, finished (rows are committed when a run flushes or finishes). */
export function issueInOwnRun(registry: Registry, out: string, path: string, bytes: Uint8Array, documentFacts: DocumentFacts) {
  const writer = writerFor(registry, out);
  const result = writer.issue(path, bytes, documentFacts);
  writer.finish('finished');
  return result;
}

export function facts(overrides: Partial<DocumentFacts> = {}): DocumentFacts {
  return {
    campaign: 'shanghai-2020',
    year: 2020,
    studioKey: 'T-001',
    studioName: '张建国工匠创新工作室',
    studioType: '工匠',
    leader: '张建国',
    unit: '上海申华精密机械有限公司',
    recommender: '浦东新区总工会',
    formId: 'application',
    formLabel: '申请表',
    format: 'docx',
    ...overrides,
  };
}

export function bytesOf(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

let nextNamedId = 1;

/** A registry row of a named studio: 上海市技师创新工作室, named 2017-12-20, three-year cycle. */
export function named(overrides: Partial<NamedStudio> = {}): NamedStudio {
  return {
    id: nextNamedId++,
    campaign: 'shanghai-2017',
    program: '上海市技师创新工作室',
    title: '上海市技师创新工作室',
    studioName: '李明技师创新工作室',
    leader: '李明',
    unit: '上海某某机械有限公司',
    recommender: '徐汇区总工会',
    studioType: '技师',
    namedOn: '2017-12-20',
    cycleYears: 3,
    cycleEnd: '2020-12-20',
    source: '2017命名名单.xlsx 第3行',
    recordedAt: '2020-11-01T08:00:00.000Z',
    ...overrides,
  };
}
