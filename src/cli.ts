/**
 * The command line, kept thin: arguments → config → the API → report → exit code.
 * Exit codes: 0 success, 1 content or template errors, 2 bad usage or config.
 */
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { build, extractSources, type StageTiming } from './build.js';
import { loadConfig, type ConfigOverrides } from './config/load-config.js';
import { findSources, readFiles } from './read/read-sources.js';
import { formatProblems } from './report/format-problems.js';
import { UserError } from './report/user-error.js';
import type { Problem } from './report/problem.js';
import { toExtractJson, formatExtractSummary } from './report/format-extract.js';

const HELP = `Dateline: a static news-archive generator. Who said what, when.

Usage:
  dateline build [options]             build the site from the content folder into the output folder
  dateline extract [FILE|DIR ...]      print the records extracted from articles (default: the content folder)

Options:
  --content DIR       content folder (default: content)
  --output DIR        output folder (default: public)
  --base-url URL      where the site is served, e.g. https://example.org/archive/ (default: /);
                      a full URL also gives feeds, a sitemap and absolute canonical links
  --templates DIR     templates folder (default: templates, else Dateline's own)
  --config FILE       config file (default: dateline.config.json if present)
  --no-search         skip the search index, for quicker local builds (config: "search": false)
  --jsonl             extract: one JSON record per line
  --quiet             print only problems and the final summary
  -h, --help          show this help
  -v, --version       show the version
`;

/** Runs the CLI with the given arguments and resolves to the process exit code. */
export async function main(argv: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        content: { type: 'string' },
        output: { type: 'string' },
        'output-dir': { type: 'string' },
        'base-url': { type: 'string' },
        templates: { type: 'string' },
        config: { type: 'string' },
        'no-search': { type: 'boolean' },
        jsonl: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    err.write(`${(error as Error).message}\nRun "dateline --help" for usage.\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    out.write(`${version()}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    out.write(HELP);
    return command || values.help ? 0 : 2;
  }
  const overrides: ConfigOverrides = {
    configFile: values.config,
    contentDir: values.content,
    outputDir: values.output ?? values['output-dir'],
    baseUrl: values['base-url'],
    templatesDir: values.templates,
    search: values['no-search'] ? false : undefined,
  };
  try {
    const config = await loadConfig(process.cwd(), overrides);
    if (command === 'build') {
      if (rest.length) throw new UserError(`"dateline build" takes no file arguments; use --content DIR.`);
      return await runBuild(config, Boolean(values.quiet), out, err);
    }
    if (command === 'extract') return await runExtract(rest.length ? rest : [config.contentDir], Boolean(values.jsonl), out, err);
    throw new UserError(`Unknown command "${command}". Run "dateline --help" for the commands.`);
  } catch (error) {
    if (error instanceof UserError) {
      err.write(`dateline: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

async function runBuild(config: Awaited<ReturnType<typeof loadConfig>>, quiet: boolean, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const started = performance.now();
  const onStage = quiet ? undefined : (timing: StageTiming) => out.write(`${timing.stage.padEnd(8)} ${String(timing.count).padStart(7)} ${timing.unit.padEnd(8)} ${formatMs(timing.ms).padStart(8)}\n`);
  const result = await build(config, { onStage });
  reportProblems(result.problems, err);
  const relative = path.relative(process.cwd(), config.outputDir);
  const where = relative && !relative.startsWith('..') ? relative : config.outputDir;
  const articles = `${result.records.length} ${result.records.length === 1 ? 'article' : 'articles'}`;
  if (!result.written) {
    err.write(`Build failed: nothing was written; ${where}/ is unchanged.\n`);
    return 1;
  }
  const dropped = result.dropped ? `; ${result.dropped} dropped because of errors` : '';
  out.write(`Built ${articles} into ${result.pages} pages in ${where}/ in ${formatMs(performance.now() - started)}${dropped}.\n`);
  return result.dropped || result.problems.some((problem) => problem.severity === 'error') ? 1 : 0;
}

async function runExtract(inputs: string[], jsonl: boolean, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const problems: Problem[] = [];
  let dropped = 0;
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (!info) throw new UserError(`${input}: no such file or folder.`);
    const baseDir = info.isDirectory() ? input : path.dirname(input);
    const files = info.isDirectory() ? await findSources(input) : [input];
    const extraction = extractSources(await readFiles(files, baseDir));
    problems.push(...extraction.problems);
    dropped += extraction.dropped;
    for (const record of extraction.records) {
      const source = info.isDirectory() ? path.join(input, record.source) : input;
      out.write(jsonl ? `${JSON.stringify(toExtractJson(record, source))}\n` : formatExtractSummary(record, source));
    }
  }
  reportProblems(problems, err);
  return dropped ? 1 : 0;
}

function reportProblems(problems: Problem[], err: NodeJS.WritableStream): void {
  const report = formatProblems(problems);
  if (report) err.write(`${report}\n`);
}

function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}
