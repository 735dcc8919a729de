/**
 * `dateline dev`: builds into memory, serves the site, watches the content, templates and config, rebuilds on
 * every change and pushes each build to open pages. Runs until interrupted (Ctrl+C), then exits 0.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createDevSession, type DevBuild } from '../dev/dev-session.js';
import { startDevServer } from '../dev/dev-server.js';
import { watchProject } from '../dev/watch-project.js';
import { formatProblems } from '../report/format-problems.js';
import { createProgressReporter, formatMs } from '../report/progress-reporter.js';
import { UserError } from '../report/user-error.js';
import type { CommandInput } from './command-input.js';

const DEFAULT_PORT = 4321;

/** Serves until SIGINT or SIGTERM; the output folder is never written (the site lives in memory). */
export async function runDev({ args, values, overrides, verbosity, out, err }: CommandInput): Promise<number> {
  if (args.length) throw new UserError('"dateline dev" takes no file arguments; use --content DIR.');
  const port = parsePort(values.port);
  const session = await createDevSession(process.cwd(), overrides);
  const progress = createProgressReporter(err, verbosity);
  const first = await session.rebuild([], progress.hooks);
  progress.finish();
  const server = await startDevServer({ port, basePath: () => session.config().basePath, files: session.files });
  const publish = (built: DevBuild): void => {
    server.publish({ changed: built.changed, errors: built.problems.filter((problem) => problem.severity === 'error') });
    report(built, err);
  };
  publish(first);
  const watcher = await watchProject(session.watched(), (changed) => {
    session.rebuild(changed).then(
      (built) => {
        // The config may have moved the content or templates folder.
        watcher.watch(session.watched());
        out.write(`Rebuilt in ${formatMs(built.ms)}: ${built.changed.length} ${built.changed.length === 1 ? 'file' : 'files'} changed.\n`);
        publish(built);
      },
      (error: unknown) => err.write(`dateline: the rebuild failed unexpectedly; the site is unchanged.\n${(error as Error).stack ?? String(error)}\n`),
    );
  });
  // Listen before announcing the server: a signal that arrives before any listener kills the process outright.
  const stopped = new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  const shown = session.watched().filter((file) => existsSync(file)).map((file) => path.relative(process.cwd(), file) || file);
  out.write(`Serving http://localhost:${server.port}${session.config().basePath}\nWatching ${shown.join(', ')}.${session.config().search ? '' : ' Search is left out (--no-search).'} Press Ctrl+C to stop.\n`);
  await stopped;
  await watcher.close();
  await server.close();
  return 0;
}

/** Errors in full, warnings as a count: every rebuild would repeat the same warnings otherwise. */
function report(built: DevBuild, err: NodeJS.WritableStream): void {
  const errors = built.problems.filter((problem) => problem.severity === 'error');
  const warnings = built.problems.length - errors.length;
  if (errors.length) err.write(`${formatProblems(errors)}\n`);
  if (warnings) err.write(`${warnings} ${warnings === 1 ? 'warning' : 'warnings'}; run "dateline check" to list them.\n`);
}

function parsePort(value: string | boolean | undefined): number {
  if (value === undefined) return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`--port must be a whole number from 0 to 65535, not "${String(value)}".`);
  return port;
}
