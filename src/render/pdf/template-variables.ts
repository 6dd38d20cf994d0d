import type { FormView } from '../view.js';
import type { TemplateIssue } from './template-safety.js';

/**
 * Static check of a Handlebars template against the form view: every variable
 * must exist where it is used, lists only in `{{#each}}`, text only in `{{…}}`.
 * Strict mode alone would miss variables inside a branch the probe does not take.
 */

/** What a view key holds: printable text, or a list of rows with their own keys. */
export type ViewShape = ReadonlyMap<string, KeyShape>;
type KeyShape = { readonly kind: 'text' } | { readonly kind: 'list'; readonly item: ViewShape };

const TEXT: KeyShape = { kind: 'text' };
const ALLOWED_BLOCKS = new Set(['each', 'if', 'unless']);
const LOOP_DATA = new Set(['index', 'first', 'last']);

/**
 * The shape of a view, read from a sample whose lists each have at least one row.
 *
 * @example viewShape({ name: 'x', members: [{ name: 'y' }] }).get('members') // { kind: 'list', item: Map { 'name' => text } }
 */
export function viewShape(sample: FormView | Readonly<Record<string, unknown>>): ViewShape {
  const shape = new Map<string, KeyShape>();
  for (const [key, value] of Object.entries(sample)) {
    if (!Array.isArray(value)) {
      shape.set(key, TEXT);
      continue;
    }
    const first: unknown = value[0];
    if (typeof first !== 'object' || first === null) throw new Error(`viewShape: sample list "${key}" needs one object row`);
    shape.set(key, { kind: 'list', item: viewShape(first as Record<string, unknown>) });
  }
  return shape;
}

/**
 * Problems with the variables of a parsed template, with line numbers.
 *
 * @example checkTemplateVariables(Handlebars.parse('{{nope}}'), shape) // [{ line: 1, message: '未知的变量 {{nope}}' }]
 */
export function checkTemplateVariables(program: hbs.AST.Program, root: ViewShape): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  walkProgram(program, [root], issues);
  return issues;
}

function walkProgram(program: hbs.AST.Program | undefined, scopes: readonly ViewShape[], issues: TemplateIssue[]): void {
  for (const statement of program?.body ?? []) walkStatement(statement, scopes, issues);
}

function walkStatement(statement: hbs.AST.Statement, scopes: readonly ViewShape[], issues: TemplateIssue[]): void {
  const add = (message: string) => issues.push({ line: statement.loc?.start.line ?? 0, message });
  switch (statement.type) {
    case 'ContentStatement':
    case 'CommentStatement':
      return;
    case 'MustacheStatement': {
      const mustache = statement as hbs.AST.MustacheStatement;
      const label = describe(mustache.path);
      if (!mustache.escaped) add(`{{{${label}}}} 不转义 HTML，模板中只能用 {{${label}}}`);
      if (mustache.params.length > 0 || mustache.hash?.pairs.length) {
        add(`{{${label} …}} 调用了辅助函数，模板中只能直接输出变量`);
        return;
      }
      const shape = resolve(mustache.path, scopes, add);
      if (shape?.kind === 'list') add(`{{${label}}} 是列表，应写成 {{#each ${label}}}…{{/each}}`);
      return;
    }
    case 'BlockStatement': {
      const block = statement as hbs.AST.BlockStatement;
      const helper = block.path.original;
      if (!ALLOWED_BLOCKS.has(helper) || block.params.length !== 1 || block.hash?.pairs.length) {
        add(`{{#${helper}}} 不可用：区块只能是 {{#each 列表}}、{{#if 变量}} 或 {{#unless 变量}}`);
        return;
      }
      const param = block.params[0] as hbs.AST.Expression;
      const shape = resolve(param, scopes, add);
      if (helper === 'each') {
        if (shape && shape.kind !== 'list') add(`{{#each ${describe(param)}}} 中的 ${describe(param)} 不是列表`);
        walkProgram(block.program, shape?.kind === 'list' ? [...scopes, shape.item] : scopes, issues);
      } else {
        walkProgram(block.program, scopes, issues);
      }
      walkProgram(block.inverse, scopes, issues);
      return;
    }
    case 'PartialStatement':
    case 'PartialBlockStatement':
      add('模板中不能引用子模板（{{> …}}）：共用样式由程序自动加入');
      return;
    default:
      add(`不支持的 Handlebars 语法（${statement.type}）`);
  }
}

function resolve(expression: hbs.AST.Expression, scopes: readonly ViewShape[], add: (message: string) => void): KeyShape | undefined {
  if (expression.type !== 'PathExpression') {
    add(`这里应为变量名，而不是常量 ${describe(expression)}`);
    return undefined;
  }
  const path = expression as hbs.AST.PathExpression;
  if (path.data) {
    const [head, key, ...rest] = path.parts;
    if (head === 'root' && key !== undefined && rest.length === 0) return lookup(scopes[0], key, path.original, add);
    if (head !== undefined && LOOP_DATA.has(head) && path.parts.length === 1 && scopes.length > 1) return TEXT;
    add(`未知的特殊变量 {{${path.original}}}（可用 @index、@first、@last 于 {{#each}} 内，或 @root.变量）`);
    return undefined;
  }
  const scope = scopes[scopes.length - 1 - path.depth];
  if (!scope) {
    add(`{{${path.original}}} 向上引用超出了模板的层级`);
    return undefined;
  }
  const [key, ...rest] = path.parts;
  if (key === undefined || rest.length > 0) {
    add(`{{${path.original}}}：只能引用单个变量名`);
    return undefined;
  }
  return lookup(scope, key, path.original, add);
}

function lookup(scope: ViewShape | undefined, key: string, original: string, add: (message: string) => void): KeyShape | undefined {
  const shape = scope?.get(key);
  if (!shape) add(`未知的变量 {{${original}}}（表单数据中没有“${key}”）`);
  return shape;
}

function describe(expression: hbs.AST.Expression): string {
  const node = expression as { original?: unknown; value?: unknown };
  return String(node.original ?? node.value ?? expression.type);
}
