import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { StudioDocsError } from '../../core/errors.js';
import { DOCXTEMPLATER_OPTIONS, ReusableFiller } from './fill.js';
import { packageShell } from './package-shell.js';
import { paragraphTexts } from './paragraphs.js';
import {
  crossParagraphTagProblems,
  describeDocxtemplaterError,
  formatTagProblems,
  fullWidthBraceProblems,
  type DocxtemplaterErrorProperties,
  type TagProblem,
} from './tag-problems.js';

export interface DocxTemplateOptions {
  /** File name for messages, e.g. application.docx. */
  readonly name: string;
  /** Tags allowed outside loops: formViewKeys(campaign). */
  readonly allowedTags: ReadonlySet<string>;
  /** Per loop ({#members}…{/members}), the keys of its items; outer tags stay visible inside. */
  readonly loopTags?: Readonly<Record<string, ReadonlySet<string>>>;
}

/** A template whose tags were checked once; render it as often as needed. */
export interface CompiledDocxTemplate {
  readonly name: string;
  /** Every tag the template uses, in document order (loops as #name), for listings. */
  readonly tags: readonly string[];
  /** The package parts, inflated once, in the template's order. */
  readonly parts: ReadonlyMap<string, Uint8Array>;
  /** The parts holding at least one tag: the only ones that differ between documents. */
  readonly templatedParts: readonly string[];
  /** The finished package with every other part compressed once (packageShell). */
  readonly shell: Uint8Array;
  /**
   * What docxtemplater needs to render a document: the templated parts and the parts
   * that say what the others are ([Content_Types].xml, relationships). Each render starts
   * from a copy of these; leaving out styles, settings and the rest spares parsing them
   * for every document (the shell already holds them).
   */
  readonly renderParts: ReadonlyMap<string, Uint8Array>;
  /** Fills renderParts with one document's data; the template is parsed once, not per document. */
  readonly filler: ReusableFiller;
}

/**
 * Loads a docxtemplater template and checks every tag before any studio is
 * rendered: unknown keys, full-width ｛｝ from Chinese input methods, tags broken
 * across paragraphs, unbalanced loops and raw-XML tags (which would let data
 * inject markup) are all reported together as one BAD_TEMPLATE error. A tag Word
 * split over several runs of one paragraph is accepted: docxtemplater joins it.
 *
 * @example
 * const { allowedTags, loopTags } = formTemplateVocabulary(campaign);
 * const template = compileDocxTemplate(bytes, { name: 'application.docx', allowedTags, loopTags });
 * const docx = renderDocx(template, buildFormView(studio, campaign, form));
 */
export function compileDocxTemplate(templateBytes: Uint8Array, options: DocxTemplateOptions): CompiledDocxTemplate {
  const zip = openZip(templateBytes, options.name);
  const paragraphsByPart = xmlPartNames(zip).map((file) => paragraphTexts(zip.files[file]?.asText() ?? ''));
  const paragraphs = paragraphsByPart.flat();
  const problems: TagProblem[] = [...fullWidthBraceProblems(paragraphs), ...paragraphsByPart.flatMap((part) => crossParagraphTagProblems(part))];
  const collector = new PostparsedCollector();
  const tags: string[] = [];
  try {
    // Compiling fills the collector with each part's parsed tags.
    new Docxtemplater(zip, { ...DOCXTEMPLATER_OPTIONS, modules: [collector] });
    for (const parts of Object.values(collector.postparsed)) {
      problems.push(...unknownTagProblems(parts, options.allowedTags, options.loopTags ?? {}, tags, paragraphs));
    }
  } catch (error) {
    problems.push(...compilationProblems(error, options.name, paragraphs));
  }
  if (problems.length > 0) {
    throw new StudioDocsError('BAD_TEMPLATE', formatTagProblems(options.name, problems), {
      hints: ['标签须用半角花括号写成 {键名}，整个标签写在同一段落内；键名区分大小写。'],
    });
  }
  const parts = inflate(templateBytes);
  const templatedParts = Object.entries(collector.postparsed)
    .filter(([, parsed]) => parsed.some((part) => part.type === 'placeholder'))
    .map(([file]) => file);
  const renderParts = new Map([...parts].filter(([name]) => templatedParts.includes(name) || isPackageIndex(name)));
  // Throws rather than printing "undefined" (see renderDocx).
  const filler = new ReusableFiller(renderParts, (part) => {
    throw new Error(`renderDocx(${options.name}): the view has no value for {${part.raw ?? part.value}}`);
  });
  return { name: options.name, tags: [...new Set(tags)], parts, templatedParts, shell: packageShell(parts), renderParts, filler };
}

function openZip(bytes: Uint8Array, name: string): PizZip {
  try {
    return new PizZip(bytes);
  } catch (error) {
    throw new StudioDocsError('BAD_TEMPLATE', `模板 ${name} 不是有效的 DOCX 文件（无法解压）。`, { cause: error });
  }
}

function inflate(bytes: Uint8Array): Map<string, Uint8Array> {
  const zip = new PizZip(bytes);
  const parts = new Map<string, Uint8Array>();
  for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir) parts.set(name, entry.asUint8Array());
  return parts;
}

function isPackageIndex(name: string): boolean {
  return name === '[Content_Types].xml' || name.endsWith('.rels');
}

/** The parts a person edits in Word, where tags live. */
function xmlPartNames(zip: PizZip): string[] {
  return Object.keys(zip.files).filter((name) => /^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/.test(name));
}

/**
 * The paragraph holding `needle`, or failing that the longest start of it: an
 * unclosed tag's text as docxtemplater reports it runs on into the next paragraphs.
 */
function findParagraph(paragraphs: readonly string[], needle: string): { paragraph: string; matched: string } | undefined {
  for (let length = needle.length; length >= 2; length -= 1) {
    const matched = needle.slice(0, length);
    const paragraph = paragraphs.find((text) => text.includes(matched));
    if (paragraph !== undefined) return { paragraph, matched };
  }
  return undefined;
}

function compilationProblems(error: unknown, name: string, paragraphs: readonly string[]): TagProblem[] {
  type Details = DocxtemplaterErrorProperties & { errors?: unknown[]; context?: string };
  const properties = (error as { properties?: Details }).properties;
  if (!properties) throw new StudioDocsError('BAD_TEMPLATE', `模板 ${name} 无法读取：${(error as Error).message}`, { cause: error });
  const errors = properties.id === 'multi_error' && properties.errors ? properties.errors : [error];
  return errors.map((each) => {
    const details: Details = (each as { properties?: Details }).properties ?? {};
    const tag = details.xtag ?? '';
    if (details.id === 'unclosed_tag') {
      const found = findParagraph(paragraphs, `{${tag}`);
      return { what: describeDocxtemplaterError({ ...details, xtag: found ? found.matched.slice(1) : tag }), paragraph: found?.paragraph };
    }
    const needles = details.id === 'unopened_tag' ? [`${tag}}`] : [details.context ?? '', tag];
    const paragraph = needles.filter(Boolean).map((needle) => paragraphs.find((text) => text.includes(needle))).find((text) => text !== undefined);
    return { what: describeDocxtemplaterError(details), paragraph };
  });
}

/** The parts of docxtemplater's postparsed tree we walk. */
interface TemplatePart {
  readonly type: string;
  readonly value: string;
  readonly raw?: string;
  readonly module?: string;
  readonly subparsed?: readonly TemplatePart[];
}

function unknownTagProblems(
  parts: readonly TemplatePart[],
  scope: ReadonlySet<string>,
  loopTags: Readonly<Record<string, ReadonlySet<string>>>,
  seen: string[],
  paragraphs: readonly string[],
): TagProblem[] {
  const problems: TagProblem[] = [];
  for (const part of parts) {
    if (part.type !== 'placeholder') continue;
    const raw = part.raw ?? part.value;
    seen.push(raw);
    const paragraph = findParagraph(paragraphs, `{${raw}}`)?.paragraph;
    if (part.module === 'rawxml') {
      problems.push({ what: `不允许使用原始 XML 标签 {${raw}}（填写内容会被当作 XML 插入），请改为 {${part.value}}`, paragraph });
      continue;
    }
    if (!scope.has(part.value)) problems.push({ what: unknownTagMessage(raw, part.value, scope), paragraph });
    if (part.subparsed) {
      const inner = new Set([...scope, ...(loopTags[part.value] ?? [])]);
      problems.push(...unknownTagProblems(part.subparsed, inner, loopTags, seen, paragraphs));
    }
  }
  return problems;
}

function unknownTagMessage(raw: string, key: string, scope: ReadonlySet<string>): string {
  const normalised = key.replace(/\s+/g, '').toLowerCase();
  const suggestion = [...scope].find((candidate) => candidate.toLowerCase() === normalised);
  const hint = suggestion ? `，是否应为 {${raw.replace(key, suggestion)}}？` : '：表单数据中没有这个键';
  return `未知标签 {${raw}}${hint}`;
}

/** A docxtemplater module that only records each templated file's parsed tags. */
class PostparsedCollector {
  readonly name = 'PostparsedCollector';
  readonly postparsed: Record<string, readonly TemplatePart[]> = {};

  set(options: { inspect?: { filePath?: string; postparsed?: readonly TemplatePart[] } }): void {
    const inspect = options.inspect;
    if (inspect?.filePath && inspect.postparsed) this.postparsed[inspect.filePath] = inspect.postparsed;
  }
}
