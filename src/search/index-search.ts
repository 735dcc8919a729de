/**
 * Search stage: `SiteIndex` → the Pagefind bundle, file by file, under `pagefind/`. Pagefind reads each article as
 * HTML made from its record (headline, body, captions; not the rendered page, so search renders nothing) and each
 * quote as a record of its own. The index is cut into shards of whole months (`plan-shards.ts`), each its own
 * Pagefind index: the newest at `pagefind/` with Pagefind's script and WebAssembly, the others in
 * `pagefind/<months>/` with their index only, and `pagefind/shards.json` naming them for the search page, which
 * merges them in the browser. A shard is built only when what it indexes changed: otherwise it is left in the
 * output folder or taken from the cache folder. Shards are indexed side by side, one per worker thread, each in a
 * Pagefind process of its own that is stopped afterwards, so each process's memory is bounded by the biggest
 * shard. Nothing is read back from the output folder: the files go to the write stage with the rest of the site,
 * so a failed build still changes nothing.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { CustomRecord } from 'pagefind';
import type { Piscina } from 'piscina';
import type { LoadRecord, OutputFile, SiteIndex } from '../types.js';
import { paths } from '../render/urls.js';
import { digest } from '../render/fingerprint.js';
import { UserError } from '../report/user-error.js';
import { buildShard, type ShardRequest } from './build-shard.js';
import { packRequests } from './packed-requests.js';
import type { ShardResult, ShardTask } from './shard-worker.js';
import { planShards, type SearchShard } from './plan-shards.js';
import { openShardCache } from './shard-cache.js';
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

// Below this many requests to index, the shards are indexed on this thread: starting workers costs more.
const MIN_FOR_WORKERS = 1000;

// At most this many requests are indexed while the caller works (`SearchOptions.overlap`): a full shard's and more.
const BACKGROUND_RECORDS = 20_000;

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
  const articleData = toArticleSearchData(site);
  // A shard's quote records are made when it is fingerprinted and again when it is indexed, never the archive's at once.
  const recordsOf = (shard: SearchShard): Map<string, CustomRecord[]> => toQuoteRecords(site, options.language, shard.articles);
  const salt = JSON.stringify([options.version, pagefindVersion(), options.language]);
  // Newest first: the newest shard is the one the search page loads Pagefind from. An empty archive still gets
  // one (empty) bundle, so the page finds Pagefind and simply finds nothing.
  const shards = planShards(site.articles).reverse();
  if (!shards.length) shards.push({ name: 'none', articles: [] });

  const result: SearchIndex = { shards: shards.length, built: 0, records: 0 };
  const planned: PlannedShard[] = [];
  for (const [position, shard] of shards.entries()) {
    const folder = position === 0 ? '' : `${shard.name}/`;
    const quoteRecords = recordsOf(shard);
    const fingerprint = await fingerprintOf(salt, shard, articleData, quoteRecords, options.load);
    // The same shard in another folder (the newest one, moved when a newer shard starts) is other files.
    const placed = digest(`${fingerprint}\n${folder}`);
    const requests = shard.articles.length + [...quoteRecords.values()].reduce((sum, records) => sum + records.length, 0);
    planned.push({ shard, folder, fingerprint, placed, inPlace: options.inPlace?.(placed) ?? false, requests });
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
  // In the background even one shard goes to a worker: on this thread it would wait for the caller's work.
  const pool = (workers > 1 || (background && workers === 1)) && toIndex >= MIN_FOR_WORKERS ? await startPool(workers) : undefined;
  if (!pool) overlap?.started();
  const build = async ({ shard, fingerprint, requests }: PlannedShard): Promise<OutputFile[]> => {
    const made = toRequests(shard, articleData, recordsOf(shard), options.load);
    const files = pool ? await inWorker(pool, made, requests, options.language, overlap?.started) : await buildShard(made, requests, options.language);
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
    Array.from({ length: pool ? workers : 1 }, () =>
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
    await pool?.destroy();
  }
  const listing: ShardListing[] = planned.map(({ shard, folder }) => ({ name: shard.name, path: folder }));
  const list = JSON.stringify({ shards: listing });
  await options.emit({ path: base + SHARD_LIST, contents: list }, digest(list));
  cache?.keepOnly(new Set(planned.map((each) => each.fingerprint)));
  if (options.inputs) cache?.saveLast({ inputs: options.inputs, placed: planned.map((each) => each.placed), list });
  return result;
}

/** A shard with where its files go, the fingerprint of what it indexes, and whether the output folder holds it. */
interface PlannedShard {
  shard: SearchShard;
  folder: string;
  fingerprint: string;
  /** The fingerprint the shard's files carry in the manifest: the shard's, and its folder. */
  placed: string;
  inPlace: boolean;
  /** How many pages and records it holds. */
  requests: number;
}

/** Starts the worker threads that index shards side by side. */
async function startPool(threads: number): Promise<Piscina<ShardTask, ShardResult>> {
  const { Piscina } = await import('piscina');
  return new Piscina({ filename: new URL('./shard-worker.js', import.meta.url).href, minThreads: threads, maxThreads: threads });
}

/**
 * Indexes a shard in a worker: its requests are packed into bytes that move to the worker, so this thread holds
 * none of them while it waits; `sent` is called once they are on their way. A UserError the worker met is thrown
 * again here as one.
 */
async function inWorker(pool: Piscina<ShardTask, ShardResult>, made: AsyncIterable<ShardRequest>, count: number, language: string, sent?: () => void): Promise<OutputFile[]> {
  const list: ShardRequest[] = [];
  for await (const request of made) list.push(request);
  const requests = packRequests(list);
  const running = pool.run({ requests, count, language }, { transferList: [requests.buffer] });
  sent?.();
  const result = await running;
  if ('userError' in result) throw new UserError(result.userError);
  return result.files;
}

/**
 * What Pagefind is sent for one shard, in article order: each article's page, then its quotes. The articles' whole
 * records are loaded one by one as the requests are taken, so on this thread (where an edit indexes its one shard)
 * Pagefind indexes the first articles while the next are loaded, instead of waiting for the whole shard's.
 */
async function* toRequests(shard: SearchShard, articleData: Map<string, SearchData>, quoteRecords: Map<string, CustomRecord[]>, load: LoadRecord): AsyncGenerator<ShardRequest> {
  for (const article of shard.articles) {
    const url = paths.article(article);
    yield { url, html: toSearchHtml(await load(article), articleData.get(article.id)!) };
    for (const record of quoteRecords.get(article.id) ?? []) yield { url: record.url, record };
  }
}

/**
 * A hash of everything that decides a shard's files: the code, Pagefind's version, the language, and for each
 * article its URL, search data and quote records, with its cache key standing in for the HTML made from its record
 * (the key hashes the source's bytes and the extraction code, and the HTML is made by code the salt names). So an
 * edit loads back only the records of the shard it changed. An article without a key (records held in memory) is
 * hashed by its HTML.
 */
async function fingerprintOf(salt: string, shard: SearchShard, articleData: Map<string, SearchData>, quoteRecords: Map<string, CustomRecord[]>, load: LoadRecord): Promise<string> {
  const hash = createHash('sha256').update(salt);
  for (const article of shard.articles) {
    const data = articleData.get(article.id)!;
    const made = article.key ? `key ${article.key}` : toSearchHtml(await load(article), data);
    hash.update('\n').update(JSON.stringify([paths.article(article), made, data, quoteRecords.get(article.id) ?? []]));
  }
  return hash.digest('hex').slice(0, 32);
}

/** The installed Pagefind's version: a new Pagefind may index the same records into other files. */
function pagefindVersion(): string {
  const manifest = fileURLToPath(new URL('../package.json', import.meta.resolve('pagefind')));
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}
