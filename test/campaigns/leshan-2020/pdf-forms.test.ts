import { beforeAll, describe, expect, it } from 'vitest';
import { MATERIAL_OUTLINE } from '../../../scripts/templates/leshan-2020-material.js';
import type { Form } from '../../../src/campaigns/schema.js';
import type { Studio } from '../../../src/model/schema.js';
import { compactPdfText, pdfPageCount } from '../../fixtures/pdf-inspect.js';
import { compileFormHtml, useFormPdfPrinter } from '../../fixtures/pdf-render.js';
import { asset, chapterText, formOf, KNOWN_TEAM_SENTENCES, leshan, leshanDraft, MATERIAL_FIELDS, rawPdfText, validLeshanStudio } from './leshan-fixtures.js';

const pdfs = useFormPdfPrinter();

function printForm(form: Form, studio: Studio): Promise<Uint8Array> {
  return pdfs.print(compileFormHtml(asset(form.html), leshan, form), studio, leshan, form);
}

describe('附件1 推荐审批表 printed to PDF', () => {
  let text: string;
  let pages: number;
  beforeAll(async () => {
    const pdf = await printForm(formOf('approval'), validLeshanStudio());
    text = rawPdfText(pdf);
    pages = pdfPageCount(pdf);
  });

  it('fits one A4 sheet printed on both sides', () => {
    expect(pages).toBe(2);
  });

  it('shows every label of the notice’s form', () => {
    for (const label of [
      '附件1', '乐山市劳模和工匠人才创新工作室推荐审批表', '创新工作室名称', '创建时间', '创新工作室所属单位名称', '创新工作室负责人（带头人）基本情况',
      '姓名', '工作单位及职务', '性别', '出生年月', '籍贯', '民族', '政治面貌', '学历', '职称', '技术等级', '是否荣获过劳模和工匠称号',
      '何时获何种劳模称号', '创新工作室基本情况', '创新工作室获奖情况', '创新工作室简介及主要先进事迹（600字以内）', '所在单位工会意见',
      '县（市、区）总工会意见', '乐山市总工会意见', '填表说明：',
    ]) {
      expect(text).toContain(label);
    }
    expect(text.match(/年月日/g)).toHaveLength(3);
  });

  it('prints the statistics computed from the leader and six members, and the studio’s numbers', () => {
    for (const sentence of Object.values(KNOWN_TEAM_SENTENCES)) expect(text).toContain(sentence);
  });

  it('prints the leader’s details and the summary', () => {
    for (const value of ['乐山嘉州精工机械有限公司张建华劳模和工匠人才创新工作室', '2015年3月', '1970年5月', '四川乐山', '汉族', '中共党员', '高级工程师', '高级技师', '2019年“乐山工匠”']) {
      expect(text).toContain(value);
    }
    expect(text).toContain('工作室累计完成创新课题12项，取得创新成果8项');
    expect(text).not.toMatch(/undefined|null|NaN|\[object/);
  });
});

describe('附件3 申报材料 printed to PDF', () => {
  let text: string;
  beforeAll(async () => {
    text = compactPdfText(await printForm(formOf('material'), validLeshanStudio(leshanDraft())));
  });

  it('starts with the title, the studio and its unit, without the outline’s instructions', () => {
    expect(text.startsWith('附件3乐山市劳模和工匠人才创新工作室申报材料乐山嘉州精工机械有限公司张建华劳模和工匠人才创新工作室所属单位：乐山嘉州精工机械有限公司')).toBe(true);
    expect(text).not.toContain('参考提纲');
    expect(text).not.toContain('字数要求');
  });

  it('prints the chapters in the outline’s order, each heading before its text', () => {
    let position = 0;
    for (const chapter of MATERIAL_OUTLINE) {
      const at = text.indexOf(chapter.heading, position);
      expect(at, chapter.heading).toBeGreaterThanOrEqual(position);
      position = at + chapter.heading.length;
      if (chapter.field) {
        const body = chapterText(chapter.field as (typeof MATERIAL_FIELDS)[number]).replace(/\s+/g, '');
        expect(text.slice(position, position + body.length), chapter.heading).toBe(body);
        position += body.length;
      }
    }
  });
});
