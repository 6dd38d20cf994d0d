import { ERROR_WORKBOOK_NAME } from '../../season/error-workbook.js';
import { FORMS_OPTIONS_HELP, formsCommand } from '../forms-command.js';

export const buildCommand = formsCommand({
  name: 'build',
  summary: '一次完成本年度全部工作：校验、申请表、汇总表，给出评分表时还有排名、公示和命名决定',
  season: true,
  usage: `用法：studio-docs build <输入文件…> --campaign <活动编号> [--out <目录>] [--format docx,pdf]
                         [--scores <评分表> --date <YYYY-MM-DD> [--publicity-start <YYYY-MM-DD>]] [--strict] [--json]

一次完成本年度的全部工作，全部登记到档案：
  1. 校验申报数据：问题清单，以及标注了问题单元格的 ${ERROR_WORKBOOK_NAME}；
  2. 为每个没有错误的工作室生成全部表格（DOCX、PDF）；
  3. 按推荐单位生成推荐申报汇总表和全市汇总工作簿（活动通知规定了汇总表时）；
  4. 给出专家评分表时：评审排名表，以及推荐排序名单、公示和命名决定（发文字号由档案登记库分配）。
评分表有错误时在生成任何文书之前停止。已生成的文书不会被覆盖。

  --scores <文件>           专家评分表（.xlsx 或 .csv）
  --date <日期>             命名决定的成文日期（与 --scores 一起使用）
  --publicity-start <日期>  公示开始日期（默认与 --date 相同）
${FORMS_OPTIONS_HELP}`,
});
