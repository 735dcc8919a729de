/** What an article page lists beside its text: the people it names and the quotes it reports, with their pages. */
import type { ArchivePerson, ArticleSummary, Mention, SiteIndex } from '../types.js';
import { toQuoteEntries, type QuoteEntry } from './plan-quote-routes.js';

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

/** Makes a lookup from an article to its people (in order of first mention) and quotes (in reading order). */
export function articlePeopleAndQuotes(index: SiteIndex): (article: ArticleSummary) => ArticlePeopleAndQuotes {
  const people = new Map(index.people.map((person) => [person.slug, person]));
  const quotesByArticle = new Map<string, QuoteEntry[]>();
  for (const entry of toQuoteEntries(index).values()) {
    const list = quotesByArticle.get(entry.quote.article);
    if (list) list.push(entry);
    else quotesByArticle.set(entry.quote.article, [entry]);
  }
  return (article) => {
    const personSlugs = index.personSlugs[article.id] ?? [];
    const quotes = quotesByArticle.get(article.id) ?? [];
    const bySlug = new Map<string, ArticlePerson>();
    const order = article.people.map((person, position) => ({ position, first: firstMention(person.firstMention) })).sort((a, b) => a.first - b.first || a.position - b.position);
    for (const { position } of order) {
      const slug = personSlugs[position];
      const person = slug && people.get(slug);
      if (!slug || !person) continue;
      const own = article.people[position];
      const entry = bySlug.get(slug) ?? { person, titles: [], descriptions: [], quotes: quotes.filter((quote) => quote.quote.person === slug).length };
      entry.titles = [...new Set([...entry.titles, ...own.titles])];
      entry.descriptions = [...new Set([...entry.descriptions, ...own.descriptions])];
      bySlug.set(slug, entry);
    }
    return { people: [...bySlug.values()], quotes, personSlugs };
  };
}

/** A sortable position of a person's first mention in the body (title mentions count as before the body). */
function firstMention(mention: Mention | undefined): number {
  return mention ? mention.paragraph * 1e6 + mention.start : Number.MAX_SAFE_INTEGER;
}
