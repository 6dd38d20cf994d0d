import { colorAt, round, svgDocument, text, textWidth } from './svg.js';

export interface PieSlice {
  readonly label: string;
  readonly value: number;
}

const FONT = 12;
/** Slices smaller than this share carry no percentage inside (it would not fit); the legend still lists them. */
const MIN_LABELLED_SHARE = 0.06;

/**
 * A pie from twelve o'clock clockwise, percentages inside the larger slices and
 * a legend with each slice's count on the right.
 *
 * @example pieChart([{ label: '民营企业', value: 20 }, { label: '国有企业', value: 12 }], '单位性质')
 */
export function pieChart(slices: readonly PieSlice[], title: string, size = 220): string {
  const shown = slices.filter((slice) => slice.value > 0);
  const total = shown.reduce((sum, slice) => sum + slice.value, 0);
  const radius = size / 2 - 6;
  const cx = size / 2;
  const cy = size / 2;
  const legendX = size + 14;
  const legendWidth = Math.max(0, ...shown.map((slice) => textWidth(`${slice.label} ${slice.value}`, FONT))) + 24;
  const height = Math.max(size, shown.length * 20 + 10);
  const parts: string[] = [];
  let angle = -Math.PI / 2;
  shown.forEach((slice, index) => {
    const share = slice.value / total;
    const sweep = share * Math.PI * 2;
    const color = colorAt(index);
    if (shown.length === 1) parts.push(`<circle cx="${cx}" cy="${cy}" r="${round(radius)}" fill="${color}"/>`);
    else {
      const [x1, y1] = point(cx, cy, radius, angle);
      const [x2, y2] = point(cx, cy, radius, angle + sweep);
      const largeArc = sweep > Math.PI ? 1 : 0;
      parts.push(`<path d="M${cx},${cy} L${round(x1)},${round(y1)} A${round(radius)},${round(radius)} 0 ${largeArc} 1 ${round(x2)},${round(y2)} Z" fill="${color}" stroke="#fff" stroke-width="1"/>`);
    }
    if (share >= MIN_LABELLED_SHARE) {
      const [lx, ly] = point(cx, cy, radius * 0.64, angle + sweep / 2);
      parts.push(text(lx, ly, `${Math.round(share * 1000) / 10}%`, { size: FONT - 1, anchor: 'middle', baseline: 'middle', fill: '#fff', weight: 700 }));
    }
    const rowY = 12 + index * 20;
    parts.push(`<rect x="${legendX}" y="${rowY - 6}" width="12" height="12" fill="${color}"/>`);
    parts.push(text(legendX + 18, rowY, `${slice.label} ${slice.value}`, { size: FONT, baseline: 'middle' }));
    angle += sweep;
  });
  return svgDocument(legendX + legendWidth, height, title, parts);
}

function point(cx: number, cy: number, radius: number, angle: number): [number, number] {
  return [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)];
}
