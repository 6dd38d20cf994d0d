import { join } from 'node:path';
import { buildPackageZip, latestVersions, planPackages } from '../../../archive/export.js';
import { describeFilter, isEmptyFilter } from '../../../archive/search.js';
import { EXIT_CODES, StudioDocsError } from '../../../core/errors.js';
import { checkDocuments } from '../../../io/archive-files.js';
import { writeFileAtomic } from '../../../io/files.js';
import { toolVersion } from '../../../io/tool-version.js';
import { COMMON_OPTIONS, parseCommandArgs } from '../../args.js';
import type { Command } from '../../command.js';
import { createOutput } from '../../output.js';
import { registryHelp } from '../../registry-option.js';
import { FILTER_HELP, FILTER_OPTIONS, openArchive, parseFilter } from './shared.js';

const usage = `用法：studio-docs archive export --out-dir <目录> [筛选条件] [--all-versions] [--registry <文件>] [--json]

按推荐单位（区局、产业工会）各打包一个 ZIP（<推荐单位>.zip），内含该单位的文书和清单：
manifest.csv（Excel 可直接打开）与 manifest.json，列出每个文件的活动、工作室、领衔人、单位、表格、版本、
文号、字节数、SHA-256 和生成时间，便于报送和长期保存。打包前逐一核对 SHA-256，有缺失或被改动的文件时不导出。

  --out-dir <目录>    ZIP 的存放目录（已有同名 ZIP 时替换）
  --all-versions      包含每份文书的全部版本（默认只含最新版本）
${FILTER_HELP}
${registryHelp()}
  --json              以 JSON 输出
  -h, --help          显示本帮助`;

export const archiveExportCommand: Command = {
  name: 'export',
  summary: '按推荐单位各打包一个 ZIP，附 manifest.csv 和 manifest.json',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(
      argv,
      { ...COMMON_OPTIONS, ...FILTER_OPTIONS, 'out-dir': { type: 'string' }, 'all-versions': { type: 'boolean' } },
      usage,
    );
    const output = createOutput(Boolean(values.json));
    if (values.help) return output.line(usage), EXIT_CODES.OK;
    const outDir = values['out-dir'];
    if (!outDir) throw new StudioDocsError('USAGE', `缺少 --out-dir <目录>。\n\n${usage}`);
    const filter = parseFilter(values, positionals.join(' ').trim() || undefined);
    const registry = openArchive(values);
    try {
      const selected = registry.documents(filter);
      const documents = values['all-versions'] ? selected : latestVersions(selected);
      const scope = isEmptyFilter(filter) ? '' : `（${describeFilter(filter)}）`;
      if (documents.length === 0) {
        output.line(`档案中没有符合条件的文书${scope}，未生成 ZIP。`);
        output.result({ registry: registry.path, filter, packages: [] });
        return EXIT_CODES.OK;
      }
      const checked = checkDocuments(registry, documents, { keepBytes: true });
      const damaged = checked.filter((doc) => doc.state !== 'ok');
      if (damaged.length > 0) {
        throw new StudioDocsError('IO', `有 ${damaged.length} 份文书缺失或被改动，未导出：\n${damaged.map((doc) => `  [${doc.state === 'missing' ? '缺失' : '被改动'}] ${doc.file}`).join('\n')}`, {
          hints: ['运行 studio-docs archive verify 查看详情，恢复原文件后再导出；或用筛选条件只导出其他推荐单位。'],
        });
      }
      const contents = new Map(checked.map((doc) => [doc.document.id, doc.bytes as Uint8Array]));
      const context = { exportedAt: new Date().toISOString(), toolVersion: toolVersion() };
      const packages = planPackages(documents).map((pkg) => {
        const file = join(outDir, pkg.fileName);
        writeFileAtomic(file, buildPackageZip(pkg, pkg.documents.map((document) => contents.get(document.id) as Uint8Array), context));
        return { recommender: pkg.recommender, file, documents: pkg.documents.length };
      });
      output.line(`已导出 ${documents.length} 份文书${scope}，共 ${packages.length} 个 ZIP：`);
      for (const pkg of packages) output.line(`  ${pkg.file}（${pkg.recommender}，${pkg.documents} 份）`);
      output.result({ registry: registry.path, filter, exportedAt: context.exportedAt, packages });
      return EXIT_CODES.OK;
    } finally {
      registry.close();
    }
  },
};
