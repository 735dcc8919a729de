/**
 * The part of a build that runs when an input changed: extract what the record cache lacks (in the worker pool),
 * index and check, then render the pages whose inputs changed and the search bundle, and write what differs.
 */
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { ArticleRecord, ArticleSummary, LoadRecord, OutputFile, SiteIndex, StreamedFile } from './types.js';
import type { Config } from './config/load-config.js';
import type { CachedSource, RecordCache } from './cache/record-cache.js';
import { openDataLineCache, type DataLineCache } from './cache/data-line-cache.js';
import { openQuoteGroupCache } from './cache/quote-group-cache.js';
import { openPeopleIndexCache } from './cache/people-index-cache.js';
import { openFindingPlaceCache } from './cache/finding-place-cache.js';
import type { KeyedSource } from './cache/source-keys.js';
import { toSourceFile } from './read/read-sources.js';
import { extractArticles } from './pool/extract-articles.js';
import { loadFromMemory } from './index/article-summary.js';
import { planRoutes, type PlannedPage } from './render/plan-routes.js';
import { changedPages } from './render/changed-pages.js';
import { editedPages } from './render/edited-pages.js';
import { sharedGroups } from './render/shared-groups.js';
import { createFingerprinter, digest } from './render/fingerprint.js';
import { loadTemplates, type TemplateProblem, type Templates } from './render/templates.js';
import { renderMachineFiles } from './render/render-machine-files.js';
import { renderDataFiles } from './render/render-data-files.js';
import { toSitemapPages, type SitemapPage } from './render/render-sitemap.js';
import { renderPages } from './pool/render-pages.js';
import { paths } from './render/urls.js';
import { indexSearch, type SearchIndex } from './search/index-search.js';
import type { EarlyShards } from './search/edited-shards.js';
import { startManifest, type ManifestBuilder, type PagePlan } from './write/output-manifest.js';
import { putStreamed } from './write/put-streamed.js';
import type { SiteWrite } from './write/write-site.js';
import type { Problem } from './report/problem.js';
import { indexAndCheck, type IndexResult } from './index-and-check.js';
import type { BuildContext, BuildOptions, BuildResult } from './build.js';
import { shownPath, type Run } from './build-run.js';

/** Extracts, indexes, renders and writes what changed since the last build. */
export async function buildChanges(config: Readonly<Config>, options: BuildOptions, run: Run, context: BuildContext): Promise<BuildResult> {
  const { cache, output, code, site, inputsOf, peopleFile, templateFingerprints, assets } = context;
  let early = context.earlyShards;
  // The edit's shards started with the build are kept only when the last build's plan covers it (its pages, and so
  // its shards' other requests, are the last build's); otherwise they would take a core from the pages.
  const onExtracted = async (articles: number, indexed?: string): Promise<void> => {
    if (early && !coveredEdit(output.previous?.plan, pageInputsOf(context, indexed), articles)) {
      await early.close();
      early = undefined;
    }
  };
  try {
    const { checked, load, sourceKeys, indexed } = await extractAndIndex(config, options, run, context, onExtracted);
    const searchInputs = digest(JSON.stringify([site, sourceKeys, peopleFile?.text ?? '']));
    const pageInputs = pageInputsOf(context, indexed);
    // Data lines are kept by their records' cache keys, so only builds through the record cache keep them.
    const lines = cache && openDataLineCache(config.cacheDir, code, Boolean(options.clean));
    return await renderAndWrite(config, options, run, checked, { output, inputs: inputsOf(sourceKeys), code, site, searchInputs, pageInputs, templateFingerprints, assets, load, lines, earlyShards: early });
  } finally {
    cache?.close();
  }
}

/** A hash of what the pages are made from but each article's cache key and word count (`PagePlan.inputs`). */
function pageInputsOf({ site, templateFingerprints, peopleFile }: BuildContext, indexed: string | undefined): string | undefined {
  return indexed && digest(JSON.stringify([site, [...templateFingerprints], peopleFile?.text ?? '', indexed]));
}

/**
 * True when the last build's page plan covers this one: the index will be the last one but for the cache keys and
 * word counts of the edited articles, so only the pages and search shards holding them can change.
 */
function coveredEdit(previous: PagePlan | undefined, pageInputs: string | undefined, articles: number): previous is PagePlan {
  return pageInputs !== undefined && previous?.inputs === pageInputs && previous.keys.length === articles;
}

/**
 * Extracts (through the record cache when there is one), indexes and checks. The summaries (or whole records) the
 * index is built from stay in here: the index holds each article without its people and quotes, so they are
 * garbage before the pages are planned.
 */
async function extractAndIndex(config: Readonly<Config>, options: BuildOptions, run: Run, { cache, version, keyed, sourceKeys, peopleFile }: BuildContext, onExtracted: (articles: number, indexed?: string) => Promise<void>): Promise<{ checked: IndexResult; load: LoadRecord; sourceKeys: string[][]; indexed?: string }> {
  let read: { archive: ExtractedArchive; sourceKeys: string[][]; indexed?: string };
  if (cache && keyed && sourceKeys) {
    const extracted = await extractCached(config, options, run, cache, version, keyed);
    // Records stay valid whatever the templates do, so they are kept even when this build publishes nothing.
    cache.save(extracted.live);
    await onExtracted(extracted.archive.articles.length, extracted.indexed);
    read = { archive: extracted.archive, sourceKeys, indexed: extracted.indexed };
  } else {
    // Without the record cache (the dev server) every article is extracted on this thread.
    const { readAndExtract } = await import('./check.js');
    const { extraction, sourceKeys } = await readAndExtract(config, options, run);
    read = { archive: { ...extraction, articles: extraction.records, load: loadFromMemory(extraction.records) }, sourceKeys };
  }
  // Quote groupings, people and warnings' places live with the records they were made from, so a change to the index
  // code starts them empty.
  const groupings = cache && openQuoteGroupCache(cache.recordsDir);
  const people = cache && read.indexed ? openPeopleIndexCache(cache.recordsDir, digest(JSON.stringify([read.indexed, peopleFile?.text ?? '']))) : undefined;
  const places = cache && openFindingPlaceCache(cache.recordsDir);
  const checked = await indexAndCheck(config, read.archive, peopleFile, run, { groupings: groupings?.memo, people: people?.memo, places: places?.memo });
  groupings?.save();
  people?.save();
  places?.save();
  return { checked, load: read.archive.load, sourceKeys: read.sourceKeys, indexed: read.indexed };
}

/** The extracted archive the index is built from: whole records or summaries, and how to load a whole record back. */
interface ExtractedArchive {
  articles: ArticleRecord[] | ArticleSummary[];
  problems: Problem[];
  dropped: number;
  load: LoadRecord;
}

/**
 * Extracts for a build through the record cache: a source whose bytes the cache knows is not parsed again, and the
 * others are extracted in the worker pool.
 */
async function extractCached(config: Readonly<Config>, options: BuildOptions, run: Run, cache: RecordCache, version: string, sources: KeyedSource[]): Promise<{ archive: ExtractedArchive & { articles: ArticleSummary[] }; live: Map<string, CachedSource>; indexed?: string }> {
  run.start('extract', sources.length, 'articles');
  const { entries, extracted } = await extractArticles(sources, config.contentDir, config.cacheDir, cache, version, options.threads);
  const problems: Problem[] = entries.flatMap((entry, index) => entry.problems.map((problem) => ({ file: shownPath(sources[index].path), ...problem })));
  const stored = new Map(entries.filter((entry) => entry.summary).map((entry) => [entry.summary!.source, entry]));
  const articles = [...stored.values()].map((entry) => entry.summary!);
  const live = new Map(entries.filter((entry) => entry.key).map(({ key, ...entry }) => [key, entry]));
  run.end(extracted);
  // A page, feed or search record that needs a whole record reads it from its pack; where each one is is all that
  // is kept of the entries, so the summaries are garbage once the index is built.
  const packed = new Map([...stored].map(([source, { at }]): [string, CachedSource] => [source, { problems: [], at }]));
  const load: LoadRecord = async (article) => {
    const entry = packed.get(article.source)!;
    // The cache lost this record (its pack deleted by hand mid-build): extract its source again rather than fail.
    const record = cache.loadRecord(entry) ?? (await reextract(config, article.source));
    return { ...record, id: article.id, slug: article.slug };
  };
  // What the index is made from, but each article's cache key and word count (`PagePlan.inputs`).
  const digests = entries.map((entry) => (entry.summary ? entry.indexed : null));
  const indexed = digests.includes(undefined) ? undefined : digest(JSON.stringify(digests));
  return { archive: { articles, problems, dropped: sources.length - articles.length, load }, live, indexed };
}

/** What the second half of a build needs from the first: where it writes, and the fingerprints of its inputs. */
interface BuildInputs {
  output: SiteWrite;
  /** A hash of every input of the build, kept in the manifest so the next build can tell nothing changed. */
  inputs: string;
  /** A hash of all of Dateline's code, which the search shards' fingerprints include. */
  code: string;
  /** The code and settings every page depends on. */
  site: string;
  /** A hash of what the search bundle is made from: the sources, the people file, the settings and the code. */
  searchInputs: string;
  /** A hash of what the pages are made from but each article's cache key and word count (with the record cache only). */
  pageInputs?: string;
  templateFingerprints: Map<string, string>;
  assets: OutputFile[];
  /** Loads an article's whole record back, for its page, its feed entry, its data line and its search record. */
  load: LoadRecord;
  /** The last build's lines of `/data/articles.jsonl`, so unchanged articles' records are not loaded for them. */
  lines?: DataLineCache;
  /** An edit's search shards, started before the index was built. */
  earlyShards?: EarlyShards;
}

/** Renders the pages whose inputs changed and the search bundle, then writes what differs: the second half of a build. */
async function renderAndWrite(config: Readonly<Config>, options: BuildOptions, run: Run, checked: IndexResult, { output, inputs, code, site, searchInputs, pageInputs, templateFingerprints, assets, load, lines, earlyShards }: BuildInputs): Promise<BuildResult> {
  const { problems, index, stages, dropped } = checked;
  const articles = index.articles.length;
  const fail = async (pages: number): Promise<BuildResult> => {
    await output.abort();
    return { articles, dropped, problems, stages, index, pages, changed: 0, written: false };
  };
  const loaded = await loadTemplates(config.templatesDir);
  for (const problem of loaded.problems) problems.push(templateError(problem, problem.reason));
  if (loaded.problems.length) return fail(0);

  if (output.previous?.inputs === inputs) {
    // No input changed since the site in place was built (the dev server gets here; other builds stop earlier).
    await output.abort();
    return { articles, dropped, problems, stages, index, pages: output.previous.report.pages, changed: 0, written: true };
  }
  const manifest = startManifest(output.previous);
  let written = 0;
  const emit = async (file: OutputFile): Promise<void> => {
    if (!manifest.differs(file)) return;
    written++;
    await output.put(file);
  };
  // The search bundle is made from the index alone, so a rebuild starts it first: an edit's shard is indexed by
  // Pagefind on the other core while this thread plans and renders. A first build's search, and a rebuild's larger
  // than an edit's, come after the pages, once their planned routes and fingerprints are garbage: the shards and
  // Pagefind's processes are the build's largest memory.
  let pagesDone: (goOn: boolean) => void = () => undefined;
  const after = new Promise<boolean>((resolve) => (pagesDone = resolve));
  const covered = coveredEdit(output.previous?.plan, pageInputs, index.articles.length);
  const searchWith = { code, searchInputs, load, early: earlyShards, covered };
  const early = config.search && output.previous ? startSearch(config, options, index, manifest, emit, { ...searchWith, after }) : undefined;
  let pages: Awaited<ReturnType<typeof renderPagesAndData>>;
  try {
    await early?.started;
    pages = await renderPagesAndData(config, options, run, index, loaded.templates, { output, site, pageInputs, covered, templateFingerprints, load, lines, manifest, emit, written: () => written++ });
  } catch (error) {
    pagesDone(false);
    await early?.done.catch(() => undefined);
    throw error;
  }
  for (const problem of pages.problems) problems.push(problem);
  pagesDone(pages.problems.length === 0);
  // A broken article is dropped and the rest still publish; a broken template would publish broken pages, so the
  // previous site stays instead.
  if (pages.problems.length) {
    await early?.done.catch(() => undefined);
    return fail(pages.rendered);
  }
  if (config.search) {
    // Started early, what is left of the search stage once the pages are done.
    run.start('search', index.articles.length, 'articles');
    const search = await (early ?? startSearch(config, options, index, manifest, emit, searchWith)).done;
    run.end(search.records, 'records');
  }
  for (const asset of assets) if (!manifest.unchanged(asset.path, digest(asset.contents))) await emit(asset);

  const stale = manifest.stale();
  run.start('write', written + stale.length, 'files');
  const report = { articles, pages: pages.planned, dropped, problems: problems.map((problem) => ({ ...problem, file: path.resolve(problem.file) })) };
  await output.commit(manifest.finish(randomUUID(), inputs, report, pages.plan), stale);
  run.end(written + stale.length);
  return { articles, dropped, problems, stages, index, pages: pages.planned, changed: written + stale.length, written: true };
}

/** Where the search bundle's files go in the output folder. */
const SEARCH_FOLDER = paths.searchBundle().slice(1);

/** A search started beside the page stages: `started` once the caller may go on, `done` with the bundle made. */
interface StartedSearch {
  started: Promise<void>;
  done: Promise<SearchIndex>;
}

/**
 * Starts the search stage, beside the caller's work when given `after` (see `SearchOptions.overlap`). Each search
 * shard's files carry the fingerprint of what it indexed: files made from the same records stay.
 */
function startSearch(config: Readonly<Config>, options: BuildOptions, index: SiteIndex, manifest: ManifestBuilder, emit: (file: OutputFile) => Promise<void>, { code, searchInputs, load, early, covered, after }: { code: string; searchInputs: string; load: LoadRecord; early?: EarlyShards; covered: boolean; after?: Promise<boolean> }): StartedSearch {
  let started: () => void = () => undefined;
  const begun = new Promise<void>((resolve) => (started = resolve));
  const done = indexSearch(index, {
    language: config.language,
    version: code,
    cacheDir: config.cacheDir,
    clean: Boolean(options.clean),
    inputs: searchInputs,
    inPlace: (fingerprint) => manifest.keepMadeFrom(fingerprint, SEARCH_FOLDER),
    emit: async (file, fingerprint) => {
      manifest.unchanged(file.path, fingerprint);
      await emit(file);
    },
    load,
    threads: options.threads,
    overlap: after && { after, started },
    early,
    covered,
  });
  // Awaited by the caller once the pages are done; until then a failure must not count as unhandled.
  done.catch(() => undefined);
  return { started: begun, done };
}

/** What the page and data stages share with the rest of the build: where files go and how they are counted. */
interface PageWrite {
  output: SiteWrite;
  site: string;
  pageInputs?: string;
  /** True when the last build's page plan covers this build (`coveredEdit`). */
  covered: boolean;
  templateFingerprints: Map<string, string>;
  load: LoadRecord;
  lines?: DataLineCache;
  manifest: ManifestBuilder;
  /** Puts a file when its bytes differ from the last build's. */
  emit(file: OutputFile): Promise<void>;
  /** Counts a file written without `emit`. */
  written(): void;
}

/**
 * Plans every page, renders the changed ones, then makes the feeds, sitemap and data files. The planned pages and
 * their fingerprints live only in here, so they are garbage before the search stage starts. An edit the last
 * build's plan covers (`editedPages`) fingerprints no page.
 */
async function renderPagesAndData(config: Readonly<Config>, options: BuildOptions, run: Run, index: SiteIndex, templates: Templates, { output, site, pageInputs, covered, templateFingerprints, load, lines, manifest, emit, written }: PageWrite): Promise<{ planned: number; rendered: number; problems: Problem[]; plan?: PagePlan }> {
  // Planning every page and fingerprinting it to find the changed ones is a stage of its own in the timings.
  run.start('plan', index.articles.length, 'articles');
  const { sitemapPages, shared, changed, planned, plan, dataFiles } = planPagesAndData(config, index, load, { output, site, pageInputs, covered, templateFingerprints, lines, manifest });
  run.end(planned, 'pages');

  run.start('render', changed.length, 'pages');
  // In a full write, worker threads write their pages into the staging folder themselves.
  const direct = output.stagingDir ? { stagingDir: output.stagingDir, written: (file: string, bytes: string) => void (manifest.differsByHash(file, bytes) && written()) } : undefined;
  const rendered = await renderPages(changed, templates, config, { emit, onRendered: run.ticker('render') }, { threads: options.threads, shared, direct, load });
  const problems = rendered.problems.map((problem) => {
    const where = problem.source ? `the page of ${problem.source}` : `the page ${problem.path}`;
    const others = problem.pages > 1 ? ` and ${problem.pages - 1} other ${problem.pages === 2 ? 'page' : 'pages'}` : '';
    return templateError(problem, `Rendering ${where}${others} failed: ${problem.reason}. Fix the template.`);
  });
  run.end(rendered.rendered);
  if (problems.length) return { planned, rendered: rendered.rendered, problems };

  run.start('data', index.articles.length, 'articles');
  const machineFiles = await renderMachineFiles(index, sitemapPages, config, load);
  for (const file of machineFiles) await emit(file);
  for (const file of dataFiles) if (await putStreamed(file, output, manifest)) written();
  run.end(machineFiles.length + dataFiles.length, 'files');
  return { planned, rendered: rendered.rendered, problems, plan };
}

/**
 * Plans every page and finds the ones to render (`findChangedPages`), then decides which data files are made (not
 * yet made: their lines come as they are written), whose fingerprints hash the same shared objects, and takes what
 * the sitemap needs of the pages. The fingerprinter and the planned pages live only in here, so they are garbage once
 * rendered (`renderPages` lets each batch go): the fingerprinter's hash of every shared object was 118 MB of the main
 * thread's heap at 100,000 articles, held through the render stage while the data files were decided after it.
 */
function planPagesAndData(config: Readonly<Config>, index: SiteIndex, load: LoadRecord, { output, site, pageInputs, covered, templateFingerprints, lines, manifest }: Pick<PageWrite, 'output' | 'site' | 'pageInputs' | 'covered' | 'templateFingerprints' | 'lines' | 'manifest'>): { sitemapPages: SitemapPage[]; shared: object[][]; changed: PlannedPage[]; planned: number; plan?: PagePlan; dataFiles: StreamedFile[] } {
  // A covered edit's pages are the last build's, which were checked for collisions.
  const pages = planRoutes(index, { checked: covered });
  const fingerprints = createFingerprinter(site);
  const { groups: shared, keys: contentKeys } = sharedGroups(index);
  const { changed, planned, plan, edit } = findChangedPages(index, pages, { pageInputs, coveringPlan: covered ? output.previous?.plan : undefined, manifest }, () => {
    // Which articles each page reaches is kept only for the next build's plan, which needs the record cache.
    if (pageInputs !== undefined) fingerprints.tag(index.articles);
    shared.forEach((group, position) => fingerprints.share(group, contentKeys[position]));
    return changedPages(pages, fingerprints, templateFingerprints, manifest);
  });
  // After a covered edit the index is the last build's but for cache keys and word counts: files made from the
  // index alone stay.
  const kept = edit ? (file: string) => manifest.keep(file) : undefined;
  const dataFiles = renderDataFiles(index, config, load, { lines, kept, inPlace: (file, fileInputs) => manifest.unchanged(file, fingerprints.data(fileInputs)) });
  return { sitemapPages: toSitemapPages(pages, config), shared, changed, planned, plan, dataFiles };
}

/**
 * The pages to render, and the plan the next build starts from (none without the record cache). An edit the last
 * build's plan covers (`coveringPlan`, then `edit`) keeps every page the edited articles do not reach,
 * fingerprinting none (`editedPages`); any other build calls `fingerprintAll`, which also finds the articles each
 * page reaches.
 */
function findChangedPages(index: SiteIndex, pages: PlannedPage[], { pageInputs, coveringPlan, manifest }: { pageInputs?: string; coveringPlan?: PagePlan; manifest: ManifestBuilder }, fingerprintAll: () => ReturnType<typeof changedPages>): { changed: PlannedPage[]; planned: number; plan?: PagePlan; edit: boolean } {
  const keys = index.articles.map((article) => article.key ?? '');
  if (coveringPlan) {
    return { ...editedPages(pages, coveringPlan, keys, manifest), plan: { inputs: coveringPlan.inputs, keys, reached: coveringPlan.reached }, edit: true };
  }
  const { changed, planned, reached } = fingerprintAll();
  const plan = pageInputs === undefined ? undefined : { inputs: pageInputs, keys, reached: Array.from(keys, (_, article) => reached[article] ?? null) };
  return { changed, planned, plan, edit: false };
}

/** A template problem as an error placed in the template's file. */
function templateError(problem: TemplateProblem, reason: string): Problem {
  return { file: shownPath(problem.file), line: problem.line ?? 1, column: problem.column ?? 1, severity: 'error', reason, ruleId: problem.ruleId };
}

/** Extracts one source again, for a record the cache lost during the build. */
async function reextract(config: Readonly<Config>, source: string): Promise<ArticleRecord> {
  const file = path.join(config.contentDir, source);
  const { extractSource: extractInPool } = await import('./pool/extract-source.js');
  const { record } = extractInPool(toSourceFile(await readFile(file), file, config.contentDir));
  if (!record) throw new Error(`${file} changed during the build and can no longer be extracted; build again.`);
  return record;
}
