import { EXIT_CODES, StudioDocsError } from '../../core/errors.js';
import { startServer } from '../../server/app.js';
import { isLoopbackHost } from '../../server/request-guards.js';
import { COMMON_OPTIONS, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { createOutput } from '../output.js';
import { stopOnCtrlC } from '../stop-signal.js';

const usage = `用法：studio-docs serve [--port 8080] [--host 127.0.0.1] [--workdir <目录>] [--max-upload-mb 20]

启动本机网页界面：选择评选活动、下载导入模板、上传申报表、查看校验问题、生成并下载文书、查询档案。
与命令行使用同一套校验和生成功能。按 Ctrl-C 停止服务（正在生成的任务会中止，不留下不完整的文件）。

  --port <端口>          监听端口（默认 8080；0 表示任选一个空闲端口）
  --host <地址>          监听地址（默认 127.0.0.1，只有本机能访问；改为局域网地址会让同一网络的人都能使用，请谨慎）
  --workdir <目录>       工作目录（默认 ./studio-docs-web）：上传的文件在 uploads/，生成的文书和档案登记库在 archive/
  --max-upload-mb <数字> 单个上传文件的大小上限，单位 MB（默认 20）
  -h, --help             显示本帮助`;

export const serveCommand: Command = {
  name: 'serve',
  summary: '启动本机网页界面（上传、校验、生成、档案查询）',
  usage,
  async run(argv) {
    const { values } = parseCommandArgs(
      argv,
      { help: COMMON_OPTIONS.help, port: { type: 'string' }, host: { type: 'string' }, workdir: { type: 'string' }, 'max-upload-mb': { type: 'string' } },
      usage,
    );
    const output = createOutput(false);
    if (values.help) return output.line(usage), EXIT_CODES.OK;
    const host = values.host ?? '127.0.0.1';
    const port = parseNumber(values.port ?? '8080', '--port', (n) => Number.isInteger(n) && n >= 0 && n <= 65535);
    const maxUploadMb = parseNumber(values['max-upload-mb'] ?? '20', '--max-upload-mb', (n) => n > 0 && n <= 1024);
    // Ctrl-C stops the running job (its browser closes, no partial files), then the server; a second Ctrl-C exits at once.
    // Listening for it before the address is printed: whoever reads the address may press it at once.
    const stop = stopOnCtrlC(output);
    try {
      const server = await startServer({ host, port, workdir: values.workdir ?? 'studio-docs-web', maxUploadBytes: Math.round(maxUploadMb * 1024 * 1024) });
      output.line(`studio-docs 网页界面已启动：${server.url}`);
      output.line(`工作目录：${server.layout.root}（档案登记库 ${server.layout.registry}）`);
      if (!isLoopbackHost(host)) {
        output.note(`警告：服务监听在 ${host}，同一网络中的其他电脑也能打开此页面、上传文件和下载已生成的文书。没有登录保护，只在可信的内部网络中这样做。`);
      }
      output.line('按 Ctrl-C 停止服务。');
      if (!stop.signal.aborted) await new Promise((resolveStop) => stop.signal.addEventListener('abort', resolveStop, { once: true }));
      await server.close();
    } finally {
      stop.dispose();
    }
    output.line('服务已停止。');
    return EXIT_CODES.OK;
  },
};

function parseNumber(text: string, option: string, valid: (value: number) => boolean): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || !valid(value)) throw new StudioDocsError('USAGE', `${option} 的值不正确：“${text}”。\n\n${usage}`);
  return value;
}
