#!/usr/bin/env node
/**
 * Writes sample expert score sheets for the bundled applications:
 *   data/shanghai-2020/scores.xlsx, data/leshan-2020/scores.xlsx        (clean: one row per studio and expert)
 *   data/leshan-2020/scores-with-errors.xlsx                            (the mistakes listed in BAD_ROWS)
 *
 * Run after the application generators: node scripts/sample-data/scores.mjs
 *
 * Every studio in applications.xlsx is scored by 5–7 of a panel of seven invented
 * experts (studios the validator blocks too: the ranking ignores them with a warning).
 * Two valid studios of one quota group get identical expert scores (Shanghai: 宋明技师 and
 * 曹俊杰职工; Leshan: the 1st and 3rd studios), so their aggregated scores tie and the
 * campaign's tie-breakers (or 并列) decide. A seeded generator makes the output
 * byte-identical on every run.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { addTitledSheet, createRandom, createWorkbook, writeWorkbook } from './common.mjs';

const PANEL = ['王立新', '李慧敏', '张国强', '陈晓燕', '刘建华', '周文斌', '赵明'];

const CAMPAIGNS = [
  { id: 'shanghai-2020', seed: 20201201, tie: [1, 2], title: '2020年度上海市工匠（技师、职工、巾帼）创新工作室专家评分表', date: new Date(Date.UTC(2020, 11, 1)) },
  { id: 'leshan-2020', seed: 20200901, tie: [0, 2], title: '2020年乐山市劳模和工匠人才创新工作室专家评分表', date: new Date(Date.UTC(2020, 8, 1)) },
];

/** Deliberate mistakes in scores-with-errors.xlsx, one per kind the importer reports. */
const BAD_ROWS = {
  duplicate: 'DUPLICATE_EXPERT_ROW: the first expert scores the first studio twice',
  unknown: 'UNKNOWN_STUDIO: a studio that did not apply (不存在的创新工作室)',
  outOfRange: 'SCORE_OUT_OF_RANGE: 105 分 for the second studio',
  missing: 'MISSING_SCORE: an empty 得分 for the third studio',
};

async function studioNames(campaign) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(resolve(`data/${campaign}/applications.xlsx`)));
  const sheet = workbook.getWorksheet('工作室');
  const header = sheet.getRow(2).values.map((value) => String(value ?? ''));
  const column = header.findIndex((text) => text === '工作室名称' || text === '创新工作室名称');
  const names = [];
  for (let row = 3; row <= sheet.rowCount; row += 1) {
    const value = sheet.getRow(row).getCell(column).value;
    if (typeof value === 'string' && value.trim() !== '') names.push(value.trim());
  }
  return names;
}

function scoreRows(names, seed, [leader, follower]) {
  const { int, sample } = createRandom(seed);
  const perStudio = names.map((name) => {
    const base = int(70, 92);
    const experts = sample(PANEL, int(5, 7));
    return { name, scores: experts.map((expert) => ({ expert, score: Math.max(0, Math.min(100, base + int(-12, 12) / 2)) })) };
  });
  // The tie: one studio is scored exactly like another of its quota group (both pass validation).
  perStudio[follower].scores = perStudio[leader].scores.map((entry) => ({ ...entry }));
  return perStudio.flatMap(({ name, scores }) => scores.map(({ expert, score }) => ({ name, expert, score })));
}

const COLUMNS = [
  ['序号', 6, (_, index) => index + 1],
  ['工作室名称', 40, (row) => row.name],
  ['专家', 10, (row) => row.expert],
  ['得分', 8, (row) => row.score],
];

async function writeScores(campaign, rows, fileName) {
  const workbook = createWorkbook({ creator: '评审组', date: campaign.date });
  addTitledSheet(workbook, { name: '评分', title: campaign.title, columns: COLUMNS, records: rows, titleHeight: 28 });
  return writeWorkbook(workbook, resolve(`data/${campaign.id}`), { fileName });
}

for (const campaign of CAMPAIGNS) {
  const rows = scoreRows(await studioNames(campaign.id), campaign.seed, campaign.tie);
  console.log(await writeScores(campaign, rows, 'scores.xlsx'));
  if (campaign.id !== 'leshan-2020') continue;
  const names = [...new Set(rows.map((row) => row.name))];
  const bad = rows.map((row) => ({ ...row }));
  const first = bad.find((row) => row.name === names[0]);
  bad.splice(bad.indexOf(first) + 1, 0, { ...first, score: first.score - 3 });
  bad.push({ name: '不存在的创新工作室', expert: PANEL[0], score: 80 });
  bad.find((row) => row.name === names[1]).score = 105;
  bad.find((row) => row.name === names[2]).score = null;
  console.log(await writeScores(campaign, bad, 'scores-with-errors.xlsx'), Object.keys(BAD_ROWS).length, 'mistakes');
}
