/**
 * The whole build in run order: read → parse → extract → index → plan → render → write. In a build, a record cache
 * and the last build's manifest make a rebuild do only what its changes need (ARCHITECTURE.md, "Speed and scale"):
 * when no input changed, nothing past the read stage runs, nor is its code loaded; otherwise `build-changes.ts`
 * extracts only articles the cache lacks, renders only pages whose inputs changed, and writes only files whose
 * bytes changed.
 */
import path from 'node:path';
import type { OutputFile, SiteIndex } from './types.js';
import type { Config } from './config/load-config.js';
import { ALL_CODE, codeVersion, RECORD_CODE } from './cache/cache-version.js';
import { openRecordCache, type RecordCache } from './cache/record-cache.js';
import { keySources, type KeyedSource } from './cache/source-keys.js';
import { findSources } from './read/read-sources.js';
import { readAssets } from './read/read-assets.js';
import { readPeopleFile, type PeopleFile } from './read/read-people-file.js';
import { localToday } from './index/check-dates.js';
import { digest } from './render/fingerprint.js';
import { fingerprintTemplates } from './render/template-fingerprints.js';
import { createDiskWriter, type SiteWrite, type Writer } from './write/write-site.js';
import { manifestFileFor, removeRetiredManifest } from './write/manifest-file.js';
import type { Problem } from './report/problem.js';
import type { CheckOptions } from './check.js';
import { shownPath, startRun, type Run, type StageTiming } from './build-run.js';
import type { EarlyShards } from './search/edited-shards.js';

/** Options for `build` beyond the config. */
export interface BuildOptions extends CheckOptions {
  /** Where the site goes; defaults to a disk writer for `config.outputDir` with its manifest in `config.cacheDir`. */
  writer?: Writer;
  /** Ignore the record cache and the last build: extract every article and write every page. */
  clean?: boolean;
  /** Threads for extraction and rendering; 0 does everything on the main thread. Defaults to one per core. */
  threads?: number;
}

/** What a build did: how many articles it published, its problems, the pages of the site, what changed, and whether the site was written. */
export interface BuildResult {
  /** Articles published. */
  articles: number;
  /** Articles dropped because of errors. */
  dropped: number;
  problems: Problem[];
  stages: StageTiming[];
  /** The archive this build indexed; absent when no input had changed, so the site in place stayed without reading an article. */
  index?: SiteIndex;
  pages: number;
  /** Files written or deleted in the output folder; 0 when nothing changed. */
  changed: number;
  /** True when the site was written; false when a template error stopped it before writing. */
  written: boolean;
}

/** What a build found out before deciding that something changed, handed to `buildChanges`. */
export interface BuildContext {
  /** The record cache, unless the dev server's memo stands in for it. */
  cache?: RecordCache;
  /** The record code's version, which keys the cache. */
  version: string;
  /** The sources and their keys (with the cache only). */
  keyed?: KeyedSource[];
  output: SiteWrite;
  /** A hash of all of Dateline's code. */
  code: string;
  /** The code and settings every page depends on. */
  site: string;
  /** A hash of every input of the build, given the sources' keys. */
  inputsOf(sourceKeys: string[][]): string;
  /** The sources' [path, key] pairs (with the cache only). */
  sourceKeys?: string[][];
  /** The editor's people file, read once for the fingerprint and the index. */
  peopleFile?: PeopleFile;
  templateFingerprints: Map<string, string>;
  assets: OutputFile[];
  /** The edited articles' search shards, started once the sources were keyed (`startEarlySearch`). */
  earlyShards?: EarlyShards;
}

/** The read stage of a build: every source file and its cache key, from its bytes or the stats of the last build. */
async function keyBuildSources(config: Readonly<Config>, run: Run, cache: RecordCache, version: string, clean: boolean): Promise<KeyedSource[]> {
  const paths = await findSources(config.contentDir);
  run.start('read', paths.length, 'files');
  const sources = keySources(paths, config.contentDir, version, path.join(cache.recordsDir, 'stats.json'), clean);
  run.end(sources.length);
  return sources;
}

/**
 * Builds the site described by the config and writes it, unless a template error stops it. Only what changed
 * since the last build is extracted, rendered and written; pages that no longer exist are deleted. When no input
 * changed at all (same sources, templates, assets, people file, settings, code and day), the site in place stays
 * and the last build's report is given again without reading an article.
 */
export async function build(config: Readonly<Config>, options: BuildOptions = {}): Promise<BuildResult> {
  const clean = Boolean(options.clean);
  const run = startRun(options);
  const version = codeVersion(RECORD_CODE);
  // The dev server keeps its extractions in memory; other builds keep them in the record cache.
  const cache = options.memo ? undefined : openRecordCache(config.cacheDir, version, clean);
  const keyed = cache && (await keyBuildSources(config, run, cache, version, clean));
  // An edit's search shards start now, on the core the next stages leave idle.
  const edit = keyed && config.search && options.threads !== 0 && keyed.some((source) => source.edited);
  const earlyShards = edit ? await (await import('./early-search.js')).startEarlySearch(config, keyed, version) : undefined;
  try {
    return await buildWith(config, options, run, { cache, version, keyed, earlyShards });
  } finally {
    await earlyShards?.close();
  }
}

/** `build` once the sources are keyed (and an edit's search shards started). */
async function buildWith(config: Readonly<Config>, options: BuildOptions, run: Run, { cache, version, keyed, earlyShards }: Pick<BuildContext, 'cache' | 'version' | 'keyed' | 'earlyShards'>): Promise<BuildResult> {
  const clean = Boolean(options.clean);
  const templateFingerprints = await fingerprintTemplates(config.templatesDir);
  const assets = await readAssets(config.templatesDir);
  const peopleFile = await readPeopleFile(config.contentDir);
  // Everything besides its route that every page depends on: the code and the settings (folders excepted).
  const code = codeVersion(ALL_CODE);
  const site = JSON.stringify([code, { ...config, contentDir: '', outputDir: '', cacheDir: '' }]);
  // The day is an input of the checks (dates in the future), not of any page: a new day re-checks, renders nothing new.
  const inputsOf = (sourceKeys: string[][]): string => digest(JSON.stringify([site, [...templateFingerprints], assets.map((asset) => [asset.path, digest(asset.contents)]), sourceKeys, peopleFile?.text ?? '', localToday()]));

  const manifestFile = manifestFileFor(config.cacheDir, config.outputDir);
  removeRetiredManifest(config.cacheDir, config.outputDir);
  const writer = options.writer ?? createDiskWriter(config.outputDir, [config.contentDir, config.templatesDir, config.cacheDir, process.cwd()], manifestFile);
  const output = await writer.open(clean);
  try {
    const sourceKeys = keyed?.map((source) => [source.relativePath, source.key]);
    if (sourceKeys && output.previous?.inputs === inputsOf(sourceKeys)) {
      // No input changed since the site in place was built: nothing to extract, render or write.
      cache?.close();
      await output.abort();
      const { articles, pages, dropped, problems } = output.previous.report;
      return { articles, dropped, problems: problems.map((problem) => ({ ...problem, file: shownPath(problem.file) })), stages: run.stages, pages, changed: 0, written: true };
    }
    const { buildChanges } = await import('./build-changes.js');
    return await buildChanges(config, options, run, { cache, version, keyed, sourceKeys, output, code, site, inputsOf, peopleFile, templateFingerprints, assets, earlyShards });
  } catch (error) {
    await output.abort();
    throw error;
  }
}
