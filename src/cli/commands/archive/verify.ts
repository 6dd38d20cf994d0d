import { describeFilter, isEmptyFilter } from '../../../archive/search.js';
import { EXIT_CODES } from '../../../core/errors.js';
import { checkDocuments, untrackedFiles } from '../../../io/archive-files.js';
import { COMMON_OPTIONS, parseCommandArgs } from '../../args.js';
import type { Command } from '../../command.js';
import { createOutput } from '../../output.js';
import { createProgress } from '../../progress.js';
import { registryHelp } from '../../registry-option.js';
import { documentLine, FILTER_HELP, FILTER_OPTIONS, openArchive, parseFilter } from './shared.js';

const usage = `用法：studio-docs archive verify [筛选条件] [--registry <文件>] [--json]

重新读取档案中每份文书并计算 SHA-256，与登记时的值比对，报告缺失和被改动的文件；
也列出档案目录中未登记的文书文件（仅提示，不影响结果）。

${FILTER_HELP}
${registryHelp()}
  --json              以 JSON 输出
  -h, --help          显示本帮助

退出码：0 全部完好，1 有缺失或被改动的文件，3 找不到登记库。`;

export const archiveVerifyCommand: Command = {
  name: 'verify',
  summary: '重新计算每份文书的 SHA-256，报告缺失或被改动的文件',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, { ...COMMON_OPTIONS, ...FILTER_OPTIONS }, usage);
    const output = createOutput(Boolean(values.json));
    if (values.help) return output.line(usage), EXIT_CODES.OK;
    const filter = parseFilter(values, positionals.join(' ').trim() || undefined);
    const registry = openArchive(values);
    try {
      const documents = registry.documents(filter);
      const progress = createProgress('核对文书', documents.length);
      const checked = checkDocuments(registry, documents, { onChecked: () => progress.tick() });
      progress.done();
      const missing = checked.filter((doc) => doc.state === 'missing');
      const altered = checked.filter((doc) => doc.state === 'altered');
      // Untracked files only mean something when the whole archive was checked.
      const untracked = isEmptyFilter(filter) ? untrackedFiles(registry, documents) : [];

      const scope = isEmptyFilter(filter) ? '' : `（${describeFilter(filter)}）`;
      output.line(`已核对档案 ${registry.path} 中的文书 ${checked.length} 份${scope}：完好 ${checked.length - missing.length - altered.length}，缺失 ${missing.length}，被改动 ${altered.length}`);
      for (const { document, file } of missing) output.line(`[缺失] ${file}\n    ${documentLine(document)}`);
      for (const { document, file, actualSha256 } of altered) {
        output.line(`[被改动] ${file}\n    登记的 SHA-256 ${document.sha256}，现为 ${actualSha256}\n    ${documentLine(document)}`);
      }
      if (missing.length + altered.length > 0) {
        output.line('\n已登记的文书不应被修改或删除：请从备份或导出的 ZIP 恢复原文件；用原来的输入重新运行 build 也会按原样补回缺失的最新版本。');
      }
      if (untracked.length > 0) {
        output.line(`\n档案目录中有 ${untracked.length} 个未登记的文书文件（不影响核对结果）：`);
        for (const path of untracked) output.line(`  ${path}`);
      }
      output.result({
        registry: registry.path,
        filter,
        checked: checked.length,
        ok: checked.length - missing.length - altered.length,
        missing: missing.map(({ document, file }) => ({ ...document, file })),
        altered: altered.map(({ document, file, actualSha256 }) => ({ ...document, file, actualSha256 })),
        untracked,
      });
      return missing.length + altered.length > 0 ? EXIT_CODES.INVALID_DATA : EXIT_CODES.OK;
    } finally {
      registry.close();
    }
  },
};
