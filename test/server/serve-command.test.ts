import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { ROOT } from './helpers.js';

/** Starts the compiled `studio-docs serve` and resolves once it printed its address. */
function startServe(args: readonly string[]): Promise<{ child: ChildProcessWithoutNullStreams; url: string; output: () => { stdout: string; stderr: string } }> {
  const workdir = mkdtempSync(join(tmpdir(), 'studio-docs-serve-'));
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'studio-docs.js'), 'serve', '--port', '0', '--workdir', workdir, ...args], { cwd: ROOT });
  let stdout = '';
  let stderr = '';
  // Decoded by the stream, so a character split between two chunks stays whole.
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      const url = /网页界面已启动：(http:\/\/\S+)/.exec(stdout)?.[1];
      if (url) resolve({ child, url, output: () => ({ stdout, stderr }) });
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
}

function exitOf(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  // 'close' comes after the output pipes are drained, unlike 'exit'.
  return new Promise((resolve) => child.once('close', (code) => resolve(code)));
}

describe('studio-docs serve', () => {
  it('prints its loopback address, serves the page and stops cleanly on Ctrl-C', async () => {
    const { child, url, output } = await startServe([]);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('创新工作室申报材料处理');
    const exited = exitOf(child);
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(output().stdout).toContain('服务已停止。');
    expect(output().stderr).not.toContain('警告');
  });

  it('warns when it listens beyond this machine', async () => {
    const { child, output } = await startServe(['--host', '0.0.0.0']);
    const exited = exitOf(child);
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(output().stderr).toContain('警告：服务监听在 0.0.0.0，同一网络中的其他电脑也能打开此页面');
  });

  it('refuses a port that is not a port', () => {
    const run = runCli(['serve', '--port', 'http']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--port 的值不正确：“http”');
  });
});
