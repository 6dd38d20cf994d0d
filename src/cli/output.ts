/**
 * Everything the CLI prints goes through here: results to stdout (or one JSON
 * document in --json mode), progress and notes to stderr.
 */
export interface Output {
  readonly json: boolean;
  /** A line of the human-readable result (suppressed in --json mode). */
  line(text?: string): void;
  /** The machine-readable result (only in --json mode). */
  result(data: unknown): void;
  /** Notes and progress for people, never mixed into stdout. */
  note(text: string): void;
}

export function createOutput(json: boolean, streams: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream } = process): Output {
  return {
    json,
    line(text = '') {
      if (!json) streams.stdout.write(`${text}\n`);
    },
    result(data) {
      if (json) streams.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
    },
    note(text) {
      streams.stderr.write(`${text}\n`);
    },
  };
}
