/** Runs the compiled CLI (`node bin/dateline.js`, compiled by the global setup) the way a user would. */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams, type SpawnSyncOptions } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const repo = fileURLToPath(new URL('../../', import.meta.url));
const bin = path.join(repo, 'bin', 'dateline.js');

/** What a finished run printed and its exit code. */
export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `dateline ...args` in `cwd` to the end. */
export function dateline(args: string[], cwd: string, options: SpawnSyncOptions = {}): Run {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '' }, ...options });
  return { code: run.status, stdout: String(run.stdout), stderr: String(run.stderr) };
}

/** Starts `dateline ...args` in `cwd` and leaves it running; stop it with `stop()`. */
export function startDateline(args: string[], cwd: string): { child: ChildProcessWithoutNullStreams; output: () => string; waitFor: (pattern: RegExp) => Promise<RegExpMatchArray>; stop: () => Promise<number | null> } {
  const child = spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
  let output = '';
  const listeners = new Set<() => void>();
  const collect = (chunk: Buffer): void => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    output: () => output,
    waitFor: (pattern) =>
      new Promise((resolve) => {
        const check = (): void => {
          const match = pattern.exec(output);
          if (!match) return;
          listeners.delete(check);
          resolve(match);
        };
        listeners.add(check);
        check();
      }),
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
