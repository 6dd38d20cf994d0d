import { describe, expect, it } from 'vitest';
import type { OfficialDocument, TableRow } from '../../src/render/announcements/blocks.js';
import { officialHtmlBody } from '../../src/render/announcements/html.js';

function listOf(count: number): OfficialDocument {
  const rows: TableRow[] = Array.from({ length: count }, (_, index) => ({ kind: 'cells', cells: [String(index + 1), `第${index + 1}号工匠创新工作室`] }));
  return {
    title: '推荐排序名单',
    blocks: [{ kind: 'table', columns: [{ header: '名次', width: 1, align: 'center' }, { header: '工作室名称', width: 4, align: 'left' }], rows }],
  };
}

/** Chromium cannot print one table of 10,000 rows (“Printing failed”); long lists are printed as tables of 500 rows. */
describe('a long ranked list in an official document', () => {
  it('is one table up to 500 rows', () => {
    const html = officialHtmlBody(listOf(500));
    expect(html.match(/<table/g)).toHaveLength(1);
    expect(html).not.toContain('class="continued"');
  });

  it('becomes tables of 500 rows, each continuation on a new page under its own header, with every row once and in order', () => {
    const html = officialHtmlBody(listOf(1201));
    const tables = html.match(/<table[^>]*>.*?<\/table>/gs) ?? [];
    expect(tables).toHaveLength(3);
    expect(tables.map((table) => table.startsWith('<table class="continued">'))).toEqual([false, true, true]);
    expect(tables.map((table) => (table.match(/<th>名次<\/th>/g) ?? []).length)).toEqual([1, 1, 1]);
    expect(tables.map((table) => (table.match(/<tr><td/g) ?? []).length)).toEqual([500, 500, 201]);
    const numbers = [...html.matchAll(/第(\d+)号/g)].map((match) => Number(match[1]));
    expect(numbers).toEqual(Array.from({ length: 1201 }, (_, index) => index + 1));
    expect(html).toContain('.official table.continued { break-before: page; }');
  });
});
