import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parentPort, Worker, workerData, type TransferListItem } from 'node:worker_threads';
import { ERROR_CODES, StudioDocsError, type ErrorCode } from '../core/errors.js';

export interface WorkerMapOptions {
  /** The worker's entry: compiled JavaScript that calls serveWorkerTasks(). */
  readonly script: URL;
  /** Given to every worker once (structured clone), e.g. the campaign and template bytes. */
  readonly workerData: unknown;
  /** How many worker threads at most; they start as work arrives. */
  readonly threads: number;
  /** How many inputs may be sent but not yet yielded: bounds memory whatever the input size. */
  readonly window: number;
}

/** An error as it crosses the thread boundary: enough to rebuild it on the other side. */
interface WireError {
  readonly name: string;
  readonly message: string;
  readonly stack?: string | undefined;
  readonly code?: string | undefined;
  readonly hints?: readonly string[] | undefined;
  readonly details?: unknown;
}

type TaskMessage = { readonly index: number; readonly input: unknown };
type ResultMessage = { readonly index: number; readonly output: unknown } | { readonly index: number; readonly error: WireError };
/** Sent instead of results when the worker could not even set itself up. */
const SETUP_FAILED = -1;

/**
 * Maps every input through a worker thread and yields the outputs in input
 * order, whatever order the threads finish in. At most `window` inputs are in
 * flight (sent, or finished but waiting for an earlier one), so a batch of any
 * size holds only that many inputs and outputs at once.
 *
 * A failure for one input is thrown when that input's turn comes, after every
 * earlier output was yielded — just as a loop in one thread would. Workers are
 * terminated when the generator finishes, throws, or is returned early (a
 * `break` out of for-await); while no task is pending they do not keep the process alive.
 *
 * @example
 * for await (const bytes of mapInWorkers(studios, { script, workerData, threads: 2, window: 8 })) write(bytes);
 */
export async function* mapInWorkers<I, O>(inputs: Iterable<I> | AsyncIterable<I>, options: WorkerMapOptions): AsyncGenerator<O> {
  const threads = Math.max(1, Math.floor(options.threads));
  const window = Math.max(1, Math.floor(options.window));
  const slots: { worker: Worker; pending: number }[] = [];
  const results = new Map<number, ResultMessage>();
  let crash: Error | undefined;
  let wake: (() => void) | undefined;
  const signal = (): void => {
    wake?.();
    wake = undefined;
  };

  const startWorker = (): { worker: Worker; pending: number } => {
    const slot = { worker: new Worker(options.script, { workerData: options.workerData }), pending: 0 };
    slot.worker.on('message', (message: ResultMessage) => {
      if (message.index === SETUP_FAILED && 'error' in message) {
        crash ??= fromWire(message.error);
      } else {
        results.set(message.index, message);
        slot.pending -= 1;
        if (slot.pending === 0) slot.worker.unref();
      }
      signal();
    });
    slot.worker.on('error', (error) => {
      crash ??= error;
      signal();
    });
    slot.worker.on('exit', (code) => {
      crash ??= new Error(`worker thread ${options.script.pathname} stopped unexpectedly (exit code ${code})`);
      signal();
    });
    slot.worker.unref();
    slots.push(slot);
    return slot;
  };

  const send = (index: number, input: I): void => {
    // The least busy thread; a new one while fewer than `threads` run and all are busy.
    let slot = slots.reduce<(typeof slots)[number] | undefined>((best, each) => (best === undefined || each.pending < best.pending ? each : best), undefined);
    if (slot === undefined || (slot.pending > 0 && slots.length < threads)) slot = startWorker();
    if (slot.pending === 0) slot.worker.ref();
    slot.pending += 1;
    slot.worker.postMessage({ index, input } satisfies TaskMessage);
  };

  const iterator = Symbol.asyncIterator in inputs ? inputs[Symbol.asyncIterator]() : inputs[Symbol.iterator]();
  let inputsDone = false;
  let sent = 0;
  let yielded = 0;
  try {
    for (;;) {
      while (!inputsDone && crash === undefined && sent - yielded < window) {
        const next = await iterator.next();
        if (next.done) inputsDone = true;
        else send(sent++, next.value);
      }
      if (inputsDone && yielded === sent) return;
      let result = results.get(yielded);
      while (result === undefined && crash === undefined) {
        await new Promise<void>((resolve) => (wake = resolve));
        result = results.get(yielded);
      }
      if (result === undefined) throw crash;
      results.delete(yielded);
      yielded += 1;
      if ('error' in result) throw fromWire(result.error);
      yield result.output as O;
    }
  } finally {
    // Listeners stay: an 'exit' during termination only records a crash nobody reads.
    await Promise.all(slots.map(({ worker }) => worker.terminate()));
    if (!inputsDone) await iterator.return?.();
  }
}

/**
 * The worker side of mapInWorkers: builds the task handler once from workerData
 * (e.g. compiles a template), then answers every task; a handler may be async.
 * A failure is sent back as data, so the caller gets the same StudioDocsError
 * (code, hints) or, for a bug, an Error with the worker's stack.
 *
 * @example serveWorkerTasks((data) => { const render = setup(data); return (studio) => render(studio); }, (bytes) => [bytes.buffer]);
 */
export function serveWorkerTasks<I, O>(setup: (data: unknown) => (input: I) => O | Promise<O>, transferList: (output: O) => TransferListItem[] = () => []): void {
  const port = parentPort;
  if (!port) throw new Error('serveWorkerTasks must run in a worker thread');
  let handle: (input: I) => O | Promise<O>;
  try {
    handle = setup(workerData);
  } catch (error) {
    port.postMessage({ index: SETUP_FAILED, error: toWire(error) } satisfies ResultMessage);
    // Stay up and fail every task the same way, so the caller never mistakes this for a crash.
    handle = () => {
      throw error;
    };
  }
  port.on('message', async ({ index, input }: TaskMessage) => {
    let output: O;
    try {
      output = await handle(input as I);
    } catch (error) {
      postError(index, error);
      return;
    }
    port.postMessage({ index, output } satisfies ResultMessage, transferList(output));
  });

  function postError(index: number, error: unknown): void {
    const wire = toWire(error);
    try {
      port?.postMessage({ index, error: wire } satisfies ResultMessage);
    } catch {
      // details that can not be cloned (functions, class instances): send the rest.
      port?.postMessage({ index, error: { ...wire, details: undefined } } satisfies ResultMessage);
    }
  }
}

/**
 * The transfer list for handing `bytes` to the other thread instead of copying
 * them: its buffer, when the bytes own all of it (a view into a larger buffer
 * would hand over memory that is not theirs); empty otherwise, or without bytes.
 *
 * @example serveWorkerTasks(setup, (bytes) => ownBuffer(bytes));
 */
export function ownBuffer(bytes: Uint8Array | undefined): TransferListItem[] {
  return bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? [bytes.buffer as ArrayBuffer] : [];
}

/**
 * A worker entry's compiled JavaScript: beside this module once compiled
 * (dist/io/), or — when this module runs from src/ under the test runner — the
 * compiled copy in dist/io/ (test/global-setup.ts builds it).
 *
 * @example workerScript('docx-form-worker.js') // file:///…/dist/io/docx-form-worker.js
 */
export function workerScript(fileName: string): URL {
  const sibling = new URL(`./${fileName}`, import.meta.url);
  if (existsSync(sibling)) return sibling;
  const compiled = new URL(`../../dist/io/${fileName}`, import.meta.url);
  if (existsSync(compiled)) return compiled;
  throw new Error(`${fileName} is neither beside ${fileURLToPath(import.meta.url)} nor in dist/io/: run npm run build`);
}

function toWire(error: unknown): WireError {
  if (error instanceof StudioDocsError) {
    return { name: error.name, message: error.message, stack: error.stack, code: error.code, hints: error.hints, details: error.details };
  }
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack };
  return { name: 'Error', message: String(error) };
}

/** Error classes rebuilt as themselves, so `instanceof TypeError` holds on this side too. */
const BUILTIN_ERRORS: Readonly<Record<string, ErrorConstructor>> = { TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError };

function fromWire(wire: WireError): Error {
  const error =
    wire.name === 'StudioDocsError' && wire.code !== undefined && wire.code in ERROR_CODES
      ? new StudioDocsError(wire.code as ErrorCode, wire.message, { hints: [...(wire.hints ?? [])], details: wire.details })
      : new (BUILTIN_ERRORS[wire.name] ?? Error)(wire.message);
  if (error.name !== wire.name) error.name = wire.name;
  // The worker's stack says where it went wrong; this thread's would only show the message handler.
  if (wire.stack !== undefined) error.stack = wire.stack;
  return error;
}
