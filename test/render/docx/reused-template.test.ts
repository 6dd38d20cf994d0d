import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listCampaignIds, loadCampaign } from '../../../src/campaigns/load.js';
import { checkApplications } from '../../../src/jobs/check.js';
import type { Studio } from '../../../src/model/schema.js';
import { compileDocxTemplate, formTemplateVocabulary, renderDocx } from '../../../src/render/docx/index.js';
import { renderSummaryDocx, summaryPageLayout } from '../../../src/render/summary/index.js';
import { buildSummaryTables } from '../../../src/summary/index.js';
import { buildFormView } from '../../../src/render/view.js';
import { ALL_STUDIOS } from '../../fixtures/studios.js';
import { documentParagraphs } from './helpers.js';

/**
 * A compiled template renders every document with one docxtemplater instance
 * (src/render/docx/fill.ts clears what render() keeps between calls). These
 * tests hold it to the only safe standard: each document is byte for byte what
 * a template used for the first time makes.
 */

async function sampleStudios(id: string): Promise<Studio[]> {
  const bytes = readFileSync(fileURLToPath(new URL(`../../../data/${id}/applications.xlsx`, import.meta.url)));
  const check = await checkApplications([{ name: 'applications.xlsx', bytes }], loadCampaign(id).campaign);
  return check.valid.map(({ studio }) => studio);
}

/** Long member lists next to empty ones and hostile text, so anything one document leaves behind shows in the next. */
function alternating(studios: readonly Studio[]): Studio[] {
  const byMembers = [...studios].sort((a, b) => b.members.length - a.members.length);
  const out: Studio[] = [];
  while (byMembers.length > 0) {
    out.push(byMembers.shift() as Studio);
    if (byMembers.length > 0) out.push(byMembers.pop() as Studio);
  }
  return [...out, ...ALL_STUDIOS, ...out.slice(0, 3)];
}

describe.each(listCampaignIds())('campaign %s: one template instance for every form', (id) => {
  const bundle = loadCampaign(id);
  const { campaign } = bundle;
  const forms = campaign.forms.filter((form) => form.docx !== undefined);

  it.each(forms.map((form) => [form.id, form] as const))('form %s gives the bytes of a fresh template for each studio, in any order', async (_formId, form) => {
    const templateBytes = bundle.assets.get(form.docx as string) as Uint8Array;
    const compile = () => compileDocxTemplate(templateBytes, { name: form.docx as string, ...formTemplateVocabulary(campaign) });
    const reused = compile();
    const studios = alternating(await sampleStudios(id));
    expect(studios.length).toBeGreaterThan(ALL_STUDIOS.length);
    const texts = new Set<string>();
    for (const studio of studios) {
      const view = buildFormView(studio, campaign, form, { reviewYear: Number(campaign.referenceDate.slice(0, 4)) });
      const bytes = renderDocx(reused, view);
      expect(Buffer.from(bytes).equals(Buffer.from(renderDocx(compile(), view))), `${form.id}: ${studio.name}`).toBe(true);
      texts.add(documentParagraphs(bytes).join('\n'));
    }
    // As many different documents as different studios: the data really changed between fills.
    expect(texts.size).toBe(new Set(studios.map((studio) => studio.name)).size);
  });
});

describe('ReusableFiller', () => {
  it('fills one docxtemplater instance again and again (its zip is handed back each time)', () => {
    const template = compileDocxTemplate(loadCampaign('shanghai-2020').assets.get('application.docx') as Uint8Array, {
      name: 'application.docx',
      ...formTemplateVocabulary(loadCampaign('shanghai-2020').campaign),
    });
    const campaign = loadCampaign('shanghai-2020').campaign;
    const form = campaign.forms.find((candidate) => candidate.id === 'application');
    if (!form) throw new Error('shanghai-2020 has no application form');
    const [first, second] = ALL_STUDIOS.map((studio) => buildFormView(studio, campaign, form));
    const zip = template.filler.fill(first as object);
    expect(template.filler.fill(second as object)).toBe(zip);
  });

  it('drops an instance whose fill failed, and fills the next document as a fresh template would', () => {
    const campaign = loadCampaign('shanghai-2020').campaign;
    const form = campaign.forms.find((candidate) => candidate.id === 'application');
    if (!form) throw new Error('shanghai-2020 has no application form');
    const compile = () => compileDocxTemplate(loadCampaign('shanghai-2020').assets.get('application.docx') as Uint8Array, { name: 'application.docx', ...formTemplateVocabulary(campaign) });
    const template = compile();
    const [first, second] = ALL_STUDIOS.map((studio) => buildFormView(studio, campaign, form));
    const before = template.filler.fill(first as object);
    const { studioName: _left, ...incomplete } = second as Record<string, unknown>;
    expect(() => renderDocx(template, incomplete as never)).toThrow(/no value for \{studioName\}/);
    expect(template.filler.fill(second as object)).not.toBe(before);
    expect(Buffer.from(renderDocx(template, second as never)).equals(Buffer.from(renderDocx(compile(), second as never)))).toBe(true);
  });
});

describe('summary sheets: one template for every union', () => {
  it('renders each union as it renders alone', async () => {
    const campaign = loadCampaign('shanghai-2020').campaign;
    const summary = campaign.summaries[0];
    if (!summary) throw new Error('shanghai-2020 defines no summary');
    const tables = buildSummaryTables(await sampleStudios('shanghai-2020'), campaign, summary);
    expect(tables.length).toBeGreaterThan(2);
    const layout = summaryPageLayout(summary, tables);
    const together = renderSummaryDocx(tables, layout);
    tables.forEach((table, index) => {
      expect(Buffer.from(together[index] as Uint8Array).equals(Buffer.from(renderSummaryDocx([table], layout)[0] as Uint8Array)), table.group).toBe(true);
    });
  });
});
