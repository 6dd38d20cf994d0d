import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { buildDecisionContent } from '../../src/announcements/content.js';
import { loadCampaign } from '../../src/campaigns/load.js';
import { paragraphTexts } from '../../src/render/docx/paragraphs.js';
import { decisionDocument } from '../../src/render/announcements/blocks.js';
import { renderOfficialDocx } from '../../src/render/announcements/docx.js';
import { rankedListDocument } from '../../src/render/announcements/ranked-list.js';
import { LESHAN_SELECTION, SHANGHAI_SELECTION } from '../fixtures/selection.js';

const { campaign } = loadCampaign('shanghai-2020');
const content = buildDecisionContent(SHANGHAI_SELECTION, campaign, { date: '2020-12-20' }, '沪工技中〔2020〕8号');
const bytes = renderOfficialDocx(decisionDocument(content), '2020-12-20T00:00:00Z');
const zip = new PizZip(bytes);
const part = (name: string) => zip.file(name)?.asText() ?? '';
const texts = paragraphTexts(part('word/document.xml'));

describe('命名决定 DOCX', () => {
  it('prints the issuer mark, the document number with 〔〕 and the title in order', () => {
    const mark = texts.indexOf('上海市职工技协服务中心文件');
    const number = texts.indexOf('沪工技中\u30142020\u30158号');
    const title = texts.indexOf('关于命名2020年度上海市工匠（技师、职工、巾帼）创新工作室的决定');
    expect(mark).toBe(0);
    expect(number).toBeGreaterThan(mark);
    expect(title).toBeGreaterThan(number);
    expect(texts[title + 1]).toBe('各区局（产业）工会、相关部门：');
  });

  it('says how many studios are named, starting from the first of the list', () => {
    expect(texts).toContain(
      '经各区局（产业）工会推荐、专家评审、社会公示和审核，决定命名张建国工匠创新工作室等4个工作室为2020年度上海市工匠（技师、职工、巾帼）创新工作室，其中上海市工匠创新工作室2个、上海市技师创新工作室1个、上海市巾帼创新工作室1个。',
    );
    expect(texts.some((text) => text.includes('各推荐单位按1:1比例给予配套资助，共计6万元'))).toBe(true);
  });

  it('lists the attachments and signs with the date in Arabic numerals', () => {
    expect(texts).toContain('附件：1.2020年度上海市工匠（技师、职工、巾帼）创新工作室命名名单');
    expect(texts).toContain('2.2020年度上海市工匠（技师、职工、巾帼）创新工作室资助经费明细表');
    const signature = texts.indexOf('上海市职工技协服务中心');
    expect(texts[signature + 1]).toBe('2020年12月20日');
  });

  it('groups 附件1 by type, then by recommending union, with 序号/工作室名称/领衔人/单位', () => {
    const start = texts.indexOf('附件1');
    const list = texts.slice(start, texts.indexOf('附件2'));
    expect(list.slice(2, 6)).toEqual(['序号', '工作室名称', '领衔人', '单位']);
    const order = ['一、上海市工匠创新工作室（2个）', '浦东新区总工会（1个）', '张建国工匠创新工作室', '徐汇区总工会（1个）', '李明工匠创新工作室', '二、上海市技师创新工作室（1个）', '三、上海市巾帼创新工作室（1个）', '奉贤区总工会（1个）'];
    const positions = order.map((text) => list.indexOf(text));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(list).not.toContain('王强工匠创新工作室');
  });

  it('totals the funding and the 1:1 matching in figures and 大写', () => {
    const funding = texts.slice(texts.indexOf('附件2'));
    const total = funding.indexOf('合计');
    expect(funding.slice(total, total + 4)).toEqual(['合计', '', '60,000', '60,000']);
    expect(funding).toContain('资助金额合计：60,000元（大写：人民币陆万元整）');
    expect(funding).toContain('配套金额合计：60,000元（大写：人民币陆万元整）');
    expect(funding).toContain('20,000');
  });

  it('numbers pages “— n —” with odd pages on the right and even pages on the left', () => {
    expect(part('word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const document = part('word/document.xml');
    expect(document).toContain('<w:footerReference w:type="default" r:id="rId4"/>');
    expect(document).toContain('<w:footerReference w:type="even" r:id="rId5"/>');
    for (const [name, style] of [['word/footer1.xml', 'DocPageOdd'], ['word/footer2.xml', 'DocPageEven']] as const) {
      expect(part(name)).toContain(' PAGE ');
      expect(paragraphTexts(part(name))).toEqual(['— 1 —']);
      expect(part(name)).toContain(`w:val="${style}"`);
    }
    expect(part('word/styles.xml')).toMatch(/w:styleId="DocPageOdd">.*?<w:jc w:val="right"\/>/);
    expect(part('word/styles.xml')).toMatch(/w:styleId="DocPageEven">.*?<w:jc w:val="left"\/>/);
  });

  it('sets the GB/T 9704 page and fonts: A4, top 37 mm, left 28 mm, 仿宋_GB2312 三号 body, 方正小标宋简体 二号 title', () => {
    const document = part('word/document.xml');
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
    expect(document).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    const styles = part('word/styles.xml');
    expect(styles).toMatch(/w:styleId="DocBody">.*?w:eastAsia="仿宋_GB2312".*?<w:sz w:val="32"\/>/);
    expect(styles).toMatch(/w:styleId="DocTitle">.*?w:eastAsia="方正小标宋简体".*?<w:sz w:val="44"\/>/);
    expect(styles).toMatch(/w:styleId="DocIssuerMark">.*?<w:color w:val="FF0000"\/>/);
    expect(styles).toMatch(/w:styleId="DocNumber">.*?<w:bottom w:val="single" w:sz="18" w:space="11" w:color="FF0000"\/>/);
  });

  it('gives the same bytes for the same selection', () => {
    expect(renderOfficialDocx(decisionDocument(content), '2020-12-20T00:00:00Z')).toEqual(bytes);
  });

  it('leaves out the funding sentence and attachment when the campaign funds nothing (Leshan)', () => {
    const leshan = loadCampaign('leshan-2020').campaign;
    const decision = buildDecisionContent(LESHAN_SELECTION, leshan, { date: '2020-11-30' }, '乐工经〔2020〕25号');
    expect(decision.attachments.map((attachment) => attachment.label)).toEqual(['附件1']);
    expect(decision.paragraphs.join('')).not.toContain('资助');
    expect(decision.paragraphs[1]).toBe('经各单位推荐、专家评审、公示和审核，决定命名张建国工匠创新工作室等2个工作室为2020年乐山市劳模和工匠人才创新工作室。');
  });
});

describe('推荐排序名单 DOCX', () => {
  it('lists every studio overall by quota group and per recommending union, with score and why it was not selected', () => {
    const list = paragraphTexts(new PizZip(renderOfficialDocx(rankedListDocument(SHANGHAI_SELECTION, campaign), '2020-12-01T00:00:00Z')).file('word/document.xml')?.asText() ?? '');
    expect(list[0]).toBe('2020年度上海市工匠（技师、职工、巾帼）创新工作室推荐排序名单');
    expect(list).toContain('工匠（名额25个，入选2个）');
    expect(list).toContain('未入选：超出工匠创新工作室名额（25个）');
    expect(list).toContain('徐汇区总工会（推荐2个，入选1个）');
    const unit = list.indexOf('浦东新区总工会（推荐2个，入选2个）');
    expect(list.slice(unit + 1, unit + 3)).toEqual(['1', '张建国工匠创新工作室']);
    expect(list).toContain('94.00');
  });
});
