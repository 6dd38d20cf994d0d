import { describe, expect, it } from 'vitest';
import { listCampaignIds, loadCampaign } from '../../src/campaigns/load.js';
import { importApplications } from '../../src/import/index.js';
import { compileDocxTemplate, formTemplateVocabulary } from '../../src/render/docx/index.js';
import { compileHtmlTemplate } from '../../src/render/pdf/index.js';
import { buildImportTemplate } from '../../src/render/xlsx/import-template.js';

/** Every folder under templates/ must stay a working campaign: next year's notice is a copied folder. */
describe.each(listCampaignIds())('campaign %s', (id) => {
  const bundle = loadCampaign(id);
  const { campaign } = bundle;

  it('has a definition that names its folder, a description and at least one form', () => {
    expect(campaign.id).toBe(id);
    expect(campaign.description.length).toBeGreaterThan(5);
    expect(campaign.forms.length).toBeGreaterThan(0);
  });

  it('has templates whose every tag and variable the view provides', () => {
    for (const form of campaign.forms) {
      if (form.docx) expect(() => compileDocxTemplate(bundle.assets.get(form.docx as string) as Uint8Array, { name: form.docx as string, ...formTemplateVocabulary(campaign) })).not.toThrow();
      if (form.html) {
        const source = new TextDecoder().decode(bundle.assets.get(form.html));
        expect(() => compileHtmlTemplate(source, form.html as string, { campaign, form })).not.toThrow();
      }
    }
  });

  it('has an import template that reads back as an empty, problem-free input', async () => {
    const template = await buildImportTemplate(campaign);
    const imported = await importApplications([{ name: `${id}.xlsx`, bytes: template }], { referenceDate: campaign.referenceDate });
    expect(imported.studios).toEqual([]);
    expect(imported.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('quotes the notice for every rule', () => {
    for (const rule of campaign.rules) expect(rule.basis.length, rule.kind).toBeGreaterThan(3);
  });
});
