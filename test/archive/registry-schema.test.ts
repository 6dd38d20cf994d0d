import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REGISTRY_APPLICATION_ID, SCHEMA_VERSION } from '../../src/archive/migrations.js';
import { StudioDocsError } from '../../src/core/errors.js';
import { Registry } from '../../src/io/registry.js';
import { bytesOf, facts, issueInOwnRun, tempArchive } from './helpers.js';

function pragmas(path: string) {
  const db = new Database(path, { readonly: true });
  try {
    return {
      userVersion: db.pragma('user_version', { simple: true }),
      applicationId: db.pragma('application_id', { simple: true }),
      journalMode: db.pragma('journal_mode', { simple: true }),
      tables: db.prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all().map((row) => row.name),
      indexes: db.prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'index' AND name NOT LIKE 'sqlite_%'").all().map((row) => row.name),
    };
  } finally {
    db.close();
  }
}

describe('the archive registry schema', () => {
  it('creates a new registry at the latest schema version, in WAL mode, marked as a studio-docs file', () => {
    const archive = tempArchive();
    archive.open().close();
    const found = pragmas(archive.registryPath);
    expect(found.userVersion).toBe(SCHEMA_VERSION);
    expect(found.applicationId).toBe(REGISTRY_APPLICATION_ID);
    expect(found.journalMode).toBe('wal');
    expect(found.tables).toEqual(['doc_numbers', 'documents', 'named_studios', 'run_inputs', 'runs']);
    expect(found.indexes).toEqual(expect.arrayContaining(['documents_studio_name', 'documents_leader', 'documents_unit', 'documents_campaign', 'documents_doc_number', 'named_studios_leader_unit']));
  });

  it('migrates an empty SQLite file and reopens an up-to-date registry without migrating again, keeping its rows', () => {
    const archive = tempArchive();
    new Database(archive.registryPath).close();
    const first = archive.open();
    issueInOwnRun(first, archive.out, '申请表/甲-申请表.docx', bytesOf('甲'), facts());
    first.close();
    const again = archive.open();
    expect(again.schemaVersion).toBe(SCHEMA_VERSION);
    expect(again.documents()).toHaveLength(1);
    again.close();
  });

  it('enforces foreign keys: a document cannot name a run that does not exist', () => {
    const registry = tempArchive().open();
    expect(() =>
      registry.recordDocument({ ...facts(), runId: 999, root: '', path: 'a.docx', basePath: 'a.docx', version: 1, sha256: 'b'.repeat(64), bytes: 1, origin: 'written' }),
    ).toThrow(/FOREIGN KEY/);
    registry.close();
  });

  it('refuses to change or delete an issued document row, even by hand-written SQL', () => {
    const archive = tempArchive();
    const registry = archive.open();
    issueInOwnRun(registry, archive.out, '申请表/甲-申请表.docx', bytesOf('甲'), facts());
    registry.close();
    const db = new Database(archive.registryPath);
    expect(() => db.prepare("UPDATE documents SET sha256 = ?").run('c'.repeat(64))).toThrow(/immutable/);
    expect(() => db.prepare('DELETE FROM documents').run()).toThrow(/immutable/);
    db.close();
  });

  it('refuses a registry written by a newer studio-docs, with a message saying so', () => {
    const archive = tempArchive();
    archive.open().close();
    const db = new Database(archive.registryPath);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => archive.open()).toThrow(StudioDocsError);
    expect(() => archive.open()).toThrow(/更新版本的 studio-docs/);
  });

  it('refuses another program’s SQLite database and a file that is not a database at all', () => {
    const other = tempArchive();
    const db = new Database(other.registryPath);
    db.exec('CREATE TABLE contacts (name TEXT)');
    db.close();
    expect(() => other.open()).toThrow(/不是 studio-docs 档案登记库/);

    const garbage = tempArchive();
    writeFileSync(garbage.registryPath, 'this is not a database, just some text that is long enough to have a header'.repeat(10));
    expect(() => garbage.open()).toThrow(StudioDocsError);
  });

  it('reports a missing registry for read-only commands instead of creating one', () => {
    const archive = tempArchive();
    expect(() => Registry.open(archive.registryPath, { mustExist: true })).toThrow(/找不到档案登记库/);
  });
});
