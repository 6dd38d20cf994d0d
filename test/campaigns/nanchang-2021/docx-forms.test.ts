import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { compileDocxTemplate, formTemplateVocabulary, renderDocx } from '../../../src/render/docx/index.js';
import { paragraphTexts } from '../../../src/render/docx/paragraphs.js';
import { buildFormView } from '../../../src/render/view.js';
import { buildNanchang2021ApplicationDocx, COVER_FIELDS, INSTRUCTIONS, OPINIONS } from '../../../scripts/templates/nanchang-2021-application.js';
import { buildNanchang2021MaterialDocx, OUTLINE } from '../../../scripts/templates/nanchang-2021-material.js';
import { convertWithLibreOffice, pdfText, tableRows, withTempDir } from '../../render/docx/helpers.js';
import { asset, form, nanchang, validStudio } from './fixtures.js';

const application = form('application');
const material = form('material');
const studio = validStudio();

function render(which: typeof application): Uint8Array {
  const template = compileDocxTemplate(asset(which.docx), { name: which.docx as string, ...formTemplateVocabulary(nanchang) });
  return renderDocx(template, buildFormView(studio, nanchang, which));
}

function part(docx: Uint8Array, name: string): string {
  const entry = new PizZip(docx).file(name);
  if (!entry) throw new Error(`no ${name}`);
  return entry.asText();
}

const applicationDocx = render(application);
const materialDocx = render(material);
const paragraphs = paragraphTexts(part(applicationDocx, 'word/document.xml'));

describe('the 附件1 申报表 DOCX (洪工办〔2021〕31号)', () => {
  it('is the committed template the generator writes', () => {
    expect(Buffer.from(buildNanchang2021ApplicationDocx(application)).equals(Buffer.from(asset(application.docx)))).toBe(true);
    expect(Buffer.from(buildNanchang2021MaterialDocx(material)).equals(Buffer.from(asset(material.docx)))).toBe(true);
  });

  it('opens with the cover as the notice prints it: title, 申 报 表, six lines, 南昌市总工会制', () => {
    const cover = paragraphs.slice(0, paragraphs.indexOf('南昌市总工会制') + 1);
    expect(cover.slice(0, 3)).toEqual(['附件1', '2021年南昌市劳模创新工作室', '申 报 表']);
    expect(cover.slice(3, 15).filter((_, index) => index % 2 === 0)).toEqual(COVER_FIELDS.map(([label]) => label));
    expect(cover.slice(3, 15)).toEqual([
      '工作室名称', '熊建华劳模创新工作室',
      '所在单位', '江西洪都精密航空部件有限公司',
      '单位类型', '国有企业',
      '所属行业', '航空制造',
      '推荐单位', '南昌县总工会',
      '填报日期', '        年      月      日',
    ]);
    expect(cover.at(-1)).toBe('南昌市总工会制');
  });

  it('prints the twelve 填表说明 word for word on their own page', () => {
    const start = paragraphs.indexOf('填 表 说 明');
    expect(start).toBeGreaterThan(0);
    expect(paragraphs.slice(start + 1, start + 13)).toEqual([...INSTRUCTIONS]);
    expect(INSTRUCTIONS[8]).toBe('9.本表用打印方式填写，使用仿宋小四号字，数字统一使用阿拉伯数字。');
    expect(INSTRUCTIONS[11]).toBe('12.此表填写一式两份，请用A3纸张双面打印，装订成册，并报送电子版至ncszghjjb@163.com。');
  });

  it('fills the body: studio, leader with his titles, one row per member, and the 近三年 figures for 2018—2020', () => {
    const [studioTable = [], memberTable = [], recentTable = []] = tableRows(applicationDocx).slice(2);
    expect(studioTable[0]).toEqual(['创新工作室名称', '熊建华劳模创新工作室']);
    expect(studioTable[2]).toEqual(['领\n衔\n人', '姓名', '熊建华', '性别', '男', '出生年月', '1972年5月']);
    expect(studioTable[5]?.slice(1)).toEqual(['劳模称号或五一劳动奖章及获得时间*', '2017年江西省劳动模范；2019年全国五一劳动奖章']);
    expect(memberTable.slice(0, 2)).toEqual([['团队成员（领衔人除外）'], ['序号', '姓名', '性别', '出生年月', '学历', '职称/技能等级', '主要分工']]);
    expect(memberTable.slice(2).map((row) => row.slice(0, 2))).toEqual(studio.members.map((member, index) => [String(index + 1), member.name]));
    expect(memberTable[2]).toEqual(['1', '成员1', '男', '1980年1月', '大专', '技师', '工艺改进']);
    expect(recentTable.map((row) => row.join('|'))).toEqual([
      '近三年情况（2018—2020年）',
      '经费主要来源|本单位30万元\n南昌县总工会5万元',
      '经费投入*|45万元|技术创新*|9项|经济效益*|260万元',
      '培养人才*|共3人，名单及晋升、获奖情况：\n王强，2019年晋升高级技师\n李娟，2020年获南昌市技术能手称号\n刘洋，2020年晋升技师',
      '社会效益|工作室成果在全市航空制造企业推广应用，累计开展培训42场次、926人次。',
      '本年度开展的创新课题或攻关项目|3项|本年度得到认可或认定的创新成果|2项',
      '命名单位及命名日期*|南昌县总工会，2018年12月',
      `${OPINIONS[0]}|盖  章\n年    月    日`,
      `${OPINIONS[1]}|盖  章\n年    月    日`,
    ]);
  });

  it('sets what is filled in 仿宋 小四 (填表说明9)', () => {
    const styles = part(applicationDocx, 'word/styles.xml');
    for (const id of ['FormValue', 'FormValueLeft', 'FormNarrative', 'CoverValue']) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}">[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
      expect(style, id).toContain('w:eastAsia="仿宋_GB2312"');
      expect(style, id).toContain('<w:sz w:val="24"/>');
    }
  });

  it('prints as an A3 booklet in Word and WPS: book-fold printing on A3 landscape paper, A4 pages, no page number on the cover', () => {
    expect(part(applicationDocx, 'word/settings.xml')).toContain('<w:bookFoldPrinting/>');
    const section = /<w:sectPr>[\s\S]*<\/w:sectPr>/.exec(part(applicationDocx, 'word/document.xml'))?.[0] ?? '';
    expect(section).toContain('<w:pgSz w:w="23811" w:h="16838" w:orient="landscape"/>');
    expect(section).toContain('<w:titlePg/>');
    expect(part(materialDocx, 'word/settings.xml')).not.toContain('bookFoldPrinting');
  });

  it('converts with LibreOffice, keeping the cover, the 填表说明, the team and the opinion boxes', () => {
    withTempDir((dir) => {
      const text = pdfText(convertWithLibreOffice(applicationDocx, dir)).replace(/\s+/g, '');
      for (const phrase of ['2021年南昌市劳模创新工作室', '申报表', '南昌市总工会制', '熊建华劳模创新工作室', '请用A3纸张双面打印，装订成册', '成员6', '近三年情况（2018—2020年）', '所在单位工会意见', '市教科文卫体工会']) {
        expect(text).toContain(phrase);
      }
    });
  });
});

describe('the 附件2 申报材料 DOCX', () => {
  const texts = paragraphTexts(part(materialDocx, 'word/document.xml'));

  it('has the title, the studio and its unit, then the 参考提纲 chapters and sections in order', () => {
    expect(texts.slice(0, 3)).toEqual(['南昌市2021年劳模创新工作室申报材料', '工作室名称：熊建华劳模创新工作室', '所在单位：江西洪都精密航空部件有限公司']);
    const headings = texts.filter((text) => /^([一二三]、|\d\.)/.test(text));
    expect(headings).toEqual(OUTLINE.flatMap((chapter) => [chapter.heading, ...chapter.sections.map(([heading]) => heading)]));
    expect(headings).toEqual([
      '一、创新工作室基本情况', '1.工作室概况', '2.创新团队', '3.创新条件',
      '二、近三年来活动开展情况', '1.制度建设', '2.日常运行', '3.承担任务',
      '三、近三年来创新业绩情况', '1.创新业绩', '2.人才培养', '3.示范效应', '4.荣誉奖励',
    ]);
  });

  it('puts each chapter text under its heading, one paragraph per line', () => {
    const after = (heading: string) => texts[texts.indexOf(heading) + 1];
    expect(after('1.工作室概况')).toBe('熊建华劳模创新工作室依托江西洪都精密航空部件有限公司建立。');
    expect(texts[texts.indexOf('1.工作室概况') + 2]).toBe('工作室重点攻关飞机结构件装配精度控制。');
    expect(after('3.承担任务')).toBe('近三年承担市级创新课题8项。');
    expect(after('4.荣誉奖励')).toBe('获实用新型专利6项。');
  });
});
