import { describe, expect, it } from 'vitest';
import { loadCampaign } from '../../../src/campaigns/load.js';
import type { Form } from '../../../src/campaigns/schema.js';
import { StudioDocsError } from '../../../src/core/errors.js';
import { compileHtmlTemplate, findExternalReferences, printableHtml } from '../../../src/render/pdf/index.js';
import { buildFormView } from '../../../src/render/view.js';
import { CRAFTSMAN_STUDIO, HOSTILE_STUDIO } from '../../fixtures/studios.js';

const { campaign, assets } = loadCampaign('shanghai-2020');
const form = campaign.forms.find((candidate) => candidate.id === 'application') as Form;
const context = { campaign, form };

function compileError(source: string): StudioDocsError {
  try {
    compileHtmlTemplate(source, 'test.html.hbs', context);
  } catch (error) {
    if (error instanceof StudioDocsError) return error;
    throw error;
  }
  throw new Error('template was accepted');
}

describe('HTML form templates are checked when they are loaded', () => {
  it('accepts the Shanghai 2020 application template', () => {
    const template = compileHtmlTemplate(new TextDecoder().decode(assets.get(form.html as string)), form.html as string, context);
    const body = template.renderBody(buildFormView(CRAFTSMAN_STUDIO, campaign, form));
    expect(body).toContain('<td colspan="5">张建国工匠创新工作室</td>');
    expect(body).toContain('☑ 工匠工作室');
    expect(body).not.toMatch(/undefined|null|NaN/);
  });

  it('rejects a template with a script, naming the line', () => {
    const error = compileError('<p>{{studioName}}</p>\n<script>alert(1)</script>');
    expect(error.code).toBe('BAD_TEMPLATE');
    expect(error.message).toContain('第 2 行');
    expect(error.message).toContain('<script>');
  });

  it('rejects a CSS page size (the paper comes from campaign.json) but accepts page margins', () => {
    const error = compileError('<style>\n  @page { margin: 20mm; }\n  @page :first { size: A4 landscape; }\n</style>\n<p>{{studioName}}</p>');
    expect(error.code).toBe('BAD_TEMPLATE');
    expect(error.message).toContain('第 3 行');
    expect(error.message).toContain('campaign.json');
    expect(() => compileHtmlTemplate('<style>@page { margin: 20mm; } .size { font-size: 12pt; }</style><p>{{studioName}}</p>', 't.hbs', context)).not.toThrow();
  });

  it('rejects external URLs in src, href and CSS url(), and @import', () => {
    expect(compileError('<img src="https://example.com/seal.png">').message).toContain('https://example.com/seal.png');
    expect(compileError('<a href="http://example.com/">x</a>').code).toBe('BAD_TEMPLATE');
    expect(compileError('<style>td { background: url(//cdn.example.com/bg.png) }</style>').message).toContain('//cdn.example.com/bg.png');
    expect(compileError('<style>@import "form.css";</style>').message).toContain('@import');
    expect(compileError('<link rel="stylesheet" href="form.css">').code).toBe('BAD_TEMPLATE');
    expect(compileError('<img src="{{studioName}}">').code).toBe('BAD_TEMPLATE');
  });

  it('allows inline data: images and #fragment links', () => {
    expect(findExternalReferences('<img src="data:image/png;base64,AAAA"><a href="#top">x</a><style>p{background:url("data:image/gif;base64,R0")}</style>')).toEqual([]);
  });

  it('rejects a variable the form view does not have, also inside a branch no probe would take', () => {
    const unknown = compileError('<p>{{studioNmae}}</p>');
    expect(unknown.code).toBe('BAD_TEMPLATE');
    expect(unknown.message).toContain('studioNmae');
    expect(compileError('{{#if studioName}}{{else}}{{leaderNmae}}{{/if}}').message).toContain('leaderNmae');
    expect(compileError('{{#each members}}{{nmae}}{{/each}}').message).toContain('nmae');
    expect(compileError('{{#each members}}{{studioName}}{{/each}}').message).toContain('studioName');
  });

  it('accepts parent and root references and loop variables inside each', () => {
    const template = compileHtmlTemplate(
      '{{#each members}}<tr><td>{{@index}}</td><td>{{name}}</td><td>{{../studioName}}</td><td>{{@root.unit}}</td></tr>{{/each}}',
      'rows.html.hbs',
      context,
    );
    expect(template.renderBody(buildFormView(CRAFTSMAN_STUDIO, campaign, form))).toContain('<td>0</td><td>李明</td><td>张建国工匠创新工作室</td>');
  });

  it('rejects unescaped output, helpers, partials and printing a list as text', () => {
    expect(compileError('{{{studioName}}}').message).toContain('不转义');
    expect(compileError('{{lookup members 0}}').code).toBe('BAD_TEMPLATE');
    expect(compileError('{{#with leaderName}}{{this}}{{/with}}').code).toBe('BAD_TEMPLATE');
    expect(compileError('{{> header}}').code).toBe('BAD_TEMPLATE');
    expect(compileError('{{members}}').message).toContain('列表');
    expect(compileError('{{#each studioName}}x{{/each}}').message).toContain('不是列表');
  });

  it('reports Handlebars syntax errors as a bad template', () => {
    expect(compileError('{{#if studioName}}unclosed').code).toBe('BAD_TEMPLATE');
  });

  it('renders in strict mode: a view missing a variable throws instead of printing nothing', () => {
    const template = compileHtmlTemplate('<p>{{studioName}}</p>', 'strict.html.hbs', context);
    const { studioName: _dropped, ...incomplete } = buildFormView(CRAFTSMAN_STUDIO, campaign, form);
    expect(() => template.renderBody(incomplete)).toThrow(/studioName/);
  });

  it('escapes hostile values so they print as text, never as markup', () => {
    const template = compileHtmlTemplate('<p>{{unitAddress}}</p><p>{{specialty}}</p><p>{{leaderTrade}}</p>', 'escape.html.hbs', context);
    const body = template.renderBody(buildFormView(HOSTILE_STUDIO, campaign, form));
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(body).toContain('{specialty} {#members}{/members} ｛全角｝');
    expect(body).toContain('&amp;amp;');
    expect(body).not.toContain('<script>');
  });
});

describe('the printable page around the form bodies', () => {
  it('takes the paper from the campaign form and starts each document on a new page', () => {
    const { html, paper } = printableHtml(['<p>甲</p>', '<p>乙</p>'], { size: 'A3', landscape: true }, { markDocuments: true });
    expect(paper).toEqual({ widthMm: 420, heightMm: 297 });
    expect(printableHtml([], { size: 'A4', landscape: false }, { markDocuments: false }).paper).toEqual({ widthMm: 210, heightMm: 297 });
    // The paper goes to the printer: a CSS page size would make Chromium lay the whole batch out once more.
    expect(html).not.toMatch(/@page[^}]*size:/);
    expect(html).toContain('@page { margin: 25mm 20mm 20mm 25mm; }');
    expect(html).toContain('.studio-docs-document + .studio-docs-document { break-before: page; }');
    expect(html.match(/<section class="studio-docs-document">/g)).toHaveLength(2);
    expect(html).toContain('id="studio-docs-document-1" href="#studio-docs-document-1"');
    expect(html).toContain('<html lang="zh-CN">');
  });

  it('names the fonts by family, with the checkbox glyphs routed to a font that has them', () => {
    const { html } = printableHtml(['<p>甲</p>'], { size: 'A4', landscape: false }, { markDocuments: false });
    expect(html).toContain('"Noto Serif CJK SC"');
    expect(html).toContain('"Noto Sans CJK SC"');
    expect(html).toContain('"AR PL UKai CN"');
    expect(html).toMatch(/@font-face \{ font-family: "Form Checkbox"; src: local\("DejaVu Sans"\); unicode-range: U\+2610-2612; \}/);
    expect(html).not.toContain('studio-docs-document-0');
  });
});
