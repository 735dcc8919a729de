/**
 * The quote pages: `/quotes/` (newest first, each quote once however many articles reported it, paginated at
 * `/quotes/page/N/`) and a permalink `/quotes/<id>/` for every quote, later reports included, so a quote's URL
 * never depends on which article reported it first. The permalinks are planned in groups, one per run of quotes
 * from the same article: a group is fingerprinted from its quote entries alone and planned only if it renders, so
 * an edit to one article neither plans nor fingerprints the other articles' quote pages one by one.
 */
import type { ArchiveQuote, ArticleCard, PersonCard, SiteIndex } from '../types.js';
import { toArticleCards } from './article-cards.js';
import { toPersonCards } from './person-cards.js';
import { paths } from './urls.js';
import { paginate } from './paginate.js';
import type { PlannedPage, Route, RouteGroup } from './plan-routes.js';

/** Quotes per page of `/quotes/`. */
export const QUOTES_PAGE_SIZE = 50;

/** A quote with the cards of the article it is in and of its speaker's person, ready for a template. */
export interface QuoteEntry {
  quote: ArchiveQuote;
  article: ArticleCard;
  person?: PersonCard;
}

const entriesOf = new WeakMap<SiteIndex, Map<string, QuoteEntry>>();

/**
 * Every quote of the index as an entry with its article's and person's cards, by quote id (newest first). Made once per
 * index, so every page listing a quote embeds the same entry: it is then fingerprinted and sent to a render worker
 * once (`sharedObjects`), not once per page.
 */
export function toQuoteEntries(index: SiteIndex): Map<string, QuoteEntry> {
  const known = entriesOf.get(index);
  if (known) return known;
  const articles = toArticleCards(index);
  const people = toPersonCards(index);
  const entries = new Map(
    index.quotes.map((quote) => {
      const entry: QuoteEntry = { quote, article: articles.get(quote.article)! };
      const person = quote.person && people.get(quote.person);
      if (person) entry.person = person;
      return [quote.id, entry];
    }),
  );
  entriesOf.set(index, entries);
  return entries;
}

/** Plans every quote page: the list's pages as routes, then the permalinks in groups, newest first. */
export function planQuoteRoutes(index: SiteIndex, route: (path: string, template: string, title: string, data: Record<string, unknown>) => Route): PlannedPage[] {
  const entries = toQuoteEntries(index);
  const pages: PlannedPage[] = [];
  const listed = [...entries.values()].filter((entry) => entry.quote.primary);
  for (const page of paginate(listed, QUOTES_PAGE_SIZE, paths.quotes)) {
    pages.push(route(paths.quotes(page.pageNumber), 'quotes', page.pageNumber > 1 ? `Quotes (page ${page.pageNumber})` : 'Quotes', { ...page, total: listed.length }));
  }
  const reportsOf = (entry: QuoteEntry): QuoteEntry[] => entry.quote.alsoReported.map((id) => entries.get(id)!);
  let run: QuoteEntry[] = [];
  const close = (): void => {
    if (!run.length) return;
    const members = run;
    const group: RouteGroup = {
      template: 'quote',
      paths: members.map((entry) => paths.quote(entry.quote.id)),
      // A page's URL and title are made from its quote, so its entry and its reports' entries decide it whole.
      inputs: () => members.map((entry) => [entry, reportsOf(entry)]),
      plan: () => members.map((entry) => route(paths.quote(entry.quote.id), 'quote', quoteTitle(entry.quote), { ...entry, reports: reportsOf(entry) })),
    };
    pages.push(group);
    run = [];
  };
  for (const entry of entries.values()) {
    if (run.length && run[0].quote.article !== entry.quote.article) close();
    run.push(entry);
  }
  close();
  return pages;
}

/** A quote page's title: the opening words and the speaker. */
function quoteTitle(quote: ArchiveQuote): string {
  const words = quote.text.replace(/[,;:]$/, '').split(/\s+/);
  const opening = words.length > 12 ? `${words.slice(0, 12).join(' ')}…` : words.join(' ');
  return `“${opening}” — ${quote.speaker.name || 'unattributed'}`;
}
