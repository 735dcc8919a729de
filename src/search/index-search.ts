/**
 * Search stage: `SiteIndex` → the Pagefind bundle, file by file, under `pagefind/`. Pagefind reads each article as
 * HTML made from its record (headline, body, captions; not the rendered page, so search renders nothing) and each
 * quote as a record of its own. The index is cut into shards of whole months (`plan-shards.ts`), each its own
 * Pagefind index: the newest at `pagefind/` with Pagefind's script and WebAssembly, the others in
 * `pagefind/<months>/` with their index only, and `pagefind/shards.json` naming them for the search page, which
 * merges them in the browser. A shard is built only when what it indexes changed: otherwise it is left in the
 * output folder or taken from the cache folder. Shards are indexed one at a time and Pagefind's process is
 * stopped after each, so its memory is bounded by the biggest shard. Nothing is read back from the output
 * folder: the files go to the write stage with the rest of the site, so a failed build still changes nothing.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { CustomRecord } from 'pagefind';
import type { LoadRecord, OutputFile, SiteIndex } from '../types.js';
import { paths } from '../render/urls.js';
import { digest } from '../render/fingerprint.js';
import { UserError } from '../report/user-error.js';
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

// Pagefind answers one request at a time, but keeping a few in flight hides the round trips to its process.
const IN_FLIGHT = 16;

// Pagefind ships ready-made search interfaces; the search page uses its JS API with the theme's own markup, so
// these would only be dead weight in every deploy.
const UNUSED_BUNDLE_FILE = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

// What the browser runs Pagefind with: needed once, in the bundle it loads Pagefind from. Merged shards are
// searched with that bundle's WebAssembly.
const RUNTIME_FILE = /^(pagefind\.js|pagefind-worker\.js|wasm\.[\w-]+\.pagefind)$/;

/** One page or record to hand to Pagefind. */
type Request = { url: string; html: string } | { url: string; record: CustomRecord };

// Pagefind keeps one service process per Node process and close() stops it under every open index, so builds
// in one process (tests, scripts using the API) take turns.
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
  const cache = options.cacheDir === undefined ? undefined : openShardCache(options.cacheDir, options.clean);
  const base = paths.searchBundle().slice(1);
  const last = cache?.last();
  // Fingerprinting every shard means making every article's HTML: a build that changed only templates skips it.
  if (last && last.inputs === options.inputs && last.placed.every((placed) => options.inPlace?.(placed))) {
    await options.emit({ path: base + SHARD_LIST, contents: last.list }, digest(last.list));
    return { shards: last.placed.length, built: 0, records: 0 };
  }
  const articleData = toArticleSearchData(site);
  const quoteRecords = toQuoteRecords(site, options.language);
  const salt = JSON.stringify([options.version, pagefindVersion(), options.language]);
  // Newest first: the newest shard is the one the search page loads Pagefind from. An empty archive still gets
  // one (empty) bundle, so the page finds Pagefind and simply finds nothing.
  const shards = planShards(site.articles).reverse();
  if (!shards.length) shards.push({ name: 'none', articles: [] });

  const listing: ShardListing[] = [];
  const fingerprints = new Set<string>();
  const placements: string[] = [];
  const result: SearchIndex = { shards: shards.length, built: 0, records: 0 };
  for (const [position, shard] of shards.entries()) {
    const folder = position === 0 ? '' : `${shard.name}/`;
    listing.push({ name: shard.name, path: folder });
    const fingerprint = await fingerprintOf(salt, shard, articleData, quoteRecords, options.load);
    fingerprints.add(fingerprint);
    // The same shard in another folder (the newest one, moved when a newer shard starts) is other files.
    const placed = digest(`${fingerprint}\n${folder}`);
    placements.push(placed);
    if (options.inPlace?.(placed)) continue;
    let files = cache?.load(fingerprint);
    if (!files) {
      const requests = await toRequests(shard, articleData, quoteRecords, options.load);
      files = await buildShard(requests, options.language);
      cache?.save(fingerprint, files);
      result.built++;
      result.records += requests.length;
    }
    for (const file of files) {
      if (folder && RUNTIME_FILE.test(file.path)) continue;
      await options.emit({ path: base + folder + file.path, contents: file.contents }, placed);
    }
  }
  const list = JSON.stringify({ shards: listing });
  await options.emit({ path: base + SHARD_LIST, contents: list }, digest(list));
  cache?.keepOnly(fingerprints);
  if (options.inputs) cache?.saveLast({ inputs: options.inputs, placed: placements, list });
  return result;
}

/**
 * What Pagefind is sent for one shard, in article order: each article's page, then its quotes. The articles' whole
 * records are loaded one by one; only the shard's HTML (at most 1,024 articles') is held.
 */
async function toRequests(shard: SearchShard, articleData: Map<string, SearchData>, quoteRecords: Map<string, CustomRecord[]>, load: LoadRecord): Promise<Request[]> {
  const requests: Request[] = [];
  for (const article of shard.articles) {
    const url = paths.article(article);
    requests.push({ url, html: toSearchHtml(await load(article), articleData.get(article.id)!) });
    for (const record of quoteRecords.get(article.id) ?? []) requests.push({ url: record.url, record });
  }
  return requests;
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

/** Indexes one shard in a Pagefind process of its own, stopped afterwards so its memory goes with it. */
async function buildShard(requests: Request[], language: string): Promise<OutputFile[]> {
  const index = await createIndex(language);
  try {
    await inOrder(requests.map((request) => ({ url: request.url, send: () => ('html' in request ? index.addHTMLFile({ url: request.url, content: request.html }) : index.addCustomRecord(request.record)) })));
    const bundle = await index.getFiles();
    check('the search bundle', bundle);
    return bundle.files.filter((file) => !UNUSED_BUNDLE_FILE.test(file.path)).map((file) => ({ path: file.path, contents: file.content }));
  } finally {
    await pagefind.close();
  }
}

async function createIndex(language: string): Promise<pagefind.PagefindIndex> {
  let response: pagefind.NewIndexResponse;
  try {
    // One language for the whole site: the pages and the quote records then share one index.
    response = await pagefind.createIndex({ forceLanguage: language });
  } catch (error) {
    throw new UserError(`The search index could not be built because Pagefind did not start: ${firstLine(error)}. Reinstall dependencies with "npm ci" (Pagefind's binary comes in an optional dependency for your platform), set PAGEFIND_BINARY_PATH to a Pagefind binary, or build without search using --no-search.`);
  }
  if (!response.index) throw new Error(`Pagefind could not create an index: ${response.errors.join('; ')}`);
  return response.index;
}

function check(what: string, response: { errors: string[] }): void {
  if (response.errors.length) throw new Error(`Pagefind could not index ${what}: ${response.errors.join('; ')}`);
}

// Requests are sent strictly in article order, a few ahead of the answers: Pagefind numbers pages in the order it
// receives them, so the same shard always gives the same files (same names, nothing re-uploaded).
async function inOrder(requests: { url: string; send: () => Promise<{ errors: string[] }> }[]): Promise<void> {
  const pending: Promise<void>[] = [];
  for (const { url, send } of requests) {
    if (pending.length >= IN_FLIGHT) await pending.shift();
    const answer = send().then((response) => check(url, response));
    // Marked as handled now; the failure still surfaces when its turn comes to be awaited.
    answer.catch(() => undefined);
    pending.push(answer);
  }
  await Promise.all(pending);
}

/** The installed Pagefind's version: a new Pagefind may index the same records into other files. */
function pagefindVersion(): string {
  const manifest = fileURLToPath(new URL('../package.json', import.meta.resolve('pagefind')));
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}
