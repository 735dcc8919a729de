/**
 * The people pages: `/people/` (A–Z with letter navigation), `/people/most-quoted/`, and for each person
 * `/people/<slug>/` with their articles newest first, each with the person's quotes in it, paginated at
 * `/people/<slug>/page/N/`.
 */
import type { ArchivePerson, ArchiveQuote, ArticleRecord, SiteIndex } from '../types.js';
import { paths } from './urls.js';
import { paginate } from './paginate.js';
import type { Route } from './plan-routes.js';

/** Articles per page of a person's timeline. */
export const PERSON_PAGE_SIZE = 20;

/** A person in a list: their page, name and how often they appear and speak. */
export interface PersonSummary {
  slug: string;
  name: string;
  articles: number;
  quotes: number;
  description?: string;
}

/** One article on a person's page, with what the person said in it. */
export interface PersonTimelineEntry {
  article: ArticleRecord;
  quotes: ArchiveQuote[];
}

/** Plans every people route. */
export function planPeopleRoutes(index: SiteIndex, route: (path: string, template: string, title: string, data: Record<string, unknown>) => Route): Route[] {
  const articles = new Map(index.articles.map((article) => [article.id, article]));
  const quotes = new Map(index.quotes.map((quote) => [quote.id, quote]));
  const bySlug = new Map(index.people.map((person) => [person.slug, person]));
  const summaries = index.people.map(toSummary);
  const routes: Route[] = [
    route(paths.people(), 'people', 'People', { letters: byLetter(index.people, summaries), total: summaries.length }),
    route(paths.mostQuoted(), 'most-quoted', 'Most quoted people', {
      people: summaries.filter((person) => person.quotes > 0).sort((a, b) => b.quotes - a.quotes || b.articles - a.articles || (a.name < b.name ? -1 : 1)),
    }),
  ];
  for (const person of index.people) {
    const quotesByArticle = new Map<string, ArchiveQuote[]>();
    for (const id of person.quotes) {
      const quote = quotes.get(id)!;
      const inArticle = quotesByArticle.get(quote.article);
      if (inArticle) inArticle.push(quote);
      else quotesByArticle.set(quote.article, [quote]);
    }
    const timeline: PersonTimelineEntry[] = person.articles.map((id) => ({ article: articles.get(id)!, quotes: quotesByArticle.get(id) ?? [] }));
    const namedWith = person.namedWith.map(({ slug, count }) => ({ slug, count, name: bySlug.get(slug)?.name ?? slug }));
    for (const page of paginate(timeline, PERSON_PAGE_SIZE, (number) => paths.person(person.slug, number))) {
      const title = page.pageNumber > 1 ? `${person.name} (page ${page.pageNumber})` : person.name;
      routes.push(route(paths.person(person.slug, page.pageNumber), 'person', title, { person, namedWith, ...page }));
    }
  }
  return routes;
}

function toSummary(person: ArchivePerson): PersonSummary {
  const summary: PersonSummary = { slug: person.slug, name: person.name, articles: person.articles.length, quotes: person.quotes.length };
  const description = person.descriptions[0]?.text ?? person.titles[0]?.text;
  if (description) summary.description = description;
  return summary;
}

/** People grouped by the first letter of their surname (A–Z, then # for anything else), in A–Z order. */
function byLetter(people: ArchivePerson[], summaries: PersonSummary[]): Array<{ letter: string; people: PersonSummary[] }> {
  const groups = new Map<string, PersonSummary[]>();
  people.forEach((person, index) => {
    const first = person.sortKey.charAt(0).toUpperCase();
    const letter = /^[A-Z]$/.test(first) ? first : '#';
    const group = groups.get(letter);
    if (group) group.push(summaries[index]);
    else groups.set(letter, [summaries[index]]);
  });
  return [...groups].map(([letter, members]) => ({ letter, people: members })).sort((a, b) => (a.letter === '#' ? 1 : b.letter === '#' ? -1 : a.letter < b.letter ? -1 : 1));
}
