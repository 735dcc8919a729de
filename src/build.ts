/**
 * The whole build in run order: read → parse → extract → index → plan → render → write. This is the only module
 * that calls more than one stage; each stage's contract is at the top of its entry module. A record cache and the
 * last build's manifest make a rebuild do only what its changes need (ARCHITECTURE.md, "Speed and scale").
 */
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { ArticleRecord, ArticleSummary, OutputFile, SourceFile } from './types.js';
import type { Config } from './config/load-config.js';
import { ALL_CODE, codeVersion, RECORD_CODE } from './cache/cache-version.js';
import { openRecordCache } from './cache/record-cache.js';
import { keySources } from './cache/source-keys.js';
import { findSources, readSources, toSourceFile } from './read/read-sources.js';
import { readAssets } from './read/read-assets.js';
import { extractArticles } from './pool/extract-articles.js';
import { buildIndex, sharedObjects } from './index/build-index.js';
import { toFullRecord } from './index/article-summary.js';
import { planRoutes } from './render/plan-routes.js';
import { createFingerprinter, digest } from './render/fingerprint.js';
import { fingerprintTemplates } from './render/template-fingerprints.js';
import { loadTemplates } from './render/templates.js';
import { renderPages } from './pool/render-pages.js';
import { startManifest } from './write/output-manifest.js';
import { createDiskWriter, type Writer } from './write/write-site.js';
import type { Problem } from './report/problem.js';

/** How long one stage took and how many things it handled. */
export interface StageTiming {
  stage: string;
  count: number;
  unit: string;
  ms: number;
}

/** What a build did: how many articles and pages it made, the problems it found, and whether the site was written. */
export interface BuildResult {
  articles: number;
  problems: Problem[];
  stages: StageTiming[];
  pages: number;
  /** Files written or deleted in the output folder; 0 when nothing changed. */
  changed: number;
  /** True when the site was written; false when a template error stopped it before writing. */
  written: boolean;
  /** Articles dropped because of errors. */
  dropped: number;
}

/** Options for a build beyond the config. */
export interface BuildOptions {
  /** Where the site goes; defaults to a disk writer for `config.outputDir` with its manifest in `config.cacheDir`. */
  writer?: Writer;
  /** Called after each stage, for progress lines. */
  onStage?: (timing: StageTiming) => void;
  /** Ignore the record cache and the last build: extract every article and write every page. */
  clean?: boolean;
  /** Threads for extraction and rendering; 0 does everything on the main thread. Defaults to one per core. */
  threads?: number;
}

/** The records extracted from some sources, the problems found, and how many articles were dropped. */
export interface Extraction {
  records: ArticleRecord[];
  problems: Problem[];
  dropped: number;
}

/** Reads and extracts every article of the content folder, reporting problems; no templates, no output. */
export async function extractAll(config: Readonly<Config>, onStage?: (timing: StageTiming) => void): Promise<Extraction> {
  const timer = stageTimer(onStage);
  const sources = await readSources(config.contentDir);
  timer('read', sources.length, 'files');
  const extraction = await extractSources(sources);
  timer('extract', extraction.records.length, 'articles');
  return extraction;
}

/** Parses and extracts source files one by one, all in memory (for `dateline extract`); errors drop a file. */
export async function extractSources(sources: SourceFile[]): Promise<Extraction> {
  // Loaded on demand: the parsers are the slowest modules to load, and a build with nothing to extract needs none.
  const { extractSource } = await import('./pool/extract-source.js');
  const problems: Problem[] = [];
  const records: ArticleRecord[] = [];
  for (const file of sources) {
    const result = extractSource(file);
    const shown = path.relative(process.cwd(), file.path) || file.path;
    problems.push(...result.problems.map((problem) => ({ file: shown, ...problem })));
    if (result.record) records.push(result.record);
  }
  return { records, problems, dropped: sources.length - records.length };
}

/**
 * Builds the site described by the config and writes it, unless an error in the templates stops it. Only what
 * changed since the last build is extracted, rendered and written; when no input changed, nothing is.
 */
export async function build(config: Readonly<Config>, options: BuildOptions = {}): Promise<BuildResult> {
  const stages: StageTiming[] = [];
  const onStage = (timing: StageTiming): void => {
    stages.push(timing);
    options.onStage?.(timing);
  };
  const timer = stageTimer(onStage);
  const clean = Boolean(options.clean);
  const version = codeVersion(RECORD_CODE);
  const cache = openRecordCache(config.cacheDir, version, clean);
  const sources = keySources(await findSources(config.contentDir), config.contentDir, version, path.join(cache.recordsDir, 'stats.json'), clean);
  const templateFingerprints = await fingerprintTemplates(config.templatesDir);
  const assets = await readAssets(config.templatesDir);
  // Everything besides its route that every page depends on: the code and the settings (folders excepted).
  const site = JSON.stringify([codeVersion(ALL_CODE), { ...config, contentDir: '', outputDir: '', cacheDir: '' }]);
  const inputs = digest(JSON.stringify([site, [...templateFingerprints], assets.map((asset) => [asset.path, digest(asset.contents)]), sources.map((source) => [source.relativePath, source.key])]));
  const manifestFile = path.join(config.cacheDir, `manifest-${digest(path.resolve(config.outputDir))}.json`);
  const writer = options.writer ?? createDiskWriter(config.outputDir, [config.contentDir, config.templatesDir, config.cacheDir, process.cwd()], manifestFile);
  const output = await writer.open(clean);
  timer('read', sources.length, 'files');
  if (output.previous?.inputs === inputs) {
    await output.abort();
    const { articles, pages, dropped, problems } = output.previous.report;
    return { articles, problems: problems.map((problem) => ({ ...problem, file: path.relative(process.cwd(), problem.file) })), stages, pages, changed: 0, written: true, dropped };
  }

  const { entries, extracted } = await extractArticles(sources, config.contentDir, config.cacheDir, cache, version, options.threads);
  const problems: Problem[] = entries.flatMap((entry, index) => entry.problems.map((problem) => ({ file: shown(sources[index].path), ...problem })));
  const summaries = entries.flatMap((entry) => (entry.summary ? [entry.summary] : []));
  timer('extract', extracted, 'articles');

  const { index, collisions } = buildIndex(summaries);
  for (const { record, keptBy, previousSlug } of collisions) {
    problems.push({ file: shown(path.join(config.contentDir, record.source)), line: 1, column: 1, severity: 'warning', reason: `The slug "${previousSlug}" is already used on ${record.date} by ${keptBy}; this article is published as "${record.slug}". Set a distinct "slug" in its front matter.`, ruleId: 'slug-duplicate' });
  }
  timer('index', index.articles.length, 'articles');

  const routes = planRoutes(index);
  const fingerprints = createFingerprinter(site);
  for (const group of sharedObjects(index)) fingerprints.share(group);
  const manifest = startManifest(output.previous);
  const changed = routes.filter((route) => !manifest.unchanged(route.output, fingerprints.route(route, templateFingerprints.get(route.template) ?? '')));
  timer('plan', changed.length, 'changed');

  let written = 0;
  const emit = async (file: OutputFile): Promise<void> => {
    if (!manifest.differs(file)) return;
    written++;
    await output.put(file);
  };
  const templates = await loadTemplates(config.templatesDir);
  const byKey = new Map(entries.filter((entry) => entry.key).map(({ key, ...entry }) => [key, entry]));
  const load = async (summary: ArticleSummary): Promise<ArticleRecord> => {
    const entry = byKey.get(summary.key);
    return toFullRecord(summary, (entry && cache.loadRecord(entry)) ?? (await reextract(summary)));
  };
  const rendered = await renderPages(changed, templates, config, { load, emit }, { version, locate: (key) => byKey.get(key)?.at }, options.threads);
  cache.close();
  // Records stay valid whatever the templates do, so they are kept even when this build publishes nothing.
  cache.save(byKey);
  for (const problem of rendered.problems) {
    const where = problem.source ? `the page of ${problem.source}` : `the page ${problem.path}`;
    problems.push({ file: problem.file, line: problem.line ?? 1, column: 1, severity: 'error', reason: `Rendering ${where} failed: ${problem.reason}. Fix the template.`, ruleId: 'template-error' });
  }
  for (const asset of assets) if (!manifest.unchanged(asset.path, digest(asset.contents))) await emit(asset);
  timer('render', rendered.rendered, 'pages');

  const dropped = sources.length - summaries.length;
  // A broken article is dropped and the rest still publish; a broken template would publish broken pages, so the
  // previous site stays instead.
  if (rendered.problems.length) {
    await output.abort();
    return { articles: summaries.length, problems, stages, pages: routes.length, changed: 0, written: false, dropped };
  }
  const stale = manifest.stale();
  const report = { articles: summaries.length, pages: routes.length, dropped, problems: problems.map((problem) => ({ ...problem, file: path.resolve(problem.file) })) };
  await output.commit(manifest.finish(randomUUID(), inputs, report), stale);
  timer('write', written + stale.length, 'changed');
  return { articles: summaries.length, problems, stages, pages: routes.length, changed: written + stale.length, written: true, dropped };

  // The cache lost this record (its pack deleted by hand mid-build): extract its source again rather than fail.
  async function reextract(summary: ArticleSummary): Promise<ArticleRecord> {
    const file = path.join(config.contentDir, summary.source);
    const { extractSource } = await import('./pool/extract-source.js');
    const { record } = extractSource(toSourceFile(await readFile(file), file, config.contentDir));
    if (!record) throw new Error(`${file} changed during the build and can no longer be extracted; build again.`);
    return record;
  }
}

function shown(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

function stageTimer(onStage?: (timing: StageTiming) => void): (stage: string, count: number, unit: string) => void {
  let last = performance.now();
  return (stage, count, unit) => {
    const now = performance.now();
    onStage?.({ stage, count, unit, ms: now - last });
    last = now;
  };
}
