import { EXIT_CODES } from '../../core/errors.js';
import type { Command } from '../command.js';
import { DEFAULT_ARCHIVE_DIR } from '../registry-option.js';
import { REGISTRY_FILE_NAME } from '../../io/registry.js';
import { archiveDueCommand } from './archive/due.js';
import { archiveExportCommand } from './archive/export.js';
import { archiveListCommand, archiveSearchCommand } from './archive/list.js';
import { archiveNameCommand } from './archive/name.js';
import { archiveNamedCommand } from './archive/named.js';
import { archiveRunsCommand } from './archive/runs.js';
import { archiveVerifyCommand } from './archive/verify.js';

const SUBCOMMANDS: readonly Command[] = [
  archiveListCommand,
  archiveSearchCommand,
  archiveVerifyCommand,
  archiveExportCommand,
  archiveNameCommand,
  archiveNamedCommand,
  archiveDueCommand,
  archiveRunsCommand,
];

const usage = `用法：studio-docs archive <子命令> [参数]

已生成文书的档案。render/build 把每份文书（路径、类型、工作室、活动、SHA-256、生成时间、工具版本）和每次运行的
输入文件（SHA-256）登记到档案登记库（SQLite 文件，默认 ${DEFAULT_ARCHIVE_DIR}/${REGISTRY_FILE_NAME}，给了 --out 时在该目录下；
各命令都可用 --registry <文件> 指定）。已登记的文书不会被覆盖或改写。

子命令：
${SUBCOMMANDS.map((command) => `  ${command.name.padEnd(8)} ${command.summary}`).join('\n')}

每个子命令都支持 --help 和 --json。`;

export const archiveCommand: Command = {
  name: 'archive',
  summary: '文书档案：查询、核对、按区导出，登记已命名工作室和审核周期',
  usage,
  async run(argv) {
    const [name, ...rest] = argv;
    if (!name || name === '--help' || name === '-h') {
      process.stdout.write(`${usage}\n`);
      return name ? EXIT_CODES.OK : EXIT_CODES.USAGE;
    }
    const command = SUBCOMMANDS.find((candidate) => candidate.name === name);
    if (!command) {
      process.stderr.write(`未知的 archive 子命令“${name}”。\n\n${usage}\n`);
      return EXIT_CODES.USAGE;
    }
    return command.run(rest);
  },
};
