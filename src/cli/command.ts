/** A subcommand: one file in src/cli/commands/, registered in src/cli/main.ts. */
export interface Command {
  readonly name: string;
  /** One line for `studio-docs --help`. */
  readonly summary: string;
  /** Full help text for `studio-docs <name> --help`. */
  readonly usage: string;
  /** Returns the exit code; throws StudioDocsError for expected failures. */
  run(argv: readonly string[]): Promise<number>;
}
