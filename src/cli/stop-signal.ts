import type { Output } from './output.js';

export interface StopSignal {
  readonly signal: AbortSignal;
  dispose(): void;
}

/**
 * Ctrl-C (or SIGTERM) asks the running job to stop: it finishes the document in
 * hand, closes the browser and ends with INTERRUPTED (exit 130). A second Ctrl-C
 * exits at once — still safe, because every file is written under a temporary
 * name and renamed only when complete.
 */
export function stopOnCtrlC(output: Output, target: NodeJS.Process = process): StopSignal {
  const controller = new AbortController();
  const onSignal = () => {
    if (controller.signal.aborted) {
      output.note('再次收到中断信号，立即退出。');
      target.exit(130);
    }
    output.note('\n正在停止：关闭浏览器，不留下未写完的文件……（再按一次 Ctrl-C 立即退出）');
    controller.abort();
  };
  target.on('SIGINT', onSignal);
  target.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    dispose() {
      target.removeListener('SIGINT', onSignal);
      target.removeListener('SIGTERM', onSignal);
    },
  };
}
