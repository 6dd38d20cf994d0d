import { appendFileSync, copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocuments, untrackedFiles } from '../../src/io/archive-files.js';
import { sha256Hex } from '../../src/io/files.js';
import { bytesOf, facts, tempArchive, writerFor } from './helpers.js';

const A = '申请表/浦东新区总工会/甲-申请表.docx';
const B = '申请表/浦东新区总工会/乙-申请表.docx';
const C = '申请表/徐汇区总工会/丙-申请表.docx';

function archiveWithThree() {
  const archive = tempArchive();
  const registry = archive.open();
  const writer = writerFor(registry, archive.out);
  writer.issue(A, bytesOf('甲'), facts({ studioKey: 'A', studioName: '甲' }));
  writer.issue(B, bytesOf('乙'), facts({ studioKey: 'B', studioName: '乙' }));
  writer.issue(C, bytesOf('丙'), facts({ studioKey: 'C', studioName: '丙', recommender: '徐汇区总工会' }));
  writer.finish('finished');
  return { archive, registry };
}

describe('verifying the archive', () => {
  it('finds every file intact right after issue', () => {
    const { registry } = archiveWithThree();
    expect(checkDocuments(registry, registry.documents()).map((doc) => doc.state)).toEqual(['ok', 'ok', 'ok']);
    registry.close();
  });

  it('reports a deleted file as missing and a file changed after issue as altered, with its current hash', () => {
    const { archive, registry } = archiveWithThree();
    rmSync(join(archive.out, A));
    appendFileSync(join(archive.out, C), '（被人改过）');

    const checked = checkDocuments(registry, registry.documents());

    const byPath = new Map(checked.map((doc) => [doc.document.path, doc]));
    expect(byPath.get(A)?.state).toBe('missing');
    expect(byPath.get(B)?.state).toBe('ok');
    expect(byPath.get(C)).toMatchObject({ state: 'altered', actualSha256: sha256Hex('丙（被人改过）') });
    expect(byPath.get(C)?.document.sha256).toBe(sha256Hex('丙'));
    registry.close();
  });

  it('lists document files in the archive folder that no row names, ignoring hidden temporary files and the registry', () => {
    const { archive, registry } = archiveWithThree();
    copyFileSync(join(archive.out, A), join(archive.out, '申请表/浦东新区总工会/甲-申请表 - 副本.docx'));
    copyFileSync(join(archive.out, A), join(archive.out, '申请表/浦东新区总工会/.甲-申请表.docx.123.0badf00d.tmp'));

    expect(untrackedFiles(registry, registry.documents())).toEqual(['shanghai-2020/申请表/浦东新区总工会/甲-申请表 - 副本.docx']);
    registry.close();
  });
});
