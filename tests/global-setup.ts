/**
 * Compiles the CLI once before any test runs, so tests that spawn `bin/dateline.js` never race a compile. A vitest
 * that a test starts inherits DATELINE_COMPILED and does not compile again under the feet of running tests.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Vitest's global setup: runs once, before the test files. */
export default function setup(): void {
  if (process.env.DATELINE_COMPILED) return;
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: fileURLToPath(new URL('../', import.meta.url)), stdio: 'inherit' });
  process.env.DATELINE_COMPILED = '1';
}
