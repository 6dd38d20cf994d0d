import { describeFilter, isEmptyFilter } from '../../../archive/search.js';
import { EXIT_CODES, StudioDocsError } from '../../../core/errors.js';
import { COMMON_OPTIONS, parseCommandArgs } from '../../args.js';
import type { Command } from '../../command.js';
import { createOutput } from '../../output.js';
import { registryHelp } from '../../registry-option.js';
import { documentJson, documentLine, FILTER_HELP, FILTER_OPTIONS, openArchive, parseFilter } from './shared.js';

function listCommand(spec: { name: 'list' | 'search'; summary: string; usage: string }): Command {
  return {
    ...spec,
    async run(argv) {
      const { values, positionals } = parseCommandArgs(argv, { ...COMMON_OPTIONS, ...FILTER_OPTIONS }, spec.usage);
      const output = createOutput(Boolean(values.json));
      if (values.help) return output.line(spec.usage), EXIT_CODES.OK;
      const text = positionals.join(' ').trim() || undefined;
      if (spec.name === 'list' && text) throw new StudioDocsError('USAGE', `archive list 不接受关键词（“${text}”），请用 archive search。\n\n${spec.usage}`);
      const filter = parseFilter(values, text);
      if (spec.name === 'search' && isEmptyFilter(filter)) throw new StudioDocsError('USAGE', `请给出关键词或至少一个筛选条件。\n\n${spec.usage}`);
      const registry = openArchive(values);
      try {
        const documents = registry.documents(filter);
        const scope = isEmptyFilter(filter) ? '' : `（${describeFilter(filter)}）`;
        output.line(`档案 ${registry.path} 中的文书${scope}：${documents.length} 份`);
        for (const document of documents) output.line(documentLine(document));
        output.result({ registry: registry.path, filter, documents: documents.map((document) => documentJson(document, registry)) });
        return EXIT_CODES.OK;
      } finally {
        registry.close();
      }
    },
  };
}

export const archiveListCommand = listCommand({
  name: 'list',
  summary: '列出档案中的文书（可按工作室、领衔人、单位、年度、活动、文号筛选）',
  usage: `用法：studio-docs archive list [筛选条件] [--registry <文件>] [--json]

列出档案登记库中登记的每份文书：年度、活动、推荐单位、工作室、领衔人、单位、表格、格式、版本、文号、路径和生成时间。

${FILTER_HELP}
${registryHelp()}
  --json              以 JSON 输出
  -h, --help          显示本帮助`,
});

export const archiveSearchCommand = listCommand({
  name: 'search',
  summary: '按关键词（工作室、领衔人、单位、推荐单位、文号）查找文书',
  usage: `用法：studio-docs archive search [关键词] [筛选条件] [--registry <文件>] [--json]

查找工作室名称、领衔人、单位、推荐单位或文号中包含关键词的文书，可再加筛选条件，如：
  studio-docs archive search 张建国 --year 2020

${FILTER_HELP}
${registryHelp()}
  --json              以 JSON 输出
  -h, --help          显示本帮助`,
});
