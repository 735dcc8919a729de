/**
 * An edit's search shards, indexed before the index is built. The last build kept each shard's Pagefind requests
 * (`ShardCache.saveRequests`) and which articles each shard holds; an edited article's shard is made again from
 * them, its page with the new record's headline, body and captions and the search data the page had, and Pagefind
 * indexes it in a worker thread while the build reads the rest and builds the index. It is a guess, and checked: the
 * search stage takes an early shard only when the requests it makes itself are the same bytes (`take`), and indexes
 * the shard as usual otherwise. The guess holds when the edit changed nothing the index makes of the article (its
 * people, quotes, date, title): the build starts it as soon as it knows which articles were edited
 * (`early-search.ts`) and stops it once it finds the last build's page plan does not cover the edit
 * (`build-changes.ts`).
 */
import type { ArticleRecord, OutputFile } from '../types.js';
import type { ShardRequest } from './build-shard.js';
import { BACKGROUND_RECORDS, MIN_FOR_WORKERS } from './index-search.js';
import { replaceRequests } from './packed-requests.js';
import { withSearchBody } from './search-records.js';
import { openShardCache } from './shard-cache.js';
import { indexInWorker, startShardPool, type ShardPool } from './shard-pool.js';

/** Indexes one shard's `count` requests, packed (`packRequests`), and gives back its files. */
export type IndexPacked = (packed: Uint8Array<ArrayBuffer>, count: number) => Promise<OutputFile[]>;

/** Shards indexed before the index was built, waiting for the search stage to take them. */
export interface EarlyShards {
  /** The files of the early shard indexed from exactly these requests; undefined when none was, or it failed. */
  take(packed: Uint8Array): Promise<OutputFile[] | undefined> | undefined;
  /** Stops the worker thread, and any shard it still indexes (one that was not taken); again, it does nothing. */
  close(): Promise<void>;
}

/**
 * Starts indexing the last build's shards that hold the edited articles, made again with their new records, with
 * `index` or else in a worker thread; none when the last build kept no such shard's requests, or they are more than
 * the search stage indexes beside the caller's work, or (in a worker) fewer than pay for starting one.
 */
export function startEditedShards(cacheDir: string, edited: ArticleRecord[], language: string, index?: IndexPacked): EarlyShards | undefined {
  const cache = openShardCache(cacheDir);
  const bySource = new Map(edited.map((record) => [record.source, record]));
  const remade: { packed: Uint8Array<ArrayBuffer>; count: number }[] = [];
  for (const { fingerprint, sources } of cache.last()?.shards ?? []) {
    const positions = sources.flatMap((source, position) => (bySource.has(source) ? [position] : []));
    const kept = positions.length ? cache.loadRequests(fingerprint) : undefined;
    if (!kept) continue;
    const pages = new Map(positions.map((position) => [kept.pages[position], (request: ShardRequest) => withNewPage(request, bySource.get(sources[position])!)]));
    const made = replaceRequests(kept.packed, pages);
    if (made) remade.push(made);
  }
  const requests = remade.reduce((sum, { count }) => sum + count, 0);
  if (!remade.length || requests > BACKGROUND_RECORDS || (!index && requests < MIN_FOR_WORKERS)) return undefined;
  let pool: Promise<ShardPool> | undefined;
  const indexPacked = index ?? (async (packed, count) => indexInWorker(await (pool ??= startShardPool(1)), packed, count, language));
  // Each is given a copy (a worker takes it away): the requests stay here to be compared.
  const early = remade.map(({ packed, count }) => ({ packed, files: indexPacked(packed.slice(), count).catch(() => undefined) }));
  return {
    take(packed) {
      const found = early.findIndex((each) => Buffer.compare(each.packed, packed) === 0);
      return found === -1 ? undefined : early.splice(found, 1)[0].files;
    },
    async close() {
      const started = pool;
      pool = undefined;
      await (await started?.catch(() => undefined))?.destroy();
    },
  };
}

/** An article's page request with the headline, body and captions of its new record. */
function withNewPage(request: ShardRequest, record: ArticleRecord): ShardRequest | undefined {
  const html = 'html' in request ? withSearchBody(request.html, record) : undefined;
  return html === undefined ? undefined : { url: request.url, html };
}
