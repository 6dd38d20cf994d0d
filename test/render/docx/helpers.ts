import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { loadCampaign } from '../../../src/campaigns/load.js';
import type { Campaign, Form } from '../../../src/campaigns/schema.js';
import type { Studio } from '../../../src/model/schema.js';
import { compileDocxTemplate, formTemplateVocabulary, renderDocx, type CompiledDocxTemplate } from '../../../src/render/docx/index.js';
import { paragraphTexts } from '../../../src/render/docx/paragraphs.js';
import { buildFormView } from '../../../src/render/view.js';

/** The real Shanghai 2020 campaign and the bytes of its 申请表 DOCX template, as the CLI loads them. */
const bundle = loadCampaign('shanghai-2020');
export const campaign: Campaign = bundle.campaign;
export const applicationForm: Form = requireApplicationForm(campaign);
export const applicationTemplateBytes: Uint8Array = requireAsset(applicationForm.docx);

function requireApplicationForm(definition: Campaign): Form {
  const form = definition.forms.find((candidate) => candidate.id === 'application');
  if (!form) throw new Error('shanghai-2020 has no application form');
  return form;
}

function requireAsset(name: string | undefined): Uint8Array {
  const bytes = name === undefined ? undefined : bundle.assets.get(name);
  if (!bytes) throw new Error(`shanghai-2020 has no template ${name ?? '(none)'}`);
  return bytes;
}

export function compileApplication(bytes: Uint8Array = applicationTemplateBytes, name = 'application.docx'): CompiledDocxTemplate {
  return compileDocxTemplate(bytes, { name, ...formTemplateVocabulary(campaign) });
}

export function renderApplication(studio: Studio, template: CompiledDocxTemplate = compileApplication()): Uint8Array {
  return renderDocx(template, buildFormView(studio, campaign, applicationForm));
}

export function documentXml(docx: Uint8Array): string {
  const entry = new PizZip(docx).file('word/document.xml');
  if (!entry) throw new Error('no word/document.xml');
  return entry.asText();
}

/** Visible text of the document, one paragraph per entry. */
export function documentParagraphs(docx: Uint8Array): string[] {
  return paragraphTexts(documentXml(docx));
}

/** Rows of each table, each row as its cells' text (paragraphs joined with a newline). */
export function tableRows(docx: Uint8Array): string[][][] {
  const xml = documentXml(docx);
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map(([, tableXml = '']) =>
    [...tableXml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([rowXml]) =>
      [...rowXml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([, cellXml = '']) => paragraphTexts(cellXml).join('\n')),
    ),
  );
}

/** A copy of a DOCX with its document.xml edited, for building broken templates in tests. */
export function withDocumentXml(bytes: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const zip = new PizZip(bytes);
  zip.file('word/document.xml', edit(documentXml(bytes)));
  return zip.generate({ type: 'uint8array' });
}

/** A scratch folder removed after `use` returns. */
export function withTempDir<T>(use: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'studio-docs-docx-'));
  try {
    return use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Converts a DOCX to PDF with LibreOffice (own profile, so parallel runs do not lock each other out). */
export function convertWithLibreOffice(docx: Uint8Array, dir: string, baseName = 'form'): string {
  const input = join(dir, `${baseName}.docx`);
  writeFileSync(input, docx);
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, input], {
      stdio: 'pipe',
      timeout: 120_000,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return join(dir, `${baseName}.pdf`);
}

export function pdfText(pdfPath: string): string {
  return execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
}
