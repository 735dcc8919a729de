/**
 * The archive as a dataset: `/data/articles.jsonl` (one record per line, the shape `dateline extract --jsonl`
 * prints, plus `permalink`), `/data/people.json` and `/data/quotes.jsonl`. Ids are the ids pages use, and every
 * entry carries its page's URL (absolute when the base URL has an origin), so data and pages join up.
 */
import type { OutputFile, SiteIndex } from '../types.js';
import type { Config } from '../config/load-config.js';
import { toExtractJson } from '../report/format-extract.js';
import { createUrlHelper, paths } from './urls.js';

/** The three data files of the site. */
export function renderDataFiles(index: SiteIndex, config: Readonly<Config>): OutputFile[] {
  const urls = createUrlHelper(config.basePath, config.origin);
  const articles = index.articles.map((article) => ({ ...toExtractJson(article, article.source), permalink: urls.absoluteUrl(paths.article(article)) }));
  const people = index.people.map(({ sortKey, ...person }) => {
    void sortKey;
    return { ...person, permalink: urls.absoluteUrl(paths.person(person.slug)) };
  });
  const articlePermalinks = new Map(articles.map((article) => [article.id, article.permalink]));
  const quotes = index.quotes.map((quote) => ({ ...quote, permalink: urls.absoluteUrl(paths.quote(quote.id)), articlePermalink: `${articlePermalinks.get(quote.article)}#q-${quote.anchor}` }));
  return [
    { path: paths.data('articles.jsonl').slice(1), contents: jsonLines(articles) },
    { path: paths.data('people.json').slice(1), contents: `${JSON.stringify(people, null, 2)}\n` },
    { path: paths.data('quotes.jsonl').slice(1), contents: jsonLines(quotes) },
  ];
}

function jsonLines(values: unknown[]): string {
  return values.map((value) => `${JSON.stringify(value)}\n`).join('');
}
