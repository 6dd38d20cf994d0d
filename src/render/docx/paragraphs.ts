/**
 * The visible text of every paragraph in a WordprocessingML part, so tag problems
 * can be reported by the words a person sees in Word rather than by XML offsets.
 * Text of runs split by Word (spell-check marks, revision ids) is joined back.
 *
 * @example paragraphTexts('<w:p><w:r><w:t>工作室</w:t></w:r><w:r><w:t>名称</w:t></w:r></w:p>') // ['工作室名称']
 */
export function paragraphTexts(xml: string): string[] {
  const texts: string[] = [];
  const open: string[] = [];
  const token = /<w:p[\s>/]|<\/w:p>|<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(?:br|cr|tab)\b[^>]*\/>/g;
  for (const match of xml.matchAll(token)) {
    const [whole, text] = match;
    if (whole.startsWith('<w:p')) {
      const selfClosing = xml[xml.indexOf('>', match.index) - 1] === '/';
      // <w:p/> is an empty paragraph: nothing to remember.
      if (!selfClosing) open.push('');
    } else if (whole === '</w:p>') {
      const finished = open.pop();
      if (finished !== undefined) texts.push(finished);
    } else if (open.length > 0) {
      const addition = text !== undefined ? decodeXmlText(text) : whole.startsWith('<w:tab') ? '\t' : '\n';
      open[open.length - 1] += addition;
    }
  }
  return texts;
}

function decodeXmlText(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g, (_, decimal?: string, hex?: string, name?: string) => {
    if (decimal) return String.fromCodePoint(Number(decimal));
    if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name as 'amp'];
  });
}
