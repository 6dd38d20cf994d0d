import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planIssue } from '../../src/archive/issue-plan.js';
import { removeStaleTempFiles, sha256Hex } from '../../src/io/files.js';
import { Registry } from '../../src/io/registry.js';
import { bytesOf, facts, issueInOwnRun, INPUTS, steppingClock, tempArchive, writerFor } from './helpers.js';

const FORM = '申请表/浦东新区总工会/张建国工匠创新工作室-申请表.docx';
const FORM_V2 = '申请表/浦东新区总工会/张建国工匠创新工作室-申请表.v2.docx';
const OTHER = '申请表/徐汇区总工会/李明技师创新工作室-申请表.docx';
const PAST = new Date('2020-01-01T00:00:00Z');

function mtimeOf(path: string): number {
  return statSync(path).mtimeMs;
}

describe('planning what to do with a rendered document', () => {
  const sha = 'a'.repeat(64);
  const other = 'b'.repeat(64);
  it.each([
    ['nothing exists', undefined, { action: 'write', version: 1 }],
    ['registered and on disk with the same bytes', { version: 1, registeredSha256: sha, onDisk: true }, { action: 'keep', version: 1 }],
    ['registered with other bytes', { version: 1, registeredSha256: other, onDisk: true }, { action: 'write', version: 2 }],
    ['registered with the same bytes but deleted', { version: 2, registeredSha256: sha, onDisk: false }, { action: 'restore', version: 2 }],
    ['on disk without a row, same bytes', { version: 1, onDisk: true, fileSha256: sha }, { action: 'adopt', version: 1 }],
    ['on disk without a row, other bytes', { version: 1, onDisk: true, fileSha256: other }, { action: 'write', version: 2 }],
  ] as const)('%s', (_, latest, expected) => {
    expect(planIssue(latest, sha)).toEqual(expected);
  });

  const key = 'c'.repeat(64);
  it.each([
    ['same content printed with other batch-mates: kept', { version: 1, registeredSha256: other, registeredContentKey: key, onDisk: true }, key, { action: 'keep', version: 1 }],
    ['other content: next version', { version: 1, registeredSha256: other, registeredContentKey: 'd'.repeat(64), onDisk: true }, key, { action: 'write', version: 2 }],
    ['same content but the file is gone, other bytes: next version', { version: 1, registeredSha256: other, registeredContentKey: key, onDisk: false }, key, { action: 'write', version: 2 }],
    ['a row without a content key is compared by bytes', { version: 1, registeredSha256: other, onDisk: true }, key, { action: 'write', version: 2 }],
  ] as const)('with a content key: %s', (_, latest, contentKey, expected) => {
    expect(planIssue(latest, sha, contentKey)).toEqual(expected);
  });
});

describe('issuing documents into the archive', () => {
  it('records the run with its inputs, tool version and every written document with its hash, size and time', () => {
    const archive = tempArchive(steppingClock('2020-11-01T08:00:00.000Z'));
    const registry = archive.open();
    const writer = writerFor(registry, archive.out);
    const first = writer.issue(FORM, bytesOf('张建国的申请表'), facts());
    const second = writer.issue(OTHER, bytesOf('李明的申请表'), facts({ studioKey: 'T-002', studioName: '李明技师创新工作室', leader: '李明', recommender: '徐汇区总工会', studioType: '技师' }));
    writer.finish('finished');

    expect([first.status, second.status]).toEqual(['written', 'written']);
    expect(readFileSync(join(archive.out, FORM), 'utf8')).toBe('张建国的申请表');
    const [run] = registry.runs();
    expect(run).toMatchObject({ campaign: 'shanghai-2020', command: 'build', toolVersion: '0.1.0', status: 'finished', root: 'shanghai-2020', pid: process.pid, documents: 2 });
    expect(run?.inputs).toEqual(INPUTS);
    expect(run?.startedAt).toBe('2020-11-01T08:00:00.000Z');
    expect(run?.finishedAt).not.toBeNull();
    const documents = registry.documents();
    expect(documents.map((doc) => [doc.path, doc.version, doc.origin, doc.sha256, doc.bytes])).toEqual([
      [FORM, 1, 'written', sha256Hex('张建国的申请表'), bytesOf('张建国的申请表').byteLength],
      [OTHER, 1, 'written', sha256Hex('李明的申请表'), bytesOf('李明的申请表').byteLength],
    ]);
    expect(documents[0]).toMatchObject({ runId: run?.id, campaign: 'shanghai-2020', year: 2020, studioName: '张建国工匠创新工作室', leader: '张建国', unit: '上海申华精密机械有限公司', formLabel: '申请表', format: 'docx' });
    expect(documents[0]?.createdAt).toMatch(/^2020-11-01T08:00:0\dZ?/);
    registry.close();
  });

  it('an identical re-run records no run, adds no row and touches no file', () => {
    const archive = tempArchive();
    let registry = archive.open();
    let writer = writerFor(registry, archive.out);
    writer.issue(FORM, bytesOf('张建国的申请表'), facts());
    writer.finish('finished');
    registry.close();
    utimesSync(join(archive.out, FORM), PAST, PAST);
    const before = mtimeOf(join(archive.out, FORM));

    registry = archive.open();
    writer = writerFor(registry, archive.out);
    const again = writer.issue(FORM, bytesOf('张建国的申请表'), facts());
    writer.finish('finished');

    expect(again).toMatchObject({ status: 'unchanged', version: 1 });
    expect(writer.run).toBeUndefined();
    expect(registry.runs()).toHaveLength(1);
    expect(registry.documents()).toHaveLength(1);
    expect(mtimeOf(join(archive.out, FORM))).toBe(before);
    expect(existsSync(join(archive.out, FORM_V2))).toBe(false);
    registry.close();
  });

  it('changed content becomes version 2 beside version 1, whose file and row stay exactly as they were', () => {
    const archive = tempArchive();
    const registry = archive.open();
    issueInOwnRun(registry, archive.out, FORM, bytesOf('第一版'), facts());
    utimesSync(join(archive.out, FORM), PAST, PAST);
    const [v1Before] = registry.documents();

    const writer = writerFor(registry, archive.out);
    const result = writer.issue(FORM, bytesOf('第二版'), facts());
    writer.finish('finished');

    expect(result).toMatchObject({ status: 'new-version', version: 2, relativePath: FORM_V2 });
    expect(readFileSync(join(archive.out, FORM), 'utf8')).toBe('第一版');
    expect(mtimeOf(join(archive.out, FORM))).toBe(PAST.getTime());
    expect(readFileSync(join(archive.out, FORM_V2), 'utf8')).toBe('第二版');
    const documents = registry.documents();
    expect(documents).toHaveLength(2);
    expect(documents[0]).toEqual(v1Before);
    expect(documents[1]).toMatchObject({ path: FORM_V2, basePath: FORM, version: 2, origin: 'new-version', sha256: sha256Hex('第二版') });
    expect(registry.runs().map((run) => run.documents)).toEqual([1, 1]);
    registry.close();
  });

  it('commits rows in batches once their files are flushed to disk, and the rest when the run finishes', () => {
    const archive = tempArchive();
    const registry = archive.open();
    const writer = writerFor(registry, archive.out);
    const paths = Array.from({ length: 70 }, (_, index) => `申请表/浦东新区总工会/第${index + 1}号-申请表.docx`);
    for (const [index, path] of paths.entries()) writer.issue(path, bytesOf(`第${index + 1}号`), facts({ studioKey: `T-${index + 1}` }));
    // Every file is in place at once; 64 rows are committed, the last 6 wait for the next flush.
    for (const path of paths) expect(existsSync(join(archive.out, path))).toBe(true);
    expect(registry.documents()).toHaveLength(64);
    writer.finish('finished');
    expect(registry.documents().map((doc) => doc.path).sort()).toEqual([...paths].sort());
    registry.close();
  });

  it('adopts a complete file a killed run left without a row, when it holds exactly the bytes being issued', () => {
    const archive = tempArchive();
    mkdirSync(join(archive.out, '申请表/浦东新区总工会'), { recursive: true });
    writeFileSync(join(archive.out, FORM), '张建国的申请表');
    utimesSync(join(archive.out, FORM), PAST, PAST);
    const registry = archive.open();
    const writer = writerFor(registry, archive.out);

    const result = writer.issue(FORM, bytesOf('张建国的申请表'), facts());
    writer.finish('finished');

    expect(result).toMatchObject({ status: 'adopted', version: 1 });
    expect(mtimeOf(join(archive.out, FORM))).toBe(PAST.getTime());
    expect(registry.documents()).toMatchObject([{ path: FORM, origin: 'adopted', sha256: sha256Hex('张建国的申请表'), runId: writer.run?.id }]);
    registry.close();
  });

  it('keeps a stray file with other bytes and issues the new bytes as the next version', () => {
    const archive = tempArchive();
    mkdirSync(join(archive.out, '申请表/浦东新区总工会'), { recursive: true });
    writeFileSync(join(archive.out, FORM), '别人放进来的文件');
    const registry = archive.open();

    const result = issueInOwnRun(registry, archive.out, FORM, bytesOf('张建国的申请表'), facts());

    expect(result).toMatchObject({ status: 'new-version', version: 2 });
    expect(readFileSync(join(archive.out, FORM), 'utf8')).toBe('别人放进来的文件');
    expect(registry.documents().map((doc) => doc.path)).toEqual([FORM_V2]);
    registry.close();
  });

  it('puts back a deleted document when the same bytes are issued again, without a new row', () => {
    const archive = tempArchive();
    const registry = archive.open();
    issueInOwnRun(registry, archive.out, FORM, bytesOf('张建国的申请表'), facts());
    rmSync(join(archive.out, FORM));

    const result = issueInOwnRun(registry, archive.out, FORM, bytesOf('张建国的申请表'), facts());

    expect(result.status).toBe('restored');
    expect(readFileSync(join(archive.out, FORM), 'utf8')).toBe('张建国的申请表');
    expect(registry.documents()).toHaveLength(1);
    registry.close();
  });

  it('marks a run left running by a process that no longer exists as interrupted, and leaves live ones alone', () => {
    const archive = tempArchive();
    const registry = archive.open();
    const run = registry.startRun({ campaign: 'shanghai-2020', command: 'build', toolVersion: '0.1.0', outDir: archive.out, inputs: INPUTS });
    expect(registry.markInterruptedRuns(() => true)).toBe(0);
    expect(registry.run(run.id)?.status).toBe('running');
    expect(registry.markInterruptedRuns(() => false)).toBe(1);
    expect(registry.run(run.id)).toMatchObject({ status: 'interrupted' });
    expect(registry.run(run.id)?.finishedAt).not.toBeNull();
    registry.close();
  });

  it('removes temporary files of dead processes anywhere under the output folder, keeping those of live ones', () => {
    const archive = tempArchive();
    const dir = join(archive.out, '申请表/浦东新区总工会');
    mkdirSync(dir, { recursive: true });
    const dead = join(dir, '.甲-申请表.docx.4000001.0badf00d.tmp');
    const live = join(dir, `.乙-申请表.docx.${process.pid}.12345678.tmp`);
    const document = join(dir, '甲-申请表.docx');
    for (const path of [dead, live, document]) writeFileSync(path, 'x');

    const removed = removeStaleTempFiles(archive.out, (pid) => pid === process.pid);

    expect(removed).toEqual([dead]);
    expect([existsSync(dead), existsSync(live), existsSync(document)]).toEqual([false, true, true]);
  });

  it('stores paths relative to the registry, so an archive folder moved elsewhere still finds and verifies its files', () => {
    const archive = tempArchive();
    const registry = archive.open();
    issueInOwnRun(registry, archive.out, FORM, bytesOf('张建国的申请表'), facts());
    registry.close();
    const moved = `${archive.dir}-moved`;
    renameSync(archive.dir, moved);

    const reopened = Registry.open(join(moved, 'studio-docs.sqlite'));
    const [document] = reopened.documents();
    expect(document).toMatchObject({ root: 'shanghai-2020', path: FORM });
    expect(sha256Hex(readFileSync(reopened.resolvePath(document as NonNullable<typeof document>)))).toBe(document?.sha256);
    reopened.close();
  });
});
