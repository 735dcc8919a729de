/**
 * The command line, kept thin: arguments → the command's module → exit code. Each command loads the config and
 * calls the programmatic API. Exit codes: 0 success, 1 content or template errors, 2 bad usage or config.
 */
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import type { ConfigOverrides } from './config/load-config.js';
import type { CommandInput } from './commands/command-input.js';
import { UserError } from './report/user-error.js';
import { limitHeapGrowth } from './heap-settings.js';
import type { Verbosity } from './report/progress-reporter.js';

const HELP = `Dateline: a static news-archive generator. Who said what, when.

Usage:
  dateline build [options]             build the site from the content folder into the output folder
  dateline dev [options]               build, serve on http://localhost:4321 and rebuild on every change
  dateline check [DIR] [options]       report every problem in the articles without writing anything
  dateline new "Headline" [options]    start a new Markdown article dated today in the content folder
  dateline extract [FILE|DIR ...]      print the records extracted from articles (default: the content folder)

Options:
  --content DIR       content folder (default: content)
  --output DIR        output folder (default: public)
  --base-url URL      where the site is served, e.g. https://example.org/archive/ (default: /);
                      a full URL also gives feeds, a sitemap and absolute canonical links
  --templates DIR     templates folder (default: templates, else Dateline's own)
  --config FILE       config file (default: dateline.config.json if present)
  --cache-dir DIR     where records and the last build's manifest are kept (default: node_modules/.cache/dateline)
  --clean             build: ignore the cache and the last build; extract every article, write every page
  --no-search         skip the search index, for quicker local builds (config: "search": false)
  --port N            dev: the port to serve on (default: 4321)
  --format text|json  check: how to print the problems (default: text)
  --strict            check: fail on warnings too
  --jsonl             extract: one JSON record per line
  -q, --quiet         print only problems and the final summary
  --verbose           also print each stage's time and the slowest articles
  -h, --help          show this help
  -v, --version       show the version
`;

type Command = (input: CommandInput) => Promise<number>;

// Each command's code is loaded when it runs: a build that finds nothing changed should not wait for the
// extractor, the dev server and the search indexer to load.
const COMMANDS: Record<string, () => Promise<Command>> = {
  build: async () => (await import('./commands/build.js')).runBuild,
  dev: async () => (await import('./commands/dev.js')).runDev,
  check: async () => (await import('./commands/check.js')).runCheck,
  new: async () => (await import('./commands/new-article.js')).runNewArticle,
  extract: async () => (await import('./commands/extract.js')).runExtract,
};

/** Runs the CLI with the given arguments and resolves to the process exit code. */
export async function main(argv: string[], out: NodeJS.WritableStream = process.stdout, err: CommandInput['err'] = process.stderr): Promise<number> {
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
        'cache-dir': { type: 'string' },
        clean: { type: 'boolean' },
        config: { type: 'string' },
        'no-search': { type: 'boolean' },
        port: { type: 'string' },
        format: { type: 'string' },
        strict: { type: 'boolean' },
        jsonl: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        verbose: { type: 'boolean' },
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
  const [command, ...args] = positionals;
  if (values.help || !command) {
    out.write(HELP);
    return command || values.help ? 0 : 2;
  }
  const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  try {
    if (!load) throw new UserError(`Unknown command "${command}". Run "dateline --help" for the commands.`);
    if (values.quiet && values.verbose) throw new UserError('--quiet and --verbose contradict each other; give one.');
    const overrides: ConfigOverrides = {
      configFile: values.config,
      contentDir: values.content,
      outputDir: values.output ?? values['output-dir'],
      baseUrl: values['base-url'],
      templatesDir: values.templates,
      cacheDir: values['cache-dir'],
      search: values['no-search'] ? false : undefined,
    };
    const verbosity: Verbosity = values.quiet ? 'quiet' : values.verbose ? 'verbose' : 'normal';
    limitHeapGrowth();
    return await (await load())({ args, values, overrides, verbosity, out, err });
  } catch (error) {
    if (error instanceof UserError) {
      err.write(`dateline: ${error.message}\n`);
      return 2;
    }
    // The system refusing (permissions, a full disk) is not a bug in Dateline: say what failed, without a stack.
    if (isSystemError(error)) {
      err.write(`dateline: ${error.message}. Check that the path exists and that Dateline may read and write it.\n`);
      return 1;
    }
    throw error;
  }
}

function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && typeof (error as NodeJS.ErrnoException).syscall === 'string';
}

function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}
