import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBeijingDistrict2016ApplicationDocx } from '../../../scripts/templates/beijing-district-2016-application.js';
import type { Studio } from '../../../src/model/schema.js';
import { compileDocxTemplate, formTemplateVocabulary, renderDocx } from '../../../src/render/docx/index.js';
import { buildFormView } from '../../../src/render/view.js';
import { pdffontsNames } from '../../fixtures/pdf-inspect.js';
import { convertWithLibreOffice, documentParagraphs, documentXml, pdfText, tableRows, withTempDir } from '../../render/docx/helpers.js';
import { applicationForm, beijingDraft, bundle, campaign, participants, validStudio } from './fixtures.js';

const templateBytes = bundle.assets.get(applicationForm.docx as string) as Uint8Array;
const template = compileDocxTemplate(templateBytes, { name: 'application.docx', ...formTemplateVocabulary(campaign) });

function render(studio: Studio): Uint8Array {
  return renderDocx(template, buildFormView(studio, campaign, applicationForm));
}

/** The row of the first table whose first cell is `label` (line breaks inside labels removed). */
function rowLabelled(docx: Uint8Array, label: string): string[] {
  const row = tableRows(docx)[0]?.find((cells) => cells[0]?.replace(/\n/g, '') === label);
  if (!row) throw new Error(`no row labelled ${label}`);
  return row;
}

const studio = validStudio();
const docx = render(studio);

describe('the committed 职工创新工作室申报表 template', () => {
  it('is exactly what its generator writes (rerun scripts/templates/build-beijing-district-2016-application-docx.ts after editing it)', () => {
    expect(Buffer.from(buildBeijingDistrict2016ApplicationDocx(applicationForm)).equals(Buffer.from(templateBytes))).toBe(true);
  });

  it('prints the seed’s labels with its typos corrected: 非公有, 明年工作计划, 联系人及联系方式', () => {
    const text = documentParagraphs(templateBytes).join('\n');
    expect(text).toContain('非公有');
    expect(text).toContain('明年工作计划');
    expect(text).toContain('联系人及联系方式：');
    expect(text).not.toContain('非 有');
    expect(text).not.toContain('明年工计划作');
    expect(text).not.toContain('联系人方式');
  });

  it('is an A4 portrait page with GB/T 9704 margins', () => {
    const xml = documentXml(templateBytes);
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
  });
});

describe('the 申报表 rendered as DOCX for a complete studio', () => {
  const paragraphs = documentParagraphs(docx);

  it('starts with the attachment mark, the title and the line 推荐单位：… 联系人及联系方式：…', () => {
    expect(paragraphs.slice(0, 3)).toEqual(['附件', '职工创新工作室申报表', '推荐单位：良乡镇总工会　　联系人及联系方式：刘永久 81389319']);
  });

  it('lays out the leader as the seed does: a label row, then a value row', () => {
    const [labels, values] = tableRows(docx)[0] ?? [];
    expect(labels).toEqual(['领军人姓名', '性别', '出生年月', '学历', '职称/技能等级']);
    expect(values).toEqual(['王建军', '男', '1971年5月', '本科', '高级工程师 / 高级技师']);
    expect(rowLabelled(docx, '电话')).toEqual(['电话', '010-69351234', '手机', '13811012345', '电子邮件', 'wangjj@example.com']);
  });

  it('prints the honours with 是否劳模 under them, and whether the studio was named before', () => {
    expect(rowLabelled(docx, '曾获荣誉（是否劳模）')).toEqual([
      '曾获荣誉\n（是否劳模）',
      '2012年北京市劳动模范；2010年北京市技术能手\n是否劳模：是',
      '是否曾被评为区级\n职工创新工作室',
      '否',
    ]);
  });

  it('prints the founding month, the team size counted from the members (leader included) and the area', () => {
    expect(rowLabelled(docx, '工作室创建时间')).toEqual(['工作室\n创建时间', '2012年3月', '工作室人数', '30', '工作室面积', '120平方米']);
  });

  it('writes the funding split in 万元 in the seed’s sentence, with the note on 其他', () => {
    expect(rowLabelled(docx, '工作室经费构成')[1]).toBe('合计 25.5 万元。本单位支持 20 万元，\n外部资金 3 万元，自筹资金 1.5 万元，其他 1 万元（区科委科技项目补贴）');
  });

  it('leaves 其他 without a note when there is none', () => {
    const plain = render(validStudio(beijingDraft({ fundingTotal: 245000, fundingOther: 0, fundingOtherNote: undefined })));
    expect(rowLabelled(plain, '工作室经费构成')[1]).toContain('其他 0 万元');
    expect(rowLabelled(plain, '工作室经费构成')[1]).not.toContain('（');
  });

  it('lists the equipment one item per line', () => {
    expect(rowLabelled(docx, '工作室设备清单（可附页）')[1]).toBe('数控加工中心2台；三坐标测量机1台\n工具显微镜1台');
  });

  it('ticks every chosen option of the multi-selects and nothing else', () => {
    expect(rowLabelled(docx, '创新工作领域')[1]).toBe('☑技术创新　☐管理创新　☐营销模式创新　☑品牌战略创新　☐其他');
    expect(rowLabelled(docx, '创新成果领域')[1]).toBe('☑科技创新成果　☑文化创新成果　☐其他');
    expect(rowLabelled(docx, '是否有宣传材料和获奖证（可附材料、光盘）')[1]).toBe('☐宣传视频　☑获奖材料　☐其他');
  });

  it('ticks 非公有 for a private company and 公有 for a state-owned company or a public institution', () => {
    expect(rowLabelled(docx, '单位性质')[1]).toBe('☐公有　☑非公有');
    for (const nature of ['国有企业', '集体企业', '事业单位']) {
      expect(rowLabelled(render(validStudio(beijingDraft({ unitNature: nature }))), '单位性质')[1], nature).toBe('☑公有　☐非公有');
    }
    expect(rowLabelled(render(validStudio(beijingDraft({ unitNature: '外资企业' }))), '单位性质')[1]).toBe('☐公有　☑非公有');
  });

  it('prints the unit and its address', () => {
    expect(rowLabelled(docx, '所在单位名称')).toEqual(['所在单位名称', '北京良乡恒通机械制造有限公司']);
    expect(rowLabelled(docx, '地址')).toEqual(['地址', '北京市房山区良乡工业开发区金光北街8号']);
  });

  it('gives every participant one row with 出生年月, 学历, 职称/技能等级, 所在部门 and 主要分工, in order', () => {
    const [heading, ...rows] = tableRows(docx)[1] ?? [];
    expect(heading).toEqual(['工作室\n参与人情况\n（全部，\n可附页）', '姓名', '出生年月', '学历', '职称/技能等级', '所在部门', '主要分工']);
    expect(rows).toHaveLength(studio.members.length);
    expect(rows[0]).toEqual(['', '王建国', '1965年1月', '大专', '技师', '机加工车间', '数控编程']);
    expect(rows[3]).toEqual(['', '刘建国', '1968年4月', '硕士', '助理工程师 / 中级工', '质量部', '质量检验']);
    expect(rows.map((row) => row[6])).toEqual(studio.members.map((member) => member.role));
  });

  it('prints the three 主要工作业绩 blocks, 本年工作内容, 明年工作计划 and two opinion boxes to sign and stamp by hand', () => {
    const rows = tableRows(docx)[2] ?? [];
    expect(rows.map((row) => row.slice(0, 2).join('|'))).toEqual([
      '主要\n工作业绩\n（可附页）|创新成果及转化情况\n（获得专利权）',
      '|人才培养情况',
      '|创新的经济效益\n和社会效益',
      '本年工作内容|2016年完成液压阀体工艺攻关课题2项，修订作业指导书5项。',
      '明年工作计划|2017年立项攻关2项，力争完成创新成果2项以上；按季度向区总工会报送工作总结。',
      '所在单位意见|推荐单位意见',
      '（盖章）\n年　　月　　日|（盖章）\n年　　月　　日',
    ]);
    expect(rows[0]?.[2]).toBe('工作室围绕薄壁件加工变形开展攻关，完成创新成果6项。\n获得国家实用新型专利授权3项，其中2项已在本公司推广应用。');
  });

  it('never prints undefined, null or NaN', () => {
    expect(paragraphs.join('\n')).not.toMatch(/undefined|null|NaN|\[object/);
  });
});

describe('a 150-person team (the leader and 149 participants)', () => {
  const big = validStudio(beijingDraft({}, participants(149)));
  const bigDocx = render(big);

  it('gets 149 participant rows under one heading row that Word repeats on every page', () => {
    const xml = documentXml(bigDocx);
    const participantTable = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)][1]?.[0] ?? '';
    const rows = [...participantTable.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map(([row]) => row);
    expect(rows).toHaveLength(150);
    expect(rows.map((row) => row.includes('<w:tblHeader/>'))).toEqual([true, ...Array(149).fill(false)]);
    expect(rows.every((row) => row.includes('<w:cantSplit/>'))).toBe(true);
    // The label column has no rules inside it, so it reads as the seed's merged cell on every page.
    expect(rows.slice(1).every((row) => row.includes('<w:tcBorders><w:top w:val="nil"/><w:bottom w:val="nil"/></w:tcBorders>'))).toBe(true);
  });

  it('converts with LibreOffice to pages that each repeat the participants’ heading, lose nobody and end with the opinion boxes', () => {
    withTempDir((dir) => {
      const pdf = convertWithLibreOffice(bigDocx, dir, 'big');
      const pages = pdfText(pdf).split('\f').filter((page) => page.trim() !== '');
      expect(pages.length).toBeGreaterThanOrEqual(6);
      const compact = pages.map((page) => page.replace(/\s+/g, ''));
      // Every page the participants run over starts again with their heading row (and the label beside it).
      const participantPages = compact.filter((page) => big.members.some((member) => page.includes(`${member.name}${member.birthDate?.slice(0, 4)}年`)));
      expect(participantPages.length).toBeGreaterThanOrEqual(6);
      for (const page of participantPages) expect(page).toMatch(/工作室参与人情况姓名出生年月学历职称\/技能等级所在部门主要分工/);
      const all = compact.join('');
      for (const member of big.members) expect(all).toContain(`${member.name}${member.birthDate?.slice(0, 4)}年`);
      expect(compact[0]).toContain('职工创新工作室申报表');
      expect(compact.at(-1)).toContain('所在单位意见推荐单位意见');
      expect(compact.at(-1)).toContain('（盖章）');
      expect(all).toContain('☑技术创新');
      expect(all).toContain('☑非公有');
      // Ticked boxes after Chinese text must print in a text font, not the colour emoji font that shows nothing.
      expect(pdffontsNames(readFileSync(pdf)).some((name) => /Emoji/i.test(name))).toBe(false);
    });
  });
});
