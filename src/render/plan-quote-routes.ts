/**
 * The quote pages: `/quotes/` (newest first, each quote once however many articles reported it, paginated at
 * `/quotes/page/N/`) and a permalink `/quotes/<id>/` for every quote, later reports included, so a quote's URL
 * never depends on which article reported it first.
 */
import type { ArchivePerson, ArchiveQuote, ArticleRecord, SiteIndex } from '../types.js';
import { paths } from './urls.js';
import { paginate } from './paginate.js';
import type { Route } from './plan-routes.js';

/** Quotes per page of `/quotes/`. */
export const QUOTES_PAGE_SIZE = 50;

/** A quote with the article it is in and its speaker's person, ready for a template. */
export interface QuoteEntry {
  quote: ArchiveQuote;
  article: ArticleRecord;
  person?: ArchivePerson;
}

/** Plans every quote route. */
export function planQuoteRoutes(index: SiteIndex, route: (path: string, template: string, title: string, data: Record<string, unknown>) => Route): Route[] {
  const articles = new Map(index.articles.map((article) => [article.id, article]));
  const people = new Map(index.people.map((person) => [person.slug, person]));
  const quotes = new Map(index.quotes.map((quote) => [quote.id, quote]));
  const entry = (quote: ArchiveQuote): QuoteEntry => {
    const result: QuoteEntry = { quote, article: articles.get(quote.article)! };
    const person = quote.person && people.get(quote.person);
    if (person) result.person = person;
    return result;
  };
  const routes: Route[] = [];
  const listed = index.quotes.filter((quote) => quote.primary).map(entry);
  for (const page of paginate(listed, QUOTES_PAGE_SIZE, paths.quotes)) {
    routes.push(route(paths.quotes(page.pageNumber), 'quotes', page.pageNumber > 1 ? `Quotes (page ${page.pageNumber})` : 'Quotes', { ...page, total: listed.length }));
  }
  for (const quote of index.quotes) {
    const reports = quote.alsoReported.map((id) => entry(quotes.get(id)!));
    routes.push(route(paths.quote(quote.id), 'quote', quoteTitle(quote), { ...entry(quote), reports }));
  }
  return routes;
}

/** A quote page's title: the opening words and the speaker. */
export function quoteTitle(quote: ArchiveQuote): string {
  const words = quote.text.replace(/[,;:]$/, '').split(/\s+/);
  const opening = words.length > 12 ? `${words.slice(0, 12).join(' ')}…` : words.join(' ');
  return `“${opening}” — ${quote.speaker.name || 'unattributed'}`;
}
