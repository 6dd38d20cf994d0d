import { describe, expect, it } from 'vitest';
import { describeRule } from '../../../src/render/xlsx/rule-text.js';
import { beijingDraft, campaign, checkOneBeijing, participants, problemCodes } from './fixtures.js';

describe('Beijing district 2016 rules: a complete, eligible studio', () => {
  it('passes every rule with no problem at all, as a studio of the one type 职工 without a 申报类型 column', () => {
    const draft = beijingDraft();
    expect(draft.values.studioType).toBeUndefined();
    const studio = checkOneBeijing(draft);
    expect(studio.problems).toEqual([]);
    expect(studio.studio?.type).toBe('职工');
    expect(studio.studio?.members).toHaveLength(29);
  });

  it('describes the campaign as the notice does: one type, 10 district-level studios, contact 区总工会权益部', () => {
    expect(campaign.studioTypes).toEqual([{ value: '职工', title: '区级职工创新工作室', aliases: ['职工创新工作室', '职工工作室'], quota: 10 }]);
    expect(campaign.issuer).toBe('区总工会、区科学技术委员会');
    expect(campaign.noticeTitle).toBe('关于创建2016年职工创新工作室工作的通知');
    expect(campaign.deadline).toBe('2017-01-20');
    expect(campaign.contact).toMatchObject({ department: '区总工会权益部', phone: '81389319、13811014629', people: ['刘永久'] });
  });
});

describe('previously named studios are excluded (以前被授予区级以上职工创新工作室的不再参加评选)', () => {
  it('blocks a studio that answers 是 to 是否曾被评为区级职工创新工作室', () => {
    const studio = checkOneBeijing(beijingDraft({ previouslyNamedDistrict: true }));
    const problem = studio.problems.find((p) => p.code === 'EXCLUDED_FLAG');
    expect(problem?.severity).toBe('error');
    expect(problem?.header).toBe('是否曾被评为区级职工创新工作室');
    expect(problem?.message).toContain('依据：四、以前被授予区级以上职工创新工作室的不再参加评选');
    expect(studio.blocked).toBe(true);
  });

  it.each([
    ['2014年房山区职工创新工作室'],
    ['2015年区级职工创新工作室'],
    ['2013年北京市职工创新工作室；2014年房山区工人先锋号'],
    ['2015年市级职工创新工作室'],
  ])('blocks a studio whose honours say it already holds the title: %s', (honours) => {
    const studio = checkOneBeijing(beijingDraft({ studioHonours: honours }));
    expect(studio.problems.find((p) => p.code === 'EXCLUDED_HONOUR')?.severity).toBe('error');
    expect(studio.blocked).toBe(true);
  });

  it('accepts other honours of the studio and its unit', () => {
    expect(problemCodes(checkOneBeijing(beijingDraft({ studioHonours: '2014年北京市工人先锋号；2015年房山区模范职工之家' })))).toEqual([]);
  });
});

describe('team size (30人左右，不宜超过150人; the leader counts)', () => {
  it('accepts 150 people: the leader and 149 participants', () => {
    expect(problemCodes(checkOneBeijing(beijingDraft({}, participants(149))))).toEqual([]);
  });

  it('warns, without blocking, about 151 people', () => {
    const studio = checkOneBeijing(beijingDraft({}, participants(150)));
    const problem = studio.problems.find((p) => p.code === 'TEAM_TOO_LARGE');
    expect(problem?.severity).toBe('warning');
    expect(problem?.message).toContain('团队人数151人（含领衔人），超过150人');
    expect(problem?.message).toContain('不宜超过150人');
    expect(studio.blocked).toBe(false);
  });

  it('accepts 20 people, well within “30人左右”', () => {
    expect(problemCodes(checkOneBeijing(beijingDraft({}, participants(19))))).toEqual([]);
  });

  it('warns, without blocking, about 19 people', () => {
    const studio = checkOneBeijing(beijingDraft({}, participants(18)));
    const problem = studio.problems.find((p) => p.code === 'TEAM_TOO_SMALL');
    expect(problem?.severity).toBe('warning');
    expect(problem?.message).toContain('团队人数19人（含领衔人），少于20人');
    expect(problem?.message).toContain('30人左右');
    expect(studio.blocked).toBe(false);
  });
});

describe('经费构成 must add up: 合计 = 本单位支持 + 外部资金 + 自筹资金 + 其他', () => {
  it('accepts parts that add up, including 万元 with decimals', () => {
    expect(problemCodes(checkOneBeijing(beijingDraft({ fundingTotal: 125000, fundingUnit: 100000, fundingExternal: 20000, fundingSelf: 5000, fundingOther: undefined })))).toEqual([]);
  });

  it('blocks a total that differs from its parts and names every amount', () => {
    const studio = checkOneBeijing(beijingDraft({ fundingTotal: 300000, fundingUnit: 200000, fundingExternal: 50000, fundingSelf: 30000, fundingOther: 0 }));
    const problem = studio.problems.find((p) => p.code === 'SUM_MISMATCH');
    expect(problem?.severity).toBe('error');
    expect(problem?.message).toContain('为30万元，但各项之和为28万元');
    expect(problem?.message).toContain('本单位支持（万元）20万元');
    expect(studio.blocked).toBe(true);
  });
});

describe('basic conditions the data can decide (三、基本条件)', () => {
  it('blocks a studio without any 经费 (有一定的工作经费) and says so in 元', () => {
    const studio = checkOneBeijing(beijingDraft({ fundingTotal: 0, fundingUnit: 0, fundingExternal: 0, fundingSelf: 0, fundingOther: 0 }));
    const problem = studio.problems.find((p) => p.code === 'BELOW_MINIMUM' && p.field === 'fundingTotal');
    expect(problem?.message).toContain('“经费合计（万元）”为0元，至少应为1元');
    expect(problem?.message).toContain('有一定的工作经费');
  });

  it('blocks a studio without a site (有用于开展创新活动的基本活动场所)', () => {
    const problem = checkOneBeijing(beijingDraft({ siteArea: 0 })).problems.find((p) => p.code === 'BELOW_MINIMUM');
    expect(problem?.field).toBe('siteArea');
    expect(problem?.severity).toBe('error');
  });

  it('blocks a studio with no 创新成果 at all (每年…至少完成1-2项创新成果) and accepts one with a single result', () => {
    const problem = checkOneBeijing(beijingDraft({ achievementsTotal: 0 })).problems.find((p) => p.code === 'BELOW_MINIMUM');
    expect(problem?.field).toBe('achievementsTotal');
    expect(problem?.message).toContain('至少完成1-2项创新成果');
    expect(problemCodes(checkOneBeijing(beijingDraft({ achievementsTotal: 1 })))).toEqual([]);
  });

  it('does not judge the leader’s standing: a leader with no honours and no 劳模 title is left to the reviewers', () => {
    expect(problemCodes(checkOneBeijing(beijingDraft({ leaderHonours: undefined, leaderIsModelWorker: false })))).toEqual([]);
  });
});

describe('the form must be filled in (填写《职工创新工作室申报表》)', () => {
  it.each([
    ['nextYearPlan', '明年工作计划'],
    ['thisYearWork', '本年工作内容'],
    ['resultsText', '创新成果及转化情况'],
    ['previouslyNamedDistrict', '是否曾被评为区级职工创新工作室'],
    ['leaderIsModelWorker', '是否荣获劳模或工匠称号'],
    ['unitNature', '单位性质'],
    ['innovationFields', '创新工作领域'],
    ['recommenderContact', '推荐单位联系人及联系方式'],
  ])('blocks a studio without %s', (field, label) => {
    const studio = checkOneBeijing(beijingDraft({ [field]: undefined }));
    const problem = studio.problems.find((p) => p.code === 'REQUIRED_MISSING' && p.field === field);
    expect(problem?.message).toContain(`“${label}”未填写`);
    expect(studio.blocked).toBe(true);
  });

  it('blocks a participant without 主要分工 or 所在部门 and points at the member row', () => {
    const members = participants(29, (index) => (index === 4 ? { role: undefined } : index === 9 ? { department: undefined } : {}));
    const studio = checkOneBeijing(beijingDraft({}, members));
    const missing = studio.problems.filter((p) => p.code === 'REQUIRED_MISSING');
    expect(missing.map((p) => p.header).sort()).toEqual(['主要分工', '所在部门']);
    expect(missing.every((p) => p.sheet === '成员')).toBe(true);
    expect(studio.blocked).toBe(true);
  });

  it('leaves the leader’s 办公电话, 电子邮件 and the publicity materials optional, as the form allows blanks there', () => {
    expect(problemCodes(checkOneBeijing(beijingDraft({ leaderOfficePhone: undefined, leaderEmail: undefined, publicityMaterials: undefined, fundingTotal: 245000, fundingOther: undefined, fundingOtherNote: undefined })))).toEqual([]);
  });
});

describe('every rule quotes the notice and reads as one instruction', () => {
  it('gives each rule a basis from the notice and a plain description', () => {
    const descriptions = campaign.rules.map((rule) => describeRule(rule, campaign));
    expect(descriptions).toContain('团队不超过150人（含领衔人）');
    expect(descriptions).toContain('“经费合计（万元）”须等于“本单位支持（万元）”＋“外部资金（万元）”＋“自筹资金（万元）”＋“其他资金（万元）”');
    expect(descriptions).toContain('“经费合计（万元）”不少于1元');
    expect(descriptions).toContain('“是否曾被评为区级职工创新工作室”为“是”的不能申报');
    for (const rule of campaign.rules) expect(rule.basis).toMatch(/^(三|四)、|^附件/);
  });
});
