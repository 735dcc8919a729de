/**
 * What an article page lists beside its text: the people it names and the quotes it reports, with their pages.
 * Planned in two steps, so the index need not hold every article's people: the plan gives the page the archive
 * people it names and its quotes (which, with the article's cache key, decide the page's fingerprint), and the page
 * is completed from the article's whole record when its render batch is taken.
 */
import type { ArchivePerson, ArticleRecord, IndexedArticle, Mention, SiteIndex } from '../types.js';
import { toQuoteEntries, type QuoteEntry } from './plan-quote-routes.js';
import type { Route } from './plan-routes.js';

/** A person named in one article: their archive page, and how this article describes them. */
export interface ArticlePerson {
  person: ArchivePerson;
  titles: string[];
  descriptions: string[];
  quotes: number;
}

/** The people and quotes of an article, and the archive slug of each of its `people` (for mention links). */
export interface ArticlePeopleAndQuotes {
  people: ArticlePerson[];
  quotes: QuoteEntry[];
  personSlugs: Array<string | null>;
}

/**
 * What the plan knows of an article's people and quotes: instead of `people`, the archive people it names (`named`,
 * each once, in the order of its `people`), completed by `withArticleRecord`.
 */
export type PlannedPeopleAndQuotes = Omit<ArticlePeopleAndQuotes, 'people'> & { named: ArchivePerson[] };

/** Makes a lookup from an article to the archive people it names and its quotes (in reading order). */
export function articlePeopleAndQuotes(index: SiteIndex): (article: IndexedArticle) => PlannedPeopleAndQuotes {
  const people = new Map(index.people.map((person) => [person.slug, person]));
  const quotesByArticle = new Map<string, QuoteEntry[]>();
  for (const entry of toQuoteEntries(index).values()) {
    const list = quotesByArticle.get(entry.quote.article);
    if (list) list.push(entry);
    else quotesByArticle.set(entry.quote.article, [entry]);
  }
  return (article) => {
    const personSlugs = index.personSlugs[article.id] ?? [];
    const named = new Set<ArchivePerson>();
    for (const slug of personSlugs) {
      const person = slug && people.get(slug);
      if (person) named.add(person);
    }
    return { named: [...named], quotes: quotesByArticle.get(article.id) ?? [], personSlugs };
  };
}

/**
 * An article page's route with the article's whole record in its data, and the people it names in order of first
 * mention, each with the titles and descriptions this article gives them, in place of the planned `named`.
 */
export function withArticleRecord(route: Route, record: ArticleRecord): Route {
  const { named, ...data } = route.data as Record<string, unknown> & PlannedPeopleAndQuotes;
  const people = new Map(named.map((person) => [person.slug, person]));
  const { personSlugs, quotes } = data;
  const bySlug = new Map<string, ArticlePerson>();
  const order = record.people.map((person, position) => ({ position, first: firstMention(person.mentions[0]) })).sort((a, b) => a.first - b.first || a.position - b.position);
  for (const { position } of order) {
    const slug = personSlugs[position];
    const person = slug && people.get(slug);
    if (!slug || !person) continue;
    const own = record.people[position];
    const entry = bySlug.get(slug) ?? { person, titles: [], descriptions: [], quotes: quotes.filter((quote) => quote.quote.person === slug).length };
    entry.titles = [...new Set([...entry.titles, ...own.titles])];
    entry.descriptions = [...new Set([...entry.descriptions, ...own.descriptions])];
    bySlug.set(slug, entry);
  }
  const completed: ArticlePeopleAndQuotes = { people: [...bySlug.values()], quotes, personSlugs };
  return { ...route, data: { ...data, article: record, people: completed.people } };
}

/** A sortable position of a person's first mention in the body (title mentions count as before the body). */
function firstMention(mention: Mention | undefined): number {
  return mention ? mention.paragraph * 1e6 + mention.start : Number.MAX_SAFE_INTEGER;
}
