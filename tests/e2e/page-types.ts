/**
 * One page of each type of a built site, chosen from the site's own data files so it works for any content: the
 * longest article and its year, month and day; the person named most, their letter of the people index, and the quote
 * of theirs reported most often.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { paths, toOutputPath } from '../../src/render/urls.js';
import { letterOf } from '../../src/render/people-letters.js';
import { sortKeyOf } from '../../src/index/name-keys.js';

/** Every kind of page the default theme draws. */
export const PAGE_TYPES = ['home', 'archive', 'year', 'month', 'day', 'article', 'people', 'people-letter', 'most-quoted', 'person', 'person-page-2', 'quotes', 'quotes-page-2', 'quote', 'search', 'not-found'] as const;

/** A kind of page. */
export type PageType = (typeof PAGE_TYPES)[number];

interface ArticleData {
  date: string;
  slug: string;
  wordCount: number;
}
interface PersonData {
  slug: string;
  name: string;
  articles: string[];
  quotes: string[];
}
interface QuoteData {
  id: string;
  person?: string;
  alsoReported: string[];
}

/** The site path of one page of each type in the site built in `outputDir`; a type the site lacks is left out. */
export async function findPageTypes(outputDir: string): Promise<Partial<Record<PageType, string>>> {
  const lines = async <T>(file: string): Promise<T[]> => (await readFile(path.join(outputDir, 'data', file), 'utf8')).split('\n').filter(Boolean).map((line) => JSON.parse(line) as T);
  const articles = await lines<ArticleData>('articles.jsonl');
  const people = JSON.parse(await readFile(path.join(outputDir, 'data', 'people.json'), 'utf8')) as PersonData[];
  const quotes = await lines<QuoteData>('quotes.jsonl');
  const found: Partial<Record<PageType, string>> = { home: paths.home(), archive: paths.archive(), people: paths.people(), 'most-quoted': paths.mostQuoted(), quotes: paths.quotes(), search: paths.search(), 'not-found': paths.notFound() };
  const article = maxBy(articles, (candidate) => candidate.wordCount);
  if (article) {
    Object.assign(found, { article: paths.article(article), year: paths.year(article.date.slice(0, 4)), month: paths.month(article.date.slice(0, 7)), day: paths.day(article.date) });
  }
  const person = maxBy(people, (candidate) => candidate.articles.length);
  if (person) {
    found.person = paths.person(person.slug);
    found['people-letter'] = paths.peopleLetter(letterOf(sortKeyOf(person.name)));
    found.search = `${paths.search()}?q=${encodeURIComponent(person.name.split(' ').at(-1)!)}`;
  }
  const theirs = quotes.filter((quote) => quote.person === person?.slug);
  const quote = maxBy(theirs.length ? theirs : quotes, (candidate) => candidate.alsoReported.length);
  if (quote) found.quote = paths.quote(quote.id);
  const later = { 'person-page-2': person && paths.person(person.slug, 2), 'quotes-page-2': paths.quotes(2) };
  for (const [type, sitePath] of Object.entries(later)) {
    if (sitePath && existsSync(path.join(outputDir, toOutputPath(sitePath)))) found[type as PageType] = sitePath;
  }
  return found;
}

/** The first item with the highest score. */
function maxBy<T>(items: T[], score: (item: T) => number): T | undefined {
  return items.reduce<T | undefined>((best, item) => (best === undefined || score(item) > score(best) ? item : best), undefined);
}
