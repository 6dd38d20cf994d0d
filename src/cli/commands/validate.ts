import { join } from 'node:path';
import { loadCampaign } from '../../campaigns/load.js';
import { EXIT_CODES } from '../../core/errors.js';
import { readInputFiles } from '../../io/files.js';
import { checkApplications } from '../../jobs/check.js';
import { COMMON_OPTIONS, parseCommandArgs, requireCampaign } from '../args.js';
import type { Command } from '../command.js';
import { createOutput } from '../output.js';
import { namedStudiosIn } from '../../io/run-registry.js';
import { registryPath, registryHelp, REGISTRY_OPTION } from '../registry-option.js';
import { writeErrorWorkbook } from '../../season/error-workbook.js';
import { checkJson, printCheckSummary } from '../report.js';

const usage = `用法：studio-docs validate <输入文件…> --campaign <活动编号> [--out <目录>] [--json]

读取申报数据（一个 .xlsx 工作簿，含“工作室”“成员”两张表；或两个 .csv 文件，UTF-8/GBK 均可），
按活动通知的条件逐条校验，列出每个问题所在的文件、工作表、行、列和说明。
有问题时在输出目录写出“校验结果.xlsx”：原表副本，问题单元格标红（提醒标黄）并附批注，另含“错误说明”表。

  --campaign <编号>  评选活动，如 shanghai-2020（studio-docs campaigns 可查看全部）
  --out <目录>       错误标注工作簿的输出目录（默认 out/<活动编号>）
${registryHelp(21)}
                     其中登记的已命名工作室用于“已命名的不重复申报”校验（默认的登记库还不存在时跳过；validate 从不新建登记库）
  --json             以 JSON 输出结果（问题列表等）
  -h, --help         显示本帮助

退出码：0 无错误（可有提醒），1 有错误，2 用法错误，3 文件或环境错误。`;

export const validateCommand: Command = {
  name: 'validate',
  summary: '校验申报数据，输出问题清单和标注错误的工作簿',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, { ...COMMON_OPTIONS, campaign: { type: 'string' }, out: { type: 'string' }, ...REGISTRY_OPTION }, usage);
    const output = createOutput(Boolean(values.json));
    if (values.help) return output.line(usage), EXIT_CODES.OK;
    const { campaign } = loadCampaign(requireCampaign(values.campaign, usage));
    const files = readInputFiles(positionals);
    const check = await checkApplications(files, campaign, { namedStudios: namedStudiosIn(registryPath(values), { mustExist: values.registry !== undefined }) });
    const errorWorkbook = await writeErrorWorkbook(files, check, values.out ?? join('out', campaign.id));
    printCheckSummary(output, campaign, check);
    if (errorWorkbook) output.line(`\n已写出错误标注工作簿：${errorWorkbook}`);
    output.result({ campaign: campaign.id, ...checkJson(check), errorWorkbook: errorWorkbook ?? null });
    return check.summary.errors > 0 ? EXIT_CODES.INVALID_DATA : EXIT_CODES.OK;
  },
};
