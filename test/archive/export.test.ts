import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { buildManifest, buildPackageZip, latestVersions, MANIFEST_FORMAT, planPackages } from '../../src/archive/export.js';
import type { DocumentRecord } from '../../src/archive/types.js';
import { sha256Hex } from '../../src/io/files.js';
import { bytesOf, facts } from './helpers.js';

let nextId = 1;

function doc(path: string, content: string, overrides: Partial<DocumentRecord> = {}): DocumentRecord {
  const bytes = bytesOf(content);
  return {
    ...facts(),
    id: nextId++,
    runId: 1,
    root: 'shanghai-2020',
    path,
    basePath: path.replace(/\.v\d+\.docx$/, '.docx'),
    version: Number(/\.v(\d+)\.docx$/.exec(path)?.[1] ?? 1),
    sha256: sha256Hex(bytes),
    bytes: bytes.byteLength,
    origin: 'written',
    createdAt: '2020-11-01T08:00:00.000Z',
    ...overrides,
  };
}

const CONTEXT = { exportedAt: '2020-12-01T09:00:00.000Z', toolVersion: '0.1.0' };

const DOCUMENTS = [
  doc('申请表/浦东新区总工会/甲-申请表.docx', '甲 v1', { studioName: '甲工作室' }),
  doc('申请表/浦东新区总工会/甲-申请表.v2.docx', '甲 v2', { studioName: '甲工作室' }),
  doc('申请表/浦东新区总工会/乙-申请表.docx', '乙', { studioName: '=HYPERLINK("x")工作室', unit: '上海某某, 有限公司' }),
  doc('申请表/徐汇区总工会/丙-申请表.docx', '丙', { studioName: '丙工作室', recommender: '徐汇区总工会' }),
  doc('申请表/未填推荐单位/丁-申请表.docx', '丁', { studioName: '丁工作室', recommender: undefined }),
];

function contentsOf(documents: readonly DocumentRecord[]): Uint8Array[] {
  return documents.map((document) => bytesOf(document.path.includes('.v2.') ? '甲 v2' : ({ 甲: '甲 v1', 乙: '乙', 丙: '丙', 丁: '丁' } as Record<string, string>)[document.path.split('/').pop()?.[0] ?? ''] ?? ''));
}

describe('exporting the archive by district', () => {
  it('keeps only the newest version of each document unless all versions are asked for', () => {
    expect(latestVersions(DOCUMENTS).map((document) => document.path)).toEqual([
      '申请表/浦东新区总工会/甲-申请表.v2.docx',
      '申请表/浦东新区总工会/乙-申请表.docx',
      '申请表/徐汇区总工会/丙-申请表.docx',
      '申请表/未填推荐单位/丁-申请表.docx',
    ]);
  });

  it('makes one package per recommender, named safely, documents without one in their own package', () => {
    const packages = planPackages(latestVersions(DOCUMENTS));
    expect(packages.map((pkg) => [pkg.fileName, pkg.documents.length])).toEqual([
      ['浦东新区总工会.zip', 2],
      ['未填推荐单位.zip', 1],
      ['徐汇区总工会.zip', 1],
    ]);
    expect(packages[0]?.entryPaths).toEqual(['shanghai-2020/申请表/浦东新区总工会/甲-申请表.v2.docx', 'shanghai-2020/申请表/浦东新区总工会/乙-申请表.docx']);
  });

  it('writes a ZIP holding the documents byte for byte, manifest.csv with a BOM and one row per document, and manifest.json', () => {
    const [pudong] = planPackages(latestVersions(DOCUMENTS));
    if (!pudong) throw new Error('no package');
    const contents = contentsOf(pudong.documents);
    const zip = new PizZip(buildPackageZip(pudong, contents, CONTEXT));

    expect(Object.keys(zip.files)).toEqual(['manifest.csv', 'manifest.json', ...pudong.entryPaths]);
    pudong.entryPaths.forEach((path, index) => expect(sha256Hex(zip.file(path)?.asUint8Array() ?? new Uint8Array())).toBe(sha256Hex(contents[index] as Uint8Array)));

    const csvBytes = zip.file('manifest.csv')?.asUint8Array() ?? new Uint8Array();
    expect([...csvBytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(csvBytes.slice(3)).split('\r\n');
    expect(lines[0]).toBe('序号,活动,年度,推荐单位,工作室名称,领衔人,单位,类型,表格,格式,版本,文号,ZIP内文件,字节数,SHA-256,生成时间');
    expect(lines).toHaveLength(1 + 2 + 1); // header, two rows, final CRLF
    expect(lines[1]).toBe(`1,shanghai-2020,2020,浦东新区总工会,甲工作室,张建国,上海申华精密机械有限公司,工匠,申请表,docx,2,,shanghai-2020/申请表/浦东新区总工会/甲-申请表.v2.docx,${bytesOf('甲 v2').byteLength},${sha256Hex('甲 v2')},2020-11-01T08:00:00.000Z`);
    // A value Excel would run as a formula is shown as text; a comma is quoted.
    expect(lines[2]).toContain(`,"'=HYPERLINK(""x"")工作室",张建国,"上海某某, 有限公司",`);

    const manifest = JSON.parse(zip.file('manifest.json')?.asText() ?? '{}') as { format: string; exportedAt: string; recommender: string; documents: { file: string; sha256: string; studioName: string; version: number }[] };
    expect(manifest).toMatchObject({ format: MANIFEST_FORMAT, exportedAt: CONTEXT.exportedAt, recommender: '浦东新区总工会' });
    expect(manifest.documents.map((entry) => [entry.file, entry.version])).toEqual([
      ['shanghai-2020/申请表/浦东新区总工会/甲-申请表.v2.docx', 2],
      ['shanghai-2020/申请表/浦东新区总工会/乙-申请表.docx', 1],
    ]);
    expect(manifest.documents[1]?.studioName).toBe('=HYPERLINK("x")工作室');
  });

  it('gives the same bytes for the same documents and export time', () => {
    const [pkg] = planPackages(DOCUMENTS);
    if (!pkg) throw new Error('no package');
    const contents = contentsOf(pkg.documents);
    expect(Buffer.from(buildPackageZip(pkg, contents, CONTEXT)).equals(Buffer.from(buildPackageZip(pkg, contents, CONTEXT)))).toBe(true);
  });

  it('keeps entry names safe and distinct even for stored paths that are not', () => {
    const [pkg] = planPackages([doc('../../etc/passwd', 'x'), doc('a/CON.docx', 'y'), doc('a/con.docx', 'z')]);
    expect(pkg?.entryPaths).toEqual(['shanghai-2020/_/_/etc/passwd', 'shanghai-2020/a/_con.docx', 'shanghai-2020/a/_CON (2).docx']);
    expect(buildManifest(pkg as NonNullable<typeof pkg>, CONTEXT).json).toContain('"archivePath": "../../etc/passwd"');
  });
});
