import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PdfPrinter } from '../../src/io/browser.js';
import { assertFontsInstalled } from '../../src/io/fonts.js';
import { columnChart, stackedBarChart } from '../../src/render/charts/bar-chart.js';
import { pieChart } from '../../src/render/charts/pie-chart.js';
import { niceTicks } from '../../src/render/charts/svg.js';
import { documentDate, FORM_FONT_FAMILIES } from '../../src/render/pdf/index.js';
import { renderStatisticsPdf, statisticsReportBody } from '../../src/render/stats/report.js';
import { campaignStatistics, categoryBuckets, teamSizeBuckets, type CampaignStatistics } from '../../src/summary/index.js';
import { pdfPageCount, pdfText } from '../fixtures/pdf-inspect.js';
import { countOf, independentCounts, sampleReport, sampleCheck, shanghai2020, validRecords } from './helpers.js';

let stats: CampaignStatistics;
let independent: ReturnType<typeof independentCounts>;

beforeAll(async () => {
  const check = await sampleCheck();
  stats = campaignStatistics(validRecords(check), shanghai2020, { excluded: check.summary.blocked });
  independent = independentCounts(await sampleReport());
});

describe('report statistics from the bundled sample', () => {
  it('counts studios per union and type as an independent count does', () => {
    expect(stats.districts).toEqual(independent.unions);
    stats.districts.forEach((union, row) => {
      expect(stats.byDistrictAndType[row], union).toEqual(stats.types.map((type) => countOf(independent.byUnion.get(union)!.types, type)));
    });
    expect(stats.excluded).toBe(independent.excludedNames.length);
  });

  it('accounts for every studio once in each distribution', () => {
    for (const buckets of [stats.unitNature, stats.teamSize, stats.leaderSkillLevel]) {
      expect(buckets.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(stats.studios);
    }
    const nonPublic = [...independent.byUnion.values()].reduce((sum, union) => sum + union.nonPublic, 0);
    expect(stats.nonPublic).toBe(nonPublic);
  });
});

describe('distribution buckets', () => {
  it('gives each team size its own bar when the spread is small, ranges when it is wide', () => {
    expect(teamSizeBuckets([5, 5, 7])).toEqual([
      { label: '5人', count: 2 },
      { label: '6人', count: 0 },
      { label: '7人', count: 1 },
    ]);
    const wide = teamSizeBuckets([5, 30, 60, 150]);
    expect(wide[0]?.label).toBe('5–17人');
    expect(wide.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(4);
  });

  it('orders categories as the catalogue does, unknown ones after, then 未填', () => {
    expect(categoryBuckets(['民营企业', undefined, '合伙', '国有企业', '民营企业'], ['国有企业', '民营企业'])).toEqual([
      { label: '国有企业', count: 1 },
      { label: '民营企业', count: 2 },
      { label: '合伙', count: 1 },
      { label: '未填', count: 1 },
    ]);
  });

  it('picks round axis ticks', () => {
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(14)).toEqual([0, 5, 10, 15]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});

describe('SVG charts', () => {
  it('label every bar and stack with its numbers', () => {
    const svg = stackedBarChart({ categories: ['甲区总工会', '乙区总工会'], series: [{ name: '工匠', values: [1, 0] }, { name: '技师', values: [2, 3] }] }, '推荐数');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    for (const label of ['甲区总工会', '乙区总工会', '工匠', '技师', '>3<']) expect(svg).toContain(label);
    expect(svg.match(/<rect /g)).toHaveLength(2 + 3);
  });

  it('escape labels so data never becomes markup', () => {
    const svg = pieChart([{ label: '<script>x</script>', value: 1 }, { label: 'A&B', value: 3 }], '性质');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('A&amp;B 3');
    expect(svg).toContain('75%');
  });

  it('draw a full circle for a single category and bars with counts on top', () => {
    expect(pieChart([{ label: '民营企业', value: 4 }], '性质')).toContain('<circle');
    const columns = columnChart({ labels: ['5人', '6人'], values: [3, 0] }, '团队');
    expect(columns.match(/<rect /g)).toHaveLength(1);
    expect(columns).toContain('>6人<');
  });
});

describe('the statistics report', () => {
  it('puts every chart beside a table of its numbers', () => {
    const html = statisticsReportBody(stats, shanghai2020);
    expect(html.match(/<section class="stats-section/g)).toHaveLength(4);
    expect(html.match(/<div class="stats-chart"><svg /g)).toHaveLength(4);
    expect(html.match(/<div class="stats-numbers"><table /g)).toHaveLength(4);
    // Self-contained: nothing to fetch (the SVG namespace is a name, not a request).
    expect(html.replaceAll('xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(/<script|<link|<img|url\(|https?:/);
  });

  describe('printed', () => {
    let printer: PdfPrinter;
    let text: string;
    let pdf: Uint8Array;
    beforeAll(async () => {
      assertFontsInstalled(FORM_FONT_FAMILIES);
      printer = await PdfPrinter.launch();
      pdf = await renderStatisticsPdf(printer, stats, shanghai2020, documentDate(shanghai2020.noticeDate));
      text = pdfText(pdf);
    });
    afterAll(async () => {
      await printer?.close();
    });

    it('shows the title, the section headings and the scope', () => {
      const compact = text.replace(/\s+/g, '');
      expect(compact).toContain('创新工作室申报情况统计');
      for (const heading of ['一、各推荐单位推荐工作室数（按类型）', '二、申报单位性质', '三、团队人数分布（含领衔人）', '四、领衔人技能等级']) expect(compact).toContain(heading);
      expect(compact).toContain(`统计校验通过的${stats.studios}个工作室`);
      expect(compact).toContain(`另有${stats.excluded}个工作室因申报数据有错误未计入`);
    });

    it('prints the chart labels as text, once in the chart and once in its table', () => {
      const occurrences = (needle: string) => text.split(needle).length - 1;
      for (const union of stats.districts) expect(occurrences(union), union).toBeGreaterThanOrEqual(2);
      for (const bucket of stats.unitNature) expect(occurrences(bucket.label), bucket.label).toBeGreaterThanOrEqual(2);
      for (const bucket of stats.leaderSkillLevel) expect(occurrences(bucket.label), bucket.label).toBeGreaterThanOrEqual(2);
    });

    it('prints the tables’ numbers, totals included', () => {
      const lines = text.split('\n').map((line) => line.trim().split(/\s+/));
      const xuhuiRow = stats.districts.indexOf('徐汇区总工会');
      const xuhui = stats.byDistrictAndType[xuhuiRow] ?? [];
      expect(lines.some((cells) => cells.join(' ').endsWith(`徐汇区总工会 ${xuhui.join(' ')} ${xuhui.reduce((a, b) => a + b, 0)}`))).toBe(true);
      const typeTotals = stats.types.map((_, index) => stats.byDistrictAndType.reduce((sum, row) => sum + (row[index] ?? 0), 0));
      expect(lines.some((cells) => cells.join(' ').endsWith(`合计 ${typeTotals.join(' ')} ${stats.studios}`))).toBe(true);
      for (const bucket of stats.teamSize) expect(lines.some((cells) => cells.join(' ').includes(`${bucket.label} ${bucket.count}`)), bucket.label).toBe(true);
      expect(pdfPageCount(pdf)).toBeLessThanOrEqual(3);
    });
  });
});
