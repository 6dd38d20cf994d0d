/**
 * What can be wrong with the tags of a DOCX template, in words a person editing it
 * in Word can act on. Each problem quotes the paragraph it sits in.
 */

export interface TagProblem {
  /** e.g. "未知标签 {studioNam}". */
  readonly what: string;
  /** The paragraph text the problem was found in, when it could be located. */
  readonly paragraph?: string;
}

/** The subset of a docxtemplater template error we read (see docxtemplater's errors.js). */
export interface DocxtemplaterErrorProperties {
  readonly id?: string;
  readonly explanation?: string;
  readonly xtag?: string;
  readonly file?: string;
}

/** A docxtemplater error explained in Chinese; the English explanation is kept for anything unmapped. */
export function describeDocxtemplaterError(properties: DocxtemplaterErrorProperties): string {
  const tag = properties.xtag ?? '';
  switch (properties.id) {
    case 'unclosed_tag':
      return `标签“{${tag}”没有闭合（缺少 }；一个标签不能跨段落）`;
    case 'unopened_tag':
      return `“${tag}}”前面缺少 {（多余的右花括号）`;
    case 'duplicate_open_tag':
      return `标签“${tag}”中有重复的 {`;
    case 'duplicate_close_tag':
      return `标签“${tag}”中有重复的 }`;
    case 'unclosed_loop':
      return `循环 {#${tag}} 没有对应的结束标签 {/${tag}}`;
    case 'unopened_loop':
      return `结束标签 {/${tag}} 没有对应的开始标签 {#${tag}}`;
    case 'closing_tag_does_not_match_opening_tag':
      return `循环的结束标签与开始标签不一致（${properties.explanation ?? tag}）`;
    case 'unbalanced_loop_tags':
      return `循环标签交错嵌套（${properties.explanation ?? tag}）`;
    case 'loop_position_invalid':
      return `循环 {#${tag}} 与 {/${tag}} 的位置不匹配（例如一个在表格内、另一个在表格外）`;
    case 'raw_xml_tag_should_be_only_text_in_paragraph':
      return `原始 XML 标签 {@${tag}} 必须独占一个段落`;
    case 'malformed_xml':
    case 'file_has_invalid_xml':
      return `文件 ${properties.file ?? ''} 的 XML 已损坏`;
    default:
      return `${properties.explanation ?? properties.id ?? '未知错误'}${tag ? `（标签“${tag}”）` : ''}`;
  }
}

/** Paragraphs typed with a Chinese input method's full-width braces, which docxtemplater reads as plain text. */
export function fullWidthBraceProblems(paragraphs: readonly string[]): TagProblem[] {
  return paragraphs
    .filter((text) => /[｛｝]/.test(text))
    .map((text) => {
      const sample = /｛[^｛｝{}]*｝|[｛｝][^｛｝{}]{0,20}/.exec(text)?.[0] ?? '｛';
      return { what: `全角花括号“${sample}”：请改为半角 { }（切换到英文输入法输入）`, paragraph: text };
    });
}

/**
 * Tags whose braces sit in different paragraphs (Enter pressed inside a tag, or a
 * tag spread over two table cells). docxtemplater joins them into one tag and
 * silently drops the text between, so they are refused. Pass one part's
 * paragraphs at a time: a tag never continues from one part into another.
 */
export function crossParagraphTagProblems(paragraphs: readonly string[]): TagProblem[] {
  const problems: TagProblem[] = [];
  let unclosed: { fragment: string; paragraph: string } | undefined;
  for (const text of paragraphs) {
    const firstOpen = text.indexOf('{');
    const firstClose = text.indexOf('}');
    if (unclosed && firstClose >= 0 && (firstOpen < 0 || firstClose < firstOpen)) {
      const rest = text.slice(0, firstClose + 1);
      problems.push({ what: `标签“${unclosed.fragment}”与下一段的“${rest}”被分在两个段落中：一个标签必须写在同一段落内`, paragraph: unclosed.paragraph });
    }
    // A paragraph without braces does not end the search: docxtemplater joins across it too.
    if (firstOpen >= 0 || firstClose >= 0) unclosed = undefined;
    const lastOpen = text.lastIndexOf('{');
    if (lastOpen >= 0 && !text.includes('}', lastOpen)) unclosed = { fragment: text.slice(lastOpen), paragraph: text };
  }
  return problems;
}

/** Formats problems as the numbered list of a BAD_TEMPLATE message. */
export function formatTagProblems(templateName: string, problems: readonly TagProblem[]): string {
  const lines = problems.map((problem, index) => {
    const where = problem.paragraph === undefined ? '' : `，位于段落“${excerpt(problem.paragraph)}”`;
    return `  ${index + 1}. ${problem.what}${where}`;
  });
  return `模板 ${templateName} 有 ${problems.length} 处标签问题：\n${lines.join('\n')}`;
}

function excerpt(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 60 ? `${oneLine.slice(0, 60)}…` : oneLine;
}
