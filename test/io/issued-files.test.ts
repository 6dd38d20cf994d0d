import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeIssuedFile } from '../../src/io/files.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('issued documents are never overwritten', () => {
  it('writes once, leaves identical re-runs alone, and versions changed content beside the old file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'issued-'));
    const path = join(dir, '申请表.docx');
    expect(writeIssuedFile(path, bytes('v1')).status).toBe('written');
    expect(writeIssuedFile(path, bytes('v1'))).toMatchObject({ status: 'unchanged', path });
    const second = writeIssuedFile(path, bytes('v2'));
    expect(second).toMatchObject({ status: 'new-version', path: join(dir, '申请表.v2.docx') });
    expect(writeIssuedFile(path, bytes('v2')).status).toBe('unchanged');
    expect(readFileSync(path, 'utf8')).toBe('v1');
    expect(readFileSync(second.path, 'utf8')).toBe('v2');
    expect(readdirSync(dir).sort()).toEqual(['申请表.docx', '申请表.v2.docx']);
  });

  it('leaves no temporary file behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'issued-'));
    writeFileSync(join(dir, 'other.txt'), 'x');
    writeIssuedFile(join(dir, 'a.pdf'), bytes('pdf'));
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
