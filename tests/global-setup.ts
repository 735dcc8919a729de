/** Compiles the CLI once before any test runs, so tests that spawn `bin/dateline.js` never race a compile. */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Vitest's global setup: runs before every test file. */
export default function setup(): void {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: fileURLToPath(new URL('../', import.meta.url)), stdio: 'inherit' });
}
