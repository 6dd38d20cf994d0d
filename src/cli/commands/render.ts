import { FORMS_OPTIONS_HELP, formsCommand } from '../forms-command.js';

export const renderCommand = formsCommand({
  name: 'render',
  summary: '为合格的工作室生成申请表（DOCX、PDF）',
  season: false,
  usage: `用法：studio-docs render <输入文件…> --campaign <活动编号> [--out <目录>] [--format docx,pdf] [--strict] [--json]

校验申报数据，为每个没有错误的工作室生成活动通知规定的表格（如申请表），Word（.docx）和 PDF 各一份，
按 <表名>/<推荐单位>/<工作室名称>-<表名>.<格式> 存放。有错误的工作室不生成，并在清单中说明原因。
已生成的文书不会被覆盖：内容相同则保留原文件，内容变化则另存为 .v2、.v3 …
（一次完成全部工作——错误标注工作簿、汇总表、评审和公文——请用 studio-docs build。）

${FORMS_OPTIONS_HELP}`,
});
