import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadCampaign } from '../../campaigns/load.js';
import { EXIT_CODES, StudioDocsError } from '../../core/errors.js';
import { writeFileAtomic } from '../../io/files.js';
import { buildImportTemplate } from '../../render/xlsx/import-template.js';
import { COMMON_OPTIONS, parseCommandArgs, requireCampaign } from '../args.js';
import type { Command } from '../command.js';
import { createOutput } from '../output.js';

const usage = `用法：studio-docs template --campaign <活动编号> [--out <文件.xlsx>] [--json]

生成空白的申报数据导入模板：表头、示例行、下拉选项、填写说明。各单位填好后用 validate / render 导入。

  --campaign <编号>  评选活动，如 shanghai-2020
  --out <文件>       输出文件（默认 out/<活动编号>/导入模板-<活动编号>.xlsx）
  --force            输出文件已存在时覆盖它（默认拒绝，以免覆盖已填好的表）
  --json             以 JSON 输出结果
  -h, --help         显示本帮助`;

export const templateCommand: Command = {
  name: 'template',
  summary: '生成空白的申报数据导入模板（.xlsx）',
  usage,
  async run(argv) {
    const { values } = parseCommandArgs(argv, { ...COMMON_OPTIONS, campaign: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } }, usage);
    const output = createOutput(Boolean(values.json));
    if (values.help) return output.line(usage), EXIT_CODES.OK;
    const { campaign } = loadCampaign(requireCampaign(values.campaign, usage));
    const path = values.out ?? join('out', campaign.id, `导入模板-${campaign.id}.xlsx`);
    if (!path.toLowerCase().endsWith('.xlsx')) throw new StudioDocsError('USAGE', `--out 应为 .xlsx 文件：${path}`);
    if (existsSync(path) && !values.force) {
      throw new StudioDocsError('IO', `${path} 已存在，未覆盖（它可能是已填好的申报表）。`, { hints: ['换一个文件名，或加 --force 覆盖。'] });
    }
    writeFileAtomic(path, await buildImportTemplate(campaign));
    output.line(`已写出导入模板：${path}`);
    output.result({ campaign: campaign.id, path });
    return EXIT_CODES.OK;
  },
};
