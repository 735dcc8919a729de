/** `dateline check [DIR]`: reads and extracts every article, runs every check, writes nothing, reports problems. */
import { check } from '../check.js';
import { loadConfig } from '../config/load-config.js';
import { formatProblems, formatProblemsJson } from '../report/format-problems.js';
import { createProgressReporter } from '../report/progress-reporter.js';
import { UserError } from '../report/user-error.js';
import type { CommandInput } from './command-input.js';

/** Prints every problem on stdout; exit code 1 on errors, or on warnings with --strict, else 0. */
export async function runCheck({ args, values, overrides, verbosity, out, err }: CommandInput): Promise<number> {
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UserError(`--format must be "text" or "json", not "${String(format)}".`);
  if (args.length > 1) throw new UserError('"dateline check" takes at most one folder: the content folder.');
  if (args.length && overrides.contentDir) throw new UserError('Give the content folder either as an argument or with --content, not both.');
  const config = await loadConfig(process.cwd(), { ...overrides, contentDir: args[0] ?? overrides.contentDir });
  const progress = createProgressReporter(err, verbosity);
  const result = await check(config, progress.hooks);
  progress.finish();
  const errors = result.problems.filter((problem) => problem.severity === 'error').length;
  const warnings = result.problems.length - errors;
  if (format === 'json') out.write(`${formatProblemsJson(result.problems, result.records.length + result.dropped)}\n`);
  else if (result.problems.length) out.write(`${formatProblems(result.problems)}\n`);
  else out.write(`No problems in ${result.records.length} ${result.records.length === 1 ? 'article' : 'articles'}.\n`);
  return errors || (values.strict && warnings) ? 1 : 0;
}
