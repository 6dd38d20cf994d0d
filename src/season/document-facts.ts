import type { DocumentFacts } from '../archive/types.js';
import type { Campaign } from '../campaigns/schema.js';
import { ANNOUNCEMENT_LABELS, type RenderedAnnouncement } from '../jobs/announcements.js';
import type { RenderedForm } from '../jobs/forms.js';
import type { RenderedSummary } from '../jobs/summary.js';
import type { ValidStudio } from '../validate/types.js';

/** The archive files city-wide documents (summaries' city workbook, lists, announcements) under this recommender. */
export const CITY_WIDE = '全市';

export const RANKED_LIST_LABEL = '评审排名表';

/**
 * What the registry records about a rendered form, from the form and its studio.
 *
 * @example formFacts(campaign, doc, new Map(valid.map(({ key, studio }) => [key, studio])))
 */
export function formFacts(campaign: Campaign, doc: RenderedForm, studios: ReadonlyMap<string, ValidStudio['studio']>): DocumentFacts {
  const studio = studios.get(doc.studioKey);
  return {
    campaign: campaign.id,
    year: campaign.year,
    studioKey: doc.studioKey,
    studioName: doc.studioName,
    studioType: studio?.type,
    leader: studio?.leader.name,
    unit: studio?.unit,
    recommender: studio?.recommender,
    formId: doc.form.id,
    formLabel: doc.form.label,
    format: doc.format,
    contentKey: doc.contentKey,
  };
}

/** A summary sheet is filed under its recommending union; the city workbook under 全市. */
export function summaryFacts(campaign: Campaign, doc: RenderedSummary): DocumentFacts {
  return {
    campaign: campaign.id,
    year: campaign.year,
    studioKey: `${doc.summary.id}:${doc.group ?? CITY_WIDE}`,
    studioName: '',
    recommender: doc.group ?? CITY_WIDE,
    formId: doc.summary.id,
    formLabel: doc.group ? doc.summary.label : `${doc.summary.label}（${CITY_WIDE}）`,
    format: doc.format,
  };
}

/** The ranked list, 公示 and 命名决定 are city-wide; the decision carries its 发文字号. */
export function announcementFacts(campaign: Campaign, doc: RenderedAnnouncement): DocumentFacts {
  return {
    campaign: campaign.id,
    year: campaign.year,
    studioKey: `${doc.kind}:${CITY_WIDE}`,
    studioName: '',
    recommender: CITY_WIDE,
    formId: doc.kind,
    formLabel: ANNOUNCEMENT_LABELS[doc.kind],
    format: doc.format,
    docNumber: doc.docNumber,
  };
}

/** The review committee's ranking workbook. */
export function rankedListFacts(campaign: Campaign): DocumentFacts {
  return {
    campaign: campaign.id,
    year: campaign.year,
    studioKey: `${RANKED_LIST_LABEL}:${CITY_WIDE}`,
    studioName: '',
    recommender: CITY_WIDE,
    formId: 'ranked-list',
    formLabel: RANKED_LIST_LABEL,
    format: 'xlsx',
  };
}
