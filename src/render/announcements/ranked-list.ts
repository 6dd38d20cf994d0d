import { fillPlaceholders } from '../../announcements/fill.js';
import type { Campaign } from '../../campaigns/schema.js';
import type { RankedStudio, Selection } from '../../review/types.js';
import type { OfficialDocument, TableColumn, TableRow } from './blocks.js';

/**
 * The recommendation list in rank order: overall (one block per quota group) and
 * per recommending union, with score and outcome (why a studio was not selected).
 * Printed on the same official page as the decision (DOCX and PDF); the XLSX
 * version is src/review/ranked-workbook.ts.
 */

const columns = (rankHeader: string): TableColumn[] => [
  { header: rankHeader, width: 10, align: 'center' },
  { header: '工作室名称', width: 28, align: 'left' },
  { header: '领衔人', width: 12, align: 'center' },
  { header: '单位', width: 24, align: 'left' },
  { header: '得分', width: 10, align: 'center' },
  { header: '结果', width: 16, align: 'left' },
];

/**
 * @example rankedListDocument(selection, campaign).title // '2020年度上海市工匠（技师、职工、巾帼）创新工作室推荐排序名单'
 */
export function rankedListDocument(selection: Selection, campaign: Campaign): OfficialDocument {
  const pattern = campaign.announcements?.rankedListTitle ?? '{year}年度{programName}推荐排序名单';
  const title = fillPlaceholders(pattern, { year: String(campaign.year), programName: campaign.programName });
  const overall: TableRow[] = selection.groups.flatMap((group) => [
    { kind: 'heading', level: 1, text: `${group.label}（${group.quota === undefined ? '不限名额' : `名额${group.quota}个`}，入选${group.studios.filter((studio) => studio.outcome.selected).length}个）` } as const,
    ...group.studios.map((studio) => studioRow(studio, rankText(studio.rank, studio.tied, studio))),
  ]);
  const all = selection.groups.flatMap((group) => group.studios);
  const recommenders = [...new Set(all.map(recommenderOf))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const byUnit: TableRow[] = recommenders.flatMap((recommender) => {
    const studios = all.filter((studio) => recommenderOf(studio) === recommender).sort((a, b) => a.rankInRecommender - b.rankInRecommender);
    return [
      { kind: 'heading', level: 1, text: `${recommender}（推荐${studios.length}个，入选${studios.filter((studio) => studio.outcome.selected).length}个）` } as const,
      ...studios.map((studio) => studioRow(studio, rankText(studio.rankInRecommender, studio.tiedInRecommender, studio))),
    ];
  });
  return {
    title,
    blocks: [
      { kind: 'title', text: title },
      { kind: 'paragraph', text: `共${all.length}个工作室参加评审，入选${selection.totals.selected}个。名次按得分从高到低排列，得分相同者并列。` },
      { kind: 'attachmentLabel', text: '一、总排序' },
      { kind: 'table', columns: columns('名次'), rows: overall },
      { kind: 'pageBreak' },
      { kind: 'attachmentLabel', text: '二、按推荐单位排序' },
      { kind: 'table', columns: columns('单位内排序'), rows: byUnit },
    ],
  };
}

function studioRow(studio: RankedStudio, rank: string): TableRow {
  const outcome = studio.outcome.selected ? '入选' : `未入选：${studio.outcome.explanation}`;
  return { kind: 'cells', cells: [rank, studio.studio.name, studio.studio.leader.name, studio.studio.unit, studio.score ? studio.score.score.toFixed(2) : '未评分', outcome] };
}

function rankText(rank: number, tied: boolean, studio: RankedStudio): string {
  if (!studio.score) return '—';
  return tied ? `${rank}（并列）` : String(rank);
}

function recommenderOf(studio: RankedStudio): string {
  return studio.studio.recommender ?? '未填推荐单位';
}
