/**
 * What the search index knows about each article and quote: the filters (person, year, kind), the date to sort
 * by, and the metadata a result shows. Pure functions of the records, so they are tested without Pagefind.
 */
import type { CustomRecord } from 'pagefind';
import { stringifyEntities } from 'stringify-entities';
import type { ArticleRecord, Quote } from '../types.js';
import { paths } from '../render/urls.js';

/** The two kinds of search result, as stored in the `kind` filter. */
export type SearchKind = 'article' | 'quote';

/** Filters, sort keys and metadata of one searchable item, in the shape Pagefind takes them. */
export interface SearchData {
  filters: { person: string[]; year: string[]; kind: SearchKind[] };
  sort: { date: string };
  meta: Record<string, string>;
}

/** Everyone an article is about, for the person filter: every person it names and every person it quotes. */
export function articlePeople(article: Pick<ArticleRecord, 'people' | 'quotes'>): string[] {
  const names = [...article.people.map((person) => person.name), ...article.quotes.filter(isByPerson).map((quote) => quote.speaker.name)];
  return [...new Set(names.filter((name) => name.trim()))].sort();
}

/** The search data of an article page: its people, year and date, and its headline as the result title. */
export function toArticleSearchData(article: ArticleRecord): SearchData {
  return {
    filters: { person: articlePeople(article), year: [article.date.slice(0, 4)], kind: ['article'] },
    sort: { date: article.date },
    meta: { title: article.title, date: article.date },
  };
}

/**
 * The page HTML as Pagefind should read it: the rendered page with the search data added as hidden markup just
 * before `</body>`. The data goes in here rather than in the theme so that every theme gets working filters;
 * `data-pagefind-ignore` keeps its words out of the searchable text, and Pagefind reads filters anywhere on a page.
 */
export function toSearchHtml(html: string, data: SearchData): string {
  const field = (attribute: string, name: string, value: string): string => `<span data-pagefind-${attribute}="${name}">${escapeHtml(value)}</span>`;
  const fields = [
    ...Object.entries(data.filters).flatMap(([name, values]: [string, string[]]) => values.map((value) => field('filter', name, value))),
    ...Object.entries(data.sort).map(([name, value]) => field('sort', name, value)),
    ...Object.entries(data.meta).map(([name, value]) => field('meta', name, value)),
  ];
  const block = `<div hidden data-pagefind-ignore>${fields.join('')}</div>`;
  const end = html.lastIndexOf('</body>');
  return end === -1 ? html + block : html.slice(0, end) + block + html.slice(end);
}

/**
 * One search record per quote, pointing at the quote's own page, so a search for words someone said finds what
 * they said and not only the article around it. The speaker is the record's title, which Pagefind searches too,
 * so "Magsamen terrified" finds her quote.
 */
export function toQuoteRecords(article: ArticleRecord, language: string): CustomRecord[] {
  return article.quotes.filter((quote) => quote.text.trim()).map((quote) => ({ url: paths.quote(quote.id), content: quote.text, language, ...toQuoteSearchData(article, quote) }));
}

/** The search data of one quote: its speaker when a person, the article's year and date, and where it was said. */
export function toQuoteSearchData(article: ArticleRecord, quote: Quote): SearchData {
  return {
    filters: { person: isByPerson(quote) ? [quote.speaker.name] : [], year: [article.date.slice(0, 4)], kind: ['quote'] },
    sort: { date: article.date },
    meta: { title: quote.speaker.name, date: article.date, article: article.title, articleUrl: paths.article(article) },
  };
}

function isByPerson(quote: Quote): boolean {
  return quote.speaker.kind === 'person' && Boolean(quote.speaker.name.trim());
}

function escapeHtml(value: string): string {
  return stringifyEntities(value, { escapeOnly: true });
}
