import { beforeAll, describe, expect, it } from 'vitest';
import type { Studio } from '../../../src/model/schema.js';
import { buildFormView, type MemberRowView } from '../../../src/render/view.js';
import { pdfPageCount, pdfText } from '../../fixtures/pdf-inspect.js';
import { compileFormHtml, useFormPdfPrinter } from '../../fixtures/pdf-render.js';
import { applicationForm, beijingDraft, bundle, campaign, participants, validStudio } from './fixtures.js';

const template = compileFormHtml(bundle.assets.get(applicationForm.html as string), campaign, applicationForm);
const pdfs = useFormPdfPrinter();

function renderOne(studio: Studio): Promise<Uint8Array> {
  return pdfs.print(template, studio, campaign, applicationForm);
}

/** pdftotext pages with all whitespace removed (phrases may wrap inside cells). */
function compactPages(pdf: Uint8Array): string[] {
  return pdfText(pdf)
    .split('\f')
    .filter((page) => page.trim() !== '')
    .map((page) => page.replace(/\s+/g, ''));
}

function memberRowText(row: MemberRowView): string {
  return `${row.name}${row.birthDate}${row.education}${row.qualification}${row.department}${row.role}`.replace(/\s+/g, '');
}

describe('the 申报表 printed to PDF for a complete studio', () => {
  const studio = validStudio();
  let text: string;
  let compact: string;
  beforeAll(async () => {
    text = pdfText(await renderOne(studio));
    compact = text.replace(/\s+/g, '');
  });

  it('shows the attachment mark, the title, the header line and every label of the seed’s table, typos corrected', () => {
    expect(compact.startsWith('附件职工创新工作室申报表推荐单位：良乡镇总工会联系人及联系方式：刘永久81389319')).toBe(true);
    // Long labels break inside their cells where the seed breaks them; pdftotext interleaves the lines with their neighbours'.
    for (const phrase of [
      '领军人姓名', '性别', '出生年月', '学历', '职称/技能等级', '电话', '手机', '电子邮件', '曾获荣誉', '（是否劳模）',
      '是否曾被评为区级', '职工创新工作室', '创建时间', '工作室人数', '工作室面积', '经费构成', '设备清单', '（可附页）',
      '创新工作领域', '创新成果领域', '是否有宣传', '材料和获奖证', '（可附材料、光盘）', '所在单位名称', '地址', '单位性质',
      '参与人情况', '（全部，可附页）', '所在部门', '主要分工', '工作业绩', '创新成果及转化情况', '（获得专利权）',
      '人才培养情况', '创新的经济效益', '和社会效益', '本年工作内容', '明年工作计划', '所在单位意见', '推荐单位意见',
    ]) {
      expect(compact).toContain(phrase);
    }
    expect(compact).not.toContain('明年工计划作');
    expect(compact).toMatch(/☐公有☑非公有/);
  });

  it('prints the leader, the studio facts and the funding split in 万元', () => {
    for (const value of ['王建军', '1971年5月', '高级工程师/高级技师', '010-69351234', '13811012345', 'wangjj@example.com', '2012年北京市劳动模范', '是否劳模：是', '2012年3月', '120平方米']) {
      expect(compact).toContain(value);
    }
    expect(compact).toContain('工作室人数30');
    expect(compact).toContain('合计25.5万元。本单位支持20万元，');
    expect(compact).toContain('外部资金3万元，自筹资金1.5万元，其他1万元（区科委科技项目补贴）');
  });

  it('ticks exactly the chosen options', () => {
    expect(text).toMatch(/☑\s*技术创新\s+☐\s*管理创新\s+☐\s*营销模式创新\s+☑\s*品牌战略创新\s+☐\s*其他/);
    expect(text).toMatch(/☑\s*科技创新成果\s+☑\s*文化创新成果\s+☐\s*其他/);
    expect(text).toMatch(/☐\s*宣传视频\s+☑\s*获奖材料\s+☐\s*其他/);
    expect(text.match(/☑/g)).toHaveLength(6);
  });

  it('gives each participant a row with 出生年月, 学历, 职称/技能等级, 所在部门 and 主要分工, in order', () => {
    const rows = buildFormView(studio, campaign, applicationForm).members as readonly MemberRowView[];
    let from = 0;
    for (const row of rows) {
      const at = compact.indexOf(memberRowText(row), from);
      expect(at, row.name).toBeGreaterThan(from);
      from = at;
    }
  });

  it('prints the narratives and the two boxes to sign and stamp', () => {
    expect(compact).toContain('工作室围绕薄壁件加工变形开展攻关，完成创新成');
    expect(compact).toContain('获得国家实用新型专利授权3项');
    expect(compact).toContain('2017年立项攻关2项，力争完成创新成果2项以上');
    expect(compact.match(/（盖章）/g)).toHaveLength(2);
    expect(text.match(/年\s+月\s+日/g)).toHaveLength(2);
    expect(text).not.toMatch(/undefined|null|NaN|\[object/);
  });

  it('ticks 公有 for a state-owned unit', async () => {
    const state = pdfText(await renderOne(validStudio(beijingDraft({ unitNature: '国有企业' })))).replace(/\s+/g, '');
    expect(state).toContain('☑公有☐非公有');
  });
});

describe('a 150-person team printed to PDF', () => {
  const big = validStudio(beijingDraft({}, participants(149)));
  let pdf: Uint8Array;
  beforeAll(async () => {
    pdf = await renderOne(big);
  });

  it('runs the participants over several A4 pages, repeating their heading row on each, and loses nobody', () => {
    const pages = compactPages(pdf);
    expect(pages).toHaveLength(pdfPageCount(pdf));
    const rows = buildFormView(big, campaign, applicationForm).members as readonly MemberRowView[];
    const participantPages = pages.filter((page) => rows.some((row) => page.includes(memberRowText(row))));
    expect(participantPages.length).toBeGreaterThanOrEqual(5);
    for (const page of participantPages) expect(page).toMatch(/参与人情况姓名出生年月学历职称\/技能等级所在部门主要分工/);
    const all = pages.join('');
    for (const row of rows) expect(all).toContain(memberRowText(row));
    expect(all).toContain('工作室人数150');
  });

  it('keeps the rest of the form after the list: achievements, plans and the opinion boxes on the last page', () => {
    const pages = compactPages(pdf);
    expect(pages[0]).toContain('职工创新工作室申报表');
    expect(pages.at(-1)).toContain('所在单位意见推荐单位意见');
    expect(pages.at(-1)?.match(/（盖章）/g)).toHaveLength(2);
    expect(pages.join('').indexOf('工作业绩创新成果及转化情况')).toBeGreaterThan(pages.join('').indexOf(big.members.at(-1)?.name ?? '?'));
  });
});
