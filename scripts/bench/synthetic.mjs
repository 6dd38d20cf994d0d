#!/usr/bin/env node
/**
 * Synthetic Shanghai 2020 applications for the benchmark: N studios, each with a
 * leader and 10 members and an intro of about 800 字, all valid for the campaign's
 * rules (warnings allowed), spread over the notice's recommending unions and the
 * four studio types. Laid out like data/shanghai-2020/applications.xlsx (sheets
 * 工作室 and 成员, a title row above the header), with the same header labels.
 *
 * Run: node scripts/bench/synthetic.mjs --studios 1000 [--seed 2020] [--out-dir out/bench] [--scores] [--force]
 *      prints the workbook's path (and the score sheet's with --scores) on stdout.
 *
 * Deterministic: one seed and size give the same bytes on every run. Files are
 * cached under out/bench/ keyed by size, seed and GENERATOR_VERSION, so repeated
 * benchmark runs skip generation; bump GENERATOR_VERSION whenever the output changes.
 *
 * Written with exceljs's streaming WorkbookWriter: a 10,000-studio workbook built
 * as an in-memory Workbook takes gigabytes. Studio rows stream as they are made;
 * member rows are kept as plain values until the 成员 sheet is written (the writer
 * streams one sheet after the other). Generating 10,000 studios peaks at about 350 MB.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { cellOf, createRandom, mobileNumber, monthCell, repackDeterministically } from '../sample-data/common.mjs';
import { MEMBER_COLUMNS, STUDIO_COLUMNS } from '../sample-data/shanghai-2020-columns.mjs';
import { introOf } from './intro.mjs';
import { EDUCATION, GIVEN_NAME_CHARS, HONOURS, MEMBER_TITLES, NATURES, POSITIONS, RECOMMENDERS, STUDIO_TYPES, SURNAMES, TRADES } from './vocabulary.mjs';

export const GENERATOR_VERSION = 2;
export const DEFAULT_SEED = 2020;
export const MEMBERS_PER_STUDIO = 10;
/** out/bench/ of the project, wherever the script is started from. */
export const DEFAULT_OUT_DIR = fileURLToPath(new URL('../../out/bench/', import.meta.url));

const CAMPAIGNS = ['shanghai-2020'];
const WORKBOOK_DATE = new Date(Date.UTC(2020, 10, 13));
const TITLE = '2020年度上海市工匠（技师、职工、巾帼）创新工作室申报汇总（基准测试数据）';
const SCORE_PANEL = ['王立新', '李慧敏', '张国强', '陈晓燕', '刘建华', '周文斌', '赵明'];

/**
 * Writes (or finds in the cache) the synthetic workbook and returns its path.
 *
 * @example await generate({ studios: 1000 }) // 'out/bench/shanghai-2020-1000-s2020-g2.xlsx'
 */
export async function generate({ studios, campaign = 'shanghai-2020', seed = DEFAULT_SEED, outDir = DEFAULT_OUT_DIR, force = false, onProgress = () => {} }) {
  checkOptions(studios, campaign);
  const path = workbookPath({ studios, campaign, seed, outDir });
  if (!force && existsSync(path)) return path;
  // The 工作室 sheet streams while the studios are made; their members wait (as plain values) for the 成员 sheet.
  const memberRows = [];
  function* studioRows() {
    for (const studio of synthesiseStudios(studios, seed)) {
      for (const member of studio.members) memberRows.push(MEMBER_COLUMNS.map(([, , get]) => get(member, memberRows.length)));
      if (studio.number % 1000 === 0) onProgress(studio.number);
      yield STUDIO_COLUMNS.map(([, , get]) => get(studio));
    }
  }
  await writeStreamedWorkbook(path, [
    { name: '工作室', title: TITLE, columns: STUDIO_COLUMNS, rows: studioRows() },
    { name: '成员', title: `${TITLE}（团队成员）`, columns: MEMBER_COLUMNS, rows: memberRows },
  ]);
  return path;
}

/** Where generate() writes (or finds) the workbook: the cache key is size, seed and generator version. */
export function workbookPath({ studios, campaign = 'shanghai-2020', seed = DEFAULT_SEED, outDir = DEFAULT_OUT_DIR }) {
  return resolve(outDir, `${campaign}-${studios}-s${seed}-g${GENERATOR_VERSION}.xlsx`);
}

/**
 * An expert score sheet for the same studios (5–7 experts of a panel of seven each),
 * in the layout scripts/sample-data/scores.mjs writes; cached like the workbook.
 *
 * @example await generateScores({ studios: 1000 }) // 'out/bench/shanghai-2020-1000-s2020-g2-scores.xlsx'
 */
export async function generateScores({ studios, campaign = 'shanghai-2020', seed = DEFAULT_SEED, outDir = DEFAULT_OUT_DIR, force = false }) {
  checkOptions(studios, campaign);
  const path = workbookPath({ studios, campaign, seed, outDir }).replace(/\.xlsx$/, '-scores.xlsx');
  if (!force && existsSync(path)) return path;
  const { int, sample } = createRandom(seed + 1);
  const rows = [];
  for (const studio of synthesiseStudios(studios, seed)) {
    const base = int(68, 92);
    for (const expert of sample(SCORE_PANEL, int(5, 7))) rows.push([rows.length + 1, studio.name, expert, Math.min(100, base + int(-12, 12) / 2)]);
  }
  const columns = [['序号', 6], ['工作室名称', 40], ['专家', 10], ['得分', 8]];
  await writeStreamedWorkbook(path, [{ name: '评分', title: '2020年度上海市工匠（技师、职工、巾帼）创新工作室专家评分表', columns, rows }]);
  return path;
}

function checkOptions(studios, campaign) {
  if (!CAMPAIGNS.includes(campaign)) throw new Error(`synthetic data exists only for ${CAMPAIGNS.join(', ')}, not ${campaign}`);
  if (!Number.isInteger(studios) || studios < 1) throw new Error(`--studios must be a positive whole number, got ${studios}`);
}

// ---------------------------------------------------------------------------
// Studios
// ---------------------------------------------------------------------------

/**
 * The studios one at a time, from one random stream. Recommenders take turns, and
 * the types 工匠/技师/职工/巾帼 rotate shifted by one each round, so every union gets every type.
 */
export function* synthesiseStudios(count, seed) {
  const rng = createRandom(seed);
  const { int, pick, chance } = rng;
  const leaderNames = new Set();
  const uniqueLeaderName = (gender) => {
    for (;;) {
      const name = personName(rng, gender);
      if (!leaderNames.has(name)) return leaderNames.add(name), name;
    }
  };
  const skilledTrades = TRADES.filter((trade) => !trade.office && !trade.nursing);
  for (let index = 0; index < count; index += 1) {
    const recommender = RECOMMENDERS[index % RECOMMENDERS.length];
    const round = Math.floor(index / RECOMMENDERS.length);
    const type = STUDIO_TYPES[(index + round) % STUDIO_TYPES.length];
    // Every other studio of a district union is a 非公企业, so each district keeps the notice's 50%.
    const nonPublic = recommender.name.endsWith('区总工会') ? round % 2 === 0 || chance(0.2) : chance(0.3);
    // 工匠 and 技师 leaders need a skill level, which office and nursing trades do not have; hospitals are public.
    const trade = type === '工匠' || type === '技师' ? pick(skilledTrades) : pick(nonPublic ? TRADES.filter((candidate) => !candidate.nursing) : TRADES);
    const gender = type === '巾帼' || (trade.nursing && chance(0.9)) ? '女' : chance(0.15) ? '女' : '男';
    const leader = leaderOf(rng, { type, trade, gender, name: uniqueLeaderName(gender) });
    const members = membersOf(rng, { type, trade, leader });
    const founded = foundedOf(rng, type);
    const name = `${leader.name}${type}创新工作室`;
    const unit = unitOf(rng, recommender, trade);
    const team = members.length + 1;
    const studio = {
      number: index + 1,
      name,
      specialty: pick(trade.specialties),
      type,
      recommender: recommender.name,
      unit,
      system: recommender.system,
      nature: trade.nursing ? '事业单位' : pick(nonPublic ? NATURES.nonPublic : NATURES.public),
      industry: trade.industry,
      address: `上海市${recommender.district}${pick(recommender.roads)}${int(8, 2999)}号`,
      postcode: pick(recommender.postcodes),
      founded: founded.cell,
      inventionPatents: int(0, 5),
      utilityPatents: int(1, 16),
      designPatents: chance(0.2) ? int(1, 3) : 0,
      projects: int(1, 6),
      funding: pick([`${int(3, 20)}万元`, String(int(3, 20) * 10000), `${int(3, 15)}.5万`]),
      leader,
      phone: chance(0.8) ? mobileNumber(rng, ['39', '38', '37', '35', '58', '86', '89', '33']) : `021-${int(5, 6)}${String(int(0, 9999999)).padStart(7, '0')}`,
      hukouType: pick(['非农业', '非农业', '非农业', '城镇', '农业']),
      hukouPlace: pick(['本市', '本市', '本市', '上海', '外省市']),
      honours: leaderHonours(rng, { type, gender: leader.gender, region: recommender.system }),
      studioHonours: chance(0.2) ? '' : `${int(2016, 2019)}年${recommender.system}${pick(['工人先锋号', '职工创新工作室', '优秀班组'])}`,
      members: members.map((member) => ({ ...member, studio: name })),
      intro: '',
    };
    const averageAge = Math.round((members.reduce((sum, member) => sum + member.age, 0) + leader.age) / team);
    const seniors = members.filter((member) => /高级技师|高级工程师|副主任护师/.test(member.titleOrSkill)).length + (leader.skill === '高级技师' ? 1 : 0);
    const patents = { invention: studio.inventionPatents, utility: studio.utilityPatents };
    studio.intro = introOf(rng, { studioName: name, unit, leader, trade, specialty: studio.specialty, foundedYear: founded.year, team, averageAge, seniors, patents });
    yield studio;
  }
}

function personName({ pick, chance }, gender) {
  const chars = GIVEN_NAME_CHARS[gender];
  return pick(SURNAMES) + pick(chars) + (chance(0.75) ? pick(chars) : '');
}

function leaderOf({ int, pick }, { type, trade, gender, name }) {
  const age = type === '工匠' ? int(40, 56) : int(32, 55);
  let skill;
  if (trade.nursing || trade.office) skill = '无';
  else if (type === '工匠') skill = '高级技师';
  else if (type === '技师') skill = pick(['技师', '高级技师']);
  else skill = pick(['高级技师', '技师', '高级工']);
  const title = trade.nursing ? pick(['中级', '副高级']) : trade.office ? pick(['高级工程师', '工程师']) : pick(['无', '中级', '工程师', '助理工程师', '高级']);
  const education = trade.nursing ? pick(['本科', '大专']) : trade.office ? pick(['硕士', '本科']) : pick(['大专', '本科', '中专', '大专', '高职']);
  return {
    name,
    gender,
    age,
    skill,
    title,
    education,
    position: trade.nursing && type === '巾帼' ? '护士长' : pick(POSITIONS[type]),
    trade: pick(trade.leaderTrades),
    years: age - int(18, 23),
  };
}

/** What the rules ask of the leader: “上海工匠” for 工匠, a 首席员工-like title for 职工 (a warning otherwise). */
function leaderHonours({ int, pick, chance }, { type, gender, region }) {
  const year = () => int(2012, 2019);
  const honours = [];
  if (type === '工匠') honours.push(`${int(2016, 2019)}年${HONOURS.工匠[0]}`);
  if (type === '职工') honours.push(`${year()}年${region}${pick(HONOURS.职工)}`);
  if (chance(0.7)) honours.push(`${year()}年${pick(HONOURS.extra.filter((honour) => gender === '女' || !/三八|巾帼/.test(honour)))}`);
  return [...new Set(honours)].join('；');
}

function membersOf({ int, pick, chance }, { type, trade, leader }) {
  // 巾帼: at least half the team of 11 (leader included) are women.
  const women = type === '巾帼' ? int(6, 9) : trade.nursing ? int(6, 10) : int(0, 4);
  const genders = Array.from({ length: MEMBERS_PER_STUDIO }, (_, index) => (index < women ? '女' : '男'));
  for (let index = genders.length - 1; index > 0; index -= 1) {
    const other = int(0, index);
    [genders[index], genders[other]] = [genders[other], genders[index]];
  }
  const titles = trade.nursing ? MEMBER_TITLES.nursing : trade.office ? MEMBER_TITLES.office : MEMBER_TITLES.skilled;
  const used = new Set([leader.name]);
  return genders.map((gender) => {
    let name;
    do name = personName({ pick, chance }, gender);
    while (used.has(name));
    used.add(name);
    const age = int(23, 57);
    const titleOrSkill = pick(titles);
    const education = titleOrSkill.includes('工程师') ? pick(EDUCATION.titled) : trade.nursing ? pick(['本科', '大专']) : pick(EDUCATION.skilled);
    return {
      name,
      gender,
      age,
      education,
      titleOrSkill,
      trade: chance(0.4) ? leader.trade : pick(trade.memberTrades),
      years: Math.max(1, age - int(18, 23)),
    };
  });
}

/** 工匠 studios have run 3 years or more (the notice's warning), all others at least 1 by 2020-10-22. */
function foundedOf({ int }, type) {
  const year = type === '工匠' ? int(2011, 2016) : int(2012, 2019);
  const month = year === 2019 ? int(1, 9) : int(1, 12);
  let cell;
  switch (int(0, 3)) {
    case 0: cell = { text: `${year}年${month}月` }; break;
    case 1: cell = { text: `${year}-${String(month).padStart(2, '0')}` }; break;
    case 2: cell = { date: new Date(Date.UTC(year, month - 1, int(1, 28))), format: 'yyyy/m/d' }; break;
    default: cell = monthCell(year, month);
  }
  return { year, cell };
}

function unitOf({ pick }, recommender, trade) {
  const town = pick(recommender.towns);
  if (trade.nursing) return pick([`上海市${recommender.district}${town}医院`, `上海市${recommender.district}${town}社区卫生服务中心`]);
  return `上海${town}${pick(trade.unitWords)}${pick(['有限公司', '有限公司', '股份有限公司', '科技有限公司'])}`;
}

// ---------------------------------------------------------------------------
// Workbook
// ---------------------------------------------------------------------------
/**
 * Streams the sheets (merged title on row 1, bold header on row 2, then each
 * row of cellOf() values an iterable yields, from row 3) to a temporary file, then repacks the zip with
 * fixed entry dates (the streaming writer stamps each entry with the current time)
 * and renames it into place.
 */
async function writeStreamedWorkbook(path, sheets) {
  mkdirSync(join(path, '..'), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  try {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: temp,
      useStyles: true,
      useSharedStrings: false,
      creator: '基准测试',
      lastModifiedBy: '基准测试',
      created: WORKBOOK_DATE,
      modified: WORKBOOK_DATE,
    });
    for (const { name, title, columns, rows } of sheets) {
      const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2, topLeftCell: 'A3', activeCell: 'A3' }] });
      sheet.columns = columns.map(([, width]) => ({ width }));
      const titleRow = sheet.getRow(1);
      titleRow.getCell(1).value = title;
      titleRow.getCell(1).font = { bold: true, size: 14 };
      sheet.mergeCells(1, 1, 1, columns.length);
      titleRow.commit();
      const header = sheet.getRow(2);
      columns.forEach(([label], index) => {
        header.getCell(index + 1).value = label;
        header.getCell(index + 1).font = { bold: true };
      });
      header.commit();
      let rowNumber = 3;
      for (const values of rows) {
        const row = sheet.getRow(rowNumber);
        values.forEach((value, index) => {
          const { xlsx, numFmt } = cellOf(value);
          const cell = row.getCell(index + 1);
          if (xlsx !== null) cell.value = xlsx;
          if (numFmt) cell.numFmt = numFmt;
        });
        row.commit();
        rowNumber += 1;
      }
      sheet.commit();
    }
    await workbook.commit();
    writeFileSync(temp, repackDeterministically(readFileSync(temp)));
    renameSync(temp, path);
  } finally {
    rmSync(temp, { force: true });
  }
}

// ---------------------------------------------------------------------------
// CLI
// ---------------------------------------------------------------------------
async function main() {
  const { values } = parseArgs({
    options: {
      studios: { type: 'string' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      'out-dir': { type: 'string', default: DEFAULT_OUT_DIR },
      campaign: { type: 'string', default: 'shanghai-2020' },
      scores: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
    },
  });
  if (!values.studios) throw new Error('usage: node scripts/bench/synthetic.mjs --studios <n> [--seed n] [--out-dir dir] [--scores] [--force]');
  const options = { studios: Number(values.studios), seed: Number(values.seed), outDir: values['out-dir'], campaign: values.campaign, force: values.force };
  const started = Date.now();
  const cached = !options.force && existsSync(workbookPath(options));
  const path = await generate({ ...options, onProgress: (done) => process.stderr.write(`synthetic: ${done}/${options.studios} studios\n`) });
  process.stdout.write(`${path}\n`);
  if (values.scores) process.stdout.write(`${await generateScores(options)}\n`);
  process.stderr.write(`synthetic: ${options.studios} studios ${cached ? 'found in the cache' : 'ready'} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
