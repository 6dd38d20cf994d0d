import type { Summary } from '../campaigns/summary-schema.js';

/**
 * What a union still fills in by hand on a summary sheet: every blank or
 * tick-box cell of the header block (named by the label before it in its row)
 * and the signed opinion box. The applications do not say these, so they are
 * left as clearly bounded empty boxes rather than guessed.
 *
 * @example handFilledItems(summary) // ['申报人', '联系方式', '开展本行业、本系统工作室创建活动（方案可附后）（☐有 ☐无）', …]
 */
export function handFilledItems(summary: Summary): string[] {
  const items: string[] = [];
  for (const row of summary.header.rows) {
    let label = '';
    for (const cell of row) {
      if ('label' in cell) {
        label = cell.label;
        continue;
      }
      if (cell.value === 'blank') items.push(label || '（空白栏）');
      else if (cell.value.startsWith('choice:')) items.push(`${label}（${cell.value.slice('choice:'.length).split('|').map((option) => `☐${option}`).join(' ')}）`);
    }
  }
  if (summary.opinion) items.push(`${summary.opinion.label}（${summary.opinion.signature.replace(/\s+/g, ' ').trim()}）`);
  return items;
}
