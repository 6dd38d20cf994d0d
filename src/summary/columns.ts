import type { Campaign } from '../campaigns/schema.js';
import type { SummaryColumnSourceName } from '../campaigns/summary-schema.js';
import { formatChineseDate } from '../core/format.js';
import { paragraphs } from '../core/text.js';
import { fieldDef, type FieldDef } from '../model/fields.js';
import type { Studio } from '../model/schema.js';
import { STUDIO_FIELD_PATHS } from '../validate/to-studio.js';
import { EMPTY_CELL, numberCell, roundTo, textCell, type NumberFormat, type SummaryCell } from './cells.js';

/**
 * The column kinds a summary sheet can show. Which columns a sheet has, their
 * titles and order are campaign data (campaign.json `summaries[].columns`); how
 * each value is derived from a validated Studio is here, so a new notice's
 * 汇总表 is one more definition, not new code.
 */

export type AmountUnit = '元' | '万元';

export interface ColumnSource {
  /** Numbers are written as numbers (and can be summed); text as text. */
  readonly type: 'text' | 'number';
  /** How the column's numbers are formatted (number columns only). */
  readonly format?: NumberFormat;
  /** `position` is the 0-based place of the studio in its sheet's list. */
  cell(studio: Studio, position: number): SummaryCell;
}

type NamedSource = (campaign: Campaign) => ColumnSource;

const text = (read: (studio: Studio) => string | undefined): ColumnSource => ({ type: 'text', cell: (studio) => textCell(read(studio)) });
const integer = (read: (studio: Studio) => number): ColumnSource => ({
  type: 'number',
  format: 'integer',
  cell: (studio) => numberCell(read(studio), 'integer'),
});

const NAMED_SOURCES: Readonly<Record<SummaryColumnSourceName, NamedSource>> = {
  index: () => ({ type: 'number', format: 'integer', cell: (_, position) => numberCell(position + 1, 'integer') }),
  studioType: () => text((studio) => studio.type),
  studioTypeTitle: (campaign) => text((studio) => campaign.studioTypes.find((type) => type.value === studio.type)?.title ?? studio.type),
  studioName: () => text((studio) => studio.name),
  unit: () => text((studio) => studio.unit),
  recommender: () => text((studio) => studio.recommender),
  leaderName: () => text((studio) => studio.leader.name),
  leaderUnitAndPosition: () => text((studio) => [studio.unit, studio.leader.position].filter(Boolean).join(' ')),
  leaderModelWorkerHonours: () => text(modelWorkerHonours),
  teamSize: () => integer((studio) => studio.members.length + 1),
  memberCount: () => integer((studio) => studio.members.length),
  patentsTotal: () => integer((studio) => studio.patents.invention + studio.patents.utility + studio.patents.design),
};

/**
 * The source behind a column's `value`: a named kind, or `field:<key>` for any
 * catalogue field (numbers stay numbers; dates, booleans and lists print as a
 * Chinese form writes them).
 *
 * @example columnSource('teamSize', campaign).cell(studio, 0) // { kind: 'number', value: 10, format: 'integer' }
 * @example columnSource('field:annualFunding', campaign, '万元').cell(studio, 0) // { kind: 'number', value: 20, format: 'wan' }
 */
export function columnSource(value: string, campaign: Campaign, amountUnit: AmountUnit = '元'): ColumnSource {
  if (value.startsWith('field:')) return fieldSource(fieldDef('studio', value.slice('field:'.length)), amountUnit);
  const named = NAMED_SOURCES[value as SummaryColumnSourceName];
  if (!named) throw new Error(`Unknown summary column source "${value}"`);
  return named(campaign);
}

/**
 * A catalogue field's value in a Studio record (nested paths such as
 * leader.name, narratives by key); undefined when the studio has none.
 *
 * @example readStudioField(studio, 'inventionPatents') // 2
 */
export function readStudioField(studio: Studio, key: string): unknown {
  const path = STUDIO_FIELD_PATHS[key];
  if (!path) return (studio as { narratives?: Record<string, unknown> }).narratives?.[key];
  let node: unknown = studio;
  for (const segment of path) node = node === undefined || node === null ? undefined : (node as Record<string, unknown>)[segment];
  return node;
}

function fieldSource(def: FieldDef, amountUnit: AmountUnit): ColumnSource {
  const format = numberFormatOf(def, amountUnit);
  return {
    type: format ? 'number' : 'text',
    ...(format ? { format } : {}),
    cell: (studio) => fieldCell(def, readStudioField(studio, def.key), format),
  };
}

function numberFormatOf(def: FieldDef, amountUnit: AmountUnit): NumberFormat | undefined {
  if (def.kind === 'integer') return 'integer';
  if (def.kind === 'decimal') return 'decimal';
  if (def.kind === 'amount') return amountUnit === '万元' ? 'wan' : 'yuan';
  return undefined;
}

function fieldCell(def: FieldDef, value: unknown, format: NumberFormat | undefined): SummaryCell {
  if (value === undefined || value === null || value === '') return EMPTY_CELL;
  if (format && typeof value === 'number') return numberCell(format === 'wan' ? roundTo(value / 10000, 6) : value, format);
  if (Array.isArray(value)) return textCell(value.map(String).join('、'));
  if (typeof value === 'boolean') return textCell(value ? '是' : '否');
  if (def.kind === 'date' && typeof value === 'string') return textCell(formatChineseDate(value));
  if (def.kind === 'longText' && typeof value === 'string') return textCell(paragraphs(value).join('；'));
  return textCell(String(value));
}

/** 是，2019年全国劳动模范 / 否 — the Leshan 附件2 wording; the honours alone when the yes/no field is not collected. */
function modelWorkerHonours(studio: Studio): string | undefined {
  const honours = paragraphs(studio.leader.honours).join('；');
  const isModelWorker = readStudioField(studio, 'leaderIsModelWorker');
  if (isModelWorker === true) return honours ? `是，${honours}` : '是';
  if (isModelWorker === false) return '否';
  return honours || undefined;
}
