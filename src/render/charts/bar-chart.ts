import { colorAt, niceTicks, round, svgDocument, text, textWidth } from './svg.js';

export interface StackedBarData {
  /** One bar per category (e.g. recommending unions), top to bottom. */
  readonly categories: readonly string[];
  /** Stacked segments (e.g. studio types), left to right; values[i] belongs to categories[i]. */
  readonly series: readonly { readonly name: string; readonly values: readonly number[] }[];
}

const FONT = 12;
const BAR = 18;
const GAP = 9;
const LEGEND = 26;
const AXIS = 22;

/**
 * Horizontal stacked bars with the category names on the left (long Chinese
 * names stay readable), a legend on top, each segment's count inside it when it
 * fits, and the bar's total at its end.
 *
 * @example stackedBarChart({ categories: ['徐汇区总工会'], series: [{ name: '工匠', values: [1] }, { name: '技师', values: [2] }] }, '各区推荐数')
 */
export function stackedBarChart(data: StackedBarData, title: string, width = 560): string {
  const totals = data.categories.map((_, index) => data.series.reduce((sum, series) => sum + (series.values[index] ?? 0), 0));
  const ticks = niceTicks(Math.max(0, ...totals));
  const top = ticks[ticks.length - 1] ?? 1;
  const labelWidth = Math.max(0, ...data.categories.map((category) => textWidth(category, FONT))) + 10;
  const plotLeft = labelWidth;
  const plotWidth = width - plotLeft - 28;
  const plotTop = LEGEND;
  const height = plotTop + data.categories.length * (BAR + GAP) + AXIS;
  const x = (value: number) => plotLeft + (value / top) * plotWidth;
  const parts: string[] = [];

  let legendX = plotLeft;
  data.series.forEach((series, index) => {
    parts.push(`<rect x="${round(legendX)}" y="4" width="12" height="12" fill="${colorAt(index)}"/>`);
    parts.push(text(legendX + 16, 10, series.name, { size: FONT, baseline: 'middle' }));
    legendX += 16 + textWidth(series.name, FONT) + 14;
  });

  const plotBottom = plotTop + data.categories.length * (BAR + GAP);
  for (const tick of ticks) {
    parts.push(`<line x1="${round(x(tick))}" y1="${plotTop}" x2="${round(x(tick))}" y2="${round(plotBottom)}" stroke="#d0d0d0" stroke-width="0.6"/>`);
    parts.push(text(x(tick), plotBottom + 14, String(tick), { size: FONT - 2, anchor: 'middle', fill: '#444' }));
  }

  data.categories.forEach((category, row) => {
    const y = plotTop + row * (BAR + GAP) + GAP / 2;
    parts.push(text(plotLeft - 6, y + BAR / 2, category, { size: FONT, anchor: 'end', baseline: 'middle' }));
    let start = 0;
    data.series.forEach((series, index) => {
      const value = series.values[row] ?? 0;
      if (value <= 0) return;
      const left = x(start);
      const segment = x(start + value) - left;
      parts.push(`<rect x="${round(left)}" y="${round(y)}" width="${round(segment)}" height="${BAR}" fill="${colorAt(index)}"/>`);
      if (segment >= textWidth(String(value), FONT - 1) + 4) {
        parts.push(text(left + segment / 2, y + BAR / 2, String(value), { size: FONT - 1, anchor: 'middle', baseline: 'middle', fill: '#fff' }));
      }
      start += value;
    });
    parts.push(text(x(start) + 4, y + BAR / 2, String(totals[row] ?? 0), { size: FONT - 1, baseline: 'middle', weight: 700 }));
  });
  parts.push(`<line x1="${plotLeft}" y1="${plotTop}" x2="${plotLeft}" y2="${round(plotBottom)}" stroke="#000" stroke-width="0.8"/>`);
  return svgDocument(width, height, title, parts);
}

export interface ColumnData {
  readonly labels: readonly string[];
  readonly values: readonly number[];
}

/**
 * Vertical bars for a distribution (a histogram of team sizes, counts per skill
 * level): counts on top of the bars, labels under them.
 *
 * @example columnChart({ labels: ['5人', '6人'], values: [3, 4] }, '团队人数分布')
 */
export function columnChart(data: ColumnData, title: string, options: { width?: number; height?: number; color?: string; adjacent?: boolean } = {}): string {
  const width = options.width ?? 520;
  const height = options.height ?? 230;
  const ticks = niceTicks(Math.max(0, ...data.values));
  const top = ticks[ticks.length - 1] ?? 1;
  const plotLeft = 34;
  const plotRight = width - 10;
  const plotTop = 18;
  const plotBottom = height - 30;
  const slot = (plotRight - plotLeft) / Math.max(1, data.labels.length);
  const barWidth = options.adjacent ? slot - 1 : Math.min(48, slot * 0.7);
  const y = (value: number) => plotBottom - (value / top) * (plotBottom - plotTop);
  const labelSize = Math.min(FONT, Math.max(8, Math.floor((slot - 2) / Math.max(1, ...data.labels.map((label) => textWidth(label, 1))))));
  const parts: string[] = [];
  for (const tick of ticks) {
    parts.push(`<line x1="${plotLeft}" y1="${round(y(tick))}" x2="${plotRight}" y2="${round(y(tick))}" stroke="#d0d0d0" stroke-width="0.6"/>`);
    parts.push(text(plotLeft - 5, y(tick), String(tick), { size: FONT - 2, anchor: 'end', baseline: 'middle', fill: '#444' }));
  }
  data.labels.forEach((label, index) => {
    const value = data.values[index] ?? 0;
    const center = plotLeft + slot * (index + 0.5);
    if (value > 0) {
      parts.push(`<rect x="${round(center - barWidth / 2)}" y="${round(y(value))}" width="${round(barWidth)}" height="${round(plotBottom - y(value))}" fill="${options.color ?? colorAt(0)}"/>`);
    }
    parts.push(text(center, y(value) - 5, String(value), { size: FONT - 1, anchor: 'middle', weight: 700 }));
    parts.push(text(center, plotBottom + 16, label, { size: labelSize, anchor: 'middle' }));
  });
  parts.push(`<line x1="${plotLeft}" y1="${round(plotBottom)}" x2="${plotRight}" y2="${round(plotBottom)}" stroke="#000" stroke-width="0.8"/>`);
  return svgDocument(width, height, title, parts);
}
