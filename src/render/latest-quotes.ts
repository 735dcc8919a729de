/** The home page's quotes: the newest things people said, one per article so a single long interview does not fill the column. */
import type { SiteIndex } from '../types.js';
import type { QuoteEntry } from './plan-quote-routes.js';

/** Up to `count` quotes, newest first, each from a different article and by a person with a page in the archive. */
export function latestQuotes(index: SiteIndex, count: number): QuoteEntry[] {
  const articles = new Map(index.articles.map((article) => [article.id, article]));
  const people = new Map(index.people.map((person) => [person.slug, person]));
  const entries: QuoteEntry[] = [];
  const seen = new Set<string>();
  for (const quote of index.quotes) {
    if (entries.length === count) break;
    const person = quote.person && people.get(quote.person);
    if (!person || !quote.primary || seen.has(quote.article)) continue;
    seen.add(quote.article);
    entries.push({ quote, article: articles.get(quote.article)!, person });
  }
  return entries;
}
