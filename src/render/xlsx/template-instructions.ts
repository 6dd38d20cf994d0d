import type ExcelJS from 'exceljs';
import type { Campaign } from '../../campaigns/schema.js';
import { formatChineseDate, formatYuan } from '../../core/format.js';
import { severityLabel } from '../../core/problem.js';
import { describeRule } from './rule-text.js';
import { columnWording, type TemplateColumn } from './template-columns.js';
import { displayWidth } from './text-width.js';

export interface InstructionsContent {
  readonly studio: readonly TemplateColumn[];
  readonly member: readonly TemplateColumn[];
  readonly version: string;
  readonly sheetNames: { readonly studio: string; readonly member: string };
  readonly exampleRow: number;
  readonly dataRows: { readonly first: number; readonly last: number };
}

const LAST_COLUMN = 'F';
const SECTION_FONT: Partial<ExcelJS.Font> = { bold: true, size: 12, color: { argb: 'FF1F4E79' } };
const TABLE_HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };

/**
 * The 填写说明 sheet: which notice the template belongs to, how to fill it in,
 * every column (required or not, what to write, allowed values) and every
 * eligibility rule with the notice sentence it comes from.
 *
 * Table headers avoid words the importer takes for data headers (类型, 序号,
 * 联系方式…), so this sheet is never mistaken for applications.
 *
 * @example addInstructionsSheet(workbook.addWorksheet('填写说明'), campaign, content)
 */
export function addInstructionsSheet(sheet: ExcelJS.Worksheet, campaign: Campaign, content: InstructionsContent): void {
  // Printed for reference: one page wide, as many pages tall as needed.
  sheet.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true };
  sheet.columns = [{ width: 12 }, { width: 24 }, { width: 10 }, { width: 20 }, { width: 40 }, { width: 60 }];
  const writer = new SheetWriter(sheet);

  writer.title(`${campaign.programName}申报导入模板　填写说明`);
  writer.pair('通知', `${campaign.noticeTitle}（${campaign.noticeNumber}）`);
  writer.pair('发文单位', `${campaign.issuer}，${formatChineseDate(campaign.noticeDate)}`);
  if (campaign.deadline) writer.pair('报送截止', formatChineseDate(campaign.deadline));
  writer.pair('申报类型', campaign.studioTypes.map(studioTypeText).join('；'));
  if (campaign.contact) writer.pair('联系部门', contactText(campaign.contact));
  writer.pair('模板版本', content.version);
  writer.blank();

  writer.section('填写要求');
  const { studio, member } = content.sheetNames;
  [
    `每个工作室在“${studio}”表中占一行；团队成员在“${member}”表中每人一行。领衔人只填在“${studio}”表，计入团队人数，不要在“${member}”表重复填写。`,
    `成员与工作室的关联：填写了“工作室编号”的，按编号关联；否则按“工作室名称”关联，名称必须与“${studio}”表中的名称完全一致（一字不差）。`,
    '表头带 * 且为红色的列必须填写。请勿修改表头文字，不要合并单元格；表头上方可以加标题行。',
    `第${content.exampleRow}行灰色斜体是示例（第一格以“示例：”开头），导入时自动跳过，可以保留也可以删除。`,
    '日期写到年月即可，如“2016年3月”或“2016-03”，也可以是 Excel 日期。',
    '金额单位为元，可写“50000”“5万元”或“5.5万”。数量只填数字，如“2”。',
    '联系方式、邮政编码和编号列已设为文本格式，开头的0会保留；请不要改成数值格式。',
    '带下拉箭头的列请从列表中选择；常见的其他写法（如“国企”“民企”“研究生”）导入时会自动统一。',
    `下拉列表和文本格式预设到第${content.dataRows.last}行（可填${content.dataRows.last - content.dataRows.first + 1}行）；更多数据请分成几个文件。`,
    '也可以提交 CSV 文件（UTF-8 或 GBK 编码），表头与本模板相同，工作室和成员各一个文件。',
  ].forEach((line, index) => writer.line(`${index + 1}. ${line}`));
  writer.blank();

  writer.section('各列说明');
  writer.tableHeader(['工作表', '列名', '是否必填', '填写方式', '可选值', '说明']);
  for (const column of [...content.studio, ...content.member]) {
    writer.tableRow([
      column.level === 'studio' ? studio : member,
      column.def.label,
      column.required ? '必填' : '选填',
      columnWording(column),
      column.options ? column.options.join('、') : '',
      [column.def.hint ?? '', `示例：${column.example}`].filter(Boolean).join(' '),
    ]);
  }
  writer.blank();

  writer.section('申报条件（导入时自动检查）');
  writer.tableHeader(['适用工作室', '要求', '', '', '通知原文', '不符合时'], { mergeBtoD: true });
  for (const rule of campaign.rules) {
    writer.tableRow([rule.types ? rule.types.join('、') : '全部', describeRule(rule, campaign), '', '', rule.basis, severityWording(rule.severity)], { mergeBtoD: true });
  }
}

function severityWording(severity: 'error' | 'warning'): string {
  return severity === 'error' ? `${severityLabel(severity)}：该工作室不能生成申请表` : `${severityLabel(severity)}：请核实，不影响生成`;
}

function studioTypeText(type: Campaign['studioTypes'][number]): string {
  const extras = [type.quota ? `拟命名${type.quota}个` : '', type.fundingYuan ? `每个资助${formatYuan(type.fundingYuan)}` : ''].filter(Boolean);
  return `${type.value}（${type.title}${extras.length ? `，${extras.join('，')}` : ''}）`;
}

function contactText(contact: NonNullable<Campaign['contact']>): string {
  return [
    contact.department,
    contact.address ? `地址：${contact.address}` : '',
    contact.postcode ? `邮编：${contact.postcode}` : '',
    contact.phone ? `电话：${contact.phone}` : '',
    contact.fax ? `传真：${contact.fax}` : '',
    contact.email ? `电子信箱：${contact.email}` : '',
    contact.people.length ? `联系人：${contact.people.join('、')}` : '',
  ]
    .filter(Boolean)
    .join('　');
}

/** Appends rows top to bottom; merges keep long sentences on one visual line. */
class SheetWriter {
  private rowNumber = 0;

  constructor(private readonly sheet: ExcelJS.Worksheet) {}

  title(text: string): void {
    const row = this.next();
    row.getCell(1).value = text;
    row.getCell(1).font = { bold: true, size: 16 };
    row.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
    row.height = 30;
    this.sheet.mergeCells(`A${row.number}:${LAST_COLUMN}${row.number}`);
  }

  pair(label: string, value: string): void {
    const row = this.next();
    row.getCell(1).value = label;
    row.getCell(1).font = { bold: true };
    row.getCell(2).value = value;
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(1).alignment = { vertical: 'top' };
    this.sheet.mergeCells(`B${row.number}:${LAST_COLUMN}${row.number}`);
    row.height = estimateHeight(value, 150);
  }

  section(text: string): void {
    const row = this.next();
    row.getCell(1).value = text;
    row.getCell(1).font = SECTION_FONT;
    row.height = 22;
  }

  line(text: string): void {
    const row = this.next();
    row.getCell(1).value = text;
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    this.sheet.mergeCells(`A${row.number}:${LAST_COLUMN}${row.number}`);
    row.height = estimateHeight(text, 160);
  }

  tableHeader(labels: readonly string[], options: { mergeBtoD?: boolean } = {}): void {
    const row = this.next();
    labels.forEach((label, index) => {
      const cell = row.getCell(index + 1);
      cell.value = label;
      cell.font = { bold: true };
      cell.fill = TABLE_HEADER_FILL;
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    });
    if (options.mergeBtoD) this.sheet.mergeCells(`B${row.number}:D${row.number}`);
  }

  tableRow(values: readonly string[], options: { mergeBtoD?: boolean } = {}): void {
    const row = this.next();
    values.forEach((value, index) => {
      const cell = row.getCell(index + 1);
      if (value !== '') cell.value = value;
      cell.alignment = { wrapText: true, vertical: 'top' };
    });
    if (options.mergeBtoD) this.sheet.mergeCells(`B${row.number}:D${row.number}`);
    const widths = options.mergeBtoD ? [12, 54, 0, 0, 40, 60] : [12, 24, 10, 20, 40, 60];
    row.height = Math.max(...values.map((value, index) => estimateHeight(value, widths[index] ?? 0)));
  }

  blank(): void {
    this.next();
  }

  private next(): ExcelJS.Row {
    this.rowNumber += 1;
    return this.sheet.getRow(this.rowNumber);
  }
}

/** Row height for wrapped text: Excel does not grow rows it did not lay out itself. */
function estimateHeight(text: string, columnWidth: number): number {
  if (!text || columnWidth <= 0) return 18;
  const usable = Math.max(1, columnWidth - 1);
  const lines = text.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil(displayWidth(part) / usable)), 0);
  return Math.max(18, lines * 15 + 4);
}
