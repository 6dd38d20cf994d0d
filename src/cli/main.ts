import { EXIT_CODES, isStudioDocsError } from '../core/errors.js';
import type { Command } from './command.js';
import { announceCommand } from './commands/announce.js';
import { archiveCommand } from './commands/archive.js';
import { buildCommand } from './commands/build.js';
import { campaignsCommand } from './commands/campaigns.js';
import { rankCommand } from './commands/rank.js';
import { renderCommand } from './commands/render.js';
import { serveCommand } from './commands/serve.js';
import { statsCommand } from './commands/stats.js';
import { summaryCommand } from './commands/summary.js';
import { templateCommand } from './commands/template.js';
import { validateCommand } from './commands/validate.js';

const COMMANDS: readonly Command[] = [campaignsCommand, templateCommand, validateCommand, renderCommand, buildCommand, summaryCommand, statsCommand, rankCommand, announceCommand, archiveCommand, serveCommand];

const usage = `studio-docs — 创新工作室申报材料导入、校验与文书生成

用法：studio-docs <命令> [参数]

命令：
${COMMANDS.map((command) => `  ${command.name.padEnd(10)} ${command.summary}`).join('\n')}

每个命令都支持 --help。退出码：0 成功，1 输入数据有误，2 用法错误，3 文件或运行环境错误。`;

/** The only place that turns outcomes into exit codes and prints failures. */
export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usage}\n`);
    return name ? EXIT_CODES.OK : EXIT_CODES.USAGE;
  }
  if (name === '--version' || name === '-V') {
    process.stdout.write(`${await version()}\n`);
    return EXIT_CODES.OK;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    process.stderr.write(`未知命令“${name}”。\n\n${usage}\n`);
    return EXIT_CODES.USAGE;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (isStudioDocsError(error)) {
      process.stderr.write(`错误：${error.message}\n${error.hints.map((hint) => `  ${hint}\n`).join('')}`);
      // Scripts reading --json get a document on stdout for failures too.
      if (rest.includes('--json')) {
        const failure = { code: error.code, exitCode: error.exitCode, message: error.message, hints: error.hints, ...(error.details === undefined ? {} : { details: error.details }) };
        process.stdout.write(`${JSON.stringify({ error: failure }, null, 2)}\n`);
      }
      return error.exitCode;
    }
    process.stderr.write(`内部错误（这是 studio-docs 的缺陷，请连同以下信息报告）：\n${(error as Error)?.stack ?? String(error)}\n`);
    return 70;
  }
}

async function version(): Promise<string> {
  const { readFileSync } = await import('node:fs');
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
