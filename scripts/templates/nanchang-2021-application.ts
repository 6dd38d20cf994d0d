import type { Form } from '../../src/campaigns/schema.js';
import { FANGSONG, HEI, SONG, XIAOBIAOSONG } from '../../src/render/docx/fonts.js';
import { OFFICIAL_TYPE_AREA_WIDTH as TYPE_AREA_WIDTH } from '../../src/render/docx/page.js';
import type { ParagraphStyle } from '../../src/render/docx/styles.js';
import { CELL_STYLE, gridFillingTypeArea, label, loopValues, rowOfHeight, ruledTableStyle, value } from './form-cells.js';
import { buildFormDocx } from './form-package.js';
import { HALF_POINTS, lineBreak, mm, pageBreak, paragraph, paragraphLoop, run, table, tableSeam, type CellSpec, type RowSpec } from './wordml.js';

/**
 * 附件1 of 洪工办〔2021〕31号 — 2021年南昌市劳模创新工作室申报表 — as a docxtemplater
 * template: the cover and the 填表说明 exactly as the notice prints them, then the
 * body table, designed from the 填表说明 and the 参考提纲 (the notice lists the
 * body's fields only through them), ending with the notice's two opinion boxes.
 * Filled-in text is 仿宋 小四 (填表说明9); the whole form prints as an A3 booklet
 * (填表说明12). Every tag is a key of buildFormView() (src/render/view.ts).
 */

/** The 填表说明, word for word (the quotation marks are the notice's). */
export const INSTRUCTIONS: readonly string[] = [
  '1.“创新工作室名称”应完整填写以拟申报者本人命名的创新工作室名称，如：xxx劳模创新工作室。',
  '2.“创建日期”以团队模式规范开展工作或被命名的时间。',
  '3.“经费主要来源”投入单位两个以上，需分别注明投入经费额。',
  '4.表中“经费投入、技术创新、经济效益、培养人才、社会效益”均填写近三年情况。',
  '5.表中“*”表示均须提供相关证明复印件，经济效益须加盖单位财务章的原件。',
  '6.“培养人才”需列表详细说明（如:人员名单、何时晋升为何种等级、何时获何种荣誉称号等）。',
  '7.命名单位及命名日期指曾被县区工会或本系统命名过的，没有则填“无”，有则作为一项重要参考依据。',
  '8.如有其它需要特别说明的内容，可以补充相应的书面证明材料。',
  '9.本表用打印方式填写，使用仿宋小四号字，数字统一使用阿拉伯数字。',
  '10.签署意见栏必须填写明确意见，并签名、盖章。',
  '11.切勿改变字体大小，格式及页面设置。',
  '12.此表填写一式两份，请用A3纸张双面打印，装订成册，并报送电子版至ncszghjjb@163.com。',
];

/** The cover's fields: label as printed, and the view key filling its line (none: filled by hand). */
export const COVER_FIELDS: readonly (readonly [label: string, tag: string | undefined])[] = [
  ['工作室名称', 'studioName'],
  ['所在单位', 'unit'],
  ['单位类型', 'unitNature'],
  ['所属行业', 'industry'],
  ['推荐单位', 'recommender'],
  ['填报日期', undefined],
];

/** The two opinion boxes that close the form, as the notice prints them. */
export const OPINIONS: readonly string[] = [
  '所在单位工会意见',
  '县（区）总工会，开发区（新区）、市直机关工会工委，市教科文卫体工会，市产业和直属基层工会意见',
];

/** The notice date (洪工办〔2021〕31号), stamped as the template's created/modified time. */
const NOTICE_TIMESTAMP = '2021-05-17T00:00:00Z';

const STYLE = {
  ...CELL_STYLE,
  attachment: 'AttachmentMark',
  coverTitle: 'CoverTitle',
  coverForm: 'CoverFormName',
  coverLabel: 'CoverLabel',
  coverValue: 'CoverValue',
  coverMaker: 'CoverMaker',
  instructionsTitle: 'InstructionsTitle',
  instruction: 'Instruction',
  narrative: 'FormNarrative',
  section: 'FormSection',
  seal: 'FormSeal',
} as const;

/** Seven grid columns: a narrow one for the vertical 领衔人 label, then three label/value pairs (mm). */
const COLUMNS = gridFillingTypeArea([10, 26, 26, 20, 24, 24].map(mm));
/** 序号, 姓名, 性别, 出生年月, 学历, 职称/技能等级 and 主要分工 (the rest). */
const MEMBER_COLUMNS = gridFillingTypeArea([10, 20, 10, 26, 16, 34].map(mm));

const ROW_HEIGHT = mm(10);
const row = rowOfHeight(ROW_HEIGHT);
const TABLE_STYLE = ruledTableStyle(45);

/** Builds application.docx from the form entry of campaign.json. */
export function buildNanchang2021ApplicationDocx(form: Pick<Form, 'title' | 'attachment'>): Uint8Array {
  const body = [
    ...cover(form),
    pageBreak(),
    instructions(),
    pageBreak(),
    table({ columns: COLUMNS, rows: studioAndLeaderRows(), ...TABLE_STYLE, openEdges: ['bottom'] }),
    tableSeam(),
    table({ columns: MEMBER_COLUMNS, rows: memberRows(), ...TABLE_STYLE, openEdges: ['top', 'bottom'] }),
    tableSeam(),
    table({ columns: COLUMNS, rows: [...recentRows(), ...opinionRows()], ...TABLE_STYLE, openEdges: ['top'] }),
  ].join('');
  return buildFormDocx({ body, paragraphStyles: paragraphStyles(), title: form.title, timestamp: NOTICE_TIMESTAMP, bookletA3: true, coverPage: true });
}

/** 附件1, the two title lines, the six underlined fields and 南昌市总工会制. */
function cover(form: Pick<Form, 'title' | 'attachment'>): string[] {
  const lines = COVER_FIELDS.map(([label, tag]) => coverLine(label, tag));
  return [
    form.attachment ? paragraph(run(form.attachment), { style: STYLE.attachment }) : '',
    paragraph([run('{campaignYear}'), run('年'), run('{programName}')], { style: STYLE.coverTitle }),
    paragraph(run('申 报 表'), { style: STYLE.coverForm }),
    coverTable(lines),
    paragraph(run('南昌市总工会制'), { style: STYLE.coverMaker }),
  ];
}

/** Label on the left, the value on an underline; 填报日期 keeps blanks for 年 月 日 to be written by hand. */
function coverLine(label: string, tag: string | undefined): [string, string] {
  const value = tag
    ? paragraph(run(`{${tag}}`), { style: STYLE.coverValue })
    : paragraph(run('        年      月      日'), { style: STYLE.coverValue });
  return [paragraph(run(label), { style: STYLE.coverLabel }), value];
}

/** A borderless two-column table whose value cells are underlined, so the lines align as on the printed cover. */
function coverTable(lines: readonly (readonly [string, string])[]): string {
  const labelWidth = mm(32);
  const valueWidth = mm(104);
  const underline = '<w:tcBorders><w:bottom w:val="single" w:sz="6" w:space="0" w:color="000000"/></w:tcBorders>';
  const rows = lines.map(
    ([label, value]) =>
      `<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="${mm(12)}" w:hRule="atLeast"/></w:trPr>` +
      `<w:tc><w:tcPr><w:tcW w:w="${labelWidth}" w:type="dxa"/><w:vAlign w:val="bottom"/></w:tcPr>${label}</w:tc>` +
      `<w:tc><w:tcPr><w:tcW w:w="${valueWidth}" w:type="dxa"/>${underline}<w:vAlign w:val="bottom"/></w:tcPr>${value}</w:tc>` +
      '</w:tr>',
  );
  return borderlessTable([labelWidth, valueWidth], 60, rows.join(''));
}

/**
 * The 填表说明 in a borderless frame as wide as the type area: the same page in Word,
 * and an A4-wide column on programs that ignore book-fold printing and show the A3 sheet.
 */
function instructions(): string {
  const paragraphs = [paragraph(run('填 表 说 明'), { style: STYLE.instructionsTitle }), ...INSTRUCTIONS.map((item) => paragraph(run(item), { style: STYLE.instruction }))];
  return borderlessTable([TYPE_AREA_WIDTH], 0, `<w:tr><w:tc><w:tcPr><w:tcW w:w="${TYPE_AREA_WIDTH}" w:type="dxa"/></w:tcPr>${paragraphs.join('')}</w:tc></w:tr>`);
}

/** A fixed-layout table without rules, centred, with `sidePadding` twips left and right in each cell. */
function borderlessTable(columns: readonly number[], sidePadding: number, rows: string): string {
  const width = columns.reduce((sum, column) => sum + column, 0);
  const none = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} w:val="nil"/>`).join('');
  return (
    '<w:tbl><w:tblPr>' +
    `<w:tblW w:w="${width}" w:type="dxa"/><w:jc w:val="center"/>` +
    `<w:tblBorders>${none}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar><w:left w:w="${sidePadding}" w:type="dxa"/><w:right w:w="${sidePadding}" w:type="dxa"/></w:tblCellMar>` +
    '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="0"/>' +
    `</w:tblPr><w:tblGrid>${columns.map((column) => `<w:gridCol w:w="${column}"/>`).join('')}</w:tblGrid>${rows}</w:tbl>`
  );
}

function studioAndLeaderRows(): RowSpec[] {
  // Word shows the first cell of a vertical merge; the cells it continues into hold an empty paragraph.
  const leader = (cells: CellSpec[], first = false): RowSpec =>
    row(first ? { ...verticalLabel('领衔人'), vMerge: 'restart' } : { paragraphs: [paragraph('', { style: STYLE.label })], vMerge: 'continue' }, ...cells);
  return [
    row(label('创新工作室名称', 2), value('{studioName}', 5, 'left')),
    row(label('创建日期', 2), value('{foundedDate}'), label('所在单位'), value('{unit}', 3, 'left')),
    leader([label('姓名'), value('{leaderName}'), label('性别'), value('{leaderGender}'), label('出生年月'), value('{leaderBirthDate}')], true),
    leader([label('学历'), value('{leaderEducation}'), label('职称'), value('{leaderTitle}'), label('技能等级'), value('{leaderSkillLevel}')]),
    leader([label('职务'), value('{leaderPosition}'), label('联系电话'), value('{leaderPhone}', 3)]),
    { ...leader([label('劳模称号或五一劳动奖章及获得时间*'), { span: 5, paragraphs: paragraphLoop('leaderHonoursParagraphs', STYLE.valueLeft) }]), allowSplit: true },
  ];
}

function memberRows(): RowSpec[] {
  const headings = ['序号', '姓名', '性别', '出生年月', '学历', '职称/技能等级', '主要分工'];
  const fields = ['index', 'name', 'gender', 'birthDate', 'education', 'qualification', 'role'];
  return [
    { ...row({ span: 7, paragraphs: [paragraph(run('团队成员（领衔人除外）'), { style: STYLE.section })] }), header: true, topBorder: true },
    { ...row(...headings.map((heading) => label(heading))), header: true },
    row(...loopValues('members', fields)),
  ];
}

/** 经费主要来源, then the 近三年 figures (填表说明4) for the period the campaign derives, then this year's projects and results. */
function recentRows(): RowSpec[] {
  const long = (heading: string, cell: CellSpec): RowSpec => ({ ...row(label(heading, 2), cell), allowSplit: true, minHeight: mm(18) });
  return [
    { ...row({ span: 7, paragraphs: [paragraph([run('近三年情况（'), run('{dataPeriod}'), run('）')], { style: STYLE.section })] }), topBorder: true },
    long('经费主要来源', { span: 5, paragraphs: paragraphLoop('fundingSourcesParagraphs', STYLE.valueLeft) }),
    row(
      label('经费投入*', 2),
      value('{recentFundingWan}万元'),
      label('技术创新*'),
      value('{recentInnovations}项'),
      label('经济效益*'),
      value('{recentEconomicBenefitWan}万元'),
    ),
    long('培养人才*', {
      span: 5,
      vAlign: 'top',
      paragraphs: [paragraph([run('共'), run('{recentTalents}'), run('人，名单及晋升、获奖情况：')], { style: STYLE.valueLeft }), ...paragraphLoop('talentDetailsParagraphs', STYLE.valueLeft)],
    }),
    long('社会效益', { span: 5, vAlign: 'top', paragraphs: paragraphLoop('recentSocialBenefitParagraphs', STYLE.narrative) }),
    row(label('本年度开展的创新课题或攻关项目', 2), value('{projectsThisYear}项'), label('本年度得到认可或认定的创新成果', 2), value('{recognizedResultsThisYear}项', 2)),
    row(label('命名单位及命名日期*', 2), value('{previousNaming}', 5, 'left')),
  ];
}

/** 盖章 and the date at the foot of a tall blank box, as the notice prints them. */
function opinionRows(): RowSpec[] {
  return OPINIONS.map((heading) => ({
    cells: [
      label(heading, 2),
      {
        span: 5,
        vAlign: 'bottom',
        paragraphs: [paragraph(run('盖  章'), { style: STYLE.seal }), paragraph(run('年    月    日'), { style: STYLE.seal })],
      },
    ],
    minHeight: mm(45),
  }));
}

/** 领衔人 written top to bottom in the narrow first column. */
function verticalLabel(text: string): CellSpec {
  const runs = [...text].flatMap((char, index) => (index === 0 ? [run(char)] : [lineBreak(), run(char)]));
  return { paragraphs: [paragraph(runs, { style: STYLE.label })] };
}

function paragraphStyles(): ParagraphStyle[] {
  const fillLine = '<w:spacing w:before="0" w:after="40"/>';
  return [
    { id: STYLE.attachment, name: '附件标识', font: HEI, size: HALF_POINTS.三号, align: 'left' },
    { id: STYLE.coverTitle, name: '封面标题', font: XIAOBIAOSONG, size: 52, align: 'center', extra: `<w:spacing w:before="${mm(28)}" w:after="${mm(6)}"/>` },
    { id: STYLE.coverForm, name: '封面表名', font: XIAOBIAOSONG, size: 72, align: 'center', extra: `<w:spacing w:before="0" w:after="${mm(30)}"/>` },
    { id: STYLE.coverLabel, name: '封面项目', font: SONG, size: HALF_POINTS.四号, align: 'distribute', extra: fillLine },
    { id: STYLE.coverValue, name: '封面填写内容', font: FANGSONG, size: HALF_POINTS.小四, align: 'center', extra: fillLine },
    { id: STYLE.coverMaker, name: '封面制表单位', font: SONG, size: HALF_POINTS.三号, align: 'center', extra: `<w:spacing w:before="${mm(30)}"/>` },
    { id: STYLE.instructionsTitle, name: '填表说明标题', font: HEI, size: HALF_POINTS.二号, align: 'center', extra: `<w:spacing w:before="0" w:after="${mm(8)}"/>` },
    { id: STYLE.instruction, name: '填表说明', font: FANGSONG, size: HALF_POINTS.四号, align: 'both', extra: '<w:spacing w:after="60" w:line="320" w:lineRule="auto"/><w:ind w:firstLineChars="200" w:firstLine="560"/>' },
    { id: STYLE.label, name: '表格项目', font: SONG, size: HALF_POINTS.小四, align: 'center' },
    { id: STYLE.value, name: '表格填写内容', font: FANGSONG, size: HALF_POINTS.小四, align: 'center' },
    { id: STYLE.valueLeft, name: '表格填写内容（左对齐）', font: FANGSONG, size: HALF_POINTS.小四, align: 'left' },
    { id: STYLE.narrative, name: '表格长文', font: FANGSONG, size: HALF_POINTS.小四, align: 'both', extra: '<w:ind w:firstLineChars="200" w:firstLine="480"/>' },
    { id: STYLE.section, name: '表格分栏标题', font: HEI, size: HALF_POINTS.小四, align: 'center' },
    { id: STYLE.seal, name: '盖章与日期', font: SONG, size: HALF_POINTS.小四, align: 'right', extra: `<w:spacing w:before="120"/><w:ind w:right="${mm(12)}"/>` },
  ];
}
