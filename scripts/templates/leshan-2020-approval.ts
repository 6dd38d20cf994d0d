import type { Form } from '../../src/campaigns/schema.js';
import { FANGSONG, HEI, SONG, XIAOBIAOSONG } from '../../src/render/docx/fonts.js';
import type { ParagraphStyle } from '../../src/render/docx/styles.js';
import { CELL_STYLE, gridFillingTypeArea, label, rowOfHeight, ruledTableStyle, value } from './form-cells.js';
import { buildLeshanDocx } from './leshan-2020-page.js';
import { HALF_POINTS, mm, pageBreak, paragraph, paragraphLoop, run, table, type CellSpec, type RowSpec } from './wordml.js';

/**
 * 附件1 of 乐工经〔2020〕24号 — 乐山市劳模和工匠人才创新工作室推荐审批表 — as a
 * docxtemplater template. Rows, labels and the fill-in sentences follow the seed
 * notice word for word; every tag is a key of buildFormView()
 * (src/render/view/form-view.ts), the team counts (team*) computed from the members.
 *
 * The notice wants the form printed on both sides of one A4 sheet (“A4纸双面印制，
 * 不加页”): side one holds the studio, its leader, the numbers and the awards;
 * side two the ≤600-字 summary, the three opinion boxes and the 填表说明. Two
 * tables on one grid, a page break between them.
 */

/**
 * Seven grid columns: a narrow column for the two vertical group labels, then
 * label/value pairs sized for 五号 text — the widest label (是否荣获过劳模和工匠称号)
 * wraps to three lines, a birth date (1975年3月) fits the fourth column on one.
 */
const COLUMNS = gridFillingTypeArea([900, 1300, 1250, 1250, 1550, 1080]);

const ROW_HEIGHT = mm(8);
const row = rowOfHeight(ROW_HEIGHT);
const TABLE_STYLE = ruledTableStyle(40);

const STYLE = {
  ...CELL_STYLE,
  attachment: 'AttachmentMark',
  title: 'FormTitle',
  sentence: 'FormSentence',
  narrativeLabel: 'FormNarrativeLabel',
  narrative: 'FormNarrative',
  opinionDate: 'FormOpinionDate',
  notes: 'FormNotes',
  fill: 'FormFill',
} as const;

const PARAGRAPH_STYLES: readonly ParagraphStyle[] = [
  { id: STYLE.attachment, name: '附件标识', font: HEI, size: HALF_POINTS.三号, align: 'left', extra: '<w:spacing w:after="0"/>' },
  { id: STYLE.title, name: '表格标题', font: XIAOBIAOSONG, size: HALF_POINTS.小二, align: 'center', extra: '<w:spacing w:before="120" w:after="200" w:line="360" w:lineRule="auto"/>' },
  { id: STYLE.label, name: '表格项目', font: SONG, size: HALF_POINTS.五号, align: 'center' },
  { id: STYLE.value, name: '表格填写内容', font: FANGSONG, size: HALF_POINTS.五号, align: 'center' },
  { id: STYLE.valueLeft, name: '表格填写内容（左对齐）', font: FANGSONG, size: HALF_POINTS.五号, align: 'left' },
  { id: STYLE.sentence, name: '表格填空句', font: SONG, size: HALF_POINTS.五号, align: 'left', extra: '<w:spacing w:line="300" w:lineRule="auto"/>' },
  { id: STYLE.narrativeLabel, name: '表格长文标题', font: SONG, size: HALF_POINTS.五号, align: 'center', extra: '<w:spacing w:before="60" w:after="60"/>' },
  { id: STYLE.narrative, name: '表格长文', font: FANGSONG, size: HALF_POINTS.小四, align: 'both', extra: '<w:spacing w:line="360" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="480"/>' },
  { id: STYLE.opinionDate, name: '意见栏日期', font: SONG, size: HALF_POINTS.五号, align: 'right', extra: '<w:spacing w:before="120" w:after="60"/><w:ind w:right="240"/>' },
  { id: STYLE.notes, name: '填表说明', font: SONG, size: HALF_POINTS.五号, align: 'left', extra: '<w:spacing w:before="60" w:line="300" w:lineRule="auto"/>' },
];

/** Filled-in numbers: underlined like the blanks they fill, in the values' 仿宋. */
const FILL_STYLE = { id: STYLE.fill, name: '填空内容', properties: `<w:rFonts w:eastAsia="${FANGSONG}"/><w:u w:val="single"/>` };

/** The sentences of 创新工作室基本情况 and 获奖情况, with {tag} where the notice leaves a blank. */
export const APPROVAL_SENTENCES = {
  team: '共{teamSize}人。其中男{teamMale}人，女{teamFemale}人，中共党员{teamPartyMembers}人。平均年龄{teamAverageAge}岁。',
  degrees: '博士{teamDoctor}人，硕士{teamMaster}人，本科{teamBachelor}人，大专{teamCollege}人，高中（含）以下{teamHighSchoolOrBelow}人。',
  qualifications:
    '高级技师{teamSeniorTechnician}人，技师{teamTechnician}人，高级工{teamSeniorWorker}人，中级工{teamIntermediateWorker}人，初级工{teamJuniorWorker}人；' +
    '助理工程师{teamAssistantEngineer}人，工程师{teamEngineer}人，高级工程师{teamSeniorEngineer}人，研究员{teamResearcher}人。',
  conditions:
    '工作场地（所）面积{siteArea}㎡，仪器设备{equipmentCount}台（套），专业技术书籍资料{bookCount}册，年均专项经费{annualFundingWan}万元，' +
    '年均技能培训{trainingPerYear}人次，创新成果{achievementsTotal}项，成果转化{achievementsApplied}项，实用新型专利{utilityPatents}项，' +
    '发明专利{inventionPatents}项，创新成果节创经济效益累计{economicBenefitWan}万元。',
  awards: '国际级{awardsInternational}项，国家级{awardsNational}项，省部级{awardsProvincial}项，地市级{awardsMunicipal}项，共计{awardsTotal}项。获奖明细情况如下：',
} as const;

export const APPROVAL_NOTES = [
  '填表说明：',
  '1.创新工作室名称统一为：单位+劳模姓名。如：xx公司张三劳模和工匠人才创新工作室。',
  '2.此表打印填写，禁止手工填写；A4纸双面印制，不加页或另附纸张，并以纸质件（一式2份）和电子文档方式一并报送。',
] as const;

/** Builds approval.docx from the form entry of campaign.json (title, attachment number). */
export function buildLeshan2020ApprovalDocx(form: Pick<Form, 'title' | 'attachment'>): Uint8Array {
  const body = [
    form.attachment ? paragraph(run(form.attachment), { style: STYLE.attachment }) : '',
    paragraph(run(form.title), { style: STYLE.title }),
    table({ columns: COLUMNS, rows: firstSideRows(), ...TABLE_STYLE }),
    pageBreak(),
    table({ columns: COLUMNS, rows: secondSideRows(), ...TABLE_STYLE }),
    ...APPROVAL_NOTES.map((note) => paragraph(run(note), { style: STYLE.notes })),
  ].join('');
  return buildLeshanDocx({ body, paragraphStyles: PARAGRAPH_STYLES, characterStyles: [FILL_STYLE], title: form.title });
}

function firstSideRows(): RowSpec[] {
  const leaderGroup = '创新工作室负责人（带头人）基本情况';
  const studioGroup = '创新工作室基本情况';
  return [
    row(label('创新工作室名称', 2), value('{studioName}', 3, 'left'), label('创建时间'), value('{foundedDate}')),
    row(label('创新工作室所属单位名称', 2), value('{unit}', 5, 'left')),
    row(groupLabel(leaderGroup, 'restart'), label('姓名'), value('{leaderName}'), label('工作单位及职务'), value('{leaderUnitAndPosition}', 3, 'left')),
    row(groupLabel(leaderGroup, 'continue'), label('性别'), value('{leaderGender}'), label('出生年月'), value('{leaderBirthDate}'), label('籍贯'), value('{leaderNativePlace}')),
    row(groupLabel(leaderGroup, 'continue'), label('民族'), value('{leaderEthnicity}'), label('政治面貌'), value('{leaderPoliticalStatus}'), label('学历'), value('{leaderEducation}')),
    row(groupLabel(leaderGroup, 'continue'), label('职称'), value('{leaderTitle}'), label('技术等级'), value('{leaderSkillLevel}', 3)),
    row(
      groupLabel(leaderGroup, 'continue'),
      label('是否荣获过劳模和工匠称号'),
      value('{leaderIsModelWorker}'),
      label('何时获何种劳模称号'),
      { span: 3, paragraphs: paragraphLoop('leaderHonoursParagraphs', STYLE.valueLeft) },
    ),
    row(groupLabel(studioGroup, 'restart'), sentenceCell(APPROVAL_SENTENCES.team)),
    row(groupLabel(studioGroup, 'continue'), sentenceCell(APPROVAL_SENTENCES.degrees)),
    row(groupLabel(studioGroup, 'continue'), sentenceCell(APPROVAL_SENTENCES.qualifications)),
    row(groupLabel(studioGroup, 'continue'), sentenceCell(APPROVAL_SENTENCES.conditions)),
    {
      cells: [
        label('创新工作室获奖情况'),
        {
          span: 6,
          vAlign: 'top',
          paragraphs: [sentence(APPROVAL_SENTENCES.awards), ...paragraphLoop('awardDetailsParagraphs', STYLE.valueLeft)],
        },
      ],
      minHeight: mm(46),
      allowSplit: true,
    },
  ];
}

function secondSideRows(): RowSpec[] {
  const opinion = (span: number): CellSpec => ({
    span,
    vAlign: 'bottom',
    paragraphs: [paragraph(run('年　　月　　日'), { style: STYLE.opinionDate })],
  });
  return [
    {
      cells: [
        {
          span: 7,
          vAlign: 'top',
          paragraphs: [paragraph(run('创新工作室简介及主要先进事迹（600字以内）'), { style: STYLE.narrativeLabel }), ...paragraphLoop('introParagraphs', STYLE.narrative)],
        },
      ],
      minHeight: mm(122),
      allowSplit: true,
    },
    { cells: [label('所在单位工会意见'), opinion(2), label('县（市、区）总工会意见'), opinion(3)], minHeight: mm(36) },
    { cells: [label('乐山市总工会意见'), opinion(6)], minHeight: mm(32) },
  ];
}

/** A label shared by several rows, written once in the top cell of a vertical merge. */
function groupLabel(text: string, merge: 'restart' | 'continue'): CellSpec {
  return { vMerge: merge, paragraphs: [paragraph(merge === 'restart' ? run(text) : '', { style: STYLE.label })] };
}

function sentenceCell(text: string): CellSpec {
  return { span: 6, paragraphs: [sentence(text)] };
}

/** The notice's sentence as runs: its own words in 宋体, each {tag} as an underlined fill-in with a space either side. */
function sentence(text: string): string {
  const runs = text.split(/(\{[A-Za-z]+\})/).filter(Boolean).map((part) => (part.startsWith('{') ? run(` ${part} `, { style: STYLE.fill }) : run(part)));
  return paragraph(runs, { style: STYLE.sentence });
}
