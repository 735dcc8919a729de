/**
 * Search stage: `SiteIndex` → the Pagefind bundle, file by file, under `pagefind/`. Pagefind reads each article as
 * HTML made from its record (headline, body, captions; not the rendered page, so search renders nothing) and each
 * quote as a record of its own. The index is cut into shards of whole months (`plan-shards.ts`), each its own
 * Pagefind index: the newest at `pagefind/` with Pagefind's script and WebAssembly, the others in
 * `pagefind/<months>/` with their index only, and `pagefind/shards.json` naming them for the search page, which
 * merges them in the browser. A shard is built only when what it indexes changed: otherwise it is left in the
 * output folder or taken from the cache folder. Shards are indexed side by side, one per worker thread, each in a
 * Pagefind process of its own that is stopped afterwards, so each process's memory is bounded by the biggest
 * shard. Each indexed shard's requests are kept in the cache folder, so an edit can start its shard again before the
 * index is built (`edited-shards.ts`). Nothing is read back from the output folder: the files go to the write stage
 * with the rest of the site, so a failed build still changes nothing.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { CustomRecord } from 'pagefind';
import type { LoadRecord, OutputFile, SiteIndex } from '../types.js';
import { paths } from '../render/urls.js';
import { digest } from '../render/fingerprint.js';
import { buildShard, type ShardRequest } from './build-shard.js';
import type { EarlyShards } from './edited-shards.js';
import { packRequests } from './packed-requests.js';
import { planShards, type SearchShard } from './plan-shards.js';
import { openShardCache, type ShardArticle } from './shard-cache.js';
import { indexInWorker, startShardPool, type ShardPool } from './shard-pool.js';
import { toArticleSearchData, toQuoteRecords, toSearchHtml, type SearchData } from './search-records.js';

/** What the search stage needs besides the site. */
export interface SearchOptions {
  language: string;
  /** Names the code that makes the bundle; it is part of every shard's fingerprint. */
  version: string;
  /** Where built shards are kept between builds; without it every shard is built. */
  cacheDir?: string;
  /** Ignore the shards kept in the cache folder. */
  clean?: boolean;
  /**
   * A digest of everything the bundle is made from (sources, people file, settings, code): when it is the last
   * build's and the output folder still holds that build's shards, they stay without the records being looked at.
   */
  inputs?: string;
  /** True when the output folder holds the files made under this fingerprint by the last build: they stay. */
  inPlace?: (fingerprint: string) => boolean;
  /** Takes one file of the bundle with the fingerprint of what made it. */
  emit: (file: OutputFile, fingerprint: string) => Promise<void>;
  /** Loads an article's whole record back (its body and captions are what Pagefind indexes). */
  load: LoadRecord;
  /** How many shards may be indexed at once, each in a worker thread with its own Pagefind; defaults to one per core. */
  threads?: number;
  /**
   * Given, the caller goes on with other work once `started` is called: up to `limit` records (by default
   * `BACKGROUND_RECORDS`: an edit's shard) are indexed at once in worker threads, so Pagefind works on the other core
   * meanwhile; more wait until `after` resolves, so a large search never adds its shards and Pagefind's processes to
   * the caller's memory. When `after` resolves false the caller stopped, and nothing more is indexed.
   */
  overlap?: { after: Promise<boolean>; started: () => void; limit?: number };
  /** Shards an edit started indexing before the index was built: one that is this build's shard is taken. */
  early?: EarlyShards;
  /**
   * True when the index is the last build's but for some articles' cache keys and word counts (an edit the last
   * build's page plan covers): a shard whose articles have the last build's keys then has the last build's
   * fingerprint, and is not fingerprinted again.
   */
  covered?: boolean;
}

/** How the bundle was made: its shards, how many were indexed by this build, and the records they held. */
export interface SearchIndex {
  shards: number;
  built: number;
  records: number;
}

/** One entry of `shards.json`: the shard's name (the merge filter the page searches it by) and its folder. */
interface ShardListing {
  name: string;
  path: string;
}

/** The search page's list of shards, newest first; the first is the bundle it loads Pagefind from. */
export const SHARD_LIST = 'shards.json';

// What the browser runs Pagefind with: needed once, in the bundle it loads Pagefind from. Merged shards are
// searched with that bundle's WebAssembly.
const RUNTIME_FILE = /^(pagefind\.js|pagefind-worker\.js|wasm\.[\w-]+\.pagefind)$/;

/** Below this many requests to index, the shards are indexed on this thread: starting workers costs more. */
export const MIN_FOR_WORKERS = 1000;

/** At most this many requests are indexed while the caller works (`SearchOptions.overlap`): a full shard's and more. */
export const BACKGROUND_RECORDS = 20_000;

// Pagefind keeps one service process per thread and close() stops it under every open index, so builds in one
// process (tests, scripts using the API) take turns.
let turn: Promise<unknown> = Promise.resolve();

/**
 * Indexes every article and quote with Pagefind, shard by shard, and hands each file of the bundle to `emit`
 * unless `inPlace` says the output folder already holds it.
 */
export function indexSearch(site: SiteIndex, options: SearchOptions): Promise<SearchIndex> {
  const run = turn.then(() => indexShards(site, options));
  turn = run.catch(() => undefined);
  return run;
}

async function indexShards(site: SiteIndex, options: SearchOptions): Promise<SearchIndex> {
  try {
    return await indexChangedShards(site, options);
  } finally {
    options.overlap?.started();
  }
}

async function indexChangedShards(site: SiteIndex, options: SearchOptions): Promise<SearchIndex> {
  const cache = options.cacheDir === undefined ? undefined : openShardCache(options.cacheDir, options.clean);
  const base = paths.searchBundle().slice(1);
  const last = cache?.last();
  // Fingerprinting every shard hashes every article's search data and quotes: a build that changed only templates
  // skips even that.
  if (last && last.inputs === options.inputs && last.placed.every((placed) => options.inPlace?.(placed))) {
    await options.emit({ path: base + SHARD_LIST, contents: last.list }, digest(last.list));
    return { shards: last.placed.length, built: 0, records: 0 };
  }
  // A shard's quote records are made when it is fingerprinted and again when it is indexed, never the archive's at
  // once; the articles' search data is made when a shard first needs it (a covered edit fingerprints one shard).
  let articleData: Map<string, SearchData> | undefined;
  const dataOf = (): Map<string, SearchData> => (articleData ??= toArticleSearchData(site));
  const recordsOf = (shard: SearchShard): Map<string, CustomRecord[]> => toQuoteRecords(site, options.language, shard.articles);
  const salt = JSON.stringify([options.version, pagefindVersion(), options.language]);
  const lastShards = options.covered && last?.salt === salt ? new Map(last.shards?.map((each) => [each.keys, each])) : undefined;
  // Newest first: the newest shard is the one the search page loads Pagefind from. An empty archive still gets
  // one (empty) bundle, so the page finds Pagefind and simply finds nothing.
  const shards = planShards(site.articles).reverse();
  if (!shards.length) shards.push({ name: 'none', articles: [] });

  const result: SearchIndex = { shards: shards.length, built: 0, records: 0 };
  const planned: PlannedShard[] = [];
  for (const [position, shard] of shards.entries()) {
    const folder = position === 0 ? '' : `${shard.name}/`;
    const keys = keysOf(shard);
    const covered = lastShards?.get(keys);
    const { fingerprint, requests, articles } = covered?.articles ? { ...covered, articles: covered.articles } : await fingerprintOf(salt, shard, dataOf(), recordsOf(shard), options.load);
    // The same shard in another folder (the newest one, moved when a newer shard starts) is other files.
    const placed = digest(`${fingerprint}\n${folder}`);
    planned.push({ shard, folder, fingerprint, keys, articles, placed, inPlace: options.inPlace?.(placed) ?? false, requests });
  }
  const handOver = async (each: PlannedShard, files: OutputFile[]): Promise<void> => {
    for (const file of files) {
      if (each.folder && RUNTIME_FILE.test(file.path)) continue;
      await options.emit({ path: base + each.folder + file.path, contents: file.contents }, each.placed);
    }
  };
  // Biggest first, so the shards indexed last are small ones: a big shard left for the end kept one core busy while
  // the other idled (at 10,000 articles the oldest shard, 12,445 pages and records, was indexed alone for 20 s of
  // the stage's 115).
  const missing = planned.filter((each) => !each.inPlace && !cache?.has(each.fingerprint)).sort((a, b) => b.requests - a.requests);
  const kept = planned.filter((each) => !each.inPlace && cache?.has(each.fingerprint));
  const toIndex = missing.reduce((sum, each) => sum + each.requests, 0);
  const { overlap } = options;
  const background = overlap !== undefined && toIndex <= (overlap.limit ?? BACKGROUND_RECORDS);
  if (overlap && !background) {
    overlap.started();
    if (!(await overlap.after)) return result;
  }
  const workers = Math.min(options.threads ?? availableParallelism(), missing.length);
  // In the background even one shard goes to a worker: on this thread it would wait for the caller's work. The
  // workers start when a shard needs them: not when an early shard is all an edit indexes.
  let pool: Promise<ShardPool> | undefined;
  const inPool = (workers > 1 || (background && workers === 1)) && toIndex >= MIN_FOR_WORKERS ? () => (pool ??= startShardPool(workers)) : undefined;
  if (!inPool) overlap?.started();
  const build = async ({ shard, fingerprint, requests, articles }: PlannedShard): Promise<OutputFile[]> => {
    const early = options.early?.take(shard.articles.map((article) => article.source), articles, salt);
    if (early) overlap?.started();
    const earlyFiles = await early?.files;
    let files: OutputFile[];
    if (early && earlyFiles) {
      cache?.saveRequests(fingerprint, early.requests);
      files = earlyFiles;
    } else {
      const list = await toRequests(shard, dataOf(), recordsOf(shard), options.load);
      const packed = packRequests(list);
      cache?.saveRequests(fingerprint, { packed, pages: list.flatMap((request, position) => ('html' in request ? [position] : [])) });
      files = inPool ? await indexInWorker(await inPool(), packed, requests, options.language, overlap?.started) : await buildShard(list, requests, options.language);
    }
    cache?.save(fingerprint, files);
    result.built++;
    result.records += requests;
    return files;
  };
  let next = 0;
  let failed = false;
  const stopOnFailure = async (work: () => Promise<void>): Promise<void> => {
    try {
      await work();
    } catch (error) {
      failed = true;
      throw error;
    }
  };
  // Each runner indexes one shard after another and hands each over as soon as it is built (the write stage does
  // not care in which order), so at most one shard's files per runner are in memory. One runner per worker; on this
  // thread one alone, as closing Pagefind stops its process under any other shard.
  const runners = (): Promise<void>[] =>
    Array.from({ length: inPool ? workers : 1 }, () =>
      stopOnFailure(async () => {
        while (!failed && next < missing.length) {
          const each = missing[next++];
          await handOver(each, await build(each));
        }
      }),
    );
  // Meanwhile the shards the cache folder holds are read and handed over; one it cannot read joins the missing.
  const handKept = (): Promise<void> => stopOnFailure(async () => {
    for (const each of kept) {
      if (failed) return;
      const files = cache?.load(each.fingerprint);
      if (files) await handOver(each, files);
      else missing.push(each);
    }
  });
  try {
    let runs: PromiseSettledResult<void>[] = await Promise.allSettled([...runners(), handKept()]);
    if (!failed && next < missing.length) runs = await Promise.allSettled(runners());
    const failure = runs.find((run) => run.status === 'rejected');
    if (failure) throw failure.reason;
  } finally {
    await (await pool)?.destroy();
  }
  const listing: ShardListing[] = planned.map(({ shard, folder }) => ({ name: shard.name, path: folder }));
  const list = JSON.stringify({ shards: listing });
  await options.emit({ path: base + SHARD_LIST, contents: list }, digest(list));
  cache?.keepOnly(new Set(planned.map((each) => each.fingerprint)));
  const shardsMade = planned.map(({ shard, fingerprint, keys, requests, articles }) => ({ fingerprint, keys, requests, sources: shard.articles.map((article) => article.source), articles }));
  if (options.inputs) cache?.saveLast({ inputs: options.inputs, placed: planned.map((each) => each.placed), list, salt, shards: shardsMade });
  return result;
}

/** A shard with where its files go, the fingerprint of what it indexes, and whether the output folder holds it. */
interface PlannedShard {
  shard: SearchShard;
  folder: string;
  fingerprint: string;
  /** A digest of its articles' cache keys. */
  keys: string;
  /** Each article's cache key and search digest (`fingerprintOf`). */
  articles: ShardArticle[];
  /** The fingerprint the shard's files carry in the manifest: the shard's, and its folder. */
  placed: string;
  inPlace: boolean;
  /** How many pages and records it holds. */
  requests: number;
}

/**
 * What Pagefind is sent for one shard, in article order: each article's page, made from its whole record (loaded
 * back one by one), then its quotes.
 */
async function toRequests(shard: SearchShard, articleData: Map<string, SearchData>, quoteRecords: Map<string, CustomRecord[]>, load: LoadRecord): Promise<ShardRequest[]> {
  const requests: ShardRequest[] = [];
  for (const article of shard.articles) {
    requests.push({ url: paths.article(article), html: toSearchHtml(await load(article), articleData.get(article.id)!) });
    for (const record of quoteRecords.get(article.id) ?? []) requests.push({ url: record.url, record });
  }
  return requests;
}

/**
 * A hash of everything that decides a shard's files, how many requests the shard makes, and each article's key and
 * search digest. The hash covers the code, Pagefind's version, the language, and for each article a digest of its
 * URL, search data and quote records (its search digest) with its cache key standing in for the HTML made from its
 * record (the key hashes the source's bytes and the extraction code, and the HTML is made by code the salt names).
 * So an edit loads back only the records of the shard it changed. An article without a key (records held in
 * memory) is hashed by its HTML.
 */
async function fingerprintOf(salt: string, shard: SearchShard, articleData: Map<string, SearchData>, quoteRecords: Map<string, CustomRecord[]>, load: LoadRecord): Promise<{ fingerprint: string; requests: number; articles: ShardArticle[] }> {
  const hash = createHash('sha256').update(salt);
  let requests = 0;
  const articles: ShardArticle[] = [];
  for (const article of shard.articles) {
    const data = articleData.get(article.id)!;
    const made = article.key ? `key ${article.key}` : toSearchHtml(await load(article), data);
    const records = quoteRecords.get(article.id) ?? [];
    const search = digest(JSON.stringify([paths.article(article), data, records]));
    hash.update('\n').update(made).update('\n').update(search);
    articles.push([article.key ?? '', search]);
    requests += 1 + records.length;
  }
  return { fingerprint: hash.digest('hex').slice(0, 32), requests, articles };
}

/** A digest of a shard's articles' cache keys, by which a covered edit knows a shard it did not change. */
function keysOf(shard: SearchShard): string {
  return digest(JSON.stringify(shard.articles.map((article) => article.key ?? '')));
}

/** The installed Pagefind's version: a new Pagefind may index the same records into other files. */
function pagefindVersion(): string {
  const manifest = fileURLToPath(new URL('../package.json', import.meta.resolve('pagefind')));
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}
