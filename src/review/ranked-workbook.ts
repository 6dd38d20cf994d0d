import ExcelJS from 'exceljs';
import { TIE_BREAKER_LABELS, type Review } from '../campaigns/review-schema.js';
import type { Campaign } from '../campaigns/schema.js';
import { uniqueSheetName } from '../render/xlsx/sheet-names.js';
import { writeWorkbookDeterministically } from '../render/xlsx/workbook-bytes.js';
import type { RankedStudio, Selection } from './types.js';

export const BY_RECOMMENDER_SHEET = '按推荐单位';
export const RULES_SHEET = '评审规则';

const GROUP_COLUMNS: readonly { header: string; width: number; value: (studio: RankedStudio) => string | number | null }[] = [
  { header: '排名', width: 8, value: (studio) => (studio.score ? rankText(studio.rank, studio.tied) : '未评分') },
  { header: '工作室名称', width: 36, value: (studio) => studio.studio.name },
  { header: '类型', width: 10, value: (studio) => studio.studio.type },
  { header: '推荐单位', width: 22, value: (studio) => studio.studio.recommender ?? '' },
  { header: '所在单位', width: 28, value: (studio) => studio.studio.unit },
  { header: '单位性质', width: 12, value: (studio) => studio.studio.unitNature ?? '' },
  { header: '得分', width: 9, value: (studio) => studio.score?.score ?? null },
  { header: '专家人数', width: 9, value: (studio) => studio.score?.expertCount ?? null },
  { header: '去掉的分数', width: 14, value: (studio) => studio.score?.dropped.join('、') ?? '' },
  { header: '单位内排名', width: 10, value: (studio) => (studio.score ? rankText(studio.rankInRecommender, studio.tiedInRecommender) : '') },
  { header: '是否入选', width: 9, value: (studio) => (studio.outcome.selected ? '入选' : '未入选') },
  { header: '资助（元）', width: 11, value: (studio) => studio.fundingYuan ?? null },
  { header: '配套（元）', width: 11, value: (studio) => studio.matchingYuan ?? null },
  { header: '说明', width: 60, value: (studio) => (studio.outcome.selected ? '' : studio.outcome.explanation) },
];

/**
 * The ranked list as a workbook: one sheet per quota group in rank order, a
 * 按推荐单位 sheet (each unit's studios by their rank in the unit) and the rules
 * applied. Bytes depend only on the selection and the campaign.
 *
 * @example const bytes = await buildRankedWorkbook(selection, campaign);
 */
export async function buildRankedWorkbook(selection: Selection, campaign: Campaign, review: Review): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const taken = new Set<string>();
  for (const group of selection.groups) {
    // Sheet names cannot hold “/”; 技师/职工/巾帼 reads as 技师、职工、巾帼.
    const sheet = workbook.addWorksheet(uniqueSheetName(group.label.replace(/\//g, '、'), taken));
    const quota = group.quota === undefined ? '不限名额' : `名额${group.quota}个`;
    const chosen = group.studios.filter((studio) => studio.outcome.selected).length;
    writeTable(sheet, `${campaign.year}年${campaign.programName}评审排名（${group.label}，${quota}，入选${chosen}个）`, GROUP_COLUMNS, group.studios);
  }
  const byUnit = workbook.addWorksheet(uniqueSheetName(BY_RECOMMENDER_SHEET, taken));
  const units = [...new Set(selection.groups.flatMap((group) => group.studios.map((studio) => studio.studio.recommender ?? '')))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const ordered = units.flatMap((unit) =>
    selection.groups.flatMap((group) =>
      group.studios.filter((studio) => (studio.studio.recommender ?? '') === unit).sort((a, b) => a.rankInRecommender - b.rankInRecommender),
    ),
  );
  const unitColumns = [GROUP_COLUMNS[3], GROUP_COLUMNS[9], ...GROUP_COLUMNS.filter((_, index) => index !== 3 && index !== 9)].map((column) =>
    column === GROUP_COLUMNS[0] ? { ...column, header: '组内排名' } : column,
  ) as typeof GROUP_COLUMNS;
  writeTable(byUnit, `${campaign.year}年${campaign.programName}评审排名（按推荐单位）`, unitColumns, ordered);

  const rules = workbook.addWorksheet(uniqueSheetName(RULES_SHEET, taken));
  rules.getColumn(1).width = 100;
  for (const line of rulesText(selection, review)) rules.addRow([line]);
  return writeWorkbookDeterministically(workbook, new Date(`${campaign.noticeDate}T00:00:00Z`));
}

/**
 * The rules as printed on the workbook and by the CLI: aggregation, tie-breakers, constraints, notes.
 *
 * @example rulesText(selection, review)[0] // '评分：每位专家0～100分；专家人数不少于5人时去掉一个最高分和一个最低分后取平均分。'
 */
export function rulesText(selection: Selection, review: Review): string[] {
  const aggregation =
    review.aggregation === 'trimmedMean' ? `专家人数不少于${review.trimWhenAtLeast}人时去掉一个最高分和一个最低分后取平均分，否则取平均分` : '取全部专家的平均分';
  const criteria = review.criteria.length > 0 ? `（评分项：${review.criteria.map((criterion) => `${criterion.label}${criterion.max}分`).join('、')}）` : '';
  const lines = [
    `评分：每位专家${review.scoreRange.min}～${review.scoreRange.max}分${criteria}；${aggregation}；得分保留两位小数。`,
    `排名：按得分从高到低${review.tieBreakers.length > 0 ? `；得分相同时依次按：${review.tieBreakers.map((breaker) => TIE_BREAKER_LABELS[breaker]).join('，')}` : ''}；仍相同者并列（如1、2、2、4）。`,
    `名额：${selection.groups.map((group) => `${group.label}${group.quota === undefined ? '不限' : `${group.quota}个`}`).join('；')}。按排名依次入选；并列者不能全部入选时均不入选，由评审委员会决定。`,
  ];
  if (review.minimumScore !== undefined) lines.push(`最低入选分数：${review.minimumScore}分。`);
  if (review.perRecommenderMax !== undefined) lines.push(`每个推荐单位最多入选${review.perRecommenderMax}个。`);
  lines.push(`依据：${review.basis}`);
  for (const note of selection.notes ?? []) lines.push(`注意：${note}`);
  return lines;
}

function writeTable(sheet: ExcelJS.Worksheet, title: string, columns: typeof GROUP_COLUMNS, studios: readonly RankedStudio[]): void {
  sheet.addRow([title]);
  sheet.mergeCells(1, 1, 1, columns.length);
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getCell(1, 1).alignment = { horizontal: 'center' };
  const header = sheet.addRow(columns.map((column) => column.header));
  header.font = { bold: true };
  columns.forEach((column, index) => (sheet.getColumn(index + 1).width = column.width));
  for (const studio of studios) sheet.addRow(columns.map((column) => column.value(studio)));
  sheet.views = [{ state: 'frozen', ySplit: 2 }];
  // Printed for the committee: A4 landscape, all columns on one page width, title and header on every page.
  sheet.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:2' };
}

function rankText(rank: number, tied: boolean): string {
  return tied ? `${rank}（并列）` : String(rank);
}
