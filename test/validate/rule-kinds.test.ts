import { describe, expect, it } from 'vitest';
import { CampaignSchema, type Campaign } from '../../src/campaigns/schema.js';
import { draft } from '../fixtures/drafts.js';
import { check, checkOne, codes, shanghai2020 } from './helpers.js';

/** The Shanghai campaign with its rules replaced, to test one rule kind at a time. */
function withRules(rules: unknown[]): Campaign {
  return CampaignSchema.parse({ ...shanghai2020, rules });
}

describe('namingPattern: the name the notice prescribes', () => {
  const campaign = withRules([{ kind: 'namingPattern', pattern: '{unit}{leaderName}劳模和工匠人才创新工作室', basis: '填表说明1' }]);
  it('accepts 单位 + 劳模姓名 + 劳模和工匠人才创新工作室, ignoring spaces', () => {
    expect(codes(checkOne(draft({ unit: '乐山某公司', leaderName: '张三', studioName: '乐山某公司 张三劳模和工匠人才创新工作室' }), campaign))).toEqual([]);
  });
  it('names the expected name when it differs', () => {
    const problem = checkOne(draft({ unit: '乐山某公司', leaderName: '张三', studioName: '张三创新工作室' }), campaign).problems[0];
    expect(problem?.code).toBe('NAME_PATTERN');
    expect(problem?.message).toContain('工作室名称应为“乐山某公司张三劳模和工匠人才创新工作室”');
  });
});

describe('sumEquals: a funding total must equal its parts', () => {
  const campaign = withRules([{ kind: 'sumEquals', total: 'fundingTotal', parts: ['fundingUnit', 'fundingExternal', 'fundingSelf', 'fundingOther'], basis: '经费构成' }]);
  it('accepts 20万 = 15万 + 3万 + 2万 (+ blank other)', () => {
    expect(codes(checkOne(draft({ fundingTotal: 200000, fundingUnit: 150000, fundingExternal: 30000, fundingSelf: 20000 }), campaign))).toEqual([]);
  });
  it('shows both sums when they differ', () => {
    const problem = checkOne(draft({ fundingTotal: 200000, fundingUnit: 150000, fundingExternal: 30000 }), campaign).problems[0];
    expect(problem?.code).toBe('SUM_MISMATCH');
    expect(problem?.message).toContain('为20万元，但各项之和为18万元');
  });
});

describe('flagNotSet: a yes/no answer that disqualifies', () => {
  const campaign = withRules([{ kind: 'flagNotSet', field: 'previouslyNamedDistrict', basis: '以前被授予区级以上职工创新工作室的不再参加评选' }]);
  it('blocks 是 and passes 否 or blank', () => {
    expect(checkOne(draft({ previouslyNamedDistrict: true }), campaign).blocked).toBe(true);
    expect(codes(checkOne(draft({ previouslyNamedDistrict: false }), campaign))).toEqual([]);
    expect(codes(checkOne(draft(), campaign))).toEqual([]);
  });
});

describe('recommenderCount: how many studios each recommender puts forward', () => {
  const campaign = withRules([
    { kind: 'recommenderCount', min: 2, recommenderPattern: '(县|区)总工会$', recommenderDescription: '县（区）总工会', severity: 'warning', basis: '至少申报2个' },
    { kind: 'recommenderCount', max: 2, basis: '可推荐1-2个' },
  ]);
  const studios = [
    draft({ studioId: 'a1', studioName: 'a1', recommender: '甲县总工会' }),
    draft({ studioId: 'b1', studioName: 'b1', recommender: '乙区总工会' }),
    draft({ studioId: 'b2', studioName: 'b2', recommender: '乙区总工会' }),
    draft({ studioId: 'c1', studioName: 'c1', recommender: '市教育工会' }),
    draft({ studioId: 'c2', studioName: 'c2', recommender: '市教育工会' }),
    draft({ studioId: 'c3', studioName: 'c3', recommender: '市教育工会' }),
  ];
  it('warns about a county union with one studio and errs on a unit with three; others pass', () => {
    const found = check(studios, campaign).problems;
    expect(found.map((p) => `${p.code}:${p.severity}`)).toEqual(['TOO_FEW_FOR_RECOMMENDER:warning', 'TOO_MANY_FOR_RECOMMENDER:error']);
    expect(found[0]?.message).toContain('甲县总工会（县（区）总工会）申报了1个工作室，至少应申报2个');
    expect(found[1]?.message).toContain('市教育工会推荐了3个工作室，最多可推荐2个');
  });
});

describe('rankWithinRecommender: several studios from one recommender must be ranked 1…n', () => {
  const campaign = withRules([{ kind: 'rankWithinRecommender', basis: '申报数量1个以上的，要对申报工作室进行排序' }]);
  it('accepts 1, 2 and a single unranked studio elsewhere', () => {
    const report = check([
      draft({ studioId: 'a1', studioName: 'a1', recommender: '甲', recommendRank: 2 }),
      draft({ studioId: 'a2', studioName: 'a2', recommender: '甲', recommendRank: 1 }),
      draft({ studioId: 'b1', studioName: 'b1', recommender: '乙' }),
    ], campaign);
    expect(report.problems).toEqual([]);
  });
  it('blocks the studios with a missing, duplicate or out-of-range rank, on their own rows', () => {
    const report = check([
      draft({ studioId: 'a1', studioName: 'a1', recommender: '甲', recommendRank: 1 }),
      draft({ studioId: 'a2', studioName: 'a2', recommender: '甲' }),
      draft({ studioId: 'a3', studioName: 'a3', recommender: '甲', recommendRank: 5 }),
      draft({ studioId: 'b1', studioName: 'b1', recommender: '乙', recommendRank: 1 }),
      draft({ studioId: 'b2', studioName: 'b2', recommender: '乙', recommendRank: 1 }),
    ], campaign);
    expect(report.studios.map((s) => [s.key, s.problems.map((p) => p.code).join()])).toEqual([
      ['a1', ''], ['a2', 'RANK_MISSING'], ['a3', 'RANK_INVALID'], ['b1', 'RANK_INVALID'], ['b2', 'RANK_INVALID'],
    ]);
    expect(report.studios.find((s) => s.key === 'a2')?.blocked).toBe(true);
  });
});

describe('textLength over several fields (an outline counted as a whole)', () => {
  const campaign = withRules([{ kind: 'textLength', fields: ['materialBackground', 'materialResults'], min: 2000, wording: '2000字以上', basis: '附件3' }]);
  it('adds the chapters up', () => {
    expect(codes(checkOne(draft({ materialBackground: '创'.repeat(1200), materialResults: '新'.repeat(800) }), campaign))).toEqual([]);
    const problem = checkOne(draft({ materialBackground: '创'.repeat(1200), materialResults: '新'.repeat(700) }), campaign).problems[0];
    expect(problem?.message).toContain('合计共1900字');
  });
});

describe('rules limited to some studio types apply to batch rules too', () => {
  it('counts only the types named', () => {
    const campaign = withRules([{ kind: 'recommenderCount', max: 1, types: ['工匠'], basis: 'x' }]);
    const studios = [
      draft({ studioId: 'a', studioName: 'a', recommender: '甲' }),
      draft({ studioId: 'b', studioName: 'b', recommender: '甲', studioType: '技师' }),
    ];
    expect(check(studios, campaign).problems).toEqual([]);
  });
});


describe('batch rules count every studio of a recommender, also one with an unrelated error', () => {
  const campaign = withRules([
    { kind: 'rankWithinRecommender', basis: '排序' },
    { kind: 'recommenderCount', max: 2, basis: '1-2个' },
  ]);
  it('keeps ranks 1–3 valid when studio 1 has a bad phone number, and still sees three studios', () => {
    const report = check([
      draft({ studioId: 'a1', studioName: 'a1', recommender: '甲', recommendRank: 1, leaderPhone: '电话见附件' }),
      draft({ studioId: 'a2', studioName: 'a2', recommender: '甲', recommendRank: 2 }),
      draft({ studioId: 'a3', studioName: 'a3', recommender: '甲', recommendRank: 3 }),
    ], campaign);
    expect(report.problems.map((p) => p.code).sort()).toEqual(['INVALID_VALUE', 'TOO_MANY_FOR_RECOMMENDER']);
  });
});

describe('phone numbers as offices write them', () => {
  it('accepts an extension and two numbers, and says what is wrong otherwise without repeating the label', () => {
    expect(codes(checkOne(draft({ leaderPhone: '0833-2123456转801、13800138000' }), withRules([])))).toEqual([]);
    const problem = checkOne(draft({ leaderPhone: '见附件' }), withRules([])).problems[0];
    expect(problem?.message).toBe('“联系方式”应为电话号码（可带分机“转801”，多个号码用顿号分隔）');
  });
});
