import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * CLI tests run the compiled CLI exactly as users do; compile it from the current sources first.
 * STUDIO_DOCS_SKIP_BUILD=1 skips this when iterating on tests that do not spawn the CLI.
 *
 * Every temporary folder the tests, the CLI they spawn and Chromium make goes under one
 * folder per run (TMPDIR is inherited by the test workers), removed when the run ends.
 */
export default function setup(): () => void {
  if (process.env.STUDIO_DOCS_SKIP_BUILD !== '1') {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  }
  const runTemp = mkdtempSync(join(tmpdir(), 'studio-docs-test-run-'));
  process.env.TMPDIR = runTemp;
  return () => rmSync(runTemp, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
}
