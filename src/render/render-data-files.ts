/**
 * The archive as a dataset: `/data/articles.jsonl` (one record per line, the shape `dateline extract --jsonl`
 * prints, plus `permalink`), `/data/people.json` and `/data/quotes.jsonl`. Ids are the ids pages use, and every
 * entry carries its page's URL (absolute when the base URL has an origin), so data and pages join up.
 */
import type { LoadRecord, SiteIndex, StreamedFile } from '../types.js';
import type { Config } from '../config/load-config.js';
import { toExtractJson } from '../report/format-extract.js';
import { createUrlHelper, paths } from './urls.js';

/**
 * The three data files of the site, each made line by line as it is written: at 10,000 articles the two JSON Lines
 * files are 270 MB, and held whole they were most of a build's peak memory. Article records are loaded one at a time.
 */
export function renderDataFiles(index: SiteIndex, config: Readonly<Config>, load: LoadRecord): StreamedFile[] {
  const urls = createUrlHelper(config.basePath, config.origin);
  const articlePermalinks = new Map(index.articles.map((article) => [article.id, urls.absoluteUrl(paths.article(article))]));
  return [
    { path: paths.data('articles.jsonl').slice(1), lines: articleLines() },
    { path: paths.data('people.json').slice(1), lines: peopleJson() },
    { path: paths.data('quotes.jsonl').slice(1), lines: quoteLines() },
  ];

  async function* articleLines(): AsyncIterable<string> {
    for (const article of index.articles) {
      yield `${JSON.stringify({ ...toExtractJson(await load(article), article.source), permalink: articlePermalinks.get(article.id) })}\n`;
    }
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
