/**
 * How the search index is cut into shards: runs of whole months, oldest first, each closed once it holds
 * `shardSize` articles. A shard is indexed on its own, so an edit re-indexes only its shard, and Pagefind's
 * memory is bounded by the biggest shard instead of the archive. Every shard covers one span of dates, so results
 * sorted by date are the shards' sorted results one after another. Grouping from the oldest month keeps old
 * shards stable: articles added to recent months never move an older boundary.
 */
import type { IndexedArticle } from '../types.js';

/** One shard of the search index: its name (the months it spans) and its articles in index order. */
export interface SearchShard {
  name: string;
  articles: IndexedArticle[];
}

/**
 * The most articles a shard closes with. Pagefind needed 530 MiB for 1,000 synthetic articles and their 11,000
 * quotes, so this bounds its memory near that however large the archive.
 */
export const MAX_SHARD_ARTICLES = 1024;

// Every query fetches an index chunk (about 17 kB) from every shard, so an archive is cut into about this many
// shards, no more, until the shards reach the maximum size.
const SHARDS = 8;

/**
 * The articles a shard closes with: an eighth of the archive, rounded up to a power of two so the boundaries move
 * (and every shard is indexed again) only when the archive doubles, at most `MAX_SHARD_ARTICLES`.
 */
export function shardSize(articles: number): number {
  return Math.min(MAX_SHARD_ARTICLES, 2 ** Math.ceil(Math.log2(Math.max(1, articles / SHARDS))));
}

/** Cuts the articles into shards of whole months, oldest first; an archive with no articles has no shards. */
export function planShards(articles: readonly IndexedArticle[], size = shardSize(articles.length)): SearchShard[] {
  const byMonth = new Map<string, IndexedArticle[]>();
  for (const article of articles) {
    const month = article.date.slice(0, 7);
    const list = byMonth.get(month);
    if (list) list.push(article);
    else byMonth.set(month, [article]);
  }
  const shards: SearchShard[] = [];
  let open: { months: string[]; articles: IndexedArticle[] } | undefined;
  const close = (shard: { months: string[]; articles: IndexedArticle[] }): undefined => {
    const [first, last] = [shard.months[0], shard.months.at(-1)!];
    shards.push({ name: first === last ? first : `${first}-${last}`, articles: shard.articles });
    return undefined;
  };
  for (const month of [...byMonth.keys()].sort()) {
    open ??= { months: [], articles: [] };
    open.months.push(month);
    // One by one: a month of a large archive can be too many articles to spread as arguments.
    for (const article of byMonth.get(month)!) open.articles.push(article);
    if (open.articles.length >= size) open = close(open);
  }
  if (open) close(open);
  return shards;
}
