import type { Attachment, DecisionContent, ListSection, PublicityContent } from '../../announcements/content.js';

/**
 * An official document as a list of blocks, laid out the same way by the DOCX
 * (docx.ts) and the PDF (html.ts) renderer: GB/T 9704 elements in order.
 */

export interface TableColumn {
  readonly header: string;
  /** Relative width. */
  readonly width: number;
  readonly align: 'left' | 'center' | 'right';
}

export type TableRow =
  | { readonly kind: 'heading'; readonly level: 1 | 2; readonly text: string }
  | { readonly kind: 'cells'; readonly cells: readonly string[]; readonly total?: boolean };

export type Block =
  | { readonly kind: 'issuerMark'; readonly text: string }
  /** 发文字号, centred, with the red line under it. */
  | { readonly kind: 'docNumber'; readonly text: string }
  | { readonly kind: 'title'; readonly text: string }
  | { readonly kind: 'addressees'; readonly text: string }
  /** Body paragraph, first line indented two characters. */
  | { readonly kind: 'paragraph'; readonly text: string }
  /** 附件说明: “附件：1.…”, later items aligned under the first. */
  | { readonly kind: 'attachmentNote'; readonly items: readonly string[] }
  | { readonly kind: 'signature'; readonly signature: string; readonly date: string }
  | { readonly kind: 'blank' }
  | { readonly kind: 'pageBreak' }
  /** “附件1” in 黑体 at the top left of an attachment. */
  | { readonly kind: 'attachmentLabel'; readonly text: string }
  | { readonly kind: 'attachmentTitle'; readonly text: string }
  | { readonly kind: 'table'; readonly columns: readonly TableColumn[]; readonly rows: readonly TableRow[] };

export interface OfficialDocument {
  /** Document title for file properties. */
  readonly title: string;
  readonly blocks: readonly Block[];
}

const LIST_COLUMNS: readonly TableColumn[] = [
  { header: '序号', width: 9, align: 'center' },
  { header: '工作室名称', width: 38, align: 'left' },
  { header: '领衔人', width: 14, align: 'center' },
  { header: '单位', width: 39, align: 'left' },
];

const FUNDING_COLUMNS: readonly TableColumn[] = [
  { header: '序号', width: 8, align: 'center' },
  { header: '工作室名称', width: 34, align: 'left' },
  { header: '推荐单位', width: 24, align: 'left' },
  { header: '资助金额（元）', width: 17, align: 'right' },
  { header: '配套金额（元）', width: 17, align: 'right' },
];

/**
 * @example decisionDocument(content).blocks[0] // { kind: 'issuerMark', text: '上海市职工技协服务中心文件' }
 */
export function decisionDocument(content: DecisionContent): OfficialDocument {
  const blocks: Block[] = [
    { kind: 'issuerMark', text: content.issuerMark },
    { kind: 'docNumber', text: content.docNumber },
    { kind: 'title', text: content.title },
    { kind: 'addressees', text: content.addressees },
    ...content.paragraphs.map((text): Block => ({ kind: 'paragraph', text })),
    { kind: 'blank' },
    { kind: 'attachmentNote', items: content.attachments.map((attachment) => attachment.title) },
    { kind: 'blank' },
    { kind: 'blank' },
    { kind: 'signature', signature: content.signature, date: content.date },
  ];
  for (const attachment of content.attachments) blocks.push(...attachmentBlocks(attachment));
  return { title: content.title, blocks };
}

/**
 * @example publicityDocument(content).blocks[0] // { kind: 'title', text: '关于…拟命名名单的公示' }
 */
export function publicityDocument(content: PublicityContent): OfficialDocument {
  return {
    title: content.title,
    blocks: [
      { kind: 'title', text: content.title },
      ...content.paragraphs.map((text): Block => ({ kind: 'paragraph', text })),
      { kind: 'table', columns: LIST_COLUMNS, rows: listRows(content.sections) },
      ...content.closing.map((text): Block => ({ kind: 'paragraph', text })),
      ...content.contact.map((text): Block => ({ kind: 'paragraph', text })),
      { kind: 'blank' },
      { kind: 'signature', signature: content.signature, date: content.date },
    ],
  };
}

function attachmentBlocks(attachment: Attachment): Block[] {
  const head: Block[] = [
    { kind: 'pageBreak' },
    { kind: 'attachmentLabel', text: attachment.label },
    { kind: 'attachmentTitle', text: attachment.title },
  ];
  if (attachment.kind === 'list') return [...head, { kind: 'table', columns: LIST_COLUMNS, rows: listRows(attachment.sections) }];
  const rows: TableRow[] = [];
  for (const section of attachment.sections) {
    rows.push({ kind: 'heading', level: 1, text: section.heading });
    for (const district of section.districts) {
      for (const row of district.rows) rows.push({ kind: 'cells', cells: [String(row.number), row.name, row.recommender, groupDigits(row.fundingYuan), groupDigits(row.matchingYuan)] });
    }
  }
  const { totals } = attachment;
  rows.push({ kind: 'cells', total: true, cells: ['', '合计', '', groupDigits(totals.fundingYuan), groupDigits(totals.matchingYuan)] });
  return [
    ...head,
    { kind: 'table', columns: FUNDING_COLUMNS, rows },
    { kind: 'paragraph', text: `资助金额合计：${groupDigits(totals.fundingYuan)}元（大写：人民币${totals.fundingUppercase}）` },
    { kind: 'paragraph', text: `配套金额合计：${groupDigits(totals.matchingYuan)}元（大写：人民币${totals.matchingUppercase}）` },
  ];
}

function listRows(sections: readonly ListSection[]): TableRow[] {
  const rows: TableRow[] = [];
  for (const section of sections) {
    rows.push({ kind: 'heading', level: 1, text: section.heading });
    for (const district of section.districts) {
      rows.push({ kind: 'heading', level: 2, text: district.heading });
      for (const row of district.rows) rows.push({ kind: 'cells', cells: [String(row.number), row.name, row.leader, row.unit] });
    }
  }
  return rows;
}

/** @example groupDigits(200000) // '200,000' */
export function groupDigits(yuan: number): string {
  const [whole = '0', cents] = (Number.isInteger(yuan) ? String(yuan) : yuan.toFixed(2)).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${cents ? `.${cents}` : ''}`;
}

/**
 * Width of a text in characters of the body font: CJK and full-width forms count 1,
 * digits and Latin letters ½ (to centre the signature over the date).
 *
 * @example textWidth('2020年12月20日') // 8
 */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\x20-\x7e]/.test(char) ? 0.5 : 1;
  return width;
}
