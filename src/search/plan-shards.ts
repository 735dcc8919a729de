/**
 * How the search index is cut into shards: runs of whole years, oldest first, each closed once it holds at least
 * `minArticles` articles. A shard is indexed on its own, so an edit re-indexes only its shard, and Pagefind's
 * memory is bounded by the biggest shard instead of the archive. Years are never split, so every shard covers
 * one span of dates and results sorted by date are the shards' sorted results one after another. Grouping from
 * the oldest year keeps old shards stable: articles added to recent years never move an older boundary.
 */
import type { ArticleRecord } from '../types.js';

/** One shard of the search index: its name (the years it spans), its years and its articles in index order. */
export interface SearchShard {
  name: string;
  years: string[];
  articles: ArticleRecord[];
}

/**
 * Enough articles that a 25-year archive of 10,000 is searched in 10 shards rather than 25 (each query fetches
 * an index chunk from every shard), and few enough that an edit re-indexes a tenth of it.
 */
export const SHARD_ARTICLES = 1000;

/** Cuts the articles into shards of whole years, oldest first; an archive with no articles has no shards. */
export function planShards(articles: readonly ArticleRecord[], minArticles = SHARD_ARTICLES): SearchShard[] {
  const byYear = new Map<string, ArticleRecord[]>();
  for (const article of articles) {
    const year = article.date.slice(0, 4);
    const list = byYear.get(year);
    if (list) list.push(article);
    else byYear.set(year, [article]);
  }
  const shards: SearchShard[] = [];
  let open: SearchShard | undefined;
  for (const year of [...byYear.keys()].sort()) {
    open ??= { name: '', years: [], articles: [] };
    open.years.push(year);
    // One by one: a year of a large archive is too many articles to spread as arguments.
    for (const article of byYear.get(year)!) open.articles.push(article);
    if (open.articles.length >= minArticles) open = close(open, shards);
  }
  if (open) close(open, shards);
  return shards;
}

function close(shard: SearchShard, shards: SearchShard[]): undefined {
  const [first, last] = [shard.years[0], shard.years.at(-1)!];
  shard.name = first === last ? first : `${first}-${last}`;
  shards.push(shard);
  return undefined;
}
