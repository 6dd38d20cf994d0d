/**
 * HTML form templates must be self-contained: the printer runs no scripts and
 * fetches nothing, so a script or a linked resource would silently vanish from
 * the PDF. Refusing them when the template is loaded makes that visible.
 */

export interface TemplateIssue {
  readonly line: number;
  readonly message: string;
}

const FORBIDDEN_ELEMENTS = /<\s*(script|iframe|frame|frameset|object|embed|applet|link|base|portal)\b/gi;
const REFRESH_META = /<\s*meta\b[^>]*http-equiv/gi;
const EVENT_HANDLER = /<[^>]*\s(on[a-z]+)\s*=/gi;
const URL_ATTRIBUTE = /\s(src|href|srcset|action|formaction|poster|background|xlink:href|data)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/gi;
const CSS_URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)]*))\s*\)/gi;
const CSS_IMPORT = /@import\b/gi;

/**
 * Lists what makes a template depend on the outside world: scripts, frames,
 * linked stylesheets, event handlers, and any URL except `#fragment` and `data:`.
 *
 * @example findExternalReferences('<img src="https://x/y.png">') // [{ line: 1, message: '引用了外部地址 “https://x/y.png”…' }]
 */
export function findExternalReferences(source: string): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  const add = (index: number, message: string) => issues.push({ line: lineAt(source, index), message });
  for (const match of source.matchAll(FORBIDDEN_ELEMENTS)) {
    add(match.index, `不允许使用 <${match[1]?.toLowerCase()}> 元素（模板必须自成一体，不运行脚本、不加载外部内容）`);
  }
  for (const match of source.matchAll(REFRESH_META)) add(match.index, '不允许使用 <meta http-equiv>');
  for (const match of source.matchAll(EVENT_HANDLER)) add(match.index, `不允许使用事件属性 ${match[1]}（打印时不运行脚本）`);
  for (const match of source.matchAll(URL_ATTRIBUTE)) {
    const url = match[3] ?? match[4] ?? match[5] ?? '';
    if (!isInlineUrl(url)) add(match.index, `${match[1]} 引用了外部地址“${url}”，模板中只能使用 data: 或 # 地址`);
  }
  for (const match of source.matchAll(CSS_URL)) {
    const url = (match[1] ?? match[2] ?? match[3] ?? '').trim();
    if (!isInlineUrl(url)) add(match.index, `url() 引用了外部地址“${url}”，模板中只能使用 data: 地址`);
  }
  for (const match of source.matchAll(CSS_IMPORT)) add(match.index, '不允许使用 @import（样式必须写在模板内）');
  return issues.sort((a, b) => a.line - b.line);
}

function isInlineUrl(url: string): boolean {
  const trimmed = url.trim().toLowerCase();
  return trimmed.startsWith('#') || trimmed.startsWith('data:');
}

export function lineAt(source: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i += 1) if (source.charCodeAt(i) === 10) line += 1;
  return line;
}
