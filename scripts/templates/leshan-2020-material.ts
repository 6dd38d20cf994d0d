import type { Form } from '../../src/campaigns/schema.js';
import { FANGSONG, HEI, KAI, XIAOBIAOSONG } from '../../src/render/docx/fonts.js';
import type { ParagraphStyle } from '../../src/render/docx/styles.js';
import { buildLeshanDocx } from './leshan-2020-page.js';
import { HALF_POINTS, paragraph, paragraphLoop, run } from './wordml.js';

/**
 * 附件3 of 乐工经〔2020〕24号 — 乐山市劳模和工匠人才创新工作室申报材料 — as a
 * docxtemplater template. The notice gives a 参考提纲; the filled material keeps
 * its chapters and their order, prints each chapter's text from the matching
 * narrative field, and leaves out the outline's own instructions (（参考提纲）,
 * 字数要求, the hints under each heading): they are for the writer, not the reader.
 * Under the title stand the studio's name and unit, so the pages can not be mixed up.
 *
 * Headings as GB/T 9704 sets them (GUIDE.md §4): 一、 in 黑体, （一） in 楷体, body in 仿宋.
 */

/** One chapter of the outline: its heading and the narrative field that fills it (none for a heading with sub-chapters). */
export interface MaterialChapter {
  readonly level: 1 | 2;
  readonly heading: string;
  readonly field?: string;
}

export const MATERIAL_OUTLINE: readonly MaterialChapter[] = [
  { level: 1, heading: '一、基本情况', field: 'materialBackground' },
  { level: 1, heading: '二、近两年工作情况' },
  { level: 2, heading: '（一）制度建立情况', field: 'materialSystems' },
  { level: 2, heading: '（二）日常运作情况', field: 'materialOperations' },
  { level: 2, heading: '（三）分工协作情况', field: 'materialCollaboration' },
  { level: 1, heading: '三、近两年主要成效' },
  { level: 2, heading: '（一）创新成果情况', field: 'materialResults' },
  { level: 2, heading: '（二）技能人才培养情况', field: 'materialTraining' },
  { level: 2, heading: '（三）取得效益情况', field: 'materialBenefits' },
  { level: 2, heading: '（四）开展技术交流协作情况', field: 'materialExchange' },
];

const STYLE = {
  attachment: 'AttachmentMark',
  title: 'MaterialTitle',
  subtitle: 'MaterialSubtitle',
  heading1: 'MaterialHeading1',
  heading2: 'MaterialHeading2',
  body: 'MaterialBody',
} as const;

/** 小四 body with 1.5-line spacing; headings the same size, indented two characters like the body (GB/T 9704). */
const INDENT = '<w:ind w:firstLineChars="200" w:firstLine="480"/>';
const LINE = '<w:spacing w:line="360" w:lineRule="auto"/>';

const PARAGRAPH_STYLES: readonly ParagraphStyle[] = [
  { id: STYLE.attachment, name: '附件标识', font: HEI, size: HALF_POINTS.三号, align: 'left', extra: '<w:spacing w:after="0"/>' },
  { id: STYLE.title, name: '材料标题', font: XIAOBIAOSONG, size: HALF_POINTS.二号, align: 'center', extra: '<w:spacing w:before="240" w:after="120" w:line="560" w:lineRule="exact"/>' },
  { id: STYLE.subtitle, name: '工作室名称及单位', font: KAI, size: HALF_POINTS.三号, align: 'center', extra: '<w:spacing w:line="440" w:lineRule="exact"/>' },
  { id: STYLE.heading1, name: '一级标题', font: HEI, size: HALF_POINTS.小四, align: 'left', extra: `<w:keepNext/><w:spacing w:before="120" w:line="360" w:lineRule="auto"/>${INDENT}` },
  { id: STYLE.heading2, name: '二级标题', font: KAI, size: HALF_POINTS.小四, align: 'left', extra: `<w:keepNext/>${LINE}${INDENT}` },
  { id: STYLE.body, name: '材料正文', font: FANGSONG, size: HALF_POINTS.小四, align: 'both', extra: `${LINE}${INDENT}` },
];

/** Builds material.docx from the form entry of campaign.json (title, attachment number). */
export function buildLeshan2020MaterialDocx(form: Pick<Form, 'title' | 'attachment'>): Uint8Array {
  const chapters = MATERIAL_OUTLINE.flatMap((chapter) => [
    paragraph(run(chapter.heading), { style: chapter.level === 1 ? STYLE.heading1 : STYLE.heading2 }),
    ...(chapter.field ? paragraphLoop(`${chapter.field}Paragraphs`, STYLE.body) : []),
  ]);
  const body = [
    form.attachment ? paragraph(run(form.attachment), { style: STYLE.attachment }) : '',
    paragraph(run(form.title), { style: STYLE.title }),
    paragraph(run('{studioName}'), { style: STYLE.subtitle }),
    paragraph(run('所属单位：{unit}'), { style: STYLE.subtitle }),
    // One blank line between the names and the first chapter, as a typed document would have.
    paragraph('', { style: STYLE.body }),
    ...chapters,
  ].join('');
  return buildLeshanDocx({ body, paragraphStyles: PARAGRAPH_STYLES, title: form.title });
}
