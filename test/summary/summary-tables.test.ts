import { describe, expect, it } from 'vitest';
import { CampaignSchema, type Campaign } from '../../src/campaigns/schema.js';
import { validateApplications, validStudios } from '../../src/validate/index.js';
import { buildSummaryTables, cityStatistics, displayCell, handFilledItems } from '../../src/summary/index.js';
import { draft } from '../fixtures/drafts.js';
import { countOf, independentCounts, RANKED, sampleReport, sampleCheck, shanghai2020, shanghaiSummary, validRecords } from './helpers.js';

describe('Shanghai 附件1 summary tables from the bundled sample', () => {
  it('makes one table per recommending union, in order of first appearance, holding exactly its valid studios', async () => {
    const check = await sampleCheck();
    const expected = independentCounts(await sampleReport());
    const tables = buildSummaryTables(validRecords(check), shanghai2020, shanghaiSummary());
    expect(tables.map((table) => table.group)).toEqual(expected.unions);
    for (const table of tables) {
      const names = table.rows.map((row) => displayCell(row[2] ?? { kind: 'empty' }));
      expect([...names].sort()).toEqual([...(expected.byUnion.get(table.group)?.names ?? [])].sort());
    }
    expect(tables.reduce((sum, table) => sum + table.rows.length, 0)).toBe(check.summary.valid);
  });

  it('leaves out every studio that validation blocked', async () => {
    const check = await sampleCheck();
    const listed = new Set(buildSummaryTables(validRecords(check), shanghai2020, shanghaiSummary()).flatMap((table) => table.studios.map((studio) => studio.name)));
    const { excludedNames } = independentCounts(await sampleReport());
    expect(excludedNames).toHaveLength(check.summary.blocked);
    for (const name of excludedNames) expect(listed.has(name), name).toBe(false);
  });

  it('numbers each list from 1 and orders it by studio type as the campaign lists the types', async () => {
    const check = await sampleCheck();
    const order = shanghai2020.studioTypes.map((type) => type.value);
    for (const table of buildSummaryTables(validRecords(check), shanghai2020, shanghaiSummary())) {
      expect(table.rows.map((row) => displayCell(row[0] ?? { kind: 'empty' }))).toEqual(table.rows.map((_, index) => String(index + 1)));
      const ranks = table.rows.map((row) => order.indexOf(displayCell(row[1] ?? { kind: 'empty' })));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it('counts each type in the header block and the list in the totals row, matching an independent count', async () => {
    const check = await sampleCheck();
    const expected = independentCounts(await sampleReport());
    for (const table of buildSummaryTables(validRecords(check), shanghai2020, shanghaiSummary())) {
      const own = expected.byUnion.get(table.group)!;
      const counts = table.header.rows.flatMap((row) => row.flatMap(({ content }) => (content.kind === 'count' && content.studioType ? [content] : [])));
      expect(counts.map((count) => count.studioType)).toEqual(['工匠', '技师', '职工', '巾帼']);
      for (const count of counts) expect(count.value, `${table.group} ${count.studioType}`).toBe(countOf(own.types, count.studioType ?? ''));
      expect(table.totals?.find((total) => total.kind === 'count')).toEqual({ kind: 'count', value: own.names.length });
      expect(table.header.rows[0]?.[1]?.content).toEqual({ kind: 'group', text: table.group });
    }
  });

  it('names every box the union must fill in by hand', () => {
    expect(handFilledItems(shanghaiSummary())).toEqual([
      '申报人',
      '联系方式',
      '开展本行业、本系统工作室创建活动（方案可附后）（☐有 ☐无）',
      '本地区、本系统工匠创新工作室创建数',
      '本地区、本系统技师创新工作室创建数',
      '本地区、本系统职工创新工作室创建数',
      '本地区、本系统巾帼创新工作室创建数',
      '区局（产业）工会申报意见（盖章： 年 月 日）',
    ]);
  });
});

describe('city statistics from the bundled sample', () => {
  it('flags 徐汇区总工会 as the one union under the campaign’s 50% non-public minimum', async () => {
    const check = await sampleCheck();
    const city = cityStatistics(validRecords(check), shanghai2020, shanghaiSummary());
    expect(city.nonPublicMin).toBe(0.5);
    expect(city.districts.filter((row) => row.belowNonPublicMin).map((row) => row.district)).toEqual(['徐汇区总工会']);
    const expected = independentCounts(await sampleReport());
    for (const row of city.districts) expect(row.nonPublic, row.district).toBe(expected.byUnion.get(row.district)?.nonPublic);
  });

  it('reads the minimum from the rule, not from code', async () => {
    const check = await sampleCheck();
    const strict = withRules(shanghai2020, (rule) => (rule.kind === 'nonPublicShare' ? { ...rule, min: 0.7 } : rule));
    const flagged = cityStatistics(validRecords(check), strict, shanghaiSummary(strict)).districts.filter((row) => row.belowNonPublicMin);
    expect(flagged.length).toBeGreaterThan(1);
    for (const row of flagged) expect(row.nonPublicShare).toBeLessThan(0.7);
    const noRule = withRules(shanghai2020, (rule) => (rule.kind === 'nonPublicShare' ? undefined : rule));
    const city = cityStatistics(validRecords(check), noRule, shanghaiSummary(noRule));
    expect(city.nonPublicMin).toBeUndefined();
    expect(city.districts.some((row) => row.belowNonPublicMin)).toBe(false);
  });

  it('sums patents by kind and prices the counts at the notice’s funding and 1:1 matching', async () => {
    const check = await sampleCheck();
    const city = cityStatistics(validRecords(check), shanghai2020, shanghaiSummary());
    const expected = independentCounts(await sampleReport());
    const funding: Record<string, number> = { 工匠: 20000, 技师: 10000, 职工: 10000, 巾帼: 10000 };
    let requestedTotal = 0;
    for (const row of city.districts) {
      const own = expected.byUnion.get(row.district)!;
      expect(row.sums).toEqual([own.invention, own.utility, own.design, own.invention + own.utility + own.design]);
      const requested = own.types.reduce((sum, type) => sum + (funding[type] ?? 0), 0);
      expect(row.fundingRequested).toBe(requested);
      expect(row.fundingMatched).toBe(requested);
      requestedTotal += requested;
    }
    expect(city.totals.fundingRequested).toBe(requestedTotal);
    expect(city.totals.total).toBe(check.summary.valid);
    expect(city.totals.byType.reduce((sum, count) => sum + count, 0)).toBe(check.summary.valid);
  });
});

describe('a ranked definition with numeric columns (the Leshan 附件2 shape)', () => {
  const drafts = [
    draft({ studioId: 'A', studioName: '甲工作室', projectsThisYear: 3, annualFunding: 25000, inventionPatents: 1, utilityPatents: 2 }),
    draft({ studioId: 'B', studioName: '乙工作室', projectsThisYear: 1, annualFunding: 100000, inventionPatents: 0, utilityPatents: 0 }),
    draft({ studioId: 'C', studioName: '丙工作室', projectsThisYear: 2, annualFunding: undefined, inventionPatents: 4, utilityPatents: 0 }),
  ];
  const studios = validStudios(validateApplications({ inputs: [], studios: drafts, problems: [] }, shanghai2020)).map(({ studio }) => studio);

  it('sorts by the ranking field and keeps numbers as numbers, amounts in 万元', () => {
    const [table] = buildSummaryTables(studios, shanghai2020, RANKED);
    expect(table?.rows.map((row) => displayCell(row[1] ?? { kind: 'empty' }))).toHaveLength(3);
    expect(table?.studios.map((studio) => studio.name)).toEqual(['乙工作室', '丙工作室', '甲工作室']);
    expect(table?.rows[0]?.[5]).toEqual({ kind: 'number', value: 10, format: 'wan' });
    expect(table?.rows[1]?.[5]).toEqual({ kind: 'empty' });
    expect(table?.rows[2]?.[5]).toEqual({ kind: 'number', value: 2.5, format: 'wan' });
    expect(table?.rows[0]?.[3]).toEqual({ kind: 'text', text: '上海申华精密机械有限公司 数控车间主任' });
  });

  it('sums each totalled column and puts the label over the columns before the first total', () => {
    const [table] = buildSummaryTables(studios, shanghai2020, RANKED);
    expect(table?.totals?.[0]).toEqual({ kind: 'label', text: '合计', span: 4 });
    expect(table?.totals?.[4]).toEqual({ kind: 'sum', value: 7 * 3, format: 'integer' });
    expect(table?.totals?.[5]).toEqual({ kind: 'sum', value: 12.5, format: 'wan' });
    expect(table?.totals?.[6]).toEqual({ kind: 'sum', value: 7, format: 'integer' });
  });

  it('stretches the last header cell to the table edge', () => {
    const [table] = buildSummaryTables(studios, shanghai2020, RANKED);
    expect(table?.header.rows[0]?.map((cell) => cell.span)).toEqual([2, 2, 1, 2]);
  });
});

describe('summary definitions are checked when the campaign loads', () => {
  const withSummary = (patch: (summary: Record<string, unknown>) => void) => {
    const json = JSON.parse(JSON.stringify(shanghai2020)) as { summaries: Record<string, unknown>[] };
    patch(json.summaries[0] as Record<string, unknown>);
    return CampaignSchema.safeParse(json);
  };
  it('refuses a column on a field the campaign does not collect', () => {
    const result = withSummary((summary) => ((summary.columns as { value: string }[])[2] = { value: 'field:economicBenefit', header: '效益' } as never));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('economicBenefit');
  });
  it('refuses an unknown column source, an unknown studio type and an over-wide header row', () => {
    expect(withSummary((summary) => ((summary.columns as { value: string }[])[0]!.value = 'bogus')).success).toBe(false);
    expect(withSummary((summary) => (((summary.header as { rows: unknown[][] }).rows[3] as { value?: string }[])[3] = { value: 'typeCount:劳模' })).success).toBe(false);
    expect(withSummary((summary) => (summary.header as { rows: unknown[][] }).rows.push([{ label: 'x', span: 6 }, { value: 'blank' }])).success).toBe(false);
  });
});

function withRules(campaign: Campaign, change: (rule: Campaign['rules'][number]) => Campaign['rules'][number] | undefined): Campaign {
  return { ...campaign, rules: campaign.rules.flatMap((rule) => {
    const changed = change(rule);
    return changed ? [changed] : [];
  }) };
}
