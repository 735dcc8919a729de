/**
 * The people pages: `/people/` (letter navigation with counts and the most quoted people), one page per letter
 * with anyone in it (`/people/a/` … `/people/z/`, `/people/other/`), `/people/most-quoted/`, and for each person
 * `/people/<slug>/` with their articles newest first, each with the person's quotes in it, paginated at
 * `/people/<slug>/page/N/`. Each person's pages are a group (see `RouteGroup`), planned only when they render.
 */
import type { ArchivePerson, ArchiveQuote, ArticleCard, SiteIndex } from '../types.js';
import { toArticleCards } from './article-cards.js';
import { paths } from './urls.js';
import { paginate } from './paginate.js';
import { compareSortKeys, groupByLetter, letterLabel, PEOPLE_LETTERS } from './people-letters.js';
import type { PlannedPage, Route } from './plan-routes.js';

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

/** A letter of the people index and how many people it has; the landing and every letter page show all of them. */
export interface LetterLink {
  letter: string;
  count: number;
}

/** How many of the most quoted people the people landing page shows before linking to the full ranking. */
const LANDING_MOST_QUOTED = 20;

/** One article on a person's page, with what the person said in it. */
export interface PersonTimelineEntry {
  article: ArticleCard;
  quotes: ArchiveQuote[];
}

/** Plans every people page. */
export function planPeopleRoutes(index: SiteIndex, route: (path: string, template: string, title: string, data: Record<string, unknown>) => Route): PlannedPage[] {
  const articles = toArticleCards(index);
  const quotes = new Map(index.quotes.map((quote) => [quote.id, quote]));
  const bySlug = new Map(index.people.map((person) => [person.slug, person]));
  const summaries = index.people.map(toSummary);
  const sortKeys = new Map(index.people.map((person) => [person.slug, person.sortKey]));
  const groups = groupByLetter(summaries, (person) => sortKeys.get(person.slug)!, (person) => person.slug);
  const letters: LetterLink[] = PEOPLE_LETTERS.map((letter) => ({ letter, count: groups.get(letter)!.length }));
  // Equal counts are ranked by surname, the order of the letter pages, then slug so the order is total.
  const mostQuoted = summaries
    .filter((person) => person.quotes > 0)
    .sort((a, b) => b.quotes - a.quotes || b.articles - a.articles || compareSortKeys(sortKeys.get(a.slug)!, sortKeys.get(b.slug)!) || (a.slug < b.slug ? -1 : 1));
  const routes: PlannedPage[] = [
    route(paths.people(), 'people', 'People', { letters, mostQuoted: mostQuoted.slice(0, LANDING_MOST_QUOTED), quotedCount: mostQuoted.length, total: summaries.length }),
    route(paths.mostQuoted(), 'most-quoted', 'Most quoted people', { people: mostQuoted }),
  ];
  const filed = [...groups].filter(([, people]) => people.length > 0);
  filed.forEach(([letter, people], position) => {
    const [previous, next] = [filed[position - 1], filed[position + 1]].map((neighbour) => neighbour && { path: paths.peopleLetter(neighbour[0]), label: letterLabel(neighbour[0]) });
    routes.push(route(paths.peopleLetter(letter), 'people-letter', `People: ${letterLabel(letter)}`, { letter, letters, people, previous, next }));
  });
  for (const person of index.people) {
    const pageCount = Math.max(1, Math.ceil(person.articles.length / PERSON_PAGE_SIZE));
    routes.push({
      template: 'person',
      paths: Array.from({ length: pageCount }, (_, page) => paths.person(person.slug, page + 1)),
      // Everything the pages show: the person, their articles and quotes, and the names of the people named with them.
      inputs: () => [person, person.articles.map((id) => articles.get(id)), person.quotes.map((id) => quotes.get(id)), person.namedWith.map(({ slug }) => bySlug.get(slug)?.name)],
      plan: () => planPerson(person, articles, quotes, bySlug, route),
    });
  }
  return routes;
}

/** A person's timeline pages, newest articles first. */
function planPerson(person: ArchivePerson, articles: ReadonlyMap<string, ArticleCard>, quotes: ReadonlyMap<string, ArchiveQuote>, bySlug: ReadonlyMap<string, ArchivePerson>, route: (path: string, template: string, title: string, data: Record<string, unknown>) => Route): Route[] {
  const quotesByArticle = new Map<string, ArchiveQuote[]>();
  for (const id of person.quotes) {
    const quote = quotes.get(id)!;
    const inArticle = quotesByArticle.get(quote.article);
    if (inArticle) inArticle.push(quote);
    else quotesByArticle.set(quote.article, [quote]);
  }
  const timeline: PersonTimelineEntry[] = person.articles.map((id) => ({ article: articles.get(id)!, quotes: quotesByArticle.get(id) ?? [] }));
  const namedWith = person.namedWith.map(({ slug, count }) => ({ slug, count, name: bySlug.get(slug)?.name ?? slug }));
  return paginate(timeline, PERSON_PAGE_SIZE, (number) => paths.person(person.slug, number)).map((page) => {
    const title = page.pageNumber > 1 ? `${person.name} (page ${page.pageNumber})` : person.name;
    return route(paths.person(person.slug, page.pageNumber), 'person', title, { person, namedWith, ...page });
  });
}

function toSummary(person: ArchivePerson): PersonSummary {
  const summary: PersonSummary = { slug: person.slug, name: person.name, articles: person.articles.length, quotes: person.quotes.length };
  const description = person.descriptions[0]?.text ?? person.titles[0]?.text;
  if (description) summary.description = description;
  return summary;
}
