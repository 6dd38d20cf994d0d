import type Database from 'better-sqlite3';
import { formatDocNumber } from '../announcements/doc-number.js';

/**
 * 发文字号 allocation in the archive registry (table doc_numbers, migration 2).
 *
 * Decision: a number belongs to one document content. Issuing the same purpose
 * with the same content again (a re-run) returns the number it already has, so
 * re-running never burns numbers; any other content, or another purpose, gets the
 * next number after the highest one recorded for the agency code and year (never
 * below the campaign's sequenceStart). Allocation runs in an immediate
 * transaction, so two processes sharing a registry cannot take the same number.
 */

export interface DocNumberRequest {
  readonly campaign: string;
  readonly agencyCode: string;
  readonly year: number;
  /** Numbers below this were issued by hand before the tool was used. */
  readonly sequenceStart: number;
  /** What the document is, e.g. decision. */
  readonly purpose: string;
  /** SHA-256 of the document's content without its number (the number is part of the printed bytes). */
  readonly contentSha256: string;
}

export interface AllocatedDocNumber {
  readonly docNumber: string;
  readonly sequence: number;
  /** True when this content already had its number. */
  readonly reused: boolean;
}

/**
 * @example allocateDocNumber(db, { campaign: 'shanghai-2020', agencyCode: '沪工技中', year: 2020, sequenceStart: 8, purpose: 'decision', contentSha256 }, now)
 * // { docNumber: '沪工技中〔2020〕8号', sequence: 8, reused: false }
 */
export function allocateDocNumber(db: Database.Database, request: DocNumberRequest, issuedAt: string): AllocatedDocNumber {
  const find = db.prepare<[string, string, string, number, string], { doc_number: string; sequence: number }>(
    'SELECT doc_number, sequence FROM doc_numbers WHERE campaign = ? AND purpose = ? AND agency_code = ? AND year = ? AND content_sha256 = ?',
  );
  const highest = db.prepare<[string, number], { top: number | null }>('SELECT max(sequence) AS top FROM doc_numbers WHERE agency_code = ? AND year = ?');
  const insert = db.prepare(
    `INSERT INTO doc_numbers (campaign, agency_code, year, sequence, purpose, content_sha256, doc_number, issued_at)
     VALUES (@campaign, @agencyCode, @year, @sequence, @purpose, @contentSha256, @docNumber, @issuedAt)`,
  );
  return db
    .transaction((): AllocatedDocNumber => {
      const existing = find.get(request.campaign, request.purpose, request.agencyCode, request.year, request.contentSha256);
      if (existing) return { docNumber: existing.doc_number, sequence: existing.sequence, reused: true };
      const top = highest.get(request.agencyCode, request.year)?.top ?? 0;
      const sequence = Math.max(top + 1, request.sequenceStart);
      const docNumber = formatDocNumber(request.agencyCode, request.year, sequence);
      insert.run({ ...request, sequence, docNumber, issuedAt });
      return { docNumber, sequence, reused: false };
    })
    .immediate();
}
