import { randomUUID } from 'node:crypto';
import { errorResponse, type ErrorBody } from './http-error.js';

export type JobState = 'queued' | 'running' | 'done' | 'failed';

export interface JobProgress {
  readonly phase: string;
  readonly label: string;
  readonly done: number;
  readonly total: number;
}

export interface JobContext {
  readonly jobId: string;
  readonly signal: AbortSignal;
  readonly onProgress: (progress: JobProgress) => void;
}

interface Job<R> {
  readonly id: string;
  readonly controller: AbortController;
  readonly run: (context: JobContext) => Promise<R>;
  state: JobState;
  progress: JobProgress | undefined;
  result: R | undefined;
  error: ErrorBody['error'] | undefined;
}

/**
 * Generation jobs, run one at a time in arrival order: each runs Chromium, and
 * the machine has two cores. Every job has an unguessable id; its state is what
 * the page polls.
 */
export class JobQueue<R> {
  private readonly jobs = new Map<string, Job<R>>();
  private readonly waiting: Job<R>[] = [];
  private running: Job<R> | undefined;
  private idle: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(private readonly logUnexpected: (error: unknown) => void) {}

  enqueue(run: (context: JobContext) => Promise<R>): string {
    const job: Job<R> = { id: randomUUID(), controller: new AbortController(), run, state: 'queued', progress: undefined, result: undefined, error: undefined };
    this.jobs.set(job.id, job);
    this.waiting.push(job);
    this.pump();
    return job.id;
  }

  /** The job's state for the page; undefined for an unknown id. */
  view(id: string) {
    const job = this.jobs.get(id);
    if (!job) return undefined;
    return {
      id: job.id,
      state: job.state,
      /** Jobs ahead of this one (0 when it runs or has ended). */
      ahead: job.state === 'queued' ? this.waiting.indexOf(job) + (this.running ? 1 : 0) : 0,
      progress: job.progress ?? null,
      result: job.result ?? null,
      error: job.error ?? null,
    };
  }

  result(id: string): R | undefined {
    return this.jobs.get(id)?.result;
  }

  /** Stops the running job (its browser closes, no partial files) and drops the waiting ones; resolves when nothing runs. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.waiting.splice(0)) {
      job.state = 'failed';
      job.error = { code: 'INTERRUPTED', message: '服务已停止，任务未执行。', hints: [] };
    }
    this.running?.controller.abort();
    await this.idle;
  }

  private pump(): void {
    if (this.running || this.closed) return;
    const job = this.waiting.shift();
    if (!job) return;
    this.running = job;
    job.state = 'running';
    this.idle = this.execute(job).finally(() => {
      this.running = undefined;
      this.pump();
    });
  }

  private async execute(job: Job<R>): Promise<void> {
    try {
      job.result = await job.run({ jobId: job.id, signal: job.controller.signal, onProgress: (progress) => (job.progress = progress) });
      job.state = 'done';
    } catch (error) {
      const { body, unexpected } = errorResponse(error);
      if (unexpected) this.logUnexpected(error);
      job.error = body.error;
      job.state = 'failed';
    }
  }
}
