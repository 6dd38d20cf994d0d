import { execFileSync } from 'node:child_process';

/**
 * CLI tests run the compiled CLI exactly as users do; compile it from the current sources first.
 * STUDIO_DOCS_SKIP_BUILD=1 skips this when iterating on tests that do not spawn the CLI.
 */
export default function setup(): void {
  if (process.env.STUDIO_DOCS_SKIP_BUILD === '1') return;
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}
