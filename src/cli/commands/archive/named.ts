import { describeFilter, isEmptyFilter } from '../../../archive/search.js';
import type { NamedStudio } from '../../../archive/types.js';
import { EXIT_CODES } from '../../../core/errors.js';
import { COMMON_OPTIONS, parseCommandArgs } from '../../args.js';
import type { Command } from '../../command.js';
import { createOutput } from '../../output.js';
import { registryHelp } from '../../registry-option.js';
import { NAMED_FILTER_OPTIONS, openArchive, parseFilter } from './shared.js';

export const NAMED_FILTER_HELP = `  --studio <名称>     工作室名称包含此文字
  --leader <姓名>     领衔人姓名包含此文字
  --unit <单位>       单位包含此文字
  --recommender <单位> 推荐单位包含此文字
  --campaign <编号>   命名所属的活动编号包含此文字`;

const usage = `用法：studio-docs archive named [筛选条件] [--year <命名年份>] [--registry <文件>] [--json]

列出档案中登记的已命名工作室：命名日期、称号、活动、领衔人、单位、推荐单位和第一个管理周期的截止日期。

${NAMED_FILTER_HELP}
  --year <年份>       命名年份
${registryHelp()}
  --json              以 JSON 输出
  -h, --help          显示本帮助`;

/** One named studio on one line. */
export function namedLine(studio: NamedStudio): string {
  const people = [studio.leader, studio.unit].filter(Boolean).join('，');
  return `${studio.namedOn} ${studio.title}｜${studio.recommender ?? '未填推荐单位'}｜${studio.studioName}${people ? `（${people}）` : ''}｜${studio.campaign}｜周期 ${studio.cycleYears} 年，首个周期至 ${studio.cycleEnd}`;
}

export const archiveNamedCommand: Command = {
  name: 'named',
  summary: '列出已命名的工作室',
  usage,
  async run(argv) {
    const { values } = parseCommandArgs(argv, { ...COMMON_OPTIONS, ...NAMED_FILTER_OPTIONS }, usage);
    const output = createOutput(Boolean(values.json));
    if (values.help) return output.line(usage), EXIT_CODES.OK;
    const filter = parseFilter(values);
    const registry = openArchive(values);
    try {
      const studios = registry.namedStudios(filter);
      output.line(`档案 ${registry.path} 中的已命名工作室${isEmptyFilter(filter) ? '' : `（${describeFilter(filter)}）`}：${studios.length} 个`);
      for (const studio of studios) output.line(namedLine(studio));
      output.result({ registry: registry.path, filter, studios });
      return EXIT_CODES.OK;
    } finally {
      registry.close();
    }
  },
};
