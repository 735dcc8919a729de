/**
 * The archive as a dataset: `/data/articles.jsonl` (one record per line, the shape `dateline extract --jsonl`
 * prints, plus `permalink`), `/data/people.json` and `/data/quotes.jsonl`. Ids are the ids pages use, and every
 * entry carries its page's URL (absolute when the base URL has an origin), so data and pages join up.
 */
import type { LoadRecord, OutputFile, SiteIndex } from '../types.js';
import type { Config } from '../config/load-config.js';
import type { DataLineCache } from '../cache/data-line-cache.js';
import { toExtractJson } from '../report/format-extract.js';
import { createUrlHelper, paths } from './urls.js';
import { digest } from './fingerprint.js';

/**
 * The three data files of the site, the JSON Lines ones as one string per line; article records are loaded one at a
 * time, and only for lines that `cached` does not hold (it is given this build's lines to keep).
 */
export async function renderDataFiles(index: SiteIndex, config: Readonly<Config>, load: LoadRecord, cached?: DataLineCache): Promise<OutputFile[]> {
  const urls = createUrlHelper(config.basePath, config.origin);
  const lines: string[] = [];
  const made = new Map<string, string>();
  const articlePermalinks = new Map<string, string>();
  for (const article of index.articles) {
    const permalink = urls.absoluteUrl(paths.article(article));
    articlePermalinks.set(article.id, permalink);
    // A line is its record (known by the record's cache key) with the id, slug and source the index settled.
    const key = cached && article.key ? digest(JSON.stringify([article.key, article.id, article.slug, article.source, permalink])) : '';
    const line = (key && cached?.get(key)) || `${JSON.stringify({ ...toExtractJson(await load(article), article.source), permalink })}\n`;
    if (key) made.set(key, line);
    lines.push(line);
  }
  cached?.save(made);
  const people = index.people.map(({ sortKey, ...person }) => {
    void sortKey;
    return { ...person, permalink: urls.absoluteUrl(paths.person(person.slug)) };
  });
  const quotes = index.quotes.map((quote) => ({ ...quote, permalink: urls.absoluteUrl(paths.quote(quote.id)), articlePermalink: `${articlePermalinks.get(quote.article)}#q-${quote.anchor}` }));
  return [
    { path: paths.data('articles.jsonl').slice(1), contents: lines },
    { path: paths.data('people.json').slice(1), contents: `${JSON.stringify(people, null, 2)}\n` },
    { path: paths.data('quotes.jsonl').slice(1), contents: jsonLines(quotes) },
  ];
}

/** One JSON line per value, kept as separate strings: a large archive's file is too long for one. */
function jsonLines(values: unknown[]): string[] {
  return values.map((value) => `${JSON.stringify(value)}\n`);
}
