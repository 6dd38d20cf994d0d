import { FORMS_OPTIONS_HELP, formsCommand } from '../forms-command.js';
import { ERROR_WORKBOOK_NAME } from '../render-job.js';

export const buildCommand = formsCommand({
  name: 'build',
  summary: '一次完成校验（含错误标注工作簿）和全部文书生成',
  writeErrorWorkbook: true,
  usage: `用法：studio-docs build <输入文件…> --campaign <活动编号> [--out <目录>] [--format docx,pdf] [--strict] [--json]

一次完成本年度的全部工作：校验申报数据（问题清单，以及标注了问题单元格的 ${ERROR_WORKBOOK_NAME}），
再为每个没有错误的工作室生成全部表格（DOCX、PDF）。已生成的文书不会被覆盖。

${FORMS_OPTIONS_HELP}`,
});
