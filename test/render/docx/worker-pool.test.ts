import { describe, expect, it } from 'vitest';
import { isStudioDocsError, StudioDocsError } from '../../../src/core/errors.js';
import { mapInWorkers } from '../../../src/io/worker-pool.js';
import { threadCount } from './worker-threads.js';

interface Task {
  readonly value: number;
  readonly delayMs?: number;
  readonly fail?: 'studio-docs' | 'bug';
  readonly crash?: boolean;
}

const script = new URL('./fixtures/echo-worker.mjs', import.meta.url);

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of source) out.push(item);
  return out;
}

/** Runs `use`, then the error it threw, with how many threads this process had before and after. */
async function failure(use: () => Promise<unknown>): Promise<{ error: unknown; threadsBefore: number; threadsAfter: number }> {
  const threadsBefore = threadCount();
  const error = await use().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  return { error, threadsBefore, threadsAfter: threadCount() };
}

describe.skipIf(process.platform !== 'linux')('mapInWorkers', () => {
  it('yields outputs in input order although later tasks finish first', async () => {
    // The first task of each pair is the slow one, so the other thread finishes ahead of it.
    const tasks: Task[] = Array.from({ length: 12 }, (_, value) => ({ value, delayMs: value % 2 === 0 ? 30 : 0 }));
    const outputs = await collect(mapInWorkers<Task, number>(tasks, { script, workerData: {}, threads: 2, window: 6 }));
    expect(outputs).toEqual(tasks.map(({ value }) => value * 2));
  });

  it('reads async inputs lazily, never more than `window` ahead of what was yielded', async () => {
    let pulled = 0;
    const maxAhead: number[] = [];
    let yielded = 0;
    async function* tasks(): AsyncGenerator<Task> {
      for (let value = 0; value < 20; value += 1) {
        pulled += 1;
        yield { value };
      }
    }
    for await (const output of mapInWorkers<Task, number>(tasks(), { script, workerData: {}, threads: 2, window: 3 })) {
      expect(output).toBe(yielded * 2);
      yielded += 1;
      maxAhead.push(pulled - yielded);
    }
    expect(yielded).toBe(20);
    expect(Math.max(...maxAhead)).toBeLessThanOrEqual(3);
  });

  it('rethrows a StudioDocsError from a worker as a StudioDocsError, after the outputs before it, and stops every thread', async () => {
    const outputs: number[] = [];
    const tasks: Task[] = [{ value: 1 }, { value: 2 }, { value: 3, fail: 'studio-docs' }, { value: 4 }, { value: 5 }];
    const { error, threadsBefore, threadsAfter } = await failure(async () => {
      for await (const output of mapInWorkers<Task, number>(tasks, { script, workerData: {}, threads: 2, window: 4 })) outputs.push(output);
    });
    expect(outputs).toEqual([2, 4]);
    expect(error).toBeInstanceOf(StudioDocsError);
    if (!isStudioDocsError(error)) throw error;
    expect(error.code).toBe('INVALID_DATA');
    expect(error.exitCode).toBe(1);
    expect(error.message).toBe('第3行数据有误');
    expect(error.hints).toEqual(['改正后重试']);
    expect(error.details).toEqual({ row: 3 });
    expect(threadsAfter).toBe(threadsBefore);
  });

  it('rethrows a bug with its name and the worker-side stack', async () => {
    const tasks: Task[] = [{ value: 1 }, { value: 2, fail: 'bug' }];
    const { error, threadsBefore, threadsAfter } = await failure(() => collect(mapInWorkers<Task, number>(tasks, { script, workerData: {}, threads: 2, window: 2 })));
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(StudioDocsError);
    expect((error as Error).name).toBe('TypeError');
    expect((error as Error).message).toBe('bug at 2');
    expect((error as Error).stack).toMatch(/echo-worker\.mjs/);
    expect(threadsAfter).toBe(threadsBefore);
  });

  it('reports a worker that could not set itself up with its own error', async () => {
    const { error, threadsBefore, threadsAfter } = await failure(() =>
      collect(mapInWorkers<Task, number>([{ value: 1 }], { script, workerData: { failSetup: true }, threads: 2, window: 2 })),
    );
    expect(isStudioDocsError(error) && error.code).toBe('BAD_TEMPLATE');
    expect(threadsAfter).toBe(threadsBefore);
  });

  it('fails instead of waiting forever when a worker thread dies', async () => {
    const tasks: Task[] = [{ value: 1 }, { value: 2, crash: true }, { value: 3 }];
    const { error, threadsBefore, threadsAfter } = await failure(() => collect(mapInWorkers<Task, number>(tasks, { script, workerData: {}, threads: 2, window: 3 })));
    expect((error as Error).message).toMatch(/stopped unexpectedly \(exit code 7\)/);
    expect(threadsAfter).toBe(threadsBefore);
  });

  it('stops the threads and closes the input when the caller breaks out early', async () => {
    let inputClosed = false;
    function* tasks(): Generator<Task> {
      try {
        for (let value = 0; ; value += 1) yield { value, delayMs: 1 };
      } finally {
        inputClosed = true;
      }
    }
    const threadsBefore = threadCount();
    let threadsWhileRunning = 0;
    for await (const output of mapInWorkers<Task, number>(tasks(), { script, workerData: {}, threads: 2, window: 4 })) {
      threadsWhileRunning = threadCount();
      if (output === 4) break;
    }
    expect(threadsWhileRunning).toBeGreaterThanOrEqual(threadsBefore + 2);
    expect(threadCount()).toBe(threadsBefore);
    expect(inputClosed).toBe(true);
  });
});
