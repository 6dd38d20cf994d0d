import { describe, expect, it } from 'vitest';
import { fieldDef } from '../../src/model/fields.js';
import type { CellContent } from '../../src/import/grid.js';
import { splitTitleOrSkill } from '../../src/import/title-skill.js';
import { matchOption, normaliseValue, type ValueContext } from '../../src/import/values.js';

const text = (value: string): CellContent => ({ kind: 'text', text: value });
const number = (value: number): CellContent => ({ kind: 'number', number: value });

function studio(key: string, content: CellContent, context?: ValueContext) {
  return normaliseValue(fieldDef('studio', key), content, context);
}
function codes(result: { issues: readonly { code: string }[] }): string[] {
  return result.issues.map((issue) => issue.code);
}

describe('text values', () => {
  it('turns full-width letters and digits into ASCII but keeps Chinese punctuation', () => {
    expect(studio('unit', text('  上海ＡＢＣ１２３机械有限公司（浦东）  ')).value).toBe('上海ABC123机械有限公司（浦东）');
  });
  it('collapses whitespace runs, including U+3000, and removes padding between Chinese characters', () => {
    expect(studio('leaderName', text('王　　强')).value).toBe('王强');
    expect(studio('leaderPosition', text('数控  车间\n主任 Team   Lead')).value).toBe('数控车间主任 Team Lead');
  });
  it('maps Kangxi radicals pasted from PDFs to the ordinary characters', () => {
    expect(studio('studioName', text('\u2F2F匠创新工作室')).value).toBe('工匠创新工作室');
  });
  it('keeps line breaks in narrative text and drops paragraph indents and extra blank lines', () => {
    expect(studio('intro', text('　　工作室成立于2016年，共①项成果……\r\n\r\n\r\n　　第二段。')).value).toBe('工作室成立于2016年，共①项成果……\n\n第二段。');
  });
  it('keeps control characters so validation can point at them', () => {
    expect(studio('studioName', text('工作室\u0007名称')).value).toBe('工作室\u0007名称');
  });
  it('leaves a blank cell absent without a problem', () => {
    expect(studio('studioName', text('   '))).toEqual({ issues: [] });
    expect(studio('studioName', { kind: 'empty' })).toEqual({ issues: [] });
  });
  it('keeps the studio type as typed (the campaign decides which types exist)', () => {
    expect(studio('studioType', text('工匠创新工作室')).value).toBe('工匠创新工作室');
  });
});

describe('integer and decimal values', () => {
  it('reads full-width digits and unit suffixes', () => {
    expect(studio('leaderYearsWorking', text('２８年')).value).toBe(28);
    expect(studio('inventionPatents', text('5项')).value).toBe(5);
    expect(normaliseValue(fieldDef('member', 'age'), text('35岁')).value).toBe(35);
  });
  it('reads areas written with ㎡, m² or 平方米 and thousands separators', () => {
    expect(studio('siteArea', text('80㎡')).value).toBe(80);
    expect(studio('siteArea', text('80m²')).value).toBe(80);
    expect(studio('siteArea', text('1,200.5平方米')).value).toBe(1200.5);
  });
  it('reads 无 as zero and a dash as empty', () => {
    expect(studio('designPatents', text('无')).value).toBe(0);
    expect(studio('designPatents', text('/'))).toEqual({ issues: [] });
  });
  it('rejects negative, fractional and non-numeric counts with INVALID_NUMBER', () => {
    expect(codes(studio('inventionPatents', text('-2')))).toEqual(['INVALID_NUMBER']);
    expect(codes(studio('inventionPatents', number(2.5)))).toEqual(['INVALID_NUMBER']);
    const result = studio('inventionPatents', text('若干'));
    expect(result.value).toBeUndefined();
    expect(result.issues).toMatchObject([{ code: 'INVALID_NUMBER', severity: 'error' }]);
  });
  it('explains a count that Excel turned into a date', () => {
    const result = studio('projectsThisYear', { kind: 'date', year: 2020, month: 3, day: 5, hasDay: true });
    expect(result.issues[0]?.message).toContain('被 Excel 识别成了日期');
  });
});

describe('amounts', () => {
  it.each([
    ['2万元', 20000],
    ['2.5万', 25000],
    ['20,000元', 20000],
    ['20000', 20000],
    ['￥20000', 20000],
    ['2万', 20000],
    ['人民币 1.2 万元', 12000],
  ])('reads %s as %d 元', (input, yuan) => {
    expect(studio('annualFunding', text(input)).value).toBe(yuan);
  });
  it('reads bare numbers in a column headed 万元 as 万, but an explicit unit still wins', () => {
    expect(studio('annualFunding', number(2.3), { columnInWan: true }).value).toBe(23000);
    expect(studio('annualFunding', text('2'), { columnInWan: true }).value).toBe(20000);
    expect(studio('annualFunding', text('15000元'), { columnInWan: true }).value).toBe(15000);
  });
  it('warns when the unit looks wrong for the size of the number', () => {
    expect(codes(studio('annualFunding', number(20000), { columnInWan: true }))).toEqual(['AMOUNT_UNIT_SUSPECT']);
    expect(codes(studio('annualFunding', number(5)))).toEqual(['AMOUNT_UNIT_SUSPECT']);
  });
  it('rejects text that is not an amount', () => {
    expect(codes(studio('annualFunding', text('两万')))).toEqual(['INVALID_AMOUNT']);
  });
});

describe('dates', () => {
  it.each([
    ['1975年3月', '1975-03'],
    ['1975年3月5日', '1975-03-05'],
    ['1975.3', '1975-03'],
    ['1975-03', '1975-03'],
    ['1975/3/5', '1975-03-05'],
    ['197503', '1975-03'],
    ['19750305', '1975-03-05'],
    ['１９７５年３月', '1975-03'],
    ['1975-03-05 00:00:00', '1975-03-05'],
  ])('reads %s as %s', (input, iso) => {
    expect(studio('leaderBirthDate', text(input))).toEqual({ value: iso, issues: [] });
  });
  it('reads a year alone as January with DATE_YEAR_ONLY', () => {
    expect(studio('foundedDate', text('2016年'))).toMatchObject({ value: '2016-01', issues: [{ code: 'DATE_YEAR_ONLY', severity: 'warning' }] });
    expect(studio('foundedDate', number(2016)).value).toBe('2016-01');
  });
  it('reads 1975.1 as January but warns that it may be a mangled 1975.10', () => {
    const fromNumber = studio('leaderBirthDate', number(1975.1));
    expect(fromNumber.value).toBe('1975-01');
    expect(codes(fromNumber)).toEqual(['DATE_AMBIGUOUS_MONTH']);
    expect(codes(studio('leaderBirthDate', text('1975.1')))).toEqual(['DATE_AMBIGUOUS_MONTH']);
    expect(studio('leaderBirthDate', text('1975.10'))).toEqual({ value: '1975-10', issues: [] });
  });
  it('reads Excel serial numbers in the 1900 and 1904 systems', () => {
    expect(studio('foundedDate', number(42430)).value).toBe('2016-03-01');
    expect(studio('foundedDate', number(40968), { date1904: true }).value).toBe('2016-03-01');
    expect(studio('foundedDate', number(42430.75)).value).toBe('2016-03-01');
  });
  it('uses the month of a date-formatted cell without inventing a day when the format shows none', () => {
    expect(studio('foundedDate', { kind: 'date', year: 2016, month: 3, day: 1, hasDay: false }).value).toBe('2016-03');
    expect(studio('foundedDate', { kind: 'date', year: 2016, month: 3, day: 9, hasDay: true }).value).toBe('2016-03-09');
  });
  it('places a two-digit year with the reference date, or asks for four digits without one', () => {
    expect(studio('leaderBirthDate', text('75.3'), { referenceYear: 2020 })).toMatchObject({ value: '1975-03', issues: [{ code: 'DATE_TWO_DIGIT_YEAR' }] });
    expect(studio('foundedDate', text('16年3月'), { referenceYear: 2020 }).value).toBe('2016-03');
    expect(codes(studio('leaderBirthDate', text('75.3')))).toEqual(['INVALID_DATE']);
  });
  it('rejects impossible months and days and free text with INVALID_DATE', () => {
    expect(codes(studio('foundedDate', text('2016年13月')))).toEqual(['INVALID_DATE']);
    expect(codes(studio('foundedDate', text('2019-02-29')))).toEqual(['INVALID_DATE']);
    expect(codes(studio('foundedDate', text('去年春天')))).toEqual(['INVALID_DATE']);
  });
});

describe('booleans', () => {
  const boolField = { key: 'flag', label: '是否', aliases: [], kind: 'boolean', example: '是' } as const;
  it.each(['☑', '√', '✓', '✔', '是', 'Y', 'yes', '1', 'TRUE', '有'])('reads %s as checked', (mark) => {
    expect(normaliseValue(boolField, text(mark)).value).toBe(true);
  });
  it.each(['☐', '×', '✗', '否', 'N', 'no', '0', 'false', '无'])('reads %s as unchecked', (mark) => {
    expect(normaliseValue(boolField, text(mark)).value).toBe(false);
  });
  it('takes boolean cells as they are and rejects anything else', () => {
    expect(normaliseValue(boolField, { kind: 'boolean', value: true }).value).toBe(true);
    expect(codes(normaliseValue(boolField, text('也许')))).toEqual(['INVALID_BOOLEAN']);
  });
});

describe('enumerations', () => {
  it('matches option values and aliases after NFKC and whitespace removal', () => {
    expect(studio('leaderGender', text(' Ｍ ')).value).toBe('男');
    expect(studio('unitNature', text('民 企')).value).toBe('民营企业');
    expect(studio('leaderSkillLevel', text('国家职业资格一级')).value).toBe('高级技师');
    expect(matchOption(fieldDef('member', 'education'), '大学本科')).toBe('本科');
  });
  it('reports an unknown value with UNKNOWN_OPTION listing the allowed values', () => {
    const result = studio('leaderSkillLevel', text('特级'));
    expect(result.value).toBeUndefined();
    expect(result.issues[0]).toMatchObject({ code: 'UNKNOWN_OPTION', severity: 'error' });
    expect(result.issues[0]?.message).toContain('高级技师、技师、高级工、中级工、初级工、无');
  });
  it('reads several options from one cell, in option order, and rejects an unknown one', () => {
    expect(studio('innovationFields', text('管理创新，技术创新')).value).toBe('技术创新、管理创新');
    expect(studio('innovationFields', text('☑技术创新 ☐管理创新 ☑品牌创新')).value).toBe('技术创新、品牌战略创新');
    const bad = studio('innovationFields', text('技术创新、产品创新'));
    expect(bad.value).toBeUndefined();
    expect(bad.issues[0]?.message).toContain('“产品创新”');
  });
});

describe('phone numbers and postcodes', () => {
  it('keeps phone numbers as text, including a landline from a number cell', () => {
    expect(studio('leaderPhone', text('021-55885592')).value).toBe('021-55885592');
    expect(studio('leaderPhone', number(13800138000)).value).toBe('13800138000');
    expect(studio('leaderPhone', number(55885592)).value).toBe('55885592');
  });
  it('flags numbers that Excel has written in scientific notation', () => {
    expect(codes(studio('leaderPhone', text('1.38E+10')))).toEqual(['NUMBER_AS_TEXT_LOST']);
    expect(codes(studio('leaderPhone', number(13800000000)))).toEqual(['NUMBER_AS_TEXT_LOST']);
  });
  it('flags numbers longer than 15 digits stored as numbers (ID numbers)', () => {
    expect(codes(studio('leaderPhone', number(110101199001011230)))).toEqual(['ID_NUMBER_CORRUPTED']);
    expect(codes(studio('studioId', number(110101199001011230)))).toEqual(['ID_NUMBER_CORRUPTED']);
  });
  it('keeps a postcode typed as text and flags one that lost its leading zero', () => {
    expect(studio('postcode', text('２００１２０')).value).toBe('200120');
    expect(studio('postcode', number(200120)).value).toBe('200120');
    expect(codes(studio('postcode', number(10000)))).toEqual(['LEADING_ZERO_LOST']);
  });
});

describe('the combined 职称（技能等级） column', () => {
  it('sends skill levels to skillLevel and everything else to title', () => {
    expect(splitTitleOrSkill('工程师/高级技师')).toEqual({ title: '工程师', skillLevels: ['高级技师'] });
    expect(splitTitleOrSkill('技师')).toEqual({ skillLevels: ['技师'] });
    expect(splitTitleOrSkill('高级工程师')).toEqual({ title: '高级工程师', skillLevels: [] });
    expect(splitTitleOrSkill('助理工程师、 三级')).toEqual({ title: '助理工程师', skillLevels: ['高级工'] });
    expect(splitTitleOrSkill('一级/高级技师')).toEqual({ skillLevels: ['高级技师'] });
    expect(splitTitleOrSkill('工程师（技师）')).toEqual({ title: '工程师', skillLevels: ['技师'] });
  });
});
