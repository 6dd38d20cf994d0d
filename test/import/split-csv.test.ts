import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { splitCsv } from '../../src/import/split-csv.js';

/** What readCsv asked csv-parse for before splitCsv took over the plain cases. */
function csvParse(text: string, delimiter: string) {
  const records = parse(text, { delimiter, info: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, bom: true }) as unknown as {
    record: string[];
    info: { lines: number };
  }[];
  return records.map(({ record, info }) => ({ record, lines: info.lines }));
}

/** A small deterministic generator, so a failure names its input. */
function* randomTexts(count: number, seed: number): Generator<string> {
  const alphabet = ['a', '张', ',', ',', '"', '\n', '\n', ' ', '\t', ';', '""', '\uFEFF'];
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state;
  };
  for (let index = 0; index < count; index += 1) {
    const length = next() % 24;
    let text = '';
    for (let position = 0; position < length; position += 1) text += alphabet[next() % alphabet.length];
    yield text;
  }
}

describe('splitCsv', () => {
  it('reads plain and quoted fields, doubled quotes, line breaks in quotes, and skips empty lines', () => {
    expect(splitCsv('\uFEFF序号,工作室名称\n1,"甲""乙""\n工作室"\n\n2,\n', ',')).toEqual([
      { record: ['序号', '工作室名称'], lines: 1 },
      { record: ['1', '甲"乙"\n工作室'], lines: 3 },
      { record: ['2', ''], lines: 5 },
    ]);
  });

  it('leaves stray and unclosed quotes to csv-parse', () => {
    expect(splitCsv('2019年"上海工匠",a\n', ',')).toBeUndefined();
    expect(splitCsv('"上海工匠"奖,a\n', ',')).toBeUndefined();
    expect(splitCsv('a,"未闭合\n', ',')).toBeUndefined();
  });

  it.each([',', '\t', ';'])('agrees with csv-parse wherever it answers (delimiter %j)', (delimiter) => {
    let answered = 0;
    for (const text of randomTexts(20000, delimiter.charCodeAt(0))) {
      const ours = splitCsv(text, delimiter);
      if (ours === undefined) continue;
      answered += 1;
      expect({ text, records: ours }).toEqual({ text, records: csvParse(text, delimiter) });
    }
    expect(answered).toBeGreaterThan(5000);
  });
});
