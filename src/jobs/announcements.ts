import { buildDecisionContent, buildPublicityContent, type AnnouncementOptions } from '../announcements/content.js';
import type { Campaign } from '../campaigns/schema.js';
import { sha256Hex } from '../core/hash.js';
import { safeFileName } from '../core/file-names.js';
import { decisionDocument, publicityDocument, type OfficialDocument } from '../render/announcements/blocks.js';
import { renderOfficialDocx } from '../render/announcements/docx.js';
import { renderOfficialPdf } from '../render/announcements/html.js';
import { rankedListDocument } from '../render/announcements/ranked-list.js';
import { documentDate } from '../render/pdf/postprocess.js';
import type { HtmlPrinter } from '../render/pdf/printer.js';
import type { Selection } from '../review/types.js';

export const ANNOUNCEMENT_FORMATS = ['docx', 'pdf'] as const;
export type AnnouncementFormat = (typeof ANNOUNCEMENT_FORMATS)[number];

export type AnnouncementKind = 'ranked-list' | 'publicity' | 'decision';

export const ANNOUNCEMENT_LABELS: Readonly<Record<AnnouncementKind, string>> = { 'ranked-list': '推荐排序名单', publicity: '公示', decision: '命名决定' };

export interface RenderedAnnouncement {
  readonly kind: AnnouncementKind;
  readonly format: AnnouncementFormat;
  /** <label>/<title>.<ext>, relative to the output folder. */
  readonly relativePath: string;
  readonly bytes: Uint8Array;
  readonly docNumber?: string;
}

/**
 * SHA-256 of what the decision says apart from its number: the key under which
 * the registry keeps its 发文字号, so re-issuing the same decision keeps the number.
 *
 * @example decisionContentSha256(selection, campaign, { date: '2020-12-20' }) // '3f…'
 */
export function decisionContentSha256(selection: Selection, campaign: Campaign, options: AnnouncementOptions): string {
  const content = buildDecisionContent(selection, campaign, options, '');
  return sha256Hex(JSON.stringify(content));
}

/**
 * The ranked list, the 公示 notice (dated its first day) and the 命名决定 (dated
 * options.date, numbered docNumber), in each requested format.
 *
 * @example for await (const doc of renderAnnouncements(selection, campaign, { date: '2020-12-20' }, '沪工技中〔2020〕8号', { formats: ['docx'] })) write(doc);
 */
export async function* renderAnnouncements(
  selection: Selection,
  campaign: Campaign,
  options: AnnouncementOptions,
  docNumber: string,
  output: { readonly formats: readonly AnnouncementFormat[]; readonly printer?: HtmlPrinter },
): AsyncGenerator<RenderedAnnouncement> {
  const publicityDay = options.publicityStart ?? options.date;
  // Each document is built when its turn comes: a city-wide ranked list is large, and need not wait beside the others.
  const documents: { kind: AnnouncementKind; document: () => OfficialDocument; day: string; docNumber?: string }[] = [
    { kind: 'ranked-list', document: () => rankedListDocument(selection, campaign), day: publicityDay },
    { kind: 'publicity', document: () => publicityDocument(buildPublicityContent(selection, campaign, { date: publicityDay, publicityStart: publicityDay })), day: publicityDay },
    { kind: 'decision', document: () => decisionDocument(buildDecisionContent(selection, campaign, options, docNumber)), day: options.date, docNumber },
  ];
  for (const { kind, document: build, day, docNumber: number } of documents) {
    const document = build();
    const stem = `${ANNOUNCEMENT_LABELS[kind]}/${safeFileName(document.title)}`;
    const extra = number ? { docNumber: number } : {};
    if (output.formats.includes('docx')) yield { kind, format: 'docx', relativePath: `${stem}.docx`, bytes: renderOfficialDocx(document, `${day}T00:00:00Z`), ...extra };
    if (output.formats.includes('pdf')) {
      if (!output.printer) throw new Error('renderAnnouncements: a printer is required for PDF output');
      yield { kind, format: 'pdf', relativePath: `${stem}.pdf`, bytes: await renderOfficialPdf(output.printer, document, documentDate(day)), ...extra };
    }
  }
}
