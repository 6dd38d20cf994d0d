import type { Campaign } from '../../campaigns/schema.js';
import { formatChineseDate } from '../../core/format.js';
import { percent } from '../../validate/rules/types.js';
import type { Bucket, CampaignStatistics } from '../../summary/index.js';
import { columnChart, stackedBarChart } from '../charts/bar-chart.js';
import { pieChart } from '../charts/pie-chart.js';
import { colorAt } from '../charts/svg.js';
import { printableHtml } from '../pdf/document.js';
import { FONT_STACKS } from '../pdf/form-style.js';
import { postprocessPdf } from '../pdf/postprocess.js';
import type { HtmlPrinter } from '../pdf/printer.js';
import { escapeHtml } from '../summary/html-text.js';
import { titleLines } from '../summary/layout.js';

/**
 * The printable statistics report: key figures, then one section per chart —
 * studios per union by type, unit nature, team size, leader skill level — each
 * chart beside a table of exactly the numbers it draws.
 */

/** @example statisticsReportTitle(campaign) // '2020年度上海市工匠（技师、职工、巾帼）创新工作室申报情况统计' */
export function statisticsReportTitle(campaign: Campaign): string {
  return `${campaign.year}年度${campaign.programName}申报情况统计`;
}

/**
 * @example statisticsReportBody(campaignStatistics(studios, campaign, { excluded: 8 }), campaign)
 */
export function statisticsReportBody(stats: CampaignStatistics, campaign: Campaign): string {
  const title = statisticsReportTitle(campaign);
  const teamSizes = stats.teamSize;
  const typeTotals = stats.types.map((_, index) => stats.byDistrictAndType.reduce((sum, row) => sum + (row[index] ?? 0), 0));
  const scope =
    `依据${campaign.noticeNumber}（${formatChineseDate(campaign.noticeDate)}），统计校验通过的 ${stats.studios} 个工作室` +
    (stats.excluded > 0 ? `；另有 ${stats.excluded} 个工作室因申报数据有错误未计入。` : '。');

  const figures = [
    ['推荐单位', `${stats.districts.length}个`],
    ['工作室', `${stats.studios}个`],
    ...stats.types.map((type, index) => [type, `${typeTotals[index] ?? 0}个`]),
  ];
  if (stats.nonPublic !== undefined) figures.push([`非公企业（${stats.studios === 0 ? '0%' : percent(stats.nonPublic / stats.studios)}）`, `${stats.nonPublic}个`]);

  const districtTable = table(
    ['推荐单位', ...stats.types, '合计'],
    [
      ...stats.districts.map((district, row) => {
        const counts = stats.byDistrictAndType[row] ?? [];
        return [district, ...counts.map(String), String(counts.reduce((sum, count) => sum + count, 0))];
      }),
      ['合计', ...typeTotals.map(String), String(stats.studios)],
    ],
    { legendColumns: stats.types.length, firstColumnLeft: true, lastRowTotal: true },
  );
  const bucketTable = (heading: string, buckets: readonly Bucket[], options: { share?: boolean } = {}) => {
    const total = buckets.reduce((sum, bucket) => sum + bucket.count, 0);
    return table(
      options.share ? [heading, '数量', '占比'] : [heading, '数量'],
      [
        ...buckets.map((bucket) => [bucket.label, String(bucket.count), ...(options.share ? [total === 0 ? '0%' : percent(bucket.count / total)] : [])]),
        ['合计', String(total), ...(options.share ? ['100%'] : [])],
      ],
      { firstColumnLeft: true, lastRowTotal: true, legendRows: options.share ? buckets.length : 0 },
    );
  };

  const sections: Section[] = [
    {
      heading: '各推荐单位推荐工作室数（按类型）',
      chart: stackedBarChart(
        { categories: stats.districts, series: stats.types.map((type, index) => ({ name: type, values: stats.byDistrictAndType.map((row) => row[index] ?? 0) })) },
        '各推荐单位推荐工作室数（按类型）',
        380,
      ),
      numbers: districtTable,
      variant: 'wide-table',
    },
    // Campaigns that do not collect 单位性质 (Leshan) get no pie of it rather than one of 100% 未填.
    ...(stats.unitNature.length > 0
      ? [
          {
            heading: '申报单位性质',
            chart: pieChart(stats.unitNature.map((bucket) => ({ label: bucket.label, value: bucket.count })), '申报单位性质'),
            numbers: bucketTable('单位性质', stats.unitNature, { share: true }),
          },
        ]
      : []),
    {
      heading: '团队人数分布（含领衔人）',
      chart: columnChart({ labels: teamSizes.map((bucket) => bucket.label), values: teamSizes.map((bucket) => bucket.count) }, '团队人数分布', { adjacent: true, width: 400 }),
      numbers: bucketTable('团队人数', teamSizes),
    },
    {
      heading: '领衔人技能等级',
      chart: columnChart(
        { labels: stats.leaderSkillLevel.map((bucket) => bucket.label), values: stats.leaderSkillLevel.map((bucket) => bucket.count) },
        '领衔人技能等级',
        { color: colorAt(2), width: 400 },
      ),
      numbers: bucketTable('技能等级', stats.leaderSkillLevel),
    },
  ];

  return [
    style(),
    `<h1 class="form-title">${titleLines(title).map(escapeHtml).join('<br>')}</h1>`,
    `<p class="stats-scope">${escapeHtml(scope)}</p>`,
    `<div class="stats-figures">${figures.map(([label, value]) => `<div class="stats-figure"><span class="stats-figure-value">${escapeHtml(value ?? '')}</span><span class="stats-figure-label">${escapeHtml(label ?? '')}</span></div>`).join('')}</div>`,
    ...sections.map((entry, index) => section({ ...entry, heading: `${SECTION_NUMBERS[index] ?? index + 1}、${entry.heading}` })),
  ].join('\n');
}

/**
 * Prints the report on A4 with the forms' engine; same numbers, same bytes.
 *
 * @example const pdf = await renderStatisticsPdf(printer, stats, campaign, documentDate(campaign.noticeDate));
 */
export async function renderStatisticsPdf(printer: HtmlPrinter, stats: CampaignStatistics, campaign: Campaign, date: Date): Promise<Uint8Array> {
  const title = statisticsReportTitle(campaign);
  const printable = printableHtml([statisticsReportBody(stats, campaign)], { size: 'A4', landscape: false }, { markDocuments: false, title });
  return postprocessPdf(await printer.print(printable), { title, subject: campaign.programName, date });
}

interface Section {
  readonly heading: string;
  readonly chart: string;
  readonly numbers: string;
  readonly variant?: string;
}

const SECTION_NUMBERS = ['一', '二', '三', '四', '五', '六'];

function section({ heading, chart, numbers, variant = '' }: Section): string {
  return (
    `<section class="stats-section ${variant}"><h2>${escapeHtml(heading)}</h2>` +
    `<div class="stats-row"><div class="stats-chart">${chart}</div><div class="stats-numbers">${numbers}</div></div></section>`
  );
}

/** Column headings may carry the chart's colour keys: legendColumns headings after the first, or legendRows row labels. */
function table(
  headings: readonly string[],
  rows: readonly (readonly string[])[],
  options: { legendColumns?: number; legendRows?: number; firstColumnLeft?: boolean; lastRowTotal?: boolean },
): string {
  const key = (index: number) => `<span class="stats-key" style="background:${colorAt(index)}"></span>`;
  const head = headings.map((heading, index) => `<th>${index > 0 && index <= (options.legendColumns ?? 0) ? key(index - 1) : ''}${escapeHtml(heading)}</th>`).join('');
  const body = rows
    .map((cells, row) => {
      const total = options.lastRowTotal && row === rows.length - 1;
      const legend = row < (options.legendRows ?? 0) ? key(row) : '';
      return `<tr${total ? ' class="stats-total"' : ''}>${cells
        .map((cell, index) => `<td class="${index === 0 && options.firstColumnLeft ? 'stats-left' : 'center'}">${index === 0 ? legend : ''}${escapeHtml(cell)}</td>`)
        .join('')}</tr>`;
    })
    .join('');
  return `<table class="form stats-table"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function style(): string {
  return `<style>
@page { margin: 18mm 16mm 16mm 18mm; }
.stats-scope { font-size: 10.5pt; margin: 0 0 4mm; text-align: center; }
.stats-figures { display: flex; flex-wrap: wrap; gap: 2.5mm; margin: 0 0 5mm; }
.stats-figure { flex: 1 1 0; border: 0.5pt solid #000; padding: 1.5mm 1mm; text-align: center; min-width: 18mm; }
.stats-figure-value { display: block; font-family: ${FONT_STACKS.hei}; font-size: 13pt; }
.stats-figure-label { display: block; font-size: 9pt; }
.stats-section { break-inside: avoid; margin: 0 0 5mm; }
.stats-section h2 { font-family: ${FONT_STACKS.hei}; font-weight: 400; font-size: 13pt; margin: 0 0 2mm; }
.stats-row { display: flex; gap: 4mm; align-items: flex-start; }
.stats-chart { flex: 3 1 0; }
.stats-chart svg { width: 100%; height: auto; }
.stats-numbers { flex: 2 1 0; }
.wide-table .stats-chart { flex: 1 1 0; }
.wide-table .stats-numbers { flex: 0 0 auto; }
table.form.stats-table { font-size: 9pt; line-height: 1.3; table-layout: auto; }
table.form.stats-table td.stats-left { white-space: nowrap; }
table.form.stats-table th, table.form.stats-table td { padding: 0.8mm 1mm; }
table.form.stats-table .stats-left { text-align: left; }
table.form.stats-table tr.stats-total td { font-family: ${FONT_STACKS.hei}; }
.stats-key { display: inline-block; width: 2.4mm; height: 2.4mm; margin-right: 0.8mm; vertical-align: middle; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
</style>`;
}
