import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { DocumentRecord } from '../archive/types.js';
import { sha256Hex } from './files.js';
import type { Registry } from './registry.js';

export type FileState = 'ok' | 'missing' | 'altered';

export interface CheckedDocument {
  readonly document: DocumentRecord;
  readonly state: FileState;
  /** Where the file is (or should be) on this machine. */
  readonly file: string;
  /** Hash of the file as it is now, when it exists. */
  readonly actualSha256?: string;
  /** The file's bytes when it is intact (for packaging). */
  readonly bytes?: Uint8Array;
}

/** Extensions of the documents studio-docs issues; working files (校验结果.xlsx, the registry) are not documents. */
const DOCUMENT_EXTENSIONS = /\.(docx|pdf)$/i;

/**
 * Re-reads and re-hashes every document's file: intact, missing, or altered since issue.
 *
 * @example checkDocuments(registry, registry.documents()).filter((doc) => doc.state !== 'ok')
 */
export function checkDocuments(registry: Registry, documents: readonly DocumentRecord[], options: { keepBytes?: boolean; onChecked?: () => void } = {}): CheckedDocument[] {
  return documents.map((document) => {
    options.onChecked?.();
    const file = registry.resolvePath(document);
    if (!existsSync(file) || !statSync(file).isFile()) return { document, state: 'missing', file };
    const bytes = readFileSync(file);
    const actualSha256 = sha256Hex(bytes);
    if (actualSha256 !== document.sha256) return { document, state: 'altered', file, actualSha256 };
    return { document, state: 'ok', file, actualSha256, ...(options.keepBytes ? { bytes: new Uint8Array(bytes) } : {}) };
  });
}

/**
 * Document files (.docx, .pdf) inside the archive folders of `documents` that no
 * registry row names, as paths relative to the registry's folder: copies dropped
 * in by hand, or a file of a killed run that the next run versioned past.
 * Hidden files and folders (temporary files) are skipped.
 *
 * @example untrackedFiles(registry, registry.documents()) // ['shanghai-2020/申请表/浦东新区总工会/副本-申请表.docx']
 */
export function untrackedFiles(registry: Registry, documents: readonly DocumentRecord[]): string[] {
  const base = dirname(resolve(registry.path));
  const known = new Set(documents.map((document) => registry.resolvePath(document)));
  const roots = [...new Set(documents.map((document) => document.root))];
  const found = new Set<string>();
  for (const root of roots) {
    const dir = resolve(base, ...root.split('/'));
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      const path = join(dir, name);
      if (!DOCUMENT_EXTENSIONS.test(name) || name.split(sep).some((part) => part.startsWith('.')) || known.has(path)) continue;
      if (!statSync(path).isFile()) continue;
      found.add(relative(base, path).split(sep).join('/'));
    }
  }
  return [...found].sort();
}
