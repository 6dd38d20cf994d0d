import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDocNumber } from '../../src/announcements/doc-number.js';
import { Registry } from '../../src/io/registry.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function openRegistry(): Registry {
  const dir = mkdtempSync(join(tmpdir(), 'doc-numbers-'));
  dirs.push(dir);
  return Registry.open(join(dir, 'studio-docs.sqlite'), { now: () => new Date('2020-12-20T00:00:00Z') });
}

const request = { campaign: 'shanghai-2020', agencyCode: '沪工技中', year: 2020, sequenceStart: 8, purpose: 'decision', contentSha256: 'a'.repeat(64) };

describe('document numbers', () => {
  it('are written 机关代字〔year〕n号 with U+3014/U+3015 and no leading zeros', () => {
    expect(formatDocNumber('沪工技中', 2020, 8)).toBe('沪工技中\u30142020\u30158号');
    expect(() => formatDocNumber('沪工技中', 2020, 0)).toThrow();
  });

  it('start at the campaign’s sequence start and give a second purpose the next number', () => {
    const registry = openRegistry();
    try {
      expect(registry.allocateDocNumber(request)).toEqual({ docNumber: '沪工技中〔2020〕8号', sequence: 8, reused: false });
      expect(registry.allocateDocNumber({ ...request, purpose: 'publicity' })).toEqual({ docNumber: '沪工技中〔2020〕9号', sequence: 9, reused: false });
    } finally {
      registry.close();
    }
  });

  it('keep their number when the same content is issued again, and never reuse it for other content', () => {
    const registry = openRegistry();
    try {
      const first = registry.allocateDocNumber(request);
      expect(registry.allocateDocNumber(request)).toEqual({ ...first, reused: true });
      const changed = registry.allocateDocNumber({ ...request, contentSha256: 'b'.repeat(64) });
      expect(changed.docNumber).toBe('沪工技中〔2020〕9号');
      expect(registry.allocateDocNumber(request).docNumber).toBe(first.docNumber);
    } finally {
      registry.close();
    }
  });

  it('survive reopening the registry, and the database refuses to change or delete one', () => {
    const registry = openRegistry();
    const path = registry.path;
    registry.allocateDocNumber(request);
    registry.close();
    const again = Registry.open(path);
    try {
      expect(again.allocateDocNumber({ ...request, purpose: 'publicity' }).sequence).toBe(9);
    } finally {
      again.close();
    }
    const db = new Database(path);
    try {
      expect(() => db.prepare("UPDATE doc_numbers SET doc_number = 'x'").run()).toThrow(/never reused/);
      expect(() => db.prepare('DELETE FROM doc_numbers').run()).toThrow(/never reused/);
      expect(() => db.prepare("INSERT INTO doc_numbers (campaign, agency_code, year, sequence, purpose, content_sha256, doc_number, issued_at) VALUES ('c', '沪工技中', 2020, 8, 'p', ?, 'y', 't')").run('c'.repeat(64))).toThrow(/UNIQUE/);
    } finally {
      db.close();
    }
  });
});
