import PizZip from 'pizzip';
import type { Form } from '../../src/campaigns/schema.js';
import { generateDeterministicZip } from '../../src/render/zip.js';
import {
  HALF_POINTS,
  R_NS,
  W_NS,
  fontTable,
  fonts,
  lineBreak,
  mm,
  packageFiles,
  paragraph,
  run,
  table,
  tableSeam,
  xmlDeclaration,
  type CellSpec,
  type RowSpec,
} from './wordml.js';

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

/** GB/T 9704 page: A4, top 37 mm, left 28 mm, type area 156 × 225 mm. */
const PAGE = { width: 11906, height: 16838, top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) };
const TYPE_AREA_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/**
 * Six grid columns sized for 五号 text: column 1 holds the longest labels
 * (申报类型（勾选）), column 4 the members' 职称（技能等级）, column 6 an 11-digit phone.
 */
const GRID_WITHOUT_LAST = [1900, 1200, 1100, 1900, 1150];
const COLUMNS = [...GRID_WITHOUT_LAST, TYPE_AREA_WIDTH - GRID_WITHOUT_LAST.reduce((sum, width) => sum + width, 0)];

const ROW_HEIGHT = mm(8.5);
const TABLE_STYLE = { borderSize: 6, cellPadding: 85, cellPaddingVertical: 40 } as const;

const STYLE = {
  attachment: 'AttachmentMark',
  title: 'FormTitle',
  label: 'FormLabel',
  value: 'FormValue',
  valueLeft: 'FormValueLeft',
  section: 'FormSection',
  narrativeLabel: 'FormNarrativeLabel',
  narrative: 'FormNarrative',
  footer: 'FormFooter',
  checkBox: 'FormCheckBox',
} as const;

const SONG = '宋体';
const FANGSONG = '仿宋_GB2312';
const HEI = '黑体';
const XIAOBIAOSONG = '方正小标宋简体';
/** Has ☐ and ☑ on every Windows since 7; LibreOffice falls back to a font that has them. */
const SYMBOL = 'Segoe UI Symbol';
const LATIN = 'Times New Roman';

/** Builds application.docx from the form entry of campaign.json (title, attachment number). */
export function buildShanghai2020ApplicationDocx(form: Pick<Form, 'title' | 'attachment'>): Uint8Array {
  const zip = new PizZip();
  const parts = packageFiles({
    documentXml: documentXml(form),
    stylesXml: stylesXml(),
    settingsXml: settingsXml(),
    fontTableXml: fontTable([
      { name: LATIN, charset: 0, family: 'roman', pitch: 'variable' },
      { name: SONG, altName: 'SimSun', charset: 134, family: 'auto', pitch: 'variable' },
      { name: FANGSONG, altName: '仿宋', charset: 134, family: 'modern', pitch: 'fixed' },
      { name: HEI, altName: 'SimHei', charset: 134, family: 'modern', pitch: 'fixed' },
      { name: XIAOBIAOSONG, altName: SONG, charset: 134, family: 'script', pitch: 'fixed' },
      { name: SYMBOL, charset: 0, family: 'swiss', pitch: 'variable' },
    ]),
    footerXml: footerXml(),
    title: form.title,
    timestamp: '2020-10-22T00:00:00Z',
  });
  for (const [name, content] of parts) zip.file(name, content, { createFolders: false });
  return generateDeterministicZip(zip);
}

function documentXml(form: Pick<Form, 'title' | 'attachment'>): string {
  const body = [
    form.attachment ? paragraph(run(form.attachment), { style: STYLE.attachment }) : '',
    titleParagraph(form.title),
    table({ columns: COLUMNS, rows: studioAndLeaderRows(), ...TABLE_STYLE, openEdges: ['bottom'] }),
    tableSeam(),
    table({ columns: COLUMNS, rows: memberRows(), ...TABLE_STYLE, openEdges: ['top'] }),
    tableSeam(),
    table({ columns: COLUMNS, rows: narrativeRows(), ...TABLE_STYLE, openEdges: ['top'] }),
    sectionProperties(),
  ].join('');
  return xmlDeclaration(`<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${body}</w:body></w:document>`);
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
    // The loop opens in the first cell and closes in the last, so docxtemplater repeats the whole row per member.
    row(
      ...fields.map((field, index) =>
        value(`${index === 0 ? '{#members}' : ''}{${field}}${index === fields.length - 1 ? '{/members}' : ''}`),
      ),
    ),
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

function row(...cells: CellSpec[]): RowSpec {
  return { cells, minHeight: ROW_HEIGHT };
}

function label(text: string, span = 1): CellSpec {
  return { span, paragraphs: [paragraph(run(text), { style: STYLE.label })] };
}

function value(tagText: string, span = 1, align: 'left' | 'center' = 'center'): CellSpec {
  return { span, paragraphs: [paragraph(run(tagText), { style: align === 'left' ? STYLE.valueLeft : STYLE.value })] };
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

/**
 * With paragraphLoop on, the paragraphs holding only {#key} and {/key} vanish and
 * the middle one repeats, so each item becomes its own paragraph with its own indent.
 */
function paragraphLoop(key: string, style: string): string[] {
  return [paragraph(run(`{#${key}}`), { style }), paragraph(run('{text}'), { style }), paragraph(run(`{/${key}}`), { style })];
}

function sectionProperties(): string {
  return (
    '<w:sectPr>' +
    '<w:footerReference w:type="default" r:id="rId4"/>' +
    `<w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"/>` +
    `<w:pgMar w:top="${PAGE.top}" w:right="${PAGE.right}" w:bottom="${PAGE.bottom}" w:left="${PAGE.left}" w:header="851" w:footer="${mm(20)}" w:gutter="0"/>` +
    '<w:cols w:space="425"/>' +
    '</w:sectPr>'
  );
}

/** Page number as GB/T 9704 prints it: "— 1 —" in 四号宋体. */
function footerXml(): string {
  const field =
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>' +
    '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>' +
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
    '<w:r><w:t>1</w:t></w:r>' +
    '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
  const body = paragraph(`${run('— ')}${field}${run(' —')}`, { style: STYLE.footer });
  return xmlDeclaration(`<w:ftr xmlns:w="${W_NS}" xmlns:r="${R_NS}">${body}</w:ftr>`);
}

interface ParagraphStyle {
  readonly id: string;
  readonly name: string;
  readonly font: string;
  readonly size: number;
  readonly align: 'left' | 'center' | 'both';
  readonly extra?: string;
}

function stylesXml(): string {
  const paragraphStyles: ParagraphStyle[] = [
    { id: STYLE.attachment, name: '附件标识', font: HEI, size: HALF_POINTS.三号, align: 'left', extra: '<w:spacing w:after="0"/>' },
    { id: STYLE.title, name: '表格标题', font: XIAOBIAOSONG, size: HALF_POINTS.小二, align: 'center', extra: '<w:spacing w:before="240" w:after="360" w:line="360" w:lineRule="auto"/>' },
    { id: STYLE.label, name: '表格项目', font: SONG, size: HALF_POINTS.五号, align: 'center' },
    { id: STYLE.value, name: '表格填写内容', font: FANGSONG, size: HALF_POINTS.五号, align: 'center' },
    { id: STYLE.valueLeft, name: '表格填写内容（左对齐）', font: FANGSONG, size: HALF_POINTS.五号, align: 'left' },
    { id: STYLE.section, name: '表格分栏标题', font: HEI, size: HALF_POINTS.五号, align: 'center' },
    { id: STYLE.narrativeLabel, name: '表格长文标题', font: SONG, size: HALF_POINTS.五号, align: 'left', extra: '<w:spacing w:before="60" w:after="60"/>' },
    { id: STYLE.narrative, name: '表格长文', font: FANGSONG, size: HALF_POINTS.小四, align: 'both', extra: '<w:spacing w:line="360" w:lineRule="auto"/><w:ind w:firstLineChars="200" w:firstLine="480"/>' },
    { id: STYLE.footer, name: '页码', font: SONG, size: HALF_POINTS.四号, align: 'center' },
  ];
  const styles = paragraphStyles.map(
    (style) =>
      `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${style.id}">` +
      `<w:name w:val="${style.name}"/><w:basedOn w:val="Normal"/><w:qFormat/>` +
      `<w:pPr>${style.extra ?? ''}<w:jc w:val="${style.align}"/></w:pPr>` +
      `<w:rPr>${fonts(LATIN, style.font)}<w:sz w:val="${style.size}"/><w:szCs w:val="${style.size}"/></w:rPr>` +
      '</w:style>',
  );
  const checkBox =
    `<w:style w:type="character" w:customStyle="1" w:styleId="${STYLE.checkBox}">` +
    '<w:name w:val="勾选框"/><w:basedOn w:val="DefaultParagraphFont"/>' +
    // Marked as Latin text: LibreOffice otherwise picks a colour emoji font for ☑ after Chinese text and prints nothing.
    `<w:rPr><w:rFonts w:ascii="${SYMBOL}" w:hAnsi="${SYMBOL}" w:eastAsia="${SYMBOL}" w:cs="${SYMBOL}"/><w:lang w:val="en-US" w:eastAsia="en-US"/></w:rPr>` +
    '</w:style>';
  const body =
    '<w:docDefaults>' +
    `<w:rPrDefault><w:rPr>${fonts(LATIN, SONG)}<w:kern w:val="2"/><w:sz w:val="${HALF_POINTS.五号}"/><w:szCs w:val="${HALF_POINTS.五号}"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>' +
    '</w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>' +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    styles.join('') +
    checkBox;
  return xmlDeclaration(`<w:styles xmlns:w="${W_NS}">${body}</w:styles>`);
}

function settingsXml(): string {
  return xmlDeclaration(
    `<w:settings xmlns:w="${W_NS}">` +
      '<w:zoom w:percent="100"/>' +
      '<w:defaultTabStop w:val="420"/>' +
      '<w:characterSpacingControl w:val="compressPunctuation"/>' +
      '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
      '</w:settings>',
  );
}
