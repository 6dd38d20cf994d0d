import { describe, expect, it } from 'vitest';
import type { SheetGrid } from '../../src/import/grid.js';
import { headerSaysWan, matchHeader, normaliseHeader } from '../../src/import/header-match.js';
import { locateHeader } from '../../src/import/locate-header.js';

function grid(rows: readonly (readonly string[])[]): SheetGrid {
  return {
    file: 't.csv',
    date1904: false,
    rows: rows.map((cells, index) => ({
      number: index + 1,
      cells: cells.map((text) => (text === '' ? undefined : { content: { kind: 'text', text }, raw: text })),
    })),
  };
}

describe('header normalisation', () => {
  it('strips whitespace of every kind, required marks and trailing colons, and applies NFKC', () => {
    expect(normaliseHeader(' *领衔人　姓名\n（必填）：')).toBe('领衔人姓名');
    expect(normaliseHeader('职称（技能等级）')).toBe('职称(技能等级)');
    expect(normaliseHeader('＊联系方式(选填)')).toBe('联系方式');
  });
});

describe('header matching', () => {
  it('prefers an exact alias over containment', () => {
    expect(matchHeader('性别', 'studio')).toMatchObject({ field: { key: 'leaderGender' }, exact: true });
    expect(matchHeader('单位名称', 'studio')).toMatchObject({ field: { key: 'unit' }, exact: true });
  });
  it('lets the longest contained alias win', () => {
    expect(matchHeader(normaliseHeader('年均专项经费（万元）'), 'studio')).toMatchObject({ field: { key: 'annualFunding' }, exact: false });
    expect(matchHeader(normaliseHeader('领衔人技能等级（勾选）'), 'studio')?.field.key).toBe('leaderSkillLevel');
    expect(matchHeader(normaliseHeader('区局（产业）工会名称'), 'studio')?.field.key).toBe('recommender');
  });
  it('never matches by a one-character alias inside a longer header, nor by similarity', () => {
    expect(matchHeader('社区', 'studio')).toBeUndefined();
    expect(matchHeader('姓别', 'member')).toBeUndefined();
  });
  it('reads the 万元 unit from the header', () => {
    expect(headerSaysWan(normaliseHeader('年均专项经费（万元）'))).toBe(true);
    expect(headerSaysWan(normaliseHeader('年度专项经费（元）'))).toBe(false);
  });
});

describe('locating the header row and the record level', () => {
  it('takes a sheet with the leader name as a studio list and one with member names as a member list', () => {
    expect(locateHeader(grid([['工作室名称', '领衔人姓名', '申报单位']]), 'a')?.level).toBe('studio');
    expect(locateHeader(grid([['工作室名称', '姓名', '性别', '年龄', '学历', '职称（技能等级）']]), 'b')?.level).toBe('member');
  });
  it('skips title rows above the header', () => {
    const layout = locateHeader(grid([['2020年度创新工作室汇总表'], ['填报单位：某某区总工会'], ['序号', '工作室名称', '领衔人', '申报单位'], ['1', '甲', '张三', '甲公司']]), 'x');
    expect(layout).toMatchObject({ level: 'studio', headerRow: 3, dataStart: 3 });
    expect(layout?.mapped.map((column) => [column.letter, column.field.key])).toEqual([
      ['A', 'studioId'],
      ['B', 'studioName'],
      ['C', 'leaderName'],
      ['D', 'unit'],
    ]);
  });
  it('lets a real id column win over 序号 without warning about 序号', () => {
    const layout = locateHeader(grid([['序号', '工作室编号', '工作室名称', '领衔人']]), 'x');
    expect(layout?.mapped.find((column) => column.field.key === 'studioId')?.letter).toBe('B');
    expect(layout?.duplicates).toEqual([]);
    expect(layout?.rowNumberColumns).toEqual([0]);
  });
  it('ignores instruction sheets whose descriptions merely mention field names', () => {
    expect(locateHeader(grid([['填写说明'], ['列名', '说明'], ['领衔人姓名', '填写真实姓名'], ['工作室名称', '全称']]), '填写说明')).toBeUndefined();
  });
  it('ignores sheets where the recognised columns are a small minority', () => {
    expect(locateHeader(grid([['工作室名称', '领衔人', '甲', '乙', '丙', '丁', '戊']]), 'x')).toBeUndefined();
  });
});
