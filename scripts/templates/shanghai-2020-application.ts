import type { Form } from '../../src/campaigns/schema.js';
import { FANGSONG, HEI, SONG, XIAOBIAOSONG } from '../../src/render/docx/fonts.js';
import type { ParagraphStyle } from '../../src/render/docx/styles.js';
import { CELL_STYLE, gridFillingTypeArea, label, loopValues, rowOfHeight, ruledTableStyle, value } from './form-cells.js';
import { buildCheckBoxFormDocx } from './form-package.js';
import { HALF_POINTS, lineBreak, mm, paragraph, paragraphLoop, run, table, tableSeam, type CellSpec, type RowSpec } from './wordml.js';

/**
 * 附件2 of 沪工技中〔2020〕7号 — 上海市工匠（技师、职工、巾帼）创新工作室申请表 — as a
 * docxtemplater template. The rows and their order follow the seed notice; every
 * tag is a key of buildFormView() (src/render/view.ts).
 *
 * The form prints as one ruled grid but is three tables joined by hidden seams:
 * the studio and leader block, the members, and the two long texts. Word repeats
 * heading rows only at the top of a table, so the members' two heading rows can
 * only repeat on the next page when the members table stands on its own.
 */

/**
 * Six grid columns sized for 五号 text: column 1 holds the longest labels
 * (申报类型（勾选）), column 4 the members' 职称（技能等级）, column 6 an 11-digit phone.
 */
const COLUMNS = gridFillingTypeArea([1900, 1200, 1100, 1900, 1150]);

const ROW_HEIGHT = mm(8.5);
const row = rowOfHeight(ROW_HEIGHT);
const TABLE_STYLE = ruledTableStyle(40);

const STYLE = {
  ...CELL_STYLE,
  attachment: 'AttachmentMark',
  title: 'FormTitle',
  section: 'FormSection',
  narrativeLabel: 'FormNarrativeLabel',
  narrative: 'FormNarrative',
  checkBox: 'FormCheckBox',
} as const;

/** Builds application.docx from the form entry of campaign.json (title, attachment number). */
export function buildShanghai2020ApplicationDocx(form: Pick<Form, 'title' | 'attachment'>): Uint8Array {
  return buildCheckBoxFormDocx({
    body: documentBody(form),
    paragraphStyles: PARAGRAPH_STYLES,
    checkBoxStyleId: STYLE.checkBox,
    title: form.title,
    timestamp: '2020-10-22T00:00:00Z',
  });
}

function documentBody(form: Pick<Form, 'title' | 'attachment'>): string {
  return [
    form.attachment ? paragraph(run(form.attachment), { style: STYLE.attachment }) : '',
    titleParagraph(form.title),
    table({ columns: COLUMNS, rows: studioAndLeaderRows(), ...TABLE_STYLE, openEdges: ['bottom'] }),
    tableSeam(),
    table({ columns: COLUMNS, rows: memberRows(), ...TABLE_STYLE, openEdges: ['top'] }),
    tableSeam(),
    table({ columns: COLUMNS, rows: narrativeRows(), ...TABLE_STYLE, openEdges: ['top'] }),
  ].join('');
}

/** Breaks the title after its closing parenthesis, as the printed notice does, so neither line ends awkwardly. */
function titleParagraph(title: string): string {
  const breakAt = title.lastIndexOf('）') + 1;
  const lines = breakAt > 0 && breakAt < title.length ? [title.slice(0, breakAt), title.slice(breakAt)] : [title];
  const runs = lines.flatMap((line, index) => (index === 0 ? [run(line)] : [lineBreak(), run(line)]));
  return paragraph(runs, { style: STYLE.title });
}

function studioAndLeaderRows(): RowSpec[] {
  return [
    row(label('工作室名称'), value('{studioName}', 5, 'left')),
    row(label('工作室技术专长'), value('{specialty}', 5, 'left')),
    row(label('申报类型（勾选）'), boxes(5, [
      ['box_studioType_工匠', '工匠工作室'],
      ['box_studioType_技师', '技师工作室'],
      ['box_studioType_职工', '职工工作室'],
      ['box_studioType_巾帼', '巾帼工作室'],
    ])),
    row(label('申报单位'), value('{unit}', 2, 'left'), label('所属系统'), value('{system}', 2, 'left')),
    row(label('单位性质'), value('{unitNature}', 2, 'left'), label('所属行业'), value('{industry}', 2, 'left')),
    row(label('单位地址'), value('{unitAddress}', 2, 'left'), label('邮政编码'), value('{postcode}', 2, 'left')),
    row(label('专利情况'), {
      span: 5,
      paragraphs: [
        paragraph(
          [
            ['box_inventionPatents', '发明专利', 'inventionPatents'],
            ['box_utilityPatents', '实用新型', 'utilityPatents'],
            ['box_designPatents', '外观设计', 'designPatents'],
          ].flatMap(([boxTag, name, countTag], index) => [
            ...(index === 0 ? [] : [run('    ')]),
            run(`{${boxTag}}`, { style: STYLE.checkBox }),
            run(name ?? ''),
            run(` {${countTag}} `, { underline: true }),
            run('项'),
          ]),
          { style: STYLE.valueLeft },
        ),
      ],
    }),
    row(label('领衔人姓名'), value('{leaderName}'), label('职务'), value('{leaderPosition}'), label('联系方式'), value('{leaderPhone}')),
    row(label('性别'), value('{leaderGender}'), label('年龄'), value('{leaderAge}'), label('学历'), value('{leaderEducation}')),
    row(label('工种'), value('{leaderTrade}', 3), label('工作年限'), value('{leaderYearsWorking}')),
    row(label('技能等级'), boxes(5, ['高级技师', '技师', '高级工', '中级工', '初级工', '无'].map((level) => [`box_leaderSkillLevel_${level}`, level]))),
    row(label('职称'), boxes(5, ['高级', '中级', '初级', '无'].map((level) => [`box_leaderTitle_${level}`, level]))),
    row(
      label('领衔人户籍属性'),
      boxes(1, [['box_leaderHukouType_非农业', '非农业']], 'center'),
      boxes(1, [['box_leaderHukouType_农业', '农业']], 'center'),
      label('户籍地'),
      boxes(2, [['box_leaderHukouPlace_本市', '本市'], ['box_leaderHukouPlace_外省市', '外省市']], 'center'),
    ),
    { ...row(label('领衔人曾获荣誉'), { span: 5, paragraphs: paragraphLoop('leaderHonoursParagraphs', STYLE.valueLeft) }), minHeight: mm(15) },
  ];
}

function memberRows(): RowSpec[] {
  const headings = ['姓名', '年龄', '学历', '职称（技能等级）', '工种', '工作年限'];
  const fields = ['name', 'age', 'education', 'qualification', 'trade', 'yearsWorking'];
  return [
    { ...row({ span: 6, paragraphs: [paragraph(run('工作室其他成员情况'), { style: STYLE.section })] }), header: true, topBorder: true },
    { ...row(...headings.map((heading) => label(heading))), header: true },
    row(...loopValues('members', fields)),
  ];
}

function narrativeRows(): RowSpec[] {
  const narrative = (heading: string, loopKey: string, minHeight: number): RowSpec => ({
    cells: [
      {
        span: 6,
        vAlign: 'top',
        paragraphs: [paragraph(run(heading), { style: STYLE.narrativeLabel }), ...paragraphLoop(loopKey, STYLE.narrative)],
      },
    ],
    minHeight,
    allowSplit: true,
  });
  return [
    narrative('工作室介绍（800字左右，包括主要技术创新成果）：', 'introParagraphs', mm(110)),
    narrative('工作室曾获荣誉：', 'studioHonoursParagraphs', mm(35)),
  ];
}

/** ☐/☑ marks come from `box_…` view keys and print in the symbol font; the option names stay in 宋体. */
function boxes(span: number, options: readonly (readonly [tag: string, text: string])[], align: 'left' | 'center' = 'left'): CellSpec {
  const runs = options.flatMap(([tag, text], index) => [
    ...(index === 0 ? [] : [run('  ')]),
    run(`{${tag}}`, { style: STYLE.checkBox }),
    run(text),
  ]);
  return { span, paragraphs: [paragraph(runs, { style: STYLE.label, align })] };
}

const PARAGRAPH_STYLES: readonly ParagraphStyle[] = [
  { id: STYLE.attachment, name: '附件标识', font: HEI, size: HALF_POINTS.三号, align: 'left', extra: '<w:spacing w:after="0"/>' },
  { id: STYLE.title, name: '表格标题', font: XIAOBIAOSONG, size: HALF_POINTS.小二, align: 'center', extra: '<w:spacing w:before="240" w:after="360" w:line="360" w:lineRule="auto"/>' },
  { id: STYLE.label, name: '表格项目', font: SONG, size: HALF_POINTS.五号, align: 'center' },
  { id: STYLE.value, name: '表格填写内容', font: FANGSONG, size: HALF_POINTS.五号, align: 'center' },
  { id: STYLE.valueLeft, name: '表格填写内容（左对齐）', font: FANGSONG, size: HALF_POINTS.五号, align: 'left' },
  { id: STYLE.section, name: '表格分栏标题', font: HEI, size: HALF_POINTS.五号, align: 'center' },
  { id: STYLE.narrativeLabel, name: '表格长文标题', font: SONG, size: HALF_POINTS.五号, align: 'left', extra: '<w:spacing w:before="60" w:after="60"/>' },
  { id: STYLE.narrative, name: '表格长文', font: FANGSONG, size: HALF_POINTS.小四, align: 'both', extra: '<w:spacing w:line="360" w:lineRule="auto"/><w:ind w:firstLineChars="200" w:firstLine="480"/>' },
];
