import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { listCampaignIds, loadCampaign } from '../../../src/campaigns/load.js';
import { compileDocxTemplate, formTemplateVocabulary, renderDocx, type CompiledDocxTemplate } from '../../../src/render/docx/index.js';
import { buildFormView } from '../../../src/render/view.js';
import { fillParts } from '../../../src/render/docx/fill.js';
import { generateDeterministicZip } from '../../../src/render/zip.js';
import { ALL_STUDIOS, CRAFTSMAN_STUDIO, WOMEN_STUDIO } from '../../fixtures/studios.js';

/** Every campaign's DOCX forms, compiled as the CLI compiles them. */
const FORMS = listCampaignIds().flatMap((id) => {
  const { campaign, assets } = loadCampaign(id);
  return campaign.forms.flatMap((form) =>
    form.docx === undefined
      ? []
      : [{ label: `${id}/${form.id}`, campaign, form, template: compileDocxTemplate(assets.get(form.docx) as Uint8Array, { name: form.docx, ...formTemplateVocabulary(campaign) }) }],
  );
});

/** The plain way: docxtemplater over every part, then every part deflated, in the template's order. */
function straightforwardDocx(template: CompiledDocxTemplate, view: object): Uint8Array {
  const filled = fillParts(template.parts, view, (part) => {
    throw new Error(`no value for ${part.value}`);
  });
  const ordered = new PizZip();
  for (const name of template.parts.keys()) ordered.file(name, filled.files[name]?.asUint8Array() ?? new Uint8Array(), { binary: true, createFolders: false });
  return generateDeterministicZip(ordered);
}

describe('DOCX packages built from the precompressed shell', () => {
  it.each(FORMS)('$label: are byte for byte what filling the whole template and deflating every part gives', ({ campaign, form, template }) => {
    for (const studio of ALL_STUDIOS) {
      const view = buildFormView(studio, campaign, form);
      expect(Buffer.from(renderDocx(template, view)).equals(Buffer.from(straightforwardDocx(template, view)))).toBe(true);
    }
  });

  it.each(FORMS)('$label: differ between studios only in the parts that hold tags', ({ campaign, form, template }) => {
    const parts = (docx: Uint8Array): Map<string, string> =>
      new Map(Object.values(new PizZip(docx).files).filter((entry) => !entry.dir).map((entry) => [entry.name, entry.asText()]));
    const first = parts(renderDocx(template, buildFormView(CRAFTSMAN_STUDIO, campaign, form)));
    const second = parts(renderDocx(template, buildFormView(WOMEN_STUDIO, campaign, form)));
    expect([...second.keys()]).toEqual([...first.keys()]);
    const changed = [...first.keys()].filter((name) => first.get(name) !== second.get(name));
    expect(changed).toContain('word/document.xml');
    for (const name of changed) expect(template.templatedParts).toContain(name);
    expect([...first.keys()][0]).toBe('[Content_Types].xml');
  });
});
