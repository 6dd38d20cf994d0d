/**
 * What every sample-data generator shares: the seeded random stream, invented
 * people, word counts, intro padding and the titled workbook the offices send.
 *
 * Plain JavaScript like the generators (scripts are not compiled by the build).
 * Each generator keeps its own data (name pools, labels, columns) and passes it in.
 * Nothing here may change the order in which random numbers are drawn: the
 * committed files in data/ are byte-identical to what the generators write.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import PizZip from 'pizzip';

// ---------------------------------------------------------------------------
// Deterministic randomness
// ---------------------------------------------------------------------------

/** mulberry32: tiny, fast and the same on every machine, so one seed gives one sample. */
function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One random stream for a whole generator, with the helpers drawn from it.
 *
 * @example const { int, pick } = createRandom(20201022); pick(['甲', '乙']); int(1, 6);
 */
export function createRandom(seed) {
  const random = mulberry32(seed);
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  const pick = (list) => list[Math.floor(random() * list.length)];
  const chance = (p) => random() < p;
  /** `count` distinct items in drawn order (one draw per item taken). */
  function sample(list, count) {
    const pool = [...list];
    const out = [];
    while (out.length < count && pool.length) out.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
    return out;
  }
  return { random, int, pick, chance, sample };
}

// ---------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------

/**
 * A name maker over the generator's own pools; names never repeat within a sample,
 * so the importer's studio–member links stay unambiguous.
 *
 * @example const personName = createPersonNamer(rng, { surnames: [...'王李'], male: ['伟'], female: ['丽'] }); personName('女');
 */
export function createPersonNamer({ pick }, { surnames, male, female }) {
  const used = new Set();
  return (gender) => {
    for (;;) {
      const name = pick(surnames) + pick(gender === '女' ? female : male);
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
}

/**
 * A mobile number: 1, a two-digit network prefix, eight digits.
 *
 * @example mobileNumber(rng, ['39', '58']) // '13900421337'
 */
export function mobileNumber({ pick, int }, prefixes) {
  return `1${pick(prefixes)}${String(int(0, 99999999)).padStart(8, '0')}`;
}

// ---------------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------------

/**
 * Word count as the rules count it (mirrors countChineseWords in src/core/text.ts,
 * which plain scripts cannot import): CJK characters count 1, a Latin/digit run 1.
 *
 * @example countWords('工作室成立于2016年，共有12名成员。') // 16
 */
export function countWords(text) {
  let count = 0;
  let inLatin = false;
  for (const char of text.normalize('NFC')) {
    if (/[\p{L}\p{N}]/u.test(char) && !isWide(char)) {
      if (!inLatin) count += 1;
      inLatin = true;
      continue;
    }
    inLatin = false;
    if (!/\s/u.test(char)) count += 1;
  }
  return count;
}

function isWide(char) {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFFEF]/u.test(char);
}

/**
 * Joins sentence lists into text, one paragraph per line, after moving spare
 * sentences (in order) into paragraph `into` until the text has `minWords` words.
 * Mutates `paragraphs` and `spare`, as the sentences are used up.
 *
 * @example padParagraphs([['甲。'], ['乙。']], { into: 1, spare: ['丙。'], minWords: 5 }) // '甲。\n乙。丙。'
 */
export function padParagraphs(paragraphs, { into, spare, minWords }) {
  const join = () => paragraphs.map((sentences) => sentences.join('')).join('\n');
  let text = join();
  while (countWords(text) < minWords && spare.length) {
    paragraphs[into].push(spare.shift());
    text = join();
  }
  return text;
}

// ---------------------------------------------------------------------------
// Cells
// ---------------------------------------------------------------------------

/**
 * An Excel date cell showing year and month, as offices type 出生年月 and 创建时间.
 *
 * @example monthCell(1985, 7) // { date: 1985-07-01, format: 'yyyy"年"m"月"' }
 */
export function monthCell(year, month) {
  return { date: new Date(Date.UTC(year, month - 1, 1)), format: 'yyyy"年"m"月"' };
}

/**
 * A column getter's value as a workbook cell, and the text Excel shows (and writes
 * to CSV) for it. Getters return plain values, `{ text }` for text that must stay
 * text (phones, postcodes) or `{ date, format }` for a formatted Excel date.
 *
 * @example cellOf({ text: '021' }) // { xlsx: '021', numFmt: '@', csv: '021' }
 */
export function cellOf(value) {
  if (value && typeof value === 'object' && 'date' in value) {
    const date = value.date;
    const y = date.getUTCFullYear();
    const m = date.getUTCMonth() + 1;
    const d = date.getUTCDate();
    return { xlsx: date, numFmt: value.format, csv: value.format.includes('年') ? `${y}年${m}月` : `${y}/${m}/${d}` };
  }
  if (value && typeof value === 'object' && 'text' in value) return { xlsx: value.text === '' ? null : value.text, numFmt: '@', csv: value.text };
  if (value === '' || value === undefined || value === null) return { xlsx: null, csv: '' };
  return { xlsx: value, csv: String(value) };
}

// ---------------------------------------------------------------------------
// Workbook
// ---------------------------------------------------------------------------

/**
 * The output folder: the first argument, else data/<campaign> below the working directory.
 *
 * @example outDirOf('leshan-2020') // '/work/main/data/leshan-2020' when run without arguments
 */
export function outDirOf(campaign) {
  return resolve(process.argv[2] ?? `data/${campaign}`);
}

/**
 * A workbook with fixed author and dates, so its docProps never change between runs.
 * `modifiedBy` is optional because not every sample names a last editor.
 *
 * @example createWorkbook({ creator: '区总工会', modifiedBy: '区总工会', date: new Date(Date.UTC(2016, 11, 31)) })
 */
export function createWorkbook({ creator, modifiedBy, date }) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = creator;
  if (modifiedBy !== undefined) workbook.lastModifiedBy = modifiedBy;
  workbook.created = date;
  workbook.modified = date;
  return workbook;
}

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };

/**
 * Adds a sheet as offices lay it out: a merged title on row 1, bold headers on row 2
 * (frozen), one record per row from row 3. `columns` are [label, width, get(record, index)].
 * Options: titleHeight / headerHeight (points), headerFill (light blue header),
 * wrapWhen(text) → true for string cells that should wrap, top-aligned.
 *
 * @example addTitledSheet(workbook, { name: '成员', title: '2020年…汇总', columns: [['姓名', 10, (m) => m.name]], records: members, titleHeight: 28 });
 */
export function addTitledSheet(workbook, { name, title, columns, records, titleHeight, headerHeight, headerFill = false, wrapWhen }) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2, topLeftCell: 'A3', activeCell: 'A3' }] });
  sheet.columns = columns.map(([, width]) => ({ width }));
  const titleCell = sheet.getRow(1).getCell(1);
  titleCell.value = title;
  titleCell.font = { bold: true, size: 14 };
  titleCell.alignment = { horizontal: 'center', vertical: 'middle' };
  if (titleHeight !== undefined) sheet.getRow(1).height = titleHeight;
  sheet.mergeCells(1, 1, 1, columns.length);
  const header = sheet.getRow(2);
  columns.forEach(([label], index) => {
    const cell = header.getCell(index + 1);
    cell.value = label;
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    if (headerFill) cell.fill = HEADER_FILL;
  });
  if (headerHeight !== undefined) header.height = headerHeight;
  records.forEach((record, recordIndex) => {
    const row = sheet.getRow(recordIndex + 3);
    columns.forEach(([, , get], index) => {
      const { xlsx, numFmt } = cellOf(get(record, recordIndex));
      const cell = row.getCell(index + 1);
      if (xlsx !== null) cell.value = xlsx;
      if (numFmt) cell.numFmt = numFmt;
      if (wrapWhen && typeof xlsx === 'string' && wrapWhen(xlsx)) cell.alignment = { wrapText: true, vertical: 'top' };
    });
  });
  return sheet;
}

/**
 * Same idea as src/render/zip.ts: fixed zip entry dates (local time, as PizZip
 * stores them) so re-running a generator changes no bytes.
 *
 * @example repackDeterministically(await workbook.xlsx.writeBuffer(), new Date(2020, 0, 1))
 */
export function repackDeterministically(bytes, date = new Date(2020, 0, 1, 0, 0, 0)) {
  const source = new PizZip(bytes);
  const out = new PizZip();
  for (const [name, entry] of Object.entries(source.files)) {
    if (!entry.dir) out.file(name, entry.asUint8Array(), { binary: true, date, createFolders: false });
  }
  return out.generate({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/**
 * Writes the workbook as `<outDir>/<fileName>` (creating the folder) and returns the path.
 *
 * @example await writeWorkbook(workbook, '/tmp/sd/leshan-2020')
 */
export async function writeWorkbook(workbook, outDir, { fileName = 'applications.xlsx', zipDate } = {}) {
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, fileName);
  writeFileSync(path, repackDeterministically(await workbook.xlsx.writeBuffer(), zipDate));
  return path;
}
