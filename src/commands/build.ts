/** `dateline build`: builds the site into the output folder and reports what happened. */
import path from 'node:path';
import { build } from '../build.js';
import type { BuildHooks } from '../build-run.js';
import { loadConfig } from '../config/load-config.js';
import { formatProblems } from '../report/format-problems.js';
import { isEditorial } from '../report/editorial-rules.js';
import { createProgressReporter, formatMs } from '../report/progress-reporter.js';
import { favourMemoryWhenLarge } from '../heap-settings.js';
import { UserError } from '../report/user-error.js';
import type { CommandInput } from './command-input.js';

/** Builds the site; exit code 1 when an article was dropped, any error was reported, or nothing was written. */
export async function runBuild({ args, values, overrides, verbosity, out, err }: CommandInput): Promise<number> {
  if (args.length) throw new UserError(`"dateline build" takes no file arguments; use --content DIR.`);
  const config = await loadConfig(process.cwd(), overrides);
  const started = performance.now();
  const progress = createProgressReporter(err, verbosity);
  // Once the archive is indexed, a large one makes the rest of the build favour memory over speed.
  const onStage: BuildHooks['onStage'] = (timing) => {
    progress.hooks.onStage?.(timing);
    if (timing.stage === 'index' && favourMemoryWhenLarge() && verbosity === 'verbose') err.write('memory  favoured over speed from here on: the index is large\n');
  };
  const result = await build(config, { ...progress.hooks, onStage, clean: Boolean(values.clean) });
  progress.finish();
  const editorial = result.problems.filter(isEditorial).length;
  const report = formatProblems(result.problems.filter((problem) => !isEditorial(problem)));
  if (report) err.write(`${report}\n`);
  if (editorial) err.write(`${editorial} editorial ${editorial === 1 ? 'warning' : 'warnings'} (quotes without a speaker, names spelled two ways, unbalanced quotation marks); run "dateline check" to list them.\n`);
  const relative = path.relative(process.cwd(), config.outputDir);
  const where = relative && !relative.startsWith('..') ? relative : config.outputDir;
  if (!result.written) {
    err.write(`Build failed: nothing was written; ${where}/ is unchanged.\n`);
    return 1;
  }
  const articles = `${result.articles} ${result.articles === 1 ? 'article' : 'articles'}`;
  const dropped = result.dropped ? `; ${result.dropped} dropped because of errors` : '';
  const changed = result.changed ? `${result.changed} ${result.changed === 1 ? 'file' : 'files'} changed` : 'nothing changed';
  out.write(`Built ${articles} into ${result.pages} pages in ${where}/ (${changed}) in ${formatMs(performance.now() - started)}${dropped}.\n`);
  return result.dropped || result.problems.some((problem) => problem.severity === 'error') ? 1 : 0;
}
