import { StudioDocsError } from '../core/errors.js';

/**
 * The one error a stopped run ends with. Documents finished before the stop are
 * whole and archived; the one in progress was never renamed into place.
 */
export function interruptedError(): StudioDocsError {
  return new StudioDocsError('INTERRUPTED', '已按要求停止：已完成的文书完整保留并已登记，未完成的没有写出。重新运行即可继续（已生成的不会重复写出）。');
}

/** Checked between documents, so a stop never leaves half a batch of work unaccounted for. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw interruptedError();
}

/**
 * Rendering DOCX in this thread never waits on I/O, so a loop over finished
 * documents would not let a Ctrl-C through until the end. This gives the event
 * loop a turn every `everyMs` and then checks the signal.
 */
export function abortCheckpoint(signal: AbortSignal | undefined, everyMs = 50): () => Promise<void> {
  let last = Date.now();
  return async () => {
    if (Date.now() - last >= everyMs) {
      await new Promise((resolve) => setImmediate(resolve));
      last = Date.now();
    }
    throwIfAborted(signal);
  };
}
