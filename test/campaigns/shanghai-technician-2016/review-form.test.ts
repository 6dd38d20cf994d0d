import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PdfPrinter } from '../../../src/io/browser.js';
import { assertFontsInstalled } from '../../../src/io/fonts.js';
import { compileDocxTemplate, formTemplateVocabulary, renderDocx } from '../../../src/render/docx/index.js';
import { compileHtmlTemplate, documentDate, FORM_FONT_FAMILIES, renderPdfDocuments } from '../../../src/render/pdf/index.js';
import { buildFormView } from '../../../src/render/view.js';
import { buildShanghaiTechnician2016ReviewDocx, CRITERIA, OUTCOMES, TASKS } from '../../../scripts/templates/shanghai-technician-2016-review.js';
import { compactPdfText, pdfPageCount } from '../../fixtures/pdf-inspect.js';
import { convertWithLibreOffice, documentParagraphs, pdfText, tableRows, withTempDir } from '../../render/docx/helpers.js';
import { asset, reviewForm, technician, validStudio } from './fixtures.js';

const studio = validStudio();
const view = buildFormView(studio, technician, reviewForm);
const template = compileDocxTemplate(asset(reviewForm.docx), { name: 'review.docx', ...formTemplateVocabulary(technician) });
const docx = renderDocx(template, view);

describe('the 周期考核表 DOCX', () => {
  it('is the committed template the generator writes', () => {
    expect(Buffer.from(buildShanghaiTechnician2016ReviewDocx(reviewForm)).equals(Buffer.from(asset(reviewForm.docx)))).toBe(true);
  });

  it('heads the form with its title and the cycle under review', () => {
    expect(documentParagraphs(docx).slice(0, 2)).toEqual(['上海市技师创新工作室周期考核表', '（第1个管理周期：2016年12月至2019年12月）']);
  });

  it('fills in the studio, its leader, the naming date, the cycle and the funded project', () => {
    const [facts = []] = tableRows(docx);
    expect(facts.map((row) => row.join('|'))).toEqual([
      '工作室名称|彭晓东技师创新工作室',
      '所在单位|上海莘庄重型机械制造有限公司',
      '推荐单位|闵行区总工会',
      '领衔人|彭晓东|技能等级|高级技师|职称|高级工程师',
      '工种|焊工|职务|技术主管|联系电话|13861513528',
      '命名日期|2016年12月|管理周期|第1个周期：2016年12月至2019年12月',
      '获资助的职工（技师）创新项目|2016年度上海职工（技师）创新项目“大型轧辊堆焊修复工艺”',
    ]);
  });

  it('lists the team, one row per member', () => {
    const members = tableRows(docx)[1] ?? [];
    expect(members[0]).toEqual(['团队成员（领衔人除外，共4人）']);
    expect(members[1]).toEqual(['序号', '姓名', '性别', '出生年月', '职称/技能等级', '工种', '所在部门']);
    expect(members.slice(2)).toEqual(studio.members.map((member, index) => [String(index + 1), member.name, '男', `${1980 + index}年${index + 1}月`, '技师', '焊工', member.department]));
  });

  it('checks the 第十条 criteria and the 第四条 tasks, each with blank 达标/不达标 boxes and an empty 说明', () => {
    const checklist = tableRows(docx)[2] ?? [];
    expect(checklist[0]).toEqual(['考核项目', '考核内容（《管理办法》条款）', '考核结果', '说明']);
    const rows = checklist.filter((row) => row.length === 4).slice(1);
    expect(rows.map((row) => row[0])).toEqual([...CRITERIA, ...TASKS].map(([item]) => item));
    expect(rows.map((row) => row[0])).toEqual(['组织健全', '活动正常', '制度完善', '创新成果显著', '坚持刻苦学习', '群策群力攻关', '深入岗位创新', '着力培育新人']);
    for (const row of rows) expect(row.slice(2)).toEqual(['☐达标\n☐不达标', '']);
    expect(rows[2]?.[1]).toBe('建立日常活动台账、创新成果台账（第七条）');
  });

  it('ends with the three outcomes 第十条 allows, unticked, and two signature boxes', () => {
    const closing = tableRows(docx)[3] ?? [];
    expect(closing[0]).toEqual(['考核结论', OUTCOMES.map((outcome) => `☐${outcome}`).join('    ')]);
    expect(closing[0]?.[1]).toBe('☐给予表彰奖励    ☐保留称号    ☐不再保留称号');
    expect(closing.slice(1).map((row) => row[0])).toEqual(['区县局（产业）工会、技协意见', '市职工技协审核意见']);
    expect(closing[2]?.[1]).toContain('考核人（签名）：');
    expect(documentParagraphs(docx).join('')).not.toContain('☑');
  });

  it('converts with LibreOffice, keeping the facts, the checklist, the outcomes and the signatures', () => {
    withTempDir((dir) => {
      const file = convertWithLibreOffice(docx, dir, 'review');
      const text = pdfText(file).replace(/\s+/g, '');
      for (const phrase of ['上海市技师创新工作室周期考核表', '彭晓东技师创新工作室', '2016年12月至2019年12月', '组织健全', '着力培育新人', '☐不再保留称号', '负责人（签名）：', '考核人（签名）：']) {
        expect(text).toContain(phrase);
      }
    });
  });
});

describe('the 周期考核表 printed to PDF', () => {
  let printer: PdfPrinter;
  let pdf: Uint8Array;
  beforeAll(async () => {
    assertFontsInstalled(FORM_FONT_FAMILIES);
    printer = await PdfPrinter.launch();
    const html = compileHtmlTemplate(new TextDecoder().decode(asset(reviewForm.html)), 'review.html.hbs', { campaign: technician, form: reviewForm });
    for await (const document of renderPdfDocuments(printer, html, [view], { date: documentDate(technician.noticeDate) })) pdf = document;
  });
  afterAll(async () => {
    await printer?.close();
  });

  it('prints on two A4 pages: facts and team first, then the checklist, conclusion and signatures', () => {
    expect(pdfPageCount(pdf)).toBe(2);
    const text = compactPdfText(pdf);
    const order = ['上海市技师创新工作室周期考核表', '（第1个管理周期：2016年12月至2019年12月）', '彭晓东技师创新工作室', '命名日期2016年12月', '大型轧辊堆焊修复工艺',
      '团队成员（领衔人除外，共4人）', '组织健全', '活动正常', '制度完善', '创新成果显著', '坚持刻苦学习', '群策群力攻关', '深入岗位创新', '着力培育新人',
      '考核结论☐给予表彰奖励☐保留称号☐不再保留称号', '负责人（签名）：', '考核人（签名）：'];
    const positions = order.map((phrase) => text.indexOf(phrase));
    expect(positions.every((position) => position >= 0), JSON.stringify(order.filter((_, index) => positions[index] === -1))).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const member of studio.members) expect(text).toContain(member.name);
    // Eight rows of 达标/不达标 and three outcomes, all left blank (pdftotext may place a box apart from its word).
    expect(text.match(/不达标/g)).toHaveLength(8);
    expect(text.match(/☐/g)).toHaveLength(8 * 2 + 3);
    expect(text).not.toContain('☑');
  });
});
