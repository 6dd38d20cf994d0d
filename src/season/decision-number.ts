import { announcementsOf, type AnnouncementOptions } from '../announcements/content.js';
import type { Campaign } from '../campaigns/schema.js';
import type { AllocatedDocNumber } from '../io/doc-numbers.js';
import type { Registry } from '../io/registry.js';
import { decisionContentSha256 } from '../jobs/announcements.js';
import type { Selection } from '../review/types.js';

/**
 * The 命名决定's 发文字号 from the registry: the same decision content keeps its
 * number on a re-run; different content never reuses one.
 *
 * @example allocateDecisionNumber(registry, selection, campaign, { date: '2020-12-20' }).docNumber // '沪工技中〔2020〕8号'
 */
export function allocateDecisionNumber(registry: Registry, selection: Selection, campaign: Campaign, options: AnnouncementOptions): AllocatedDocNumber {
  const wording = announcementsOf(campaign);
  return registry.allocateDocNumber({
    campaign: campaign.id,
    agencyCode: wording.agencyCode,
    year: Number(options.date.slice(0, 4)),
    sequenceStart: wording.sequenceStart,
    purpose: 'decision',
    contentSha256: decisionContentSha256(selection, campaign, options),
  });
}
