import type { Form } from '../../src/campaigns/schema.js';
import { FANGSONG, HEI, KAI, SONG, XIAOBIAOSONG } from '../../src/render/docx/fonts.js';
import { checkBoxStyle, type ParagraphStyle } from '../../src/render/docx/styles.js';
import { CELL_STYLE, gridFillingTypeArea, label, loopValues, rowOfHeight, ruledTableStyle, value } from './form-cells.js';
import { buildFormDocx } from './form-package.js';
import { HALF_POINTS, mm, pageBreak, paragraph, run, table, tableSeam, type CellSpec, type RowSpec } from './wordml.js';

/**
 * 上海市技师创新工作室周期考核表: the review at the end of a studio's management
 * cycle under 沪工技协〔2016〕1号《上海市“技师创新工作室”管理办法》. The 办法 sets no
 * form, so this one is built from it: the studio's facts and its cycle (第十条),
 * its team, the 第十条 criteria and the 第四条 tasks as checklist rows with blank
 * ☐达标 ☐不达标 boxes and a 说明 column, the three outcomes 第十条 allows, and
 * signature lines. Only the studio's facts are filled in; the reviewers fill the rest.
 */

/** The 第十条 review criteria: what the reviewers check, and where the 办法 says so. */
export const CRITERIA: readonly (readonly [item: string, content: string])[] = [
  ['组织健全', '有技师或高级技师领衔；具有3人以上的团队成员，主要为一线岗位上相关专业的技术技能人员（第三条第1、2项）'],
  ['活动正常', '坚持开展群众性科技创新活动且取得明显成效；有开展科技创新活动的基本活动场所和设备设施（第三条第4项）'],
  ['制度完善', '建立日常活动台账、创新成果台账（第七条）'],
  ['创新成果显著', '拥有能代表行业和领域发展趋势、已成功应用到生产实际中的技术创新成果（第三条第3项）'],
];

/** The 第四条 tasks, in the 办法's words. */
export const TASKS: readonly (readonly [item: string, content: string])[] = [
  ['坚持刻苦学习', '努力钻研新技术，不断更新新知识，提升团队成员素质，努力建设一支知识型、技术型、创新型职工队伍'],
  ['群策群力攻关', '积极参与企业或车间的重点技术革新、技术攻关，努力解决生产、服务方面的技术难题，推动企业增强核心竞争力'],
  ['深入岗位创新', '积极开展“五小”活动以及合理化建议和技术改进活动，推出具有一定先进性、实用性的技术创新优秀项目'],
  ['着力培育新人', '积极开展技能培训、高师带徒等活动，做好技能人才的传帮带工作，培养企业技术技能后备人才'],
];

/** 第十条: 给予表彰奖励 to those that pass with distinction, 不再保留称号 to those that fail. */
export const OUTCOMES: readonly string[] = ['给予表彰奖励', '保留称号', '不再保留称号'];

const NOTICE_TIMESTAMP = '2016-02-03T00:00:00Z';

const STYLE = {
  ...CELL_STYLE,
  title: 'FormTitle',
  subtitle: 'FormSubtitle',
  section: 'FormSection',
  seal: 'FormSeal',
  checkBox: 'FormCheckBox',
} as const;

/** Six columns for the studio's facts (mm; the last takes the rest of the 156 mm type area). */
const FACT_GRID = gridFillingTypeArea([26, 32, 20, 24, 20].map(mm));
/** 序号, 姓名, 性别, 出生年月, 职称/技能等级, 工种, 所在部门. */
const MEMBER_GRID = gridFillingTypeArea([10, 18, 10, 28, 28, 26].map(mm));
/** 考核项目, 考核内容, 考核结果, 说明. */
const CHECK_GRID = gridFillingTypeArea([28, 78, 22].map(mm));
/** Label and box for the conclusion and the signatures. */
const SIGN_GRID = gridFillingTypeArea([30].map(mm));

const ROW_HEIGHT = mm(9);
const row = rowOfHeight(ROW_HEIGHT);
const TABLE_STYLE = ruledTableStyle(25);

/** Builds review.docx from the form entry of campaign.json. */
export function buildShanghaiTechnician2016ReviewDocx(form: Pick<Form, 'title'>): Uint8Array {
  const body = [
    paragraph(run(form.title), { style: STYLE.title }),
    paragraph([run('（第'), run('{cycleNumber}'), run('个管理周期：'), run('{cycleStart}'), run('至'), run('{cycleEnd}'), run('）')], { style: STYLE.subtitle }),
    table({ columns: FACT_GRID, rows: factRows(), ...TABLE_STYLE, openEdges: ['bottom'] }),
    tableSeam(),
    table({ columns: MEMBER_GRID, rows: memberRows(), ...TABLE_STYLE, openEdges: ['top'] }),
    // The checklist and the signatures share the second page, so a reviewer has them side by side.
    pageBreak(),
    table({ columns: CHECK_GRID, rows: checklistRows(), ...TABLE_STYLE, openEdges: ['bottom'] }),
    tableSeam(),
    table({ columns: SIGN_GRID, rows: conclusionRows(), ...TABLE_STYLE, openEdges: ['top'] }),
  ].join('');
  return buildFormDocx({
    body,
    paragraphStyles: paragraphStyles(),
    characterStyles: [checkBoxStyle(STYLE.checkBox)],
    title: form.title,
    timestamp: NOTICE_TIMESTAMP,
  });
}

function factRows(): RowSpec[] {
  return [
    row(label('工作室名称'), value('{studioName}', 5, 'left')),
    row(label('所在单位'), value('{unit}', 5, 'left')),
    row(label('推荐单位'), value('{recommender}', 5, 'left')),
    row(label('领衔人'), value('{leaderName}'), label('技能等级'), value('{leaderSkillLevel}'), label('职称'), value('{leaderTitle}')),
    row(label('工种'), value('{leaderTrade}'), label('职务'), value('{leaderPosition}'), label('联系电话'), value('{leaderPhone}')),
    row(
      label('命名日期'),
      value('{namedDate}'),
      label('管理周期'),
      { span: 3, paragraphs: [paragraph([run('第'), run('{cycleNumber}'), run('个周期：'), run('{cycleStart}'), run('至'), run('{cycleEnd}')], { style: STYLE.value })] },
    ),
    row(label('获资助的职工（技师）创新项目'), value('{fundedProject}', 5, 'left')),
  ];
}

function memberRows(): RowSpec[] {
  const headings = ['序号', '姓名', '性别', '出生年月', '职称/技能等级', '工种', '所在部门'];
  const fields = ['index', 'name', 'gender', 'birthDate', 'qualification', 'trade', 'department'];
  return [
    { ...row({ span: 7, paragraphs: [paragraph([run('团队成员（领衔人除外，共'), run('{memberCount}'), run('人）')], { style: STYLE.section })] }), header: true, topBorder: true },
    { ...row(...headings.map((heading) => label(heading))), header: true },
    row(...loopValues('members', fields)),
  ];
}

/** One row per criterion and task: the item, the 办法's words, blank 达标/不达标 boxes, room for a note. */
function checklistRows(): RowSpec[] {
  const check = ([item, content]: readonly [string, string]): RowSpec => ({
    cells: [
      label(item),
      { paragraphs: [paragraph(run(content), { style: STYLE.valueLeft })] },
      { paragraphs: ['达标', '不达标'].map((text) => paragraph([run('☐', { style: STYLE.checkBox }), run(text)], { style: STYLE.label })) },
      { paragraphs: [paragraph('', { style: STYLE.valueLeft })] },
    ],
    minHeight: mm(10),
  });
  const section = (text: string): RowSpec => row({ span: 4, paragraphs: [paragraph(run(text), { style: STYLE.section })] });
  return [
    { ...row(label('考核项目'), label('考核内容（《管理办法》条款）'), label('考核结果'), label('说明')), header: true, topBorder: true },
    section('一、周期末审核（第十条：组织健全、活动正常、制度完善、创新成果显著）'),
    ...CRITERIA.map(check),
    section('二、主要任务完成情况（第四条）'),
    ...TASKS.map(check),
  ];
}

function conclusionRows(): RowSpec[] {
  const signature = (heading: string, signer: string): RowSpec => ({
    cells: [
      label(heading),
      {
        vAlign: 'bottom',
        paragraphs: [paragraph(run(signer), { style: STYLE.seal }), paragraph(run('（盖章）'), { style: STYLE.seal }), paragraph(run('年    月    日'), { style: STYLE.seal })],
      },
    ],
    minHeight: mm(22),
  });
  return [
    { cells: [label('考核结论'), boxes(OUTCOMES, 'left')], minHeight: mm(11), topBorder: true },
    signature('区县局（产业）工会、技协意见', '负责人（签名）：              '),
    signature('市职工技协审核意见', '考核人（签名）：              '),
  ];
}

/** Empty ☐ boxes for the reviewers to tick, in the symbol font; the option names stay in 宋体. */
function boxes(options: readonly string[], align: 'left' | 'center' = 'center'): CellSpec {
  const runs = options.flatMap((text, index) => [...(index === 0 ? [] : [run('    ')]), run('☐', { style: STYLE.checkBox }), run(text)]);
  return { paragraphs: [paragraph(runs, { style: STYLE.label, align })] };
}

function paragraphStyles(): ParagraphStyle[] {
  return [
    { id: STYLE.title, name: '表格标题', font: XIAOBIAOSONG, size: HALF_POINTS.小二, align: 'center', extra: '<w:spacing w:before="120" w:after="120" w:line="360" w:lineRule="auto"/>' },
    { id: STYLE.subtitle, name: '管理周期', font: KAI, size: HALF_POINTS.四号, align: 'center', extra: '<w:spacing w:after="240"/>' },
    { id: STYLE.label, name: '表格项目', font: SONG, size: HALF_POINTS.五号, align: 'center' },
    { id: STYLE.value, name: '表格填写内容', font: FANGSONG, size: HALF_POINTS.五号, align: 'center' },
    { id: STYLE.valueLeft, name: '表格填写内容（左对齐）', font: FANGSONG, size: HALF_POINTS.五号, align: 'left' },
    { id: STYLE.section, name: '表格分栏标题', font: HEI, size: HALF_POINTS.五号, align: 'center' },
    { id: STYLE.seal, name: '签名盖章', font: SONG, size: HALF_POINTS.五号, align: 'right', extra: `<w:spacing w:before="120"/><w:ind w:right="${mm(10)}"/>` },
  ];
}
