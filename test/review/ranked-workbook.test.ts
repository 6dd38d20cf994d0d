import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildRankedWorkbook } from '../../src/review/ranked-workbook.js';
import { selectStudios } from '../../src/review/select.js';
import { campaignWithReview, reviewStudio, scored } from '../fixtures/review.js';

const campaign = campaignWithReview({
  quotaGroups: [{ label: '工匠', types: ['工匠'], count: 1 }, { label: '技师/职工/巾帼', types: ['技师', '职工', '巾帼'], count: 2 }],
  tieBreakers: ['patents'],
});
const review = campaign.review!;
const selection = selectStudios(
  [
    scored(reviewStudio('工匠甲'), [95], campaign),
    scored(reviewStudio('工匠乙', { recommender: '徐汇区总工会' }), [90], campaign),
    scored(reviewStudio('技师甲', { type: '技师' }), [80], campaign),
    scored(reviewStudio('巾帼甲', { type: '巾帼' }), [80], campaign),
  ],
  campaign,
  review,
);

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

describe('the ranked-list workbook', () => {
  it('has a sheet per quota group, one by recommending unit and the rules', async () => {
    const workbook = await read(await buildRankedWorkbook(selection, campaign, review));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['工匠', '技师、职工、巾帼', '按推荐单位', '评审规则']);
  });

  it('lists each group in rank order with 并列, outcome and the reason for studios left out', async () => {
    const workbook = await read(await buildRankedWorkbook(selection, campaign, review));
    const craftsmen = workbook.getWorksheet('工匠')!;
    expect(craftsmen.getCell('A1').value).toContain('名额1个，入选1个');
    expect(craftsmen.getRow(2).values).toContain('说明');
    expect([3, 4].map((row) => [craftsmen.getCell(row, 1).value, craftsmen.getCell(row, 2).value, craftsmen.getCell(row, 7).value, craftsmen.getCell(row, 11).value, craftsmen.getCell(row, 12).value])).toEqual([
      ['1', '工匠甲', 95, '入选', 20000],
      ['2', '工匠乙', 90, '未入选', null],
    ]);
    expect(craftsmen.getCell(4, 14).value).toBe('得分90分，在“工匠”中排第2名，“工匠”名额1个已满');
    const others = workbook.getWorksheet('技师、职工、巾帼')!;
    expect([others.getCell(3, 1).value, others.getCell(4, 1).value]).toEqual(['1（并列）', '1（并列）']);
  });

  it('groups the 按推荐单位 sheet by unit with each studio’s rank in its unit', async () => {
    const workbook = await read(await buildRankedWorkbook(selection, campaign, review));
    const units = workbook.getWorksheet('按推荐单位')!;
    const rows = [3, 4, 5, 6].map((row) => [units.getCell(row, 1).value, units.getCell(row, 2).value, units.getCell(row, 4).value]);
    expect(rows).toEqual([
      ['浦东新区总工会', '1', '工匠甲'],
      ['浦东新区总工会', '1（并列）', '技师甲'],
      ['浦东新区总工会', '1（并列）', '巾帼甲'],
      ['徐汇区总工会', '1', '工匠乙'],
    ]);
  });

  it('writes identical bytes for the same selection', async () => {
    expect(Buffer.from(await buildRankedWorkbook(selection, campaign, review)).equals(Buffer.from(await buildRankedWorkbook(selection, campaign, review)))).toBe(true);
  });
});
