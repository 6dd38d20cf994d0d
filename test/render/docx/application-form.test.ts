import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../src/render/docx/index.js';
import { buildFormView, type MemberRowView } from '../../../src/render/view.js';
import { CRAFTSMAN_STUDIO, SPARSE_STUDIO, WOMEN_STUDIO } from '../../fixtures/studios.js';
import {
  applicationForm,
  campaign,
  compileApplication,
  documentParagraphs,
  documentXml,
  renderApplication,
  tableRows,
} from './helpers.js';

const template = compileApplication();

/** The row of the studio-and-leader table whose first cell is `label`. */
function rowLabelled(docx: Uint8Array, label: string): string[] {
  const row = tableRows(docx)[0]?.find((cells) => cells[0] === label);
  if (!row) throw new Error(`no row labelled ${label}`);
  return row;
}

describe('the Shanghai 2020 申请表 rendered for a complete 工匠 studio', () => {
  const docx = renderApplication(CRAFTSMAN_STUDIO, template);
  const text = documentParagraphs(docx).join('\n');
  const view = buildFormView(CRAFTSMAN_STUDIO, campaign, applicationForm);

  it('prints every scalar value the template asks for', () => {
    const scalarTags = template.tags.filter((tag) => !tag.startsWith('#') && !tag.startsWith('box_') && typeof view[tag] === 'string');
    expect(scalarTags.length).toBeGreaterThan(15);
    for (const tag of scalarTags) expect(text, tag).toContain(view[tag]);
  });

  it('puts the values in the cells beside their labels, as on the printed form', () => {
    expect(rowLabelled(docx, '工作室名称')).toEqual(['工作室名称', '张建国工匠创新工作室']);
    expect(rowLabelled(docx, '申报单位')).toEqual(['申报单位', '上海申华精密机械有限公司', '所属系统', '浦东新区']);
    expect(rowLabelled(docx, '领衔人姓名')).toEqual(['领衔人姓名', '张建国', '职务', '数控车间主任', '联系方式', '13800138000']);
    expect(rowLabelled(docx, '性别')).toEqual(['性别', '男', '年龄', '48', '学历', '本科']);
    expect(rowLabelled(docx, '工种')).toEqual(['工种', '数控车工', '工作年限', '28']);
  });

  it('ticks the studio type, skill level, title and 户籍 boxes that apply and leaves the others empty', () => {
    expect(rowLabelled(docx, '申报类型（勾选）')[1]).toBe('☑工匠工作室  ☐技师工作室  ☐职工工作室  ☐巾帼工作室');
    expect(rowLabelled(docx, '技能等级')[1]).toBe('☑高级技师  ☐技师  ☐高级工  ☐中级工  ☐初级工  ☐无');
    expect(rowLabelled(docx, '职称')[1]).toBe('☐高级  ☑中级  ☐初级  ☐无');
    expect(rowLabelled(docx, '领衔人户籍属性')).toEqual(['领衔人户籍属性', '☑非农业', '☐农业', '户籍地', '☑本市  ☐外省市']);
  });

  it('ticks a patent kind only when the studio holds such patents and prints each count', () => {
    expect(rowLabelled(docx, '专利情况')[1]).toBe('☑发明专利 2 项    ☑实用新型 5 项    ☐外观设计 0 项');
  });

  it('lists the leader’s honours one per line', () => {
    expect(rowLabelled(docx, '领衔人曾获荣誉')[1]).toBe('2019年“上海工匠”\n2017年上海市五一劳动奖章\n2015年全国技术能手');
  });

  it('gives each member one row of the members table, in order, under the two heading rows', () => {
    const members = tableRows(docx)[1] ?? [];
    expect(members[0]).toEqual(['工作室其他成员情况']);
    expect(members[1]).toEqual(['姓名', '年龄', '学历', '职称（技能等级）', '工种', '工作年限']);
    const rows = view.members as readonly MemberRowView[];
    expect(members.slice(2)).toEqual(rows.map((member) => [member.name, member.age, member.education, member.qualification, member.trade, member.yearsWorking]));
    expect(members.length - 2).toBe(CRAFTSMAN_STUDIO.members.length);
    expect(members[4]).toEqual(['陈晓燕', '32', '硕士', '工程师', '工艺编程', '8']);
  });

  it('repeats the members heading rows on every page and keeps short rows whole', () => {
    const xml = documentXml(docx);
    const memberTable = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)][1]?.[0] ?? '';
    const rows = [...memberTable.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map(([row]) => row);
    expect(rows.map((row) => row.includes('<w:tblHeader/>'))).toEqual([true, true, ...Array(9).fill(false)]);
    expect(rows.every((row) => row.includes('<w:cantSplit/>'))).toBe(true);
  });

  it('writes each paragraph of the introduction and of the studio honours as its own paragraph', () => {
    const paragraphs = documentParagraphs(docx);
    const introStart = paragraphs.indexOf('工作室介绍（800字左右，包括主要技术创新成果）：');
    const introParagraphs = (view.introParagraphs as readonly { text: string }[]).map((paragraph) => paragraph.text);
    expect(introParagraphs).toHaveLength(4);
    expect(paragraphs.slice(introStart + 1, introStart + 5)).toEqual(introParagraphs);
    const honoursStart = paragraphs.indexOf('工作室曾获荣誉：');
    expect(paragraphs.slice(honoursStart + 1)).toEqual(['2018年浦东新区职工创新工作室', '2019年上海市职工技术创新成果一等奖']);
  });

  it('leaves no placeholder, no tag and no sign of a missing value in the document', () => {
    for (const leftover of ['undefined', 'null', 'NaN', '[object Object]', '{', '}']) expect(text).not.toContain(leftover);
  });
});

describe('the 申请表 rendered for other studios', () => {
  it('ticks 巾帼, 无 skill level, a senior title, 农业 and 外省市 for the women’s studio', () => {
    const docx = renderApplication(WOMEN_STUDIO, template);
    expect(rowLabelled(docx, '申报类型（勾选）')[1]).toBe('☐工匠工作室  ☐技师工作室  ☐职工工作室  ☑巾帼工作室');
    expect(rowLabelled(docx, '技能等级')[1]).toBe('☐高级技师  ☐技师  ☐高级工  ☐中级工  ☐初级工  ☑无');
    expect(rowLabelled(docx, '职称')[1]).toBe('☑高级  ☐中级  ☐初级  ☐无');
    expect(rowLabelled(docx, '领衔人户籍属性')).toEqual(['领衔人户籍属性', '☐非农业', '☑农业', '户籍地', '☐本市  ☑外省市']);
    expect(rowLabelled(docx, '专利情况')[1]).toBe('☑发明专利 1 项    ☐实用新型 0 项    ☑外观设计 2 项');
    expect((tableRows(docx)[1] ?? []).length - 2).toBe(WOMEN_STUDIO.members.length);
  });

  it('leaves the cells of missing values empty but present, so the blank form still opens in Word', () => {
    const docx = renderApplication(SPARSE_STUDIO, template);
    const text = documentParagraphs(docx).join('\n');
    for (const leftover of ['undefined', 'null', 'NaN', '[object Object]', '{', '}']) expect(text).not.toContain(leftover);
    expect(rowLabelled(docx, '领衔人姓名')).toEqual(['领衔人姓名', '赵一', '职务', '', '联系方式', '']);
    expect(rowLabelled(docx, '领衔人曾获荣誉')).toEqual(['领衔人曾获荣誉', '']);
    expect(tableRows(docx)[1]).toHaveLength(2);
    // Word reports a file as corrupt when a table cell has no paragraph at all.
    const cells = [...documentXml(docx).matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([, cell = '']) => cell);
    expect(cells.filter((cell) => !/<w:p[ >/]/.test(cell))).toEqual([]);
  });

  it('gives byte-identical files for the same studio, however often and from whichever compiled copy', () => {
    const first = renderApplication(CRAFTSMAN_STUDIO, template);
    renderApplication(WOMEN_STUDIO, template);
    const again = renderApplication(CRAFTSMAN_STUDIO, template);
    const fromFreshCompile = renderApplication(CRAFTSMAN_STUDIO, compileApplication());
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(fromFreshCompile).equals(Buffer.from(first))).toBe(true);
  });

  it('turns a line break inside a value into a line break in its cell', () => {
    const docx = renderApplication({ ...CRAFTSMAN_STUDIO, unitAddress: '上海市浦东新区金科路100号\n3号楼5层' }, template);
    expect(rowLabelled(docx, '单位地址')[1]).toBe('上海市浦东新区金科路100号\n3号楼5层');
    expect(documentXml(docx)).toContain('<w:br/>');
  });

  it('throws, rather than printing "undefined", when a view lacks a key the template uses', () => {
    const view = { ...buildFormView(CRAFTSMAN_STUDIO, campaign, applicationForm) };
    delete view.leaderPhone;
    expect(() => renderDocx(template, view)).toThrow(/\{leaderPhone\}/);
  });
});
