import type { Form } from '../../src/campaigns/schema.js';
import { FANGSONG, HEI, SONG, XIAOBIAOSONG } from '../../src/render/docx/fonts.js';
import type { ParagraphStyle } from '../../src/render/docx/styles.js';
import { CELL_STYLE, label, labelParagraph, rowOfHeight, ruledTableStyle, value } from './form-cells.js';
import { buildCheckBoxFormDocx } from './form-package.js';
import { HALF_POINTS, mm, paragraph, paragraphLoop, run, table, tableSeam, type CellSpec, type RowSpec } from './wordml.js';

/**
 * 附件 of 关于创建2016年职工创新工作室工作的通知 (区总工会、区科委; 房山区) —
 * 职工创新工作室申报表 — as a docxtemplater template. Rows, their order and their
 * wording follow the seed notice; two typos of the seed are printed corrected
 * (“非 有” → 非公有, “明年工计划作” → 明年工作计划), and so is the header's
 * “联系人及联系人方式” (→ 联系人及联系方式). Every tag is a key of buildFormView().
 *
 * The form prints as one ruled grid made of three tables joined by hidden seams:
 * the leader, studio and unit block; the participants; the achievements, plans
 * and opinions. The participants stand alone so that Word and LibreOffice repeat
 * their heading row on every page a 150-person team fills. The seed merges the
 * “工作室参与人情况” label down the whole list; here the label sits in the heading
 * row and the column below it has no horizontal rules, which looks the same and
 * repeats with the heading on each page.
 */

/**
 * Eight grid columns, sized for 五号 text (checked in LibreOffice with its wider
 * fallback fonts too): the label column, six lines of four Chinese characters
 * (“是否有宣传/材料和获奖证…” breaks where the seed breaks it); then 姓名, 出生年月
 * (“1985年12月” on one line), 学历, two columns under 职称/技能等级 (the first also
 * holds 工作室人数 and 手机, the second the team size), 所在部门 / 工作室面积 and
 * 主要分工. Columns 0–3 and 4–7 give the two opinion boxes nearly equal halves.
 */
const COLUMNS = [26, 15, 27, 12, 14, 16, 22, 24].map(mm);

const ROW_HEIGHT = mm(8.5);
const row = rowOfHeight(ROW_HEIGHT);
const TABLE_STYLE = ruledTableStyle(40);

const STYLE = {
  ...CELL_STYLE,
  attachment: 'AttachmentMark',
  title: 'FormTitle',
  header: 'FormHeaderLine',
  valueSmall: 'FormValueSmall',
  narrative: 'FormNarrative',
  signature: 'FormSignature',
  checkBox: 'FormCheckBox',
} as const;

/** Builds application.docx from the form entry of campaign.json (title, attachment mark). */
export function buildBeijingDistrict2016ApplicationDocx(form: Pick<Form, 'title' | 'attachment'>): Uint8Array {
  return buildCheckBoxFormDocx({
    body: documentBody(form),
    paragraphStyles: PARAGRAPH_STYLES,
    checkBoxStyleId: STYLE.checkBox,
    title: form.title,
    // The notice carries no date; its deadline is 2017-01-20 and the campaign's reference date is 2016-12-31.
    timestamp: '2016-12-31T00:00:00Z',
  });
}

function documentBody(form: Pick<Form, 'title' | 'attachment'>): string {
  return [
    form.attachment ? paragraph(run(form.attachment), { style: STYLE.attachment }) : '',
    paragraph(run(form.title), { style: STYLE.title }),
    headerLine(),
    table({ columns: COLUMNS, rows: leaderAndUnitRows(), ...TABLE_STYLE, openEdges: ['bottom'] }),
    tableSeam(),
    table({ columns: COLUMNS, rows: participantRows(), ...TABLE_STYLE, openEdges: ['top', 'bottom'] }),
    tableSeam(),
    table({ columns: COLUMNS, rows: [...achievementRows(), ...planRows(), ...opinionRows()], ...TABLE_STYLE, openEdges: ['top'] }),
  ].join('');
}

/** 推荐单位：…　　联系人及联系方式：… above the grid, as the seed prints it. */
function headerLine(): string {
  return paragraph(
    [run('推荐单位：'), run('{recommender}', { underline: true }), run('　　联系人及联系方式：'), run('{recommenderContact}', { underline: true })],
    { style: STYLE.header },
  );
}

function leaderAndUnitRows(): RowSpec[] {
  return [
    row(label('领军人姓名'), label('性别'), label('出生年月'), label('学历'), label('职称/技能等级', 4)),
    row(value('{leaderName}'), value('{leaderGender}'), value('{leaderBirthDate}'), value('{leaderEducation}'), value('{leaderQualification}', 4)),
    row(label('电话'), value('{leaderOfficePhone}', 2), label('手机'), value('{leaderPhone}', 2), label('电子邮件'), value('{leaderEmail}')),
    row(
      label('曾获荣誉\n（是否劳模）'),
      {
        span: 3,
        paragraphs: [...paragraphLoop('leaderHonoursParagraphs', STYLE.valueLeft), paragraph([run('是否劳模：'), run('{leaderIsModelWorker}')], { style: STYLE.valueLeft })],
      },
      label('是否曾被评为区级\n职工创新工作室', 3),
      value('{previouslyNamedDistrict}'),
    ),
    row(label('工作室\n创建时间'), value('{foundedDate}', 2), label('工作室人数', 2), value('{teamSize}'), label('工作室面积'), {
      paragraphs: [paragraph([run('{siteArea}'), run('平方米')], { style: STYLE.value })],
    }),
    row(label('工作室\n经费构成'), { span: 7, paragraphs: fundingParagraphs() }),
    { ...row(label('工作室\n设备清单\n（可附页）'), { span: 7, paragraphs: paragraphLoop('equipmentListParagraphs', STYLE.valueLeft) }), minHeight: mm(15), allowSplit: true },
    row(label('创新工作领域'), boxes(7, ['技术创新', '管理创新', '营销模式创新', '品牌战略创新', '其他'].map((option) => [`box_innovationFields_${option}`, option]))),
    row(label('创新成果领域'), boxes(7, ['科技创新成果', '文化创新成果', '其他'].map((option) => [`box_resultFields_${option}`, option]))),
    row(label('是否有宣传\n材料和获奖证\n（可附材料、\n光盘）'), boxes(7, ['宣传视频', '获奖材料', '其他'].map((option) => [`box_publicityMaterials_${option}`, option]))),
    row(label('所在单位名称'), value('{unit}', 7, 'left')),
    row(label('地址'), value('{unitAddress}', 7, 'left')),
    row(label('单位性质'), boxes(7, [['unitIsPublic', '公有'], ['unitIsNonPublic', '非公有']])),
  ];
}

/** 合计＿万元。本单位支持＿万元，外部资金＿万元，自筹资金＿万元，其他＿ — amounts in 万元, underlined as filled blanks. */
function fundingParagraphs(): string[] {
  const blank = (tag: string) => run(` {${tag}} `, { underline: true });
  return [
    paragraph([run('合计'), blank('fundingTotalWan'), run('万元。本单位支持'), blank('fundingUnitWan'), run('万元，')], { style: STYLE.valueLeft }),
    paragraph(
      [run('外部资金'), blank('fundingExternalWan'), run('万元，自筹资金'), blank('fundingSelfWan'), run('万元，其他'), blank('fundingOtherWan'), run('万元'), run('{#fundingOtherNote}（{fundingOtherNote}）{/fundingOtherNote}')],
      { style: STYLE.valueLeft },
    ),
  ];
}

function participantRows(): RowSpec[] {
  const columns: [heading: string, field: string, span: number][] = [
    ['姓名', 'name', 1],
    ['出生年月', 'birthDate', 1],
    ['学历', 'education', 1],
    ['职称/技能等级', 'qualification', 2],
    ['所在部门', 'department', 1],
    ['主要分工', 'role', 1],
  ];
  const last = columns.length - 1;
  const heading: RowSpec = {
    ...row({ ...label('工作室\n参与人情况\n（全部，\n可附页）'), openEdges: ['bottom'], vAlign: 'top' }, ...columns.map(([text, , span]) => label(text, span))),
    header: true,
    topBorder: true,
  };
  // The loop opens in the label column and closes in the last cell, so docxtemplater repeats the whole row per member.
  const member: RowSpec = {
    cells: [
      { paragraphs: [paragraph(run('{#members}'), { style: STYLE.valueSmall })], openEdges: ['top', 'bottom'] },
      ...columns.map(([, field, span], index) => ({
        span,
        paragraphs: [paragraph(run(`{${field}}${index === last ? '{/members}' : ''}`), { style: STYLE.valueSmall })],
      })),
    ],
    // 小五 and lower rows than the rest of the form: six-character 分工 stay on one line and a 150-person team takes fewer pages.
    minHeight: mm(6.5),
  };
  return [heading, member];
}

function achievementRows(): RowSpec[] {
  const parts: [heading: string, loopKey: string][] = [
    ['创新成果及转化情况\n（获得专利权）', 'resultsTextParagraphs'],
    ['人才培养情况', 'talentTextParagraphs'],
    ['创新的经济效益\n和社会效益', 'benefitsTextParagraphs'],
  ];
  return parts.map(([heading, loopKey], index) => ({
    cells: [
      index === 0
        ? { paragraphs: [labelParagraph('主要\n工作业绩\n（可附页）')], vMerge: 'restart' as const }
        : { paragraphs: [paragraph('', { style: STYLE.label })], vMerge: 'continue' as const },
      label(heading, 2),
      { span: 5, vAlign: 'top' as const, paragraphs: paragraphLoop(loopKey, STYLE.narrative) },
    ],
    minHeight: mm(30),
    allowSplit: true,
    ...(index === 0 ? { topBorder: true } : {}),
  }));
}

function planRows(): RowSpec[] {
  const plan = (heading: string, loopKey: string): RowSpec => ({
    cells: [label(heading), { span: 7, vAlign: 'top', paragraphs: paragraphLoop(loopKey, STYLE.narrative) }],
    minHeight: mm(35),
    allowSplit: true,
  });
  return [plan('本年工作内容', 'thisYearWorkParagraphs'), plan('明年工作计划', 'nextYearPlanParagraphs')];
}

/** Two boxes for the units' opinions, signed and stamped by hand: （盖章） and 年 月 日 at the bottom right. */
function opinionRows(): RowSpec[] {
  const box = (span: number): CellSpec => ({
    span,
    vAlign: 'bottom',
    paragraphs: [paragraph(run('（盖章）'), { style: STYLE.signature }), paragraph(run('年　　月　　日'), { style: STYLE.signature })],
  });
  return [
    // Keep-with-next on the heading row keeps it on the page of the boxes it names.
    { ...row(keptLabel('所在单位意见', 4), keptLabel('推荐单位意见', 4)), minHeight: mm(8) },
    { cells: [box(4), box(4)], minHeight: mm(45) },
  ];
}

function keptLabel(text: string, span: number): CellSpec {
  return { span, paragraphs: [paragraph(run(text), { style: STYLE.label, keepNext: true })] };
}

/** ☐/☑ marks come from view keys and print in the symbol font; the option names stay in 宋体. */
function boxes(span: number, options: readonly (readonly [tag: string, text: string])[]): CellSpec {
  const runs = options.flatMap(([tag, text], index) => [
    ...(index === 0 ? [] : [run('　')]),
    run(`{${tag}}`, { style: STYLE.checkBox }),
    run(text),
  ]);
  return { span, paragraphs: [paragraph(runs, { style: STYLE.valueLeft })] };
}

const PARAGRAPH_STYLES: readonly ParagraphStyle[] = [
  { id: STYLE.attachment, name: '附件标识', font: HEI, size: HALF_POINTS.三号, align: 'left', extra: '<w:spacing w:after="0"/>' },
  { id: STYLE.title, name: '表格标题', font: XIAOBIAOSONG, size: HALF_POINTS.小二, align: 'center', extra: '<w:spacing w:before="240" w:after="240" w:line="360" w:lineRule="auto"/>' },
  { id: STYLE.header, name: '表头填写行', font: SONG, size: HALF_POINTS.五号, align: 'left', extra: '<w:spacing w:after="120"/>' },
  { id: STYLE.label, name: '表格项目', font: SONG, size: HALF_POINTS.五号, align: 'center' },
  { id: STYLE.value, name: '表格填写内容', font: FANGSONG, size: HALF_POINTS.五号, align: 'center' },
  { id: STYLE.valueSmall, name: '表格填写内容（小五）', font: FANGSONG, size: HALF_POINTS.小五, align: 'center' },
  { id: STYLE.valueLeft, name: '表格填写内容（左对齐）', font: FANGSONG, size: HALF_POINTS.五号, align: 'left', extra: '<w:spacing w:line="300" w:lineRule="auto"/>' },
  { id: STYLE.narrative, name: '表格长文', font: FANGSONG, size: HALF_POINTS.五号, align: 'both', extra: '<w:spacing w:line="300" w:lineRule="auto"/><w:ind w:firstLineChars="200" w:firstLine="420"/>' },
  { id: STYLE.signature, name: '盖章日期', font: SONG, size: HALF_POINTS.五号, align: 'right', extra: '<w:spacing w:before="120"/><w:ind w:right="420"/>' },
];
