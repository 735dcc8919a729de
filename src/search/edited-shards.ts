/**
 * An edit's search shards, indexed before the index is built. The last build kept each shard's Pagefind requests
 * (`ShardCache.saveRequests`) and which articles each shard holds; an edited article's shard is made again from
 * them, its page with the new record's headline, body and captions and the search data the page had, and Pagefind
 * indexes it in a worker thread while the build reads the rest and builds the index. It is a guess, and checked
 * without making the shard's requests again: the search stage takes an early shard only when its own shard holds
 * the same sources in the same order, every article with the search digest it had (its URL, search data and quote
 * records) and every key as it was but the edited articles', which must be the keys of the bytes extracted here
 * (`take`); the requests are then the same bytes, as the page's HTML is made from the record by code the salt names.
 * Otherwise the shard is indexed as usual. The guess holds when the edit changed nothing the index makes of the
 * article (its people, quotes, date, title): the build starts it as soon as it knows which articles were edited
 * (`early-search.ts`) and stops it once it finds the last build's page plan does not cover the edit
 * (`build-changes.ts`).
 */
import type { ArticleRecord, OutputFile } from '../types.js';
import type { ShardRequest } from './build-shard.js';
import { BACKGROUND_RECORDS, MIN_FOR_WORKERS } from './index-search.js';
import { replaceRequests } from './packed-requests.js';
import { withSearchBody } from './search-records.js';
import { openShardCache, type KeptRequests, type LastShard, type ShardArticle } from './shard-cache.js';
import { indexInWorker, startShardPool, type ShardPool } from './shard-pool.js';

/** Indexes one shard's `count` requests, packed (`packRequests`), and gives back its files. */
export type IndexPacked = (packed: Uint8Array<ArrayBuffer>, count: number) => Promise<OutputFile[]>;

/** An edited article as extracted for its early shard: its new record and the cache key of the bytes it came from. */
export interface EditedArticle {
  record: ArticleRecord;
  key: string;
}

/** An early shard handed to the search stage: its requests (to keep) and its files (undefined if indexing failed). */
export interface TakenShard {
  requests: KeptRequests;
  files: Promise<OutputFile[] | undefined>;
}

/** Shards indexed before the index was built, waiting for the search stage to take them. */
export interface EarlyShards {
  /**
   * The early shard that is this build's shard of these sources, whose articles have these keys and search digests,
   * made by code named by `salt` (`index-search.ts`); undefined when none is.
   */
  take(sources: readonly string[], articles: readonly ShardArticle[], salt: string): TakenShard | undefined;
  /** Stops the worker thread, and any shard it still indexes (one that was not taken); again, it does nothing. */
  close(): Promise<void>;
}

/**
 * Starts indexing the last build's shards that hold the edited articles, made again with their new records, with
 * `index` or else in a worker thread; none when the last build kept no such shard's requests, or they are more than
 * the search stage indexes beside the caller's work, or (in a worker) fewer than pay for starting one.
 */
export function startEditedShards(cacheDir: string, edited: EditedArticle[], language: string, index?: IndexPacked): EarlyShards | undefined {
  const cache = openShardCache(cacheDir);
  const last = cache.last();
  const bySource = new Map(edited.map((article) => [article.record.source, article]));
  const remade: { from: LastShard & { articles: ShardArticle[] }; keys: Map<number, string>; requests: KeptRequests & { packed: Uint8Array<ArrayBuffer> }; count: number }[] = [];
  for (const shard of last?.shards ?? []) {
    const { fingerprint, sources, articles } = shard;
    const positions = sources.flatMap((source, position) => (bySource.has(source) ? [position] : []));
    // A shard of a `last.json` that lists no articles (an older Dateline's) cannot be checked, so it is not remade.
    if (!positions.length || articles?.length !== sources.length) continue;
    const kept = cache.loadRequests(fingerprint);
    if (!kept) continue;
    const pages = new Map(positions.map((position) => [kept.pages[position], (request: ShardRequest) => withNewPage(request, bySource.get(sources[position])!.record)]));
    const made = replaceRequests(kept.packed, pages);
    const keys = new Map(positions.map((position) => [position, bySource.get(sources[position])!.key]));
    if (made) remade.push({ from: { ...shard, articles: articles! }, keys, requests: { packed: made.packed, pages: kept.pages }, count: made.count });
  }
  const requests = remade.reduce((sum, { count }) => sum + count, 0);
  if (!remade.length || requests > BACKGROUND_RECORDS || (!index && requests < MIN_FOR_WORKERS)) return undefined;
  let pool: Promise<ShardPool> | undefined;
  const indexPacked = index ?? (async (packed, count) => indexInWorker(await (pool ??= startShardPool(1)), packed, count, language));
  // Each is given a copy (a worker takes it away): the requests stay here to be kept under the new fingerprint.
  const early = remade.map((each) => ({ ...each, files: indexPacked(each.requests.packed.slice(), each.count).catch(() => undefined) }));
  return {
    take(sources, articles, salt) {
      if (salt !== last?.salt) return undefined;
      const same = ({ from, keys }: (typeof early)[number]): boolean =>
        from.sources.length === sources.length &&
        sources.every((source, position) => source === from.sources[position] && articles[position][1] === from.articles[position][1] && articles[position][0] === (keys.get(position) ?? from.articles[position][0]));
      const found = early.findIndex(same);
      return found === -1 ? undefined : early.splice(found, 1)[0];
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
