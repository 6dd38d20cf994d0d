import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCampaign, templatesRoot } from '../../src/campaigns/load.js';
import type { Campaign } from '../../src/campaigns/schema.js';
import type { Summary } from '../../src/campaigns/summary-schema.js';
import { importApplications } from '../../src/import/index.js';
import { checkApplications, type CheckResult } from '../../src/jobs/check.js';
import type { Studio } from '../../src/model/schema.js';
import { validateApplications } from '../../src/validate/index.js';
import type { ValidationReport } from '../../src/validate/types.js';

export const SAMPLE_XLSX = fileURLToPath(new URL('../../data/shanghai-2020/applications.xlsx', import.meta.url));

export function loadCampaignDefinition(id: string): Campaign {
  const file = join(templatesRoot(), id, 'campaign.json');
  return parseCampaign(readFileSync(file, 'utf8'), file);
}

export const shanghai2020: Campaign = loadCampaignDefinition('shanghai-2020');

export function shanghaiSummary(campaign: Campaign = shanghai2020): Summary {
  const summary = campaign.summaries[0];
  if (!summary) throw new Error('shanghai-2020 defines no summary');
  return summary;
}

let sample: Promise<CheckResult> | undefined;

/** The bundled sample, imported and validated once per test file. */
export function sampleCheck(): Promise<CheckResult> {
  sample ??= checkApplications([{ name: 'applications.xlsx', bytes: readFileSync(SAMPLE_XLSX) }], shanghai2020);
  return sample;
}

/**
 * Import and validation of a sample workbook with every imported row kept (the drafts, which a
 * CheckResult leaves behind), for tests that count straight from the rows.
 */
export async function importedReport(path: string, campaign: Campaign): Promise<ValidationReport> {
  const imported = await importApplications([{ name: 'applications.xlsx', bytes: readFileSync(path) }], { referenceDate: campaign.referenceDate });
  return validateApplications(imported, campaign);
}

let sampleRows: Promise<ValidationReport> | undefined;

/** The bundled sample's validation report with its imported rows, once per test file. */
export function sampleReport(): Promise<ValidationReport> {
  sampleRows ??= importedReport(SAMPLE_XLSX, shanghai2020);
  return sampleRows;
}

export function validRecords(check: CheckResult): Studio[] {
  return check.valid.map(({ studio }) => studio);
}

/** What the test counts on its own, straight from the imported rows (not from any summary code). */
export interface IndependentCounts {
  readonly unions: string[];
  readonly byUnion: Map<string, { names: string[]; types: string[]; nonPublic: number; invention: number; utility: number; design: number }>;
  readonly excludedNames: string[];
}

const NON_PUBLIC = new Set(['民营企业', '外资企业']);

export function independentCounts(report: ValidationReport): IndependentCounts {
  const byUnion: IndependentCounts['byUnion'] = new Map();
  const unions: string[] = [];
  const excludedNames: string[] = [];
  for (const checked of report.studios) {
    const values = checked.draft.values;
    if (checked.blocked || !checked.studio) {
      excludedNames.push(String(values.studioName));
      continue;
    }
    const union = String(values.recommender);
    if (!byUnion.has(union)) {
      unions.push(union);
      byUnion.set(union, { names: [], types: [], nonPublic: 0, invention: 0, utility: 0, design: 0 });
    }
    const entry = byUnion.get(union)!;
    entry.names.push(String(values.studioName));
    entry.types.push(String(values.studioType));
    if (NON_PUBLIC.has(String(values.unitNature))) entry.nonPublic += 1;
    entry.invention += Number(values.inventionPatents ?? 0);
    entry.utility += Number(values.utilityPatents ?? 0);
    entry.design += Number(values.designPatents ?? 0);
  }
  return { unions, byUnion, excludedNames };
}

export function countOf(list: readonly string[], value: string): number {
  return list.filter((item) => item === value).length;
}

/** A Leshan-style definition (16 columns, ranked, grouped headings) over the Shanghai fields the studios have. */
export const RANKED: Summary = {
  id: 'ranked',
  title: '推荐汇总表',
  label: '推荐汇总表',
  groupBy: 'recommender',
  orderBy: ['field:projectsThisYear'],
  header: { layout: 'inline', rows: [[{ label: '推荐单位（盖章）', span: 2 }, { value: 'group', span: 2 }, { label: '填报人', span: 1 }, { value: 'blank', span: 1 }]] },
  columns: [
    { header: '序号', value: 'index', amountUnit: '元' },
    { header: '单位', value: 'unit', amountUnit: '元' },
    { header: '姓名', group: '负责人', value: 'leaderName', amountUnit: '元' },
    { header: '工作单位及职务', group: '负责人', value: 'leaderUnitAndPosition', amountUnit: '元' },
    { header: '成员人数（人）', group: '开展情况', value: 'teamSize', total: 'sum', amountUnit: '元' },
    { header: '年均专项经费（万元）', group: '开展情况', value: 'field:annualFunding', total: 'sum', amountUnit: '万元' },
    { header: '专利数累计（项）', group: '开展情况', value: 'patentsTotal', total: 'sum', amountUnit: '元' },
  ],
  totalsLabel: '合计',
  notes: ['填表要求：申报的工作室数量超过1个的，请予排序。'],
  pivotSums: [],
  page: { size: 'A4', landscape: true },
};

