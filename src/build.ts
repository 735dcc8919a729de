/**
 * The whole build in run order: read → parse → extract → index → plan → render → write. This is the only module
 * that calls more than one stage; each stage's contract is at the top of its entry module. `check` is the first
 * half (read to index, with every check), and `build` continues it to the output folder. In a build, a record cache
 * and the last build's manifest make a rebuild do only what its changes need (ARCHITECTURE.md, "Speed and scale"):
 * cached records are not extracted again, pages whose inputs are unchanged are not rendered, and only files whose
 * bytes changed are written.
 */
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { ArticleRecord, OutputFile, SiteIndex, SourceFile } from './types.js';
import type { Config } from './config/load-config.js';
import { ALL_CODE, codeVersion, RECORD_CODE } from './cache/cache-version.js';
import { openRecordCache, type CachedSource, type RecordCache } from './cache/record-cache.js';
import { keySources } from './cache/source-keys.js';
import { findSources, readFiles, toSourceFile } from './read/read-sources.js';
import { readAssets } from './read/read-assets.js';
import { readPeopleFile } from './read/read-people-file.js';
import { parseSource } from './parse/parse-source.js';
import { extractArticle } from './extract/extract-article.js';
import { placeAnchors } from './extract/place-anchor.js';
import type { ExtractionMemo, ExtractionOutcome } from './extract/extraction-memo.js';
import { extractArticles } from './pool/extract-articles.js';
import { buildIndex, sharedObjects } from './index/build-index.js';
import { NO_PEOPLE_RULES, parsePeopleFile } from './index/parse-people-file.js';
import { checkArchive, type ArchiveFinding } from './index/check-archive.js';
import { localToday } from './index/check-dates.js';
import { planRoutes } from './render/plan-routes.js';
import { createFingerprinter, digest } from './render/fingerprint.js';
import { fingerprintTemplates } from './render/template-fingerprints.js';
import { loadTemplates } from './render/templates.js';
import { renderMachineFiles } from './render/render-machine-files.js';
import { renderPages } from './pool/render-pages.js';
import { indexSearch } from './search/index-search.js';
import { startManifest } from './write/output-manifest.js';
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
  /** Where the site goes; defaults to a disk writer for `config.outputDir` with its manifest in `config.cacheDir`. */
  writer?: Writer;
  /** Ignore the record cache and the last build: extract every article and write every page. */
  clean?: boolean;
  /** Threads for extraction and rendering; 0 does everything on the main thread. Defaults to one per core. */
  threads?: number;
}

/** What a check found: the records, the archive index, every problem, and how many articles errors dropped. */
export interface CheckResult {
  records: ArticleRecord[];
  index: SiteIndex;
  problems: Problem[];
  stages: StageTiming[];
  dropped: number;
}

/** What a build did: the check's findings, the pages of the site, what changed, and whether the site was written. */
export interface BuildResult extends CheckResult {
  pages: number;
  /** Files written or deleted in the output folder; 0 when nothing changed. */
  changed: number;
  /** True when the site was written; false when a template error stopped it before writing. */
  written: boolean;
}

/** The records extracted from some sources, the problems found, and how many articles were dropped. */
export interface Extraction {
  records: ArticleRecord[];
  problems: Problem[];
  dropped: number;
}

type Run = ReturnType<typeof startRun>;

/** Reads, extracts and indexes every article and runs every check, writing nothing: what `dateline check` does. */
export async function check(config: Readonly<Config>, options: CheckOptions = {}): Promise<CheckResult> {
  const run = startRun(options);
  const { extraction } = await readAndExtract(config, options, run);
  return indexAndCheck(config, extraction, run);
}

/** Reads and extracts in memory (with the memo, if any); the sources' keys describe their text for the manifest. */
async function readAndExtract(config: Readonly<Config>, options: CheckOptions, run: Run): Promise<{ extraction: Extraction; sourceKeys: string[][] }> {
  const paths = await findSources(config.contentDir);
  run.start('read', paths.length, 'files');
  const sources = await readFiles(paths, config.contentDir, run.ticker('read'));
  run.end(sources.length);

  run.start('extract', sources.length, 'articles');
  const extraction = extractSources(sources, options);
  options.memo?.keepOnly(new Set(paths));
  run.end(extraction.records.length);
  return { extraction, sourceKeys: sources.map((file) => [file.data.relativePath, digest(String(file.value))]) };
}

/** The index and archive checks over extracted records: the second half of `check`. */
async function indexAndCheck(config: Readonly<Config>, { records, problems, dropped }: Extraction, run: Run): Promise<CheckResult> {
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
  // One by one: a large archive's warnings are too many to spread as arguments.
  for (const problem of await placeFindings(checkArchive(records, localToday(), index.personSlugs, people.rules), config.contentDir)) problems.push(problem);
  run.end(records.length);
  return { records, index, problems, stages: run.stages, dropped };
}

/**
 * Reads and extracts for a build through the record cache: a source whose bytes the cache knows is not parsed
 * again, and the others are extracted in the worker pool.
 */
async function extractCached(config: Readonly<Config>, options: BuildOptions, run: Run, cache: RecordCache, version: string, clean: boolean): Promise<{ extraction: Extraction; sourceKeys: string[][]; live: Map<string, CachedSource> }> {
  const paths = await findSources(config.contentDir);
  run.start('read', paths.length, 'files');
  const sources = keySources(paths, config.contentDir, version, path.join(cache.recordsDir, 'stats.json'), clean);
  run.end(sources.length);

  run.start('extract', sources.length, 'articles');
  const { entries, extracted } = await extractArticles(sources, config.contentDir, config.cacheDir, cache, version, options.threads);
  const problems: Problem[] = entries.flatMap((entry, index) => entry.problems.map((problem) => ({ file: shownPath(sources[index].path), ...problem })));
  const records: ArticleRecord[] = [];
  for (const entry of entries) {
    if (!entry.summary) continue;
    // The cache lost this record (its pack deleted by hand mid-build): extract its source again rather than fail.
    records.push(cache.loadRecord(entry) ?? (await reextract(config, entry.summary.source)));
  }
  const live = new Map(entries.filter((entry) => entry.key).map(({ key, ...entry }) => [key, entry]));
  run.end(extracted);
  return { extraction: { records, problems, dropped: sources.length - records.length }, sourceKeys: sources.map((source) => [source.relativePath, source.key]), live };
}

/**
 * Builds the site described by the config and writes it, unless a template error stops it. Only what changed
 * since the last build is extracted, rendered and written; pages that no longer exist are deleted.
 */
export async function build(config: Readonly<Config>, options: BuildOptions = {}): Promise<BuildResult> {
  const clean = Boolean(options.clean);
  const run = startRun(options);
  const version = codeVersion(RECORD_CODE);
  // The dev server keeps its extractions in memory; other builds keep them in the record cache.
  const cache = options.memo ? undefined : openRecordCache(config.cacheDir, version, clean);
  let live: Map<string, CachedSource> | undefined;
  let read: { extraction: Extraction; sourceKeys: string[][] };
  try {
    if (cache) ({ live, ...read } = await extractCached(config, options, run, cache, version, clean));
    else read = await readAndExtract(config, options, run);
  } finally {
    cache?.close();
  }
  // Records stay valid whatever the templates do, so they are kept even when this build publishes nothing.
  if (cache && live) cache.save(live);
  const checked = await indexAndCheck(config, read.extraction, run);
  const { problems, index } = checked;
  const fail = (pages: number): BuildResult => ({ ...checked, pages, changed: 0, written: false });

  const templateFingerprints = await fingerprintTemplates(config.templatesDir);
  const assets = await readAssets(config.templatesDir);
  const peopleFile = await readPeopleFile(config.contentDir);
  // Everything besides its route that every page depends on: the code and the settings (folders excepted).
  const code = codeVersion(ALL_CODE);
  const site = JSON.stringify([code, { ...config, contentDir: '', outputDir: '', cacheDir: '' }]);
  const inputs = digest(JSON.stringify([site, [...templateFingerprints], assets.map((asset) => [asset.path, digest(asset.contents)]), read.sourceKeys, peopleFile?.text ?? '']));

  const routes = planRoutes(index);
  const loaded = await loadTemplates(config.templatesDir);
  for (const problem of loaded.problems) {
    problems.push({ file: shownPath(problem.file), line: problem.line ?? 1, column: problem.column ?? 1, severity: 'error', reason: problem.reason, ruleId: problem.ruleId });
  }
  if (loaded.problems.length) return fail(0);

  const manifestFile = path.join(config.cacheDir, `manifest-${digest(path.resolve(config.outputDir))}.json`);
  const writer = options.writer ?? createDiskWriter(config.outputDir, [config.contentDir, config.templatesDir, config.cacheDir, process.cwd()], manifestFile);
  const output = await writer.open(clean);
  if (output.previous?.inputs === inputs) {
    // No input changed since the site in place was built: nothing to render or write.
    await output.abort();
    return { ...checked, pages: output.previous.report.pages, changed: 0, written: true };
  }
  const fingerprints = createFingerprinter(site);
  for (const group of sharedObjects(index)) fingerprints.share(group);
  const manifest = startManifest(output.previous);
  const changed = routes.filter((route) => !manifest.unchanged(route.output, fingerprints.route(route, templateFingerprints.get(route.template) ?? '')));

  let written = 0;
  const emit = async (file: OutputFile): Promise<void> => {
    if (!manifest.differs(file)) return;
    written++;
    await output.put(file);
  };
  run.start('render', changed.length, 'pages');
  const rendered = await renderPages(changed, loaded.templates, config, { emit, onRendered: run.ticker('render') }, options.threads);
  for (const problem of rendered.problems) {
    const where = problem.source ? `the page of ${problem.source}` : `the page ${problem.path}`;
    const others = problem.pages > 1 ? ` and ${problem.pages - 1} other ${problem.pages === 2 ? 'page' : 'pages'}` : '';
    problems.push({ file: shownPath(problem.file), line: problem.line ?? 1, column: problem.column ?? 1, severity: 'error', reason: `Rendering ${where}${others} failed: ${problem.reason}. Fix the template.`, ruleId: problem.ruleId });
  }
  run.end(rendered.rendered);

  // A broken article is dropped and the rest still publish; a broken template would publish broken pages, so the
  // previous site stays instead.
  if (rendered.problems.length) {
    await output.abort();
    return fail(rendered.rendered);
  }

  if (config.search) {
    run.start('search', index.articles.length, 'articles');
    // Each search shard's files carry the fingerprint of what it indexed: files made from the same records stay.
    const search = await indexSearch(index, {
      language: config.language,
      version: code,
      cacheDir: config.cacheDir,
      clean,
      inputs: digest(JSON.stringify([site, read.sourceKeys, peopleFile?.text ?? ''])),
      inPlace: (fingerprint) => manifest.keepMadeFrom(fingerprint),
      emit: async (file, fingerprint) => {
        manifest.unchanged(file.path, fingerprint);
        await emit(file);
      },
    });
    run.end(search.records, 'records');
  }
  for (const file of await renderMachineFiles(index, routes, config)) await emit(file);
  for (const asset of assets) if (!manifest.unchanged(asset.path, digest(asset.contents))) await emit(asset);

  const stale = manifest.stale();
  run.start('write', written + stale.length, 'files');
  const report = { articles: index.articles.length, pages: routes.length, dropped: checked.dropped, problems: problems.map((problem) => ({ ...problem, file: path.resolve(problem.file) })) };
  await output.commit(manifest.finish(randomUUID(), inputs, report), stale);
  run.end(written + stale.length);
  return { ...checked, pages: routes.length, changed: written + stale.length, written: true };
}

/** Extracts one source again, for a record the cache lost during the build. */
async function reextract(config: Readonly<Config>, source: string): Promise<ArticleRecord> {
  const file = path.join(config.contentDir, source);
  const { extractSource: extractInPool } = await import('./pool/extract-source.js');
  const { record } = extractInPool(toSourceFile(await readFile(file), file, config.contentDir));
  if (!record) throw new Error(`${file} changed during the build and can no longer be extracted; build again.`);
  return record;
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
