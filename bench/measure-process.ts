/**
 * Runs a command as a whole process under GNU time and reports wall time, CPU time and peak RSS (the largest
 * resident set of the process or of any child it waited for), plus the stage lines Dateline prints.
 */
import { spawn } from 'node:child_process';

/** What one process run cost. */
export interface ProcessRun {
  wallMs: number;
  cpuMs: number;
  peakRssMiB: number;
  stdout: string;
  /** Dateline's per-stage lines: stage name → milliseconds. */
  stages: Map<string, number>;
}

/** Runs `command args` in `cwd` and measures it; throws with the output when it exits non-zero. */
export async function measureProcess(command: string, args: string[], cwd: string): Promise<ProcessRun> {
  const started = performance.now();
  const child = spawn('/usr/bin/time', ['-f', '\n@time %U %S %M', command, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const wallMs = performance.now() - started;
  const timing = /@time ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(stderr);
  if (code !== 0 || !timing) throw new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${stdout.slice(-2000)}\n${stderr.slice(-2000)}`);
  const stages = new Map<string, number>();
  // `dateline build --verbose` prints a line per stage with its time on stderr (stdout keeps the summary).
  for (const match of stderr.matchAll(/^(\w+)\s+\d+ \w+\s+([\d.]+) (ms|s)$/gm)) stages.set(match[1], Number(match[2]) * (match[3] === 's' ? 1000 : 1));
  return { wallMs, cpuMs: (Number(timing[1]) + Number(timing[2])) * 1000, peakRssMiB: Number(timing[3]) / 1024, stdout, stages };
}

/** The 1-minute load average, to print beside figures from a shared machine. */
export async function loadAverage(): Promise<string> {
  const { loadavg } = await import('node:os');
  return loadavg().map((value) => value.toFixed(2)).join(' ');
}
