/**
 * Progress on stderr: a redrawn bar with count, rate and ETA on a terminal;
 * plain lines every few seconds otherwise (CI logs, pipes), so logs stay readable.
 */
export interface Progress {
  tick(count?: number): void;
  done(): void;
}

const RATE_WINDOW_MS = 10_000;

export function createProgress(label: string, total: number, stream: NodeJS.WriteStream = process.stderr, now: () => number = Date.now): Progress {
  const started = now();
  const interactive = Boolean(stream.isTTY);
  let done = 0;
  let lastPrinted = Number.NEGATIVE_INFINITY;
  // The rate is taken over the last RATE_WINDOW_MS: a job's steps differ in speed (DOCX forms, then PDFs),
  // and an average since the start would promise the fast part's pace for the slow part.
  const samples: { time: number; done: number }[] = [{ time: started, done: 0 }];
  const describe = () => {
    const time = now();
    samples.push({ time, done });
    while (samples.length > 2 && time - (samples[1] as { time: number }).time >= RATE_WINDOW_MS) samples.shift();
    const first = samples[0] as { time: number; done: number };
    const rate = (done - first.done) / Math.max((time - first.time) / 1000, 0.001);
    const eta = rate > 0 ? (total - done) / rate : 0;
    return `${label} ${done}/${total}（${rate.toFixed(rate < 10 ? 1 : 0)} 个/秒，预计还需 ${formatSeconds(eta)}）`;
  };
  return {
    tick(count = 1) {
      done = Math.min(total, done + count);
      const time = now();
      if (interactive) {
        if (time - lastPrinted < 100 && done < total) return;
        const width = 24;
        const filled = total === 0 ? width : Math.round((done / total) * width);
        stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${describe()}\u001b[K`);
      } else {
        // Logs get a line every few seconds once a job is long enough to wonder about, and the final count.
        if (done < total && (time - started < 2000 || time - lastPrinted < 5000)) return;
        stream.write(`${describe()}\n`);
      }
      lastPrinted = time;
    },
    done() {
      if (interactive && total > 0) stream.write('\n');
    },
  };
}

function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)} 秒`;
  return `${Math.floor(seconds / 60)} 分 ${Math.ceil(seconds % 60)} 秒`;
}
