import { CYCLE_BASIS, dueForReview } from '../../../archive/review-cycle.js';
import { EXIT_CODES } from '../../../core/errors.js';
import { COMMON_OPTIONS, parseCommandArgs } from '../../args.js';
import type { Command } from '../../command.js';
import { createOutput } from '../../output.js';
import { registryHelp } from '../../registry-option.js';
import { NAMED_FILTER_HELP, namedLine } from './named.js';
import { NAMED_FILTER_OPTIONS, openArchive, parseFilter, parseYear } from './shared.js';

const usage = `用法：studio-docs archive due [--year <年份>] [筛选条件] [--registry <文件>] [--json]

列出管理周期在该年届满、需要审核的已命名工作室（命名后每满一个周期都要审核一次）。
依据：${CYCLE_BASIS}；对考核不达标者不再保留称号。

  --year <年份>       审核年份（默认今年）
${NAMED_FILTER_HELP}
${registryHelp()}
  --json              以 JSON 输出
  -h, --help          显示本帮助`;

export const archiveDueCommand: Command = {
  name: 'due',
  summary: '列出某年管理周期届满、需要审核的已命名工作室',
  usage,
  async run(argv) {
    const { values } = parseCommandArgs(argv, { ...COMMON_OPTIONS, ...NAMED_FILTER_OPTIONS }, usage);
    const output = createOutput(Boolean(values.json));
    if (values.help) return output.line(usage), EXIT_CODES.OK;
    const year = values.year === undefined ? new Date().getFullYear() : parseYear(values.year);
    // --year is the review year here, not the naming year: filter by everything else.
    const filter = parseFilter({ ...values, year: undefined });
    const registry = openArchive(values);
    try {
      const due = dueForReview(registry.namedStudios(filter), year);
      output.line(`${year}年管理周期届满、需要审核的已命名工作室：${due.length} 个`);
      for (const { studio, cycle, cycleEnd } of due) output.line(`周期末 ${cycleEnd}（第${cycle}个周期）｜${namedLine(studio)}`);
      output.result({ registry: registry.path, year, due: due.map(({ studio, cycle, cycleEnd }) => ({ ...studio, cycle, reviewDate: cycleEnd })) });
      return EXIT_CODES.OK;
    } finally {
      registry.close();
    }
  },
};
