import Handlebars from 'handlebars';
import type { Campaign, Form } from '../../campaigns/schema.js';
import { StudioDocsError } from '../../core/errors.js';
import { probeFormView, type FormView } from '../view.js';
import type { FormPage } from './form-style.js';
import { findExternalReferences, lineAt, type TemplateIssue } from './template-safety.js';
import { checkTemplateVariables, viewShape } from './template-variables.js';

/** A checked HTML form template: renders one studio's view to the body of one document. */
export interface HtmlTemplate {
  readonly name: string;
  readonly page: FormPage;
  renderBody(view: FormView): string;
}

export interface HtmlTemplateContext {
  readonly campaign: Campaign;
  readonly form: Form;
}

/**
 * Compiles a Handlebars HTML form template after checking it: no scripts or
 * external resources, no unknown variables, no helpers beyond each/if/unless,
 * no unescaped output. Handlebars runs in strict mode, so a variable that is
 * somehow still missing throws instead of printing nothing.
 *
 * The template is the body of one form (it may start with its own `<style>`);
 * margins, fonts and table rules come from the shared form stylesheet, the
 * paper from the form's `page` in campaign.json (a CSS `@page { size }` would
 * be ignored, so it is refused).
 *
 * @example
 * const template = compileHtmlTemplate('<h1 class="form-title">{{formTitle}}</h1>', 'application.html.hbs', { campaign, form });
 * template.renderBody(buildFormView(studio, campaign, form)); // '<h1 class="form-title">2020年度…申请表</h1>'
 */
export function compileHtmlTemplate(source: string, name: string, context: HtmlTemplateContext): HtmlTemplate {
  const issues = [...findExternalReferences(source), ...pageSizeRules(source)];
  let program: hbs.AST.Program;
  try {
    program = Handlebars.parse(source);
  } catch (error) {
    throw badTemplate(name, [{ line: 0, message: `Handlebars 语法错误：${(error as Error).message}` }]);
  }
  const probe = probeFormView(context.campaign, context.form);
  issues.push(...checkTemplateVariables(program, viewShape(probe)));
  if (issues.length > 0) throw badTemplate(name, issues);

  const environment = Handlebars.create();
  const render = environment.compile<FormView>(source, {
    strict: true,
    noEscape: false,
    knownHelpersOnly: true,
    knownHelpers: { with: false, lookup: false, log: false },
  });
  const renderBody = (view: FormView): string => render(view, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
  try {
    renderBody(probe);
  } catch (error) {
    throw badTemplate(name, [{ line: 0, message: (error as Error).message }]);
  }
  return { name, page: context.form.page, renderBody };
}

const PAGE_SIZE_RULE = /@page\b[^{]*\{[^}]*?\bsize\s*:/gi;

/** CSS `@page { size }` rules: the printer takes the paper from campaign.json, never from the template. */
function pageSizeRules(source: string): TemplateIssue[] {
  return [...source.matchAll(PAGE_SIZE_RULE)].map((match) => ({
    line: lineAt(source, match.index),
    message: '纸张大小由 campaign.json 中该表单的 page（size、landscape）决定，模板中的 @page { size } 不起作用，请删除',
  }));
}

function badTemplate(name: string, issues: readonly TemplateIssue[]): StudioDocsError {
  const lines = issues.map((issue) => (issue.line > 0 ? `  第 ${issue.line} 行：${issue.message}` : `  ${issue.message}`));
  return new StudioDocsError('BAD_TEMPLATE', `HTML 模板 ${name} 有错误：\n${lines.join('\n')}`, {
    hints: ['可用的变量与 DOCX 模板相同（studio-docs template 可列出）'],
  });
}

