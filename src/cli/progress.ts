/**
 * Progress on stderr: a redrawn bar with count, rate and ETA on a terminal;
 * plain lines every few seconds otherwise (CI logs, pipes), so logs stay readable.
 */
export interface Progress {
  tick(count?: number): void;
  done(): void;
}

export function createProgress(label: string, total: number, stream: NodeJS.WriteStream = process.stderr, now: () => number = Date.now): Progress {
  const started = now();
  const interactive = Boolean(stream.isTTY);
  let done = 0;
  let lastPrinted = Number.NEGATIVE_INFINITY;
  const describe = () => {
    const seconds = Math.max((now() - started) / 1000, 0.001);
    const rate = done / seconds;
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
