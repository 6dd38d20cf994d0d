import { stripControlCharacters } from '../../core/text.js';
import { FONT_STACKS } from '../pdf/form-style.js';
import { displayWidth } from '../xlsx/text-width.js';

/**
 * Shared pieces of the SVG charts: text escaping and measuring, axis ticks and
 * a print-friendly palette. Charts are plain SVG strings (no library, no
 * scripts), so the printer that prints the forms prints them too.
 */

/** Okabe–Ito colours: distinguishable for colour-blind readers and on a grey printout. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#999999'] as const;

export const CHART_FONT = FONT_STACKS.hei;

/** @example colorAt(8) // '#0072B2' (the palette repeats) */
export function colorAt(index: number): string {
  return PALETTE[index % PALETTE.length] as string;
}

/** @example escapeSvg('A&B <x>') // 'A&amp;B &lt;x&gt;' */
export function escapeSvg(text: string): string {
  return stripControlCharacters(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Approximate rendered width: a Chinese character is one em, Latin and digits about half.
 *
 * @example textWidth('徐汇区总工会', 12) // 72
 */
export function textWidth(text: string, fontSize: number): number {
  return (displayWidth(text) * fontSize) / 2;
}

/**
 * Axis ticks from 0 to a round maximum at or above `max`, steps of 1, 2 or 5 × 10ⁿ.
 *
 * @example niceTicks(7) // [0, 2, 4, 6, 8]
 * @example niceTicks(0) // [0, 1]
 */
export function niceTicks(max: number, targetCount = 5): number[] {
  if (max <= 0) return [0, 1];
  const rough = max / targetCount;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= rough) ?? 10 * magnitude);
  const wholeStep = Math.max(1, step);
  const ticks: number[] = [];
  for (let value = 0; value < max + wholeStep; value += wholeStep) {
    ticks.push(value);
    if (value >= max) break;
  }
  return ticks;
}

/** One SVG text element, escaped. @example text(10, 20, '工匠', { size: 12, anchor: 'middle' }) */
export function text(x: number, y: number, content: string, options: { size: number; anchor?: 'start' | 'middle' | 'end'; fill?: string; weight?: number; baseline?: 'middle' | 'auto' }): string {
  const attributes = [
    `x="${round(x)}"`,
    `y="${round(y)}"`,
    `font-size="${options.size}"`,
    `text-anchor="${options.anchor ?? 'start'}"`,
    options.baseline === 'middle' ? 'dominant-baseline="central"' : '',
    options.fill ? `fill="${options.fill}"` : '',
    options.weight ? `font-weight="${options.weight}"` : '',
  ].filter(Boolean);
  return `<text ${attributes.join(' ')}>${escapeSvg(content)}</text>`;
}

/** A standalone SVG with a title for screen readers. @example svgDocument(400, 200, '团队人数分布', [text(0, 10, '5人', { size: 12 })]) */
export function svgDocument(width: number, height: number, title: string, body: readonly string[]): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${round(width)} ${round(height)}" width="${round(width)}" height="${round(height)}" role="img" font-family="${escapeSvg(CHART_FONT)}">` +
    `<title>${escapeSvg(title)}</title>` +
    body.join('') +
    '</svg>'
  );
}

/** Two decimals keep the SVG small and stable. @example round(1 / 3) // 0.33 */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
