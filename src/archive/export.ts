import PizZip from 'pizzip';
import { safeFileName } from '../core/file-names.js';
import { generateDeterministicZip } from '../render/zip.js';
import type { DocumentRecord } from './types.js';

/**
 * Export packages: one ZIP per recommending union (区局/产业工会) holding its
 * documents and a manifest (manifest.csv for people, manifest.json for programs)
 * with every file's hash, so the receiver can check the package and an archive
 * can keep it for years. ZIP entries carry a fixed date: the same documents
 * always give the same package bytes apart from the export time in the manifest.
 */

export const NO_RECOMMENDER = '未填推荐单位';
export const MANIFEST_CSV = 'manifest.csv';
export const MANIFEST_JSON = 'manifest.json';
export const MANIFEST_FORMAT = 'studio-docs-archive-export';

export interface ExportContext {
  readonly exportedAt: string;
  readonly toolVersion: string;
}

export interface ExportPackage {
  readonly recommender: string;
  /** Safe file name of the ZIP. */
  readonly fileName: string;
  readonly documents: readonly DocumentRecord[];
  /** Entry path inside the ZIP of each document, same order. */
  readonly entryPaths: readonly string[];
}

/**
 * Only the newest version of each document (what is sent on), in listing order.
 *
 * @example latestVersions([v1, v2]) // [v2]
 */
export function latestVersions(documents: readonly DocumentRecord[]): DocumentRecord[] {
  const latest = new Map<string, DocumentRecord>();
  for (const document of documents) {
    const key = `${document.root}\u0000${document.basePath}`;
    const current = latest.get(key);
    if (!current || document.version > current.version) latest.set(key, document);
  }
  return documents.filter((document) => latest.get(`${document.root}\u0000${document.basePath}`) === document);
}

/**
 * Documents grouped into one package per recommender, packages ordered by
 * recommender, documents by campaign, path and version.
 *
 * @example planPackages(docs).map((pkg) => pkg.fileName) // ['浦东新区总工会.zip', '徐汇区总工会.zip']
 */
export function planPackages(documents: readonly DocumentRecord[]): ExportPackage[] {
  const groups = new Map<string, DocumentRecord[]>();
  for (const document of documents) {
    const recommender = document.recommender?.trim() || NO_RECOMMENDER;
    groups.set(recommender, [...(groups.get(recommender) ?? []), document]);
  }
  const usedNames = new Set<string>();
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'zh'))
    .map(([recommender, group]) => {
      const sorted = [...group].sort((a, b) => a.campaign.localeCompare(b.campaign) || a.path.localeCompare(b.path, 'zh') || a.version - b.version);
      return { recommender, fileName: unique(`${safeFileName(recommender, NO_RECOMMENDER)}.zip`, usedNames), documents: sorted, entryPaths: entryPaths(sorted) };
    });
}

/**
 * The manifest of a package: CSV with a UTF-8 BOM and CRLF line ends (Excel on a
 * Chinese Windows opens it with the right characters) and pretty JSON.
 *
 * @example buildManifest(pkg, { exportedAt, toolVersion }).csv.startsWith('\uFEFF序号,') // true
 */
export function buildManifest(pkg: ExportPackage, context: ExportContext): { csv: string; json: string } {
  const rows = pkg.documents.map((document, index) => ({ document, file: pkg.entryPaths[index] as string }));
  const header = ['序号', '活动', '年度', '推荐单位', '工作室名称', '领衔人', '单位', '类型', '表格', '格式', '版本', '文号', 'ZIP内文件', '字节数', 'SHA-256', '生成时间'];
  const lines = [header, ...rows.map(({ document: d, file }, index) => [
    String(index + 1), d.campaign, String(d.year), d.recommender ?? '', d.studioName, d.leader ?? '', d.unit ?? '', d.studioType ?? '',
    d.formLabel, d.format, String(d.version), d.docNumber ?? '', file, String(d.bytes), d.sha256, d.createdAt,
  ])];
  const csv = `\uFEFF${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
  const json = JSON.stringify(
    {
      format: MANIFEST_FORMAT,
      formatVersion: 1,
      toolVersion: context.toolVersion,
      exportedAt: context.exportedAt,
      recommender: pkg.recommender,
      documents: rows.map(({ document: d, file }) => ({
        file,
        campaign: d.campaign,
        year: d.year,
        recommender: d.recommender ?? null,
        studioName: d.studioName,
        leader: d.leader ?? null,
        unit: d.unit ?? null,
        studioType: d.studioType ?? null,
        form: { id: d.formId, label: d.formLabel },
        format: d.format,
        version: d.version,
        docNumber: d.docNumber ?? null,
        bytes: d.bytes,
        sha256: d.sha256,
        createdAt: d.createdAt,
        archivePath: d.path,
      })),
    },
    null,
    2,
  );
  return { csv, json: `${json}\n` };
}

/**
 * The ZIP of a package: manifest.csv, manifest.json, then the documents.
 *
 * @example buildPackageZip(pkg, bytesOfEachDocument, context) // Uint8Array (a ZIP)
 */
export function buildPackageZip(pkg: ExportPackage, contents: readonly Uint8Array[], context: ExportContext): Uint8Array {
  const manifest = buildManifest(pkg, context);
  const zip = new PizZip();
  zip.file(MANIFEST_CSV, manifest.csv);
  zip.file(MANIFEST_JSON, manifest.json);
  pkg.entryPaths.forEach((path, index) => {
    const bytes = contents[index];
    if (!bytes) throw new Error(`buildPackageZip: no content for ${path}`);
    zip.file(path, bytes, { binary: true });
  });
  return generateDeterministicZip(zip);
}

/** <campaign>/<path as archived>, every segment made safe, duplicates numbered. */
function entryPaths(documents: readonly DocumentRecord[]): string[] {
  const used = new Set<string>([MANIFEST_CSV, MANIFEST_JSON]);
  return documents.map((document) => {
    const segments = [document.campaign, ...document.path.split('/')].map((segment) => safeFileName(segment));
    return unique(segments.join('/'), used);
  });
}

function unique(path: string, used: Set<string>): string {
  const dot = path.lastIndexOf('.');
  const hasExt = dot > path.lastIndexOf('/') + 1;
  const stem = hasExt ? path.slice(0, dot) : path;
  const ext = hasExt ? path.slice(dot) : '';
  let candidate = path;
  for (let n = 2; used.has(candidate.toLowerCase()); n += 1) candidate = `${stem} (${n})${ext}`;
  used.add(candidate.toLowerCase());
  return candidate;
}

/** RFC 4180 quoting; a leading = + - @ is neutralised so Excel shows the text instead of running it as a formula. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
