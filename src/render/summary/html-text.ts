import Handlebars from 'handlebars';
import { stripControlCharacters } from '../../core/text.js';

/**
 * Text for generated HTML (summary sheets, the statistics report): escaped the
 * way the form templates escape values, so data never becomes markup.
 *
 * @example escapeHtml('<b>工匠</b> & "x"') // '&lt;b&gt;工匠&lt;/b&gt; &amp; &quot;x&quot;'
 */
export function escapeHtml(text: string): string {
  return Handlebars.escapeExpression(stripControlCharacters(text));
}
