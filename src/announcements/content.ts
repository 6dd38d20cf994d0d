import type { Announcements } from '../campaigns/announcement-schema.js';
import type { Campaign } from '../campaigns/schema.js';
import { StudioDocsError } from '../core/errors.js';
import { formatChineseDate, formatYuan, toChineseUppercaseAmount } from '../core/format.js';
import type { RankedStudio, Selection } from '../review/types.js';
import { fillPlaceholders, type PlaceholderValues } from './fill.js';
import { formatPeriod, publicityPeriod, type PublicityPeriod } from './working-days.js';

/**
 * The words and tables of the closing documents (命名决定, 公示, ranked lists),
 * computed from a Selection and the campaign: renderers only lay them out.
 */

export interface ListRow {
  readonly number: number;
  readonly name: string;
  readonly leader: string;
  readonly unit: string;
  readonly recommender: string;
  readonly fundingYuan: number;
  readonly matchingYuan: number;
}

/** One studio type, its studios grouped by recommending union (区、局（产业）工会). */
export interface ListSection {
  readonly heading: string;
  readonly districts: readonly { readonly heading: string; readonly rows: readonly ListRow[] }[];
}

export interface FundingTotals {
  readonly fundingYuan: number;
  readonly matchingYuan: number;
  /** 大写, e.g. 贰拾万元整. */
  readonly fundingUppercase: string;
  readonly matchingUppercase: string;
}

export type Attachment =
  | { readonly kind: 'list'; readonly label: string; readonly title: string; readonly sections: readonly ListSection[] }
  | { readonly kind: 'funding'; readonly label: string; readonly title: string; readonly sections: readonly ListSection[]; readonly totals: FundingTotals };

export interface DecisionContent {
  readonly issuerMark: string;
  readonly docNumber: string;
  readonly title: string;
  readonly addressees: string;
  readonly paragraphs: readonly string[];
  readonly attachments: readonly Attachment[];
  readonly signature: string;
  /** e.g. 2020年12月20日 */
  readonly date: string;
}

export interface PublicityContent {
  readonly title: string;
  /** What is published and why (before the list). */
  readonly paragraphs: readonly string[];
  /** After the list: the 公示期 sentence and the objection procedure. */
  readonly closing: readonly string[];
  readonly sections: readonly ListSection[];
  readonly period: PublicityPeriod;
  readonly contact: readonly string[];
  readonly signature: string;
  readonly date: string;
}

export interface AnnouncementOptions {
  /** Date of the document, YYYY-MM-DD. */
  readonly date: string;
  /** 公示 start day, YYYY-MM-DD (the decision quotes the period when its text asks for it). */
  readonly publicityStart?: string;
}

/**
 * The campaign's announcement wording; a campaign without it cannot issue these documents.
 *
 * @example announcementsOf(campaign).agencyCode // '沪工技中'
 */
export function announcementsOf(campaign: Campaign): Announcements {
  if (!campaign.announcements) {
    throw new StudioDocsError('USAGE', `活动“${campaign.id}”的 campaign.json 没有 announcements（公示与命名决定的发文信息），无法生成公示和命名决定。`);
  }
  return campaign.announcements;
}

/**
 * The selected studios as the attachment lists them: by type in campaign order,
 * then by recommending union (Chinese collation), each in rank order; 序号 runs
 * through each type.
 *
 * @example selectedSections(selection, campaign)[0]?.heading // '一、上海市工匠创新工作室（2个）'
 */
export function selectedSections(selection: Selection, campaign: Campaign): ListSection[] {
  const selected = selection.groups.flatMap((group) => group.studios.filter((studio) => studio.outcome.selected));
  const sections: ListSection[] = [];
  const typeOrder = [...campaign.studioTypes.map((type) => type.value), ...new Set(selected.map((studio) => studio.studio.type))];
  for (const type of new Set(typeOrder)) {
    const studios = selected.filter((studio) => studio.studio.type === type).sort(byRank);
    if (studios.length === 0) continue;
    const title = campaign.studioTypes.find((candidate) => candidate.value === type)?.title ?? type;
    const recommenders = [...new Set(studios.map(recommenderOf))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
    let number = 0;
    const districts = recommenders.map((recommender) => {
      const rows = studios.filter((studio) => recommenderOf(studio) === recommender).map((studio): ListRow => {
        number += 1;
        return {
          number,
          name: studio.studio.name,
          leader: studio.studio.leader.name,
          unit: studio.studio.unit,
          recommender,
          fundingYuan: studio.fundingYuan ?? 0,
          matchingYuan: studio.matchingYuan ?? 0,
        };
      });
      return { heading: `${recommender}（${rows.length}个）`, rows };
    });
    sections.push({ heading: `${chineseOrdinal(sections.length + 1)}、${title}（${studios.length}个）`, districts });
  }
  return sections;
}

/**
 * The 命名决定: header, body from the campaign's wording, 附件1 the list and, when
 * studios are funded, 附件2 the funding per studio with totals in figures and 大写.
 *
 * @example buildDecisionContent(selection, campaign, { date: '2020-12-20' }, '沪工技中〔2020〕8号').title
 */
export function buildDecisionContent(selection: Selection, campaign: Campaign, options: AnnouncementOptions, docNumber: string): DecisionContent {
  const wording = announcementsOf(campaign);
  const sections = selectedSections(selection, campaign);
  if (sections.length === 0) throw new StudioDocsError('INVALID_DATA', '没有入选的工作室，无法生成命名决定。');
  const values = placeholderValues(selection, campaign, sections, options);
  const totals = fundingTotals(sections);
  const funded = totals.fundingYuan > 0;
  const paragraphs = wording.decision.paragraphs.map((text) => fillPlaceholders(text, values));
  if (funded && wording.decision.fundingParagraph) paragraphs.splice(2, 0, fillPlaceholders(wording.decision.fundingParagraph, values));
  const attachments: Attachment[] = [{ kind: 'list', label: '附件1', title: fillPlaceholders(wording.decision.listTitle, values), sections }];
  if (funded && wording.decision.fundingTitle) {
    attachments.push({ kind: 'funding', label: '附件2', title: fillPlaceholders(wording.decision.fundingTitle, values), sections, totals });
  }
  return {
    issuerMark: wording.issuerMark,
    docNumber,
    title: fillPlaceholders(wording.decision.title, values),
    addressees: wording.addressees,
    paragraphs,
    attachments,
    signature: wording.signature,
    date: formatChineseDate(options.date),
  };
}

/**
 * The 公示 notice: what is published, the list, the period in working days, how
 * to object and whom to contact (campaign.contact).
 *
 * @example buildPublicityContent(selection, campaign, { date: '2020-12-03', publicityStart: '2020-12-03' }).period.end // '2020-12-09'
 */
export function buildPublicityContent(selection: Selection, campaign: Campaign, options: AnnouncementOptions): PublicityContent {
  const wording = announcementsOf(campaign);
  const sections = selectedSections(selection, campaign);
  if (sections.length === 0) throw new StudioDocsError('INVALID_DATA', '没有入选的工作室，无法生成公示。');
  const start = options.publicityStart ?? options.date;
  const period = publicityPeriod(start, wording.publicity.workingDays);
  const values = placeholderValues(selection, campaign, sections, { ...options, publicityStart: start });
  return {
    title: fillPlaceholders(wording.publicity.title, values),
    paragraphs: wording.publicity.paragraphs.map((text) => fillPlaceholders(text, values)),
    closing: [fillPlaceholders(wording.publicity.period, values), fillPlaceholders(wording.publicity.objection, values)],
    sections,
    period,
    contact: contactLines(campaign),
    signature: wording.signature,
    date: formatChineseDate(options.date),
  };
}

/** @example contactLines(campaign) // ['联系单位：上海市职工技协服务中心', '联系人：王奇峰、徐雅萍', …] */
export function contactLines(campaign: Campaign): string[] {
  const contact = campaign.contact;
  if (!contact) return [`联系单位：${campaign.issuer}`];
  const lines = [`联系单位：${contact.department}`];
  if (contact.people.length > 0) lines.push(`联系人：${contact.people.join('、')}`);
  const phones = [contact.phone ? `联系电话：${contact.phone}` : '', contact.fax ? `传真：${contact.fax}` : ''].filter(Boolean);
  if (phones.length > 0) lines.push(phones.join('　'));
  const address = [contact.address ? `地址：${contact.address}` : '', contact.postcode ? `邮编：${contact.postcode}` : ''].filter(Boolean);
  if (address.length > 0) lines.push(address.join('　'));
  if (contact.email) lines.push(`电子邮箱：${contact.email}`);
  return lines;
}

function fundingTotals(sections: readonly ListSection[]): FundingTotals {
  const rows = sections.flatMap((section) => section.districts.flatMap((district) => district.rows));
  const fundingYuan = rows.reduce((sum, row) => sum + row.fundingYuan, 0);
  const matchingYuan = rows.reduce((sum, row) => sum + row.matchingYuan, 0);
  return { fundingYuan, matchingYuan, fundingUppercase: toChineseUppercaseAmount(fundingYuan), matchingUppercase: toChineseUppercaseAmount(matchingYuan) };
}

function placeholderValues(selection: Selection, campaign: Campaign, sections: readonly ListSection[], options: AnnouncementOptions): PlaceholderValues {
  const wording = announcementsOf(campaign);
  const rows = sections.flatMap((section) => section.districts.flatMap((district) => district.rows));
  const totals = fundingTotals(sections);
  const selected = selection.groups.flatMap((group) => group.studios).filter((studio) => studio.outcome.selected);
  const countOf = (type: string) => selected.filter((studio) => studio.studio.type === type).length;
  const selectedTypes = campaign.studioTypes.filter((type) => countOf(type.value) > 0);
  const values: PlaceholderValues = {
    year: String(campaign.year),
    count: String(rows.length),
    types: selectedTypes.map((type) => type.title).join('、'),
    typeCounts: selectedTypes.map((type) => `${type.title}${countOf(type.value)}个`).join('、'),
    firstStudio: rows[0]?.name ?? '',
    programName: campaign.programName,
    noticeTitle: campaign.noticeTitle,
    noticeNumber: campaign.noticeNumber,
    fundingByType: selectedTypes
      .filter((type) => type.fundingYuan)
      .map((type) => `${type.title}每个${formatYuan(type.fundingYuan)}`)
      .join('，'),
    fundingTotal: formatYuan(totals.fundingYuan),
    matchingTotal: formatYuan(totals.matchingYuan),
    matchingRatio: `1:${campaign.matchingRatio ?? 1}`,
    workingDays: String(wording.publicity.workingDays),
    issuer: campaign.issuer,
  };
  if (options.publicityStart) {
    const period = formatPeriod(publicityPeriod(options.publicityStart, wording.publicity.workingDays));
    return { ...values, start: period.start, end: period.end };
  }
  return values;
}

function byRank(a: RankedStudio, b: RankedStudio): number {
  return a.rank - b.rank || a.studio.name.localeCompare(b.studio.name, 'zh-CN');
}

function recommenderOf(studio: RankedStudio): string {
  return studio.studio.recommender ?? '未填推荐单位';
}

const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** @example chineseOrdinal(2) // '二' */
export function chineseOrdinal(n: number): string {
  if (n <= 10) return ORDINALS[n - 1] as string;
  if (n < 20) return `十${ORDINALS[n - 11]}`;
  return String(n);
}
