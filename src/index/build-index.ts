/**
 * Index stage: `ArticleSummary[]` (+ the editor's people rules) → `SiteIndex`. The only stage that sees every
 * article: it settles slug collisions, groups articles by year, month and day, merges people across articles and
 * indexes quotes. Problems it finds are returned with the article's source, or placed in the people file.
 */
import type { ArchiveQuote, ArticleRecord, ArticleSummary, DayArchive, IndexedArticle, MonthArchive, SiteIndex, YearArchive } from '../types.js';
import type { Problem } from '../report/problem.js';
import { resolveSlugCollisions, type SlugCollision } from './resolve-slug-collisions.js';
import { indexPeople, type PeopleMemo } from './index-people.js';
import { indexQuotes, quoteContentKey } from './index-quotes.js';
import { NO_PEOPLE_RULES, type PeopleRules } from './parse-people-file.js';
import { toSummary } from './article-summary.js';
import { toIndexedArticle } from './indexed-article.js';
import type { QuoteGroupMemo } from './group-quotes.js';

/**
 * Builds the site index from the articles' summaries (whole records are summarised first); the summaries' slugs may
 * be changed to settle collisions. `groupings` carries the grouping of each speaker's quotes over from the last build.
 * The index holds each article without its people and quotes (`toIndexedArticle`); `summaries` are the whole
 * summaries, newest first, for the archive checks, and should be let go once they have run.
 */
export function buildIndex(given: ReadonlyArray<ArticleRecord | ArticleSummary>, rules: PeopleRules = NO_PEOPLE_RULES, { groupings, people: peopleMemo }: { groupings?: QuoteGroupMemo; people?: PeopleMemo } = {}): { index: SiteIndex; summaries: ArticleSummary[]; collisions: SlugCollision[]; problems: Problem[] } {
  const records = given.map((article) => ('body' in article ? toSummary(article, '') : article));
  const collisions = resolveSlugCollisions(records);
  const articles = [...records].sort(newestFirst);
  const { people, personSlugs, problems } = indexPeople(articles, rules, peopleMemo);
  const quotes = indexQuotes(articles, personSlugs, groupings);
  const position = new Map(articles.map((article, index) => [article.id, index]));
  const quotesOf = new Map<string, string[]>();
  for (const quote of quotes) {
    if (!quote.person) continue;
    const ids = quotesOf.get(quote.person);
    if (ids) ids.push(quote.id);
    else quotesOf.set(quote.person, [quote.id]);
  }
  for (const person of people) {
    person.articles.sort((a, b) => position.get(a)! - position.get(b)!);
    person.quotes = quotesOf.get(person.slug) ?? [];
  }
  const indexed = articles.map(toIndexedArticle);
  return { index: { articles: indexed, years: groupByDate(indexed), people, quotes, personSlugs }, summaries: articles, collisions, problems };
}

/** Orders articles newest first; same-day articles by title, then id, so the order never depends on input order. */
export function newestFirst(a: IndexedArticle, b: IndexedArticle): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.title !== b.title) return a.title < b.title ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Groups newest-first articles into years, months and days (all newest first). */
export function groupByDate(articles: IndexedArticle[]): YearArchive[] {
  const years: YearArchive[] = [];
  for (const article of articles) {
    const year = article.date.slice(0, 4);
    const month = article.date.slice(0, 7);
    let yearArchive = years.at(-1);
    if (yearArchive?.year !== year) years.push((yearArchive = { year, months: [], count: 0 }));
    let monthArchive: MonthArchive | undefined = yearArchive.months.at(-1);
    if (monthArchive?.month !== month) yearArchive.months.push((monthArchive = { month, days: [], count: 0 }));
    let day: DayArchive | undefined = monthArchive.days.at(-1);
    if (day?.date !== article.date) monthArchive.days.push((day = { date: article.date, articles: [] }));
    day.articles.push(article);
    monthArchive.count++;
    yearArchive.count++;
  }
  return years;
}

/**
 * The objects of an index that many pages embed, each group before those that hold its members: articles, people
 * and quotes (which refer to others only by id), days, months, years. A person named in thousands of articles lists
 * them all, so hashing that person again for each page naming them made fingerprinting grow with the square of the
 * archive (10,000 synthetic articles: 58 ms an article page before, 0.4 ms after).
 */
export function sharedObjects(index: SiteIndex): object[][] {
  const months = index.years.flatMap((year) => year.months);
  return [index.articles, index.people, index.quotes, months.flatMap((month) => month.days), months, index.years];
}

/**
 * Keys that decide the shared objects, for `Fingerprinter.share`, one function per group of `sharedObjects` (none
 * where contents must be hashed). An article summary made from a cached record is keyed by the record's cache key (a
 * hash of its source's path and bytes and of the extraction code, and part of the summary, so any edit changes the
 * article's hash either way) with the id and slug the index settled, the only fields the index changes; articles
 * held in memory (no cache key) are hashed by content. A quote is keyed by the digest of its extracted quote and
 * the fields the index set (`quoteContentKey`), not by its article's key: an edit elsewhere in an article would then
 * count all its quotes as changed, and remake `/data/quotes.jsonl` for quotes whose bytes are the same.
 */
export function sharedContentKeys(): Array<((object: object) => string | undefined) | undefined> {
  const article = (object: object): string | undefined => {
    const { key, id, slug } = object as IndexedArticle;
    return key ? JSON.stringify([key, id, slug]) : undefined;
  };
  const quote = (object: object): string | undefined => quoteContentKey(object as ArchiveQuote);
  // In the order of `sharedObjects`: articles, people (hashed by content), quotes; the other groups by content.
  return [article, undefined, quote];
}
