/**
 * The whole build in run order: read → parse → extract → index → plan → render → write. This is the only module
 * that calls more than one stage; each stage's contract is at the top of its entry module. `check` is the first
 * half (read to index, with every check), and `build` continues it to the output folder.
 */
import path from 'node:path';
import type { ArticleRecord, OutputFile, SiteIndex, SourceFile } from './types.js';
import type { Config } from './config/load-config.js';
import { findSources, readFiles } from './read/read-sources.js';
import { readAssets } from './read/read-assets.js';
import { readPeopleFile } from './read/read-people-file.js';
import { parseSource } from './parse/parse-source.js';
import { extractArticle } from './extract/extract-article.js';
import { placeAnchors } from './extract/place-anchor.js';
import type { ExtractionMemo, ExtractionOutcome } from './extract/extraction-memo.js';
import { buildIndex } from './index/build-index.js';
import { NO_PEOPLE_RULES, parsePeopleFile } from './index/parse-people-file.js';
import { checkArchive, type ArchiveFinding } from './index/check-archive.js';
import { localToday } from './index/check-dates.js';
import { planRoutes } from './render/plan-routes.js';
import { loadTemplates } from './render/templates.js';
import { renderSite } from './render/render-site.js';
import { indexSearch } from './search/index-search.js';
import { renderMachineFiles } from './render/render-machine-files.js';
import { createDiskWriter, type Writer } from './write/write-site.js';
import { fromVFileMessage, type Problem } from './report/problem.js';

/** How long one stage took and how many things it handled. */
export interface StageTiming {
  stage: string;
  count: number;
  unit: string;
  ms: number;
}

/** Callbacks that follow a run, for progress bars and timings; all optional. */
export interface BuildHooks {
  /** A stage starts and will handle `total` items, counted in `unit` ("files", "articles", "pages"). */
  onStageStart?: (stage: string, total: number, unit: string) => void;
  /** `done` of the current stage's items are handled. */
  onProgress?: (stage: string, done: number) => void;
  /** A stage finished. */
  onStage?: (timing: StageTiming) => void;
  /** One article was parsed and extracted (not called for articles the memo already had). */
  onArticle?: (source: string, ms: number) => void;
}

/** Options for `check` beyond the config. */
export interface CheckOptions extends BuildHooks {
  /** Extractions of an earlier run, reused for files whose text has not changed since (the dev server keeps one). */
  memo?: ExtractionMemo;
}

/** Options for `build` beyond the config. */
export interface BuildOptions extends CheckOptions {
  /** Where the site goes; defaults to an atomic disk writer for `config.outputDir`. */
  writer?: Writer;
}

/** What a check found: the records, the archive index, every problem, and how many articles errors dropped. */
export interface CheckResult {
  records: ArticleRecord[];
  index: SiteIndex;
  problems: Problem[];
  stages: StageTiming[];
  dropped: number;
}

/** What a build did: the check's findings, the pages it rendered, and whether the site was written. */
export interface BuildResult extends CheckResult {
  pages: number;
  /** True when the site was written; false when a template error stopped it before writing. */
  written: boolean;
}

/** The records extracted from some sources, the problems found, and how many articles were dropped. */
export interface Extraction {
  records: ArticleRecord[];
  problems: Problem[];
  dropped: number;
}

/** Reads, extracts and indexes every article and runs every check, writing nothing: what `dateline check` does. */
export async function check(config: Readonly<Config>, options: CheckOptions = {}): Promise<CheckResult> {
  const run = startRun(options);
  const paths = await findSources(config.contentDir);
  run.start('read', paths.length, 'files');
  const sources = await readFiles(paths, config.contentDir, run.ticker('read'));
  run.end(sources.length);

  run.start('extract', sources.length, 'articles');
  const { records, problems, dropped } = extractSources(sources, options);
  options.memo?.keepOnly(new Set(paths));
  run.end(records.length);

  run.start('index', records.length, 'articles');
  const peopleFile = await readPeopleFile(config.contentDir);
  const people = peopleFile ? parsePeopleFile(peopleFile.text, shownPath(peopleFile.path)) : { rules: NO_PEOPLE_RULES, problems: [] };
  const { index, collisions, problems: indexProblems } = buildIndex(records, people.rules);
  problems.push(...people.problems, ...indexProblems);
  for (const { record, keptBy, previousSlug } of collisions) {
    problems.push({ file: shownPath(path.join(config.contentDir, record.source)), line: 1, column: 1, severity: 'warning', reason: `The slug "${previousSlug}" is already used on ${record.date} by ${keptBy}; this article is published as "${record.slug}". Set a distinct "slug" in its front matter.`, ruleId: 'slug-duplicate' });
  }
  run.end(index.articles.length);

  run.start('check', records.length, 'articles');
  problems.push(...(await placeFindings(checkArchive(records, localToday(), index.personSlugs, people.rules), config.contentDir)));
  run.end(records.length);
  return { records, index, problems, stages: run.stages, dropped };
}

/** Builds the site described by the config and writes it, unless a template error stops it. */
export async function build(config: Readonly<Config>, options: BuildOptions = {}): Promise<BuildResult> {
  const checked = await check(config, options);
  const run = startRun(options, checked.stages);
  const { problems } = checked;
  const fail = (pages: number): BuildResult => ({ ...checked, pages, written: false });

  const routes = planRoutes(checked.index);
  const loaded = await loadTemplates(config.templatesDir);
  for (const problem of loaded.problems) {
    problems.push({ file: shownPath(problem.file), line: problem.line ?? 1, column: problem.column ?? 1, severity: 'error', reason: problem.reason, ruleId: problem.ruleId });
  }
  if (loaded.problems.length) return fail(0);

  run.start('render', routes.length, 'pages');
  const rendered = renderSite(routes, loaded.templates, config, run.ticker('render'));
  for (const problem of rendered.problems) {
    const where = problem.source ? `the page of ${problem.source}` : `the page ${problem.path}`;
    const others = problem.pages > 1 ? ` and ${problem.pages - 1} other ${problem.pages === 2 ? 'page' : 'pages'}` : '';
    problems.push({ file: shownPath(problem.file), line: problem.line ?? 1, column: problem.column ?? 1, severity: 'error', reason: `Rendering ${where}${others} failed: ${problem.reason}. Fix the template.`, ruleId: problem.ruleId });
  }
  run.end(rendered.files.length);

  // A broken article is dropped and the rest still publish; a broken template would publish broken pages, so the
  // previous site stays instead.
  if (rendered.problems.length) return fail(rendered.files.length);
  if (config.search) run.start('search', checked.index.articles.length, 'articles');
  const search = config.search ? await indexSearch(checked.index, rendered.files, config.language) : undefined;
  if (search) run.end(search.articles + search.quotes, 'records');
  const files: OutputFile[] = [...rendered.files, ...(await renderMachineFiles(checked.index, routes, config)), ...(search?.files ?? []), ...(await readAssets(config.templatesDir))];
  const writer = options.writer ?? createDiskWriter(config.outputDir, [config.contentDir, config.templatesDir, process.cwd()]);
  run.start('write', files.length, 'files');
  await writer.write(files, run.ticker('write'));
  run.end(files.length);
  return { ...checked, pages: rendered.files.length, written: true };
}

/** Parses and extracts source files one by one; a file with an error is reported and dropped. */
export function extractSources(sources: SourceFile[], options: CheckOptions = {}): Extraction {
  const problems: Problem[] = [];
  const records: ArticleRecord[] = [];
  let dropped = 0;
  for (const [index, file] of sources.entries()) {
    const shown = shownPath(file.path);
    const fatal = file.messages.some((message) => message.fatal);
    problems.push(...file.messages.map((message) => fromVFileMessage(message, shown)));
    let outcome: ExtractionOutcome | undefined = fatal ? { problems: [] } : options.memo?.recall(file);
    if (!outcome) {
      const started = performance.now();
      outcome = extractSource(file, shown);
      options.onArticle?.(file.data.relativePath, performance.now() - started);
      options.memo?.remember(file, outcome);
    }
    problems.push(...outcome.problems);
    if (outcome.record) records.push(outcome.record);
    else dropped++;
    options.onProgress?.('extract', index + 1);
  }
  return { records, problems, dropped };
}

/** Parses and extracts one readable file; the problems are those of parsing and extracting, not of reading. */
function extractSource(file: SourceFile, shown: string): ExtractionOutcome {
  const read = file.messages.length;
  const parsed = parseSource(file);
  const problems = file.messages.slice(read).map((message) => fromVFileMessage(message, shown));
  if (problems.some((problem) => problem.severity === 'error')) return { problems };
  const result = extractArticle(parsed);
  for (const problem of result.problems) {
    problems.push({ file: shown, ...problem.place, severity: problem.fatal ? 'error' : 'warning', reason: problem.reason, ruleId: problem.ruleId });
  }
  return { record: result.record, problems };
}

/**
 * Places archive-wide findings in their files. Records keep no file positions, so the few articles warned about
 * are read and parsed again: cheap next to holding every article's tree in memory for the odd warning.
 */
async function placeFindings(findings: ArchiveFinding[], contentDir: string): Promise<Problem[]> {
  const bySource = new Map<string, ArchiveFinding[]>();
  for (const finding of findings) {
    const found = bySource.get(finding.source);
    if (found) found.push(finding);
    else bySource.set(finding.source, [finding]);
  }
  const sources = await readFiles([...bySource.keys()].map((source) => path.join(contentDir, source)), contentDir);
  return sources.flatMap((file) => {
    const found = bySource.get(file.data.relativePath) ?? [];
    const places = placeAnchors(parseSource(file), found.map((finding) => finding.anchor));
    return found.map((finding, index) => ({ file: shownPath(file.path), ...places[index], severity: 'warning' as const, reason: finding.reason, ruleId: finding.ruleId }));
  });
}

/** The path shown in messages: relative to the working folder when inside it. */
function shownPath(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

/** Times stages and passes progress to the hooks; `stages` collects the timings. */
function startRun(hooks: BuildHooks, stages: StageTiming[] = []) {
  let current = { stage: '', unit: '', started: 0 };
  return {
    stages,
    start(stage: string, total: number, unit: string): void {
      current = { stage, unit, started: performance.now() };
      hooks.onStageStart?.(stage, total, unit);
    },
    ticker(stage: string): (done: number) => void {
      return (done) => hooks.onProgress?.(stage, done);
    },
    /** Ends the current stage, which handled `count` items (not always its total: errors drop articles). */
    end(count: number, unit = current.unit): void {
      const timing = { stage: current.stage, count, unit, ms: performance.now() - current.started };
      stages.push(timing);
      hooks.onStage?.(timing);
    },
  };
}
