import type { Form } from '../../src/campaigns/schema.js';
import { FANGSONG, HEI, KAI, XIAOBIAOSONG } from '../../src/render/docx/fonts.js';
import type { ParagraphStyle } from '../../src/render/docx/styles.js';
import { buildFormDocx } from './form-package.js';
import { HALF_POINTS, paragraph, paragraphLoop, run } from './wordml.js';

/**
 * 附件2 of 洪工办〔2021〕31号 — 南昌市2021年劳模创新工作室申报材料参考提纲 — as the
 * 申报材料 itself: the title, the studio and its unit, then the outline's three
 * chapters and their numbered sections, each filled from one narrative field.
 * Set as a 公文 body (GB/T 9704): 一、 黑体, 1. 仿宋 bold, text 仿宋 三号 on a
 * 28-point line (22 lines a page).
 */

/** The outline: chapter headings and, under each, the section heading and the view key of its text. */
export const OUTLINE: readonly { readonly heading: string; readonly sections: readonly (readonly [heading: string, key: string])[] }[] = [
  {
    heading: '一、创新工作室基本情况',
    sections: [
      ['1.工作室概况', 'materialBackground'],
      ['2.创新团队', 'materialTeam'],
      ['3.创新条件', 'materialConditions'],
    ],
  },
  {
    heading: '二、近三年来活动开展情况',
    sections: [
      ['1.制度建设', 'materialSystems'],
      ['2.日常运行', 'materialOperations'],
      ['3.承担任务', 'materialTasks'],
    ],
  },
  {
    heading: '三、近三年来创新业绩情况',
    sections: [
      ['1.创新业绩', 'materialResults'],
      ['2.人才培养', 'materialTraining'],
      ['3.示范效应', 'materialDemonstration'],
      ['4.荣誉奖励', 'materialHonours'],
    ],
  },
];

/** The notice date (洪工办〔2021〕31号), stamped as the template's created/modified time. */
const NOTICE_TIMESTAMP = '2021-05-17T00:00:00Z';

const STYLE = {
  title: 'MaterialTitle',
  studio: 'MaterialStudio',
  chapter: 'MaterialChapter',
  section: 'MaterialSection',
  text: 'MaterialText',
} as const;

/** 28-point exact lines: GB/T 9704's 22 lines on the 225 mm type area. */
const LINE = '<w:spacing w:line="560" w:lineRule="exact"/>';

/** Builds material.docx from the form entry of campaign.json. */
export function buildNanchang2021MaterialDocx(form: Pick<Form, 'title'>): Uint8Array {
  const body = [
    paragraph(run(form.title), { style: STYLE.title }),
    paragraph([run('工作室名称：'), run('{studioName}')], { style: STYLE.studio }),
    paragraph([run('所在单位：'), run('{unit}')], { style: STYLE.studio }),
    ...OUTLINE.flatMap((chapter) => [
      paragraph(run(chapter.heading), { style: STYLE.chapter }),
      ...chapter.sections.flatMap(([heading, key]) => [paragraph(run(heading), { style: STYLE.section }), ...paragraphLoop(`${key}Paragraphs`, STYLE.text)]),
    ]),
  ].join('');
  return buildFormDocx({ body, paragraphStyles: paragraphStyles(), title: form.title, timestamp: NOTICE_TIMESTAMP });
}

function paragraphStyles(): ParagraphStyle[] {
  const indent = '<w:ind w:firstLineChars="200" w:firstLine="640"/>';
  return [
    { id: STYLE.title, name: '材料标题', font: XIAOBIAOSONG, size: HALF_POINTS.二号, align: 'center', extra: '<w:spacing w:before="0" w:after="240" w:line="640" w:lineRule="exact"/>' },
    { id: STYLE.studio, name: '工作室与单位', font: KAI, size: HALF_POINTS.三号, align: 'center', extra: LINE },
    { id: STYLE.chapter, name: '一级标题', font: HEI, size: HALF_POINTS.三号, align: 'left', extra: `<w:keepNext/><w:spacing w:before="280" w:line="560" w:lineRule="exact"/>${indent}` },
    { id: STYLE.section, name: '三级标题', font: FANGSONG, size: HALF_POINTS.三号, align: 'left', extra: `<w:keepNext/>${LINE}${indent}`, runExtra: '<w:b/><w:bCs/>' },
    { id: STYLE.text, name: '正文', font: FANGSONG, size: HALF_POINTS.三号, align: 'both', extra: `${LINE}${indent}` },
  ];
}
