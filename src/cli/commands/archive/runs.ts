import { EXIT_CODES } from '../../../core/errors.js';
import { COMMON_OPTIONS, parseCommandArgs } from '../../args.js';
import type { Command } from '../../command.js';
import { createOutput } from '../../output.js';
import { registryHelp, REGISTRY_OPTION } from '../../registry-option.js';
import { openArchive } from './shared.js';

const STATUS_LABELS = { running: '进行中', finished: '完成', failed: '失败', interrupted: '中断' } as const;

const usage = `用法：studio-docs archive runs [--campaign <活动编号>] [--registry <文件>] [--json]

列出登记过的每次运行：时间、命令、工具版本、状态（完成、失败、中断）、登记的文书份数和输入文件的 SHA-256。
内容没有变化的重复运行不登记。

  --campaign <编号>   只列出该活动的运行
${registryHelp()}
  --json              以 JSON 输出
  -h, --help          显示本帮助`;

export const archiveRunsCommand: Command = {
  name: 'runs',
  summary: '列出登记过的运行及其输入文件',
  usage,
  async run(argv) {
    const { values } = parseCommandArgs(argv, { ...COMMON_OPTIONS, ...REGISTRY_OPTION, campaign: { type: 'string' } }, usage);
    const output = createOutput(Boolean(values.json));
    if (values.help) return output.line(usage), EXIT_CODES.OK;
    const registry = openArchive(values);
    try {
      const runs = registry.runs(values.campaign ? { campaign: values.campaign } : {});
      output.line(`档案 ${registry.path} 登记的运行：${runs.length} 次`);
      for (const run of runs) {
        output.line(`#${run.id} ${run.startedAt} ${run.command} ${run.campaign}｜${STATUS_LABELS[run.status]}｜文书 ${run.documents} 份｜studio-docs ${run.toolVersion}`);
        for (const input of run.inputs) output.line(`    输入 ${input.name}（${input.size} 字节，SHA-256 ${input.sha256}）`);
      }
      output.result({ registry: registry.path, runs });
      return EXIT_CODES.OK;
    } finally {
      registry.close();
    }
  },
};
