import type { ArchiveFilter } from '../../../archive/search.js';
import type { DocumentRecord } from '../../../archive/types.js';
import { StudioDocsError } from '../../../core/errors.js';
import { Registry } from '../../../io/registry.js';
import { registryPath, REGISTRY_OPTION } from '../../registry-option.js';

/** Options for choosing named studios; text matches a part of the value. */
export const NAMED_FILTER_OPTIONS = {
  studio: { type: 'string' },
  leader: { type: 'string' },
  unit: { type: 'string' },
  recommender: { type: 'string' },
  campaign: { type: 'string' },
  year: { type: 'string' },
  ...REGISTRY_OPTION,
} as const;

/** Options for choosing documents. */
export const FILTER_OPTIONS = { ...NAMED_FILTER_OPTIONS, 'doc-number': { type: 'string' } } as const;

export const FILTER_HELP = `  --studio <名称>     工作室名称包含此文字
  --leader <姓名>     领衔人姓名包含此文字
  --unit <单位>       申报单位包含此文字
  --recommender <单位> 推荐单位（区局、产业工会）包含此文字
  --campaign <编号>   活动编号包含此文字，如 shanghai-2020
  --year <年份>       活动年度，如 2020
  --doc-number <文号> 文号包含此文字
  （文字比较不区分全角半角、大小写和空格）`;

export interface FilterValues {
  studio?: string | undefined;
  leader?: string | undefined;
  unit?: string | undefined;
  recommender?: string | undefined;
  campaign?: string | undefined;
  year?: string | undefined;
  'doc-number'?: string | undefined;
}

/** Command-line filter values → ArchiveFilter; a year that is not a year is a usage error. */
export function parseFilter(values: FilterValues, text?: string): ArchiveFilter {
  return {
    studio: values.studio,
    leader: values.leader,
    unit: values.unit,
    recommender: values.recommender,
    campaign: values.campaign,
    year: values.year === undefined ? undefined : parseYear(values.year),
    docNumber: values['doc-number'],
    text,
  };
}

export function parseYear(text: string): number {
  if (!/^\d{4}$/.test(text.trim())) throw new StudioDocsError('USAGE', `--year 应为四位年份，如 2023（收到“${text}”）`);
  return Number(text.trim());
}

/** The existing registry the archive commands read. */
export function openArchive(values: { registry?: string | undefined }): Registry {
  return Registry.open(registryPath(values), { mustExist: true });
}

/** One document on one line, as office staff read a register. */
export function documentLine(document: DocumentRecord): string {
  const people = [document.leader, document.unit].filter(Boolean).join('，');
  const number = document.docNumber ? ` 文号 ${document.docNumber}` : '';
  const path = document.root ? `${document.root}/${document.path}` : document.path;
  return `${document.year} ${document.campaign}｜${document.recommender ?? '未填推荐单位'}｜${document.studioName}${people ? `（${people}）` : ''}｜${document.formLabel} ${document.format} 第${document.version}版${number}｜${path}｜${document.createdAt}`;
}

/** The JSON form of a document for --json output. */
export function documentJson(document: DocumentRecord, registry: Registry) {
  return { ...document, file: registry.resolvePath(document) };
}
