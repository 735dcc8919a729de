/** The home page's quotes: the newest things people said, one per article so a single long interview does not fill the column. */
import type { SiteIndex } from '../types.js';
import { toQuoteEntries, type QuoteEntry } from './plan-quote-routes.js';

/** Up to `count` quotes, newest first, each from a different article and by a person with a page in the archive. */
export function latestQuotes(index: SiteIndex, count: number): QuoteEntry[] {
  const entries: QuoteEntry[] = [];
  const seen = new Set<string>();
  for (const entry of toQuoteEntries(index).values()) {
    if (entries.length === count) break;
    const { quote, person } = entry;
    if (!person || !quote.primary || seen.has(quote.article)) continue;
    seen.add(quote.article);
    entries.push(entry);
  }
  return entries;
}
