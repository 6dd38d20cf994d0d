import { basename } from 'node:path';
import { readNamedList } from '../../../archive/named-list.js';
import { CYCLE_BASIS, DEFAULT_CYCLE_YEARS, isIsoDay } from '../../../archive/review-cycle.js';
import { loadCampaign } from '../../../campaigns/load.js';
import type { Campaign } from '../../../campaigns/schema.js';
import { EXIT_CODES, isStudioDocsError, StudioDocsError } from '../../../core/errors.js';
import { formatProblem } from '../../../core/problem.js';
import { readInputFiles } from '../../../io/files.js';
import { Registry } from '../../../io/registry.js';
import { COMMON_OPTIONS, parseCommandArgs, requireCampaign } from '../../args.js';
import type { Command } from '../../command.js';
import { createOutput } from '../../output.js';
import { registryPath, registryHelp, REGISTRY_OPTION } from '../../registry-option.js';

const usage = `用法：studio-docs archive name --campaign <活动编号> --input <命名名单.xlsx|csv> --date <YYYY-MM-DD>
         [--program <称号系列>] [--cycle-years <年数>] [--registry <文件>] [--json]

把一批已命名的工作室登记到档案：此后 validate/render/build 会把再次申报的同名工作室（或同一领衔人和单位的
工作室）标出——“已命名的不重复申报”；archive due 据此列出管理周期届满、需要审核的工作室。
名单的列：工作室名称、领衔人、单位、推荐单位、类型（写法同申报表，上方可有标题行）。
同一活动中已登记的工作室保持原样，不会被改写。

  --campaign <编号>     命名所属的活动，如 shanghai-2020；不在 templates/ 中的往年活动也可以，此时需给 --program
  --input <文件>        命名名单（.xlsx 或 .csv，UTF-8/GBK 均可）
  --date <日期>         命名日期（命名决定的日期），如 2020-12-20
  --program <名称>      称号系列，如“上海市技师创新工作室”（默认取活动定义中的名称）
  --cycle-years <年数>  管理周期（默认取活动定义的 managementCycleYears，没有时 ${DEFAULT_CYCLE_YEARS} 年，依据${CYCLE_BASIS}）
${registryHelp(24)}
  --json                以 JSON 输出
  -h, --help            显示本帮助

退出码：0 已登记，1 名单有错误（未登记任何一行），2 用法错误，3 文件错误。`;

export const archiveNameCommand: Command = {
  name: 'name',
  summary: '登记已命名的工作室名单（命名日期、管理周期）',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(
      argv,
      { ...COMMON_OPTIONS, ...REGISTRY_OPTION, campaign: { type: 'string' }, input: { type: 'string' }, date: { type: 'string' }, program: { type: 'string' }, 'cycle-years': { type: 'string' } },
      usage,
    );
    const output = createOutput(Boolean(values.json));
    if (values.help) return output.line(usage), EXIT_CODES.OK;
    const campaignId = requireCampaign(values.campaign, usage);
    const input = values.input ?? positionals[0];
    if (!input) throw new StudioDocsError('USAGE', `缺少 --input <命名名单文件>。\n\n${usage}`);
    const namedOn = values.date;
    if (!namedOn || !isIsoDay(namedOn)) throw new StudioDocsError('USAGE', `--date 应为命名日期 YYYY-MM-DD，如 2020-12-20${namedOn ? `（收到“${namedOn}”）` : ''}。\n\n${usage}`);
    const definition = knownCampaign(campaignId);
    const cycleYears = values['cycle-years'] === undefined ? (definition?.managementCycleYears ?? DEFAULT_CYCLE_YEARS) : Number(values['cycle-years']);
    if (!Number.isInteger(cycleYears) || cycleYears < 1 || cycleYears > 20) throw new StudioDocsError('USAGE', `--cycle-years 应为 1 到 20 之间的整数（收到“${values['cycle-years']}”）`);
    const program = values.program ?? definition?.programName;
    if (!program) throw new StudioDocsError('USAGE', `活动“${campaignId}”不在 templates/ 中，请用 --program 给出称号系列，如 --program 上海市技师创新工作室`);

    const [file] = readInputFiles([input]);
    const list = await readNamedList(file as NonNullable<typeof file>, { campaign: campaignId, program, definition, namedOn, cycleYears });
    for (const problem of list.problems) output.line(formatProblem(problem));
    const errors = list.problems.filter((problem) => problem.severity === 'error');
    if (errors.length > 0) {
      output.result({ added: [], existing: [], problems: list.problems });
      output.line(`\n名单中有 ${errors.length} 处错误，未登记任何工作室；修改后重新运行。`);
      return EXIT_CODES.INVALID_DATA;
    }

    const registry = Registry.open(registryPath(values));
    try {
      const result = registry.addNamedStudios(list.studios);
      output.line(`已从 ${basename(input)} 登记 ${result.added.length} 个已命名工作室到 ${registry.path}（活动 ${campaignId}，命名日期 ${namedOn}，管理周期 ${cycleYears} 年）`);
      if (result.existing.length > 0) {
        output.line(`${result.existing.length} 个此前已登记，保持原样：`);
        for (const { studio, recorded } of result.existing) {
          const differs = recorded.namedOn !== studio.namedOn ? `（登记的命名日期为 ${recorded.namedOn}）` : '';
          output.line(`  ${recorded.studioName}${differs}`);
        }
      }
      output.result({ registry: registry.path, added: result.added, existing: result.existing.map(({ recorded }) => recorded), problems: list.problems });
      return EXIT_CODES.OK;
    } finally {
      registry.close();
    }
  },
};

/** The campaign definition when templates/ has one; undefined for past rounds that were never set up. */
function knownCampaign(id: string): Campaign | undefined {
  try {
    return loadCampaign(id).campaign;
  } catch (error) {
    if (isStudioDocsError(error) && error.code === 'UNKNOWN_CAMPAIGN') return undefined;
    throw error;
  }
}
