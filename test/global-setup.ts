import { execFileSync } from 'node:child_process';

/** CLI tests run the compiled CLI exactly as users do; compile it from the current sources first. */
export default function setup(): void {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}
