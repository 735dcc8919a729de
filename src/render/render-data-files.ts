/**
 * The archive as a dataset: `/data/articles.jsonl` (one record per line, the shape `dateline extract --jsonl`
 * prints, plus `permalink`), `/data/people.json` and `/data/quotes.jsonl`. Ids are the ids pages use, and every
 * entry carries its page's URL (absolute when the base URL has an origin), so data and pages join up.
 */
import type { LoadRecord, SiteIndex, StreamedFile } from '../types.js';
import type { Config } from '../config/load-config.js';
import type { DataLineCache } from '../cache/data-line-cache.js';
import { toExtractJson } from '../report/format-extract.js';
import { createUrlHelper, paths } from './urls.js';
import { digest } from './fingerprint.js';

/** What a build can reuse for the data files: the last build's article lines, and the files already in place. */
export interface DataFileReuse {
  lines?: DataLineCache;
  /** True when the file at `path` was made from these inputs by the last build, so it stays and is not made again. */
  inPlace?(path: string, inputs: unknown): boolean;
  /**
   * Given when the index is the last build's but for articles' cache keys and word counts: keeps a file made from the
   * index alone (people, quotes) without fingerprinting it; true when it stays.
   */
  kept?(path: string): boolean;
}

/**
 * The data files of the site that are not in place already, each made line by line as it is written: at 10,000
 * articles the two JSON Lines files are 270 MB, and held whole they were most of a build's peak memory. Article
 * records are loaded one at a time, and only for lines that `reuse.lines` does not hold.
 */
export function renderDataFiles(index: SiteIndex, config: Readonly<Config>, load: LoadRecord, reuse: DataFileReuse = {}): StreamedFile[] {
  const { lines: cached, inPlace = () => false, kept = () => false } = reuse;
  const urls = createUrlHelper(config.basePath, config.origin);
  const articlePermalinks = new Map(index.articles.map((article) => [article.id, urls.absoluteUrl(paths.article(article))]));
  // A line is its record (known by the record's cache key) with the id, slug and source the index settled.
  const keys = index.articles.map((article) => (cached && article.key ? digest(JSON.stringify([article.key, article.id, article.slug, article.source, articlePermalinks.get(article.id)])) : ''));
  const files: StreamedFile[] = [];
  const articlesFile = paths.data('articles.jsonl').slice(1);
  // With every line keyed, the lines' keys decide the file's bytes, so it is not hashed for the manifest.
  if (!keys.every(Boolean)) files.push({ path: articlesFile, lines: articleLines() });
  else if (!inPlace(articlesFile, keys)) files.push({ path: articlesFile, lines: articleLines(), madeFromInputs: reuse.inPlace !== undefined });
  // The people and quotes are the index's own objects, which the fingerprint of a file's inputs hashes cheaply.
  const peopleFile = paths.data('people.json').slice(1);
  if (!kept(peopleFile) && !inPlace(peopleFile, index.people)) files.push({ path: peopleFile, lines: peopleJson() });
  const quotesFile = paths.data('quotes.jsonl').slice(1);
  if (!kept(quotesFile) && !inPlace(quotesFile, [index.quotes, [...articlePermalinks]])) files.push({ path: quotesFile, lines: quoteLines() });
  return files;

  async function* articleLines(): AsyncIterable<string | Uint8Array> {
    const kept = cached?.start();
    for (const [position, article] of index.articles.entries()) {
      const key = keys[position];
      const line = (key && cached?.get(key)) || `${JSON.stringify({ ...toExtractJson(await load(article), article.source), permalink: articlePermalinks.get(article.id) })}\n`;
      if (key) kept?.keep(key, line);
      yield line;
    }
    kept?.finish();
  }

  async function* peopleJson(): AsyncIterable<string> {
    const people = index.people.map(({ sortKey, ...person }) => {
      void sortKey;
      return { ...person, permalink: urls.absoluteUrl(paths.person(person.slug)) };
    });
    yield `${JSON.stringify(people, null, 2)}\n`;
  }

  async function* quoteLines(): AsyncIterable<string> {
    for (const quote of index.quotes) {
      yield `${JSON.stringify({ ...quote, permalink: urls.absoluteUrl(paths.quote(quote.id)), articlePermalink: `${articlePermalinks.get(quote.article)}#q-${quote.anchor}` })}\n`;
    }
  }
}
