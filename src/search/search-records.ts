/**
 * What the search index knows about each article and quote: the filters (person, year, kind), the date to sort
 * by, and the metadata a result shows. Pure functions of the site index, so they are tested without Pagefind.
 * People are the archive's people (merged across articles), so one person is one filter value.
 */
import type { CustomRecord } from 'pagefind';
import { stringifyEntities } from 'stringify-entities';
import type { SiteIndex } from '../types.js';
import { paths } from '../render/urls.js';
import { toQuoteEntries, type QuoteEntry } from '../render/plan-quote-routes.js';

/** The two kinds of search result, as stored in the `kind` filter. */
export type SearchKind = 'article' | 'quote';

/** Filters, sort keys and metadata of one searchable item, in the shape Pagefind takes them. */
export interface SearchData {
  filters: { person: string[]; year: string[]; kind: SearchKind[] };
  sort: { date: string };
  meta: Record<string, string>;
}

/**
 * The search data of every article page, by article id: everyone the article names or quotes (the archive's
 * people, so a quoted speaker is among them), its year and date, and its headline as the result title.
 */
export function toArticleSearchData(index: Pick<SiteIndex, 'articles' | 'people' | 'personSlugs'>): Map<string, SearchData> {
  const names = new Map(index.people.map((person) => [person.slug, person.name]));
  return new Map(
    index.articles.map((article) => {
      const slugs = index.personSlugs[article.id] ?? [];
      const people = [...new Set(slugs.flatMap((slug) => (slug && names.get(slug)) || []))].sort();
      const data: SearchData = { filters: { person: people, year: [article.date.slice(0, 4)], kind: ['article'] }, sort: { date: article.date }, meta: { title: article.title, date: article.date } };
      return [article.id, data];
    }),
  );
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
 * they said and not only the article around it. A quote reported by several articles is one record (its first
 * report, whose page lists the others). The speaker is the record's title, which Pagefind searches too, so
 * "Magsamen terrified" finds her quote. By article id, in the index's order.
 */
export function toQuoteRecords(index: SiteIndex, language: string): Map<string, CustomRecord[]> {
  const records = new Map<string, CustomRecord[]>();
  for (const entry of toQuoteEntries(index).values()) {
    if (!entry.quote.primary || !entry.quote.text.trim()) continue;
    const record: CustomRecord = { url: paths.quote(entry.quote.id), content: entry.quote.text, language, ...toQuoteSearchData(entry) };
    const list = records.get(entry.article.id);
    if (list) list.push(record);
    else records.set(entry.article.id, [record]);
  }
  return records;
}

/** The search data of one quote: its speaker when a person of the archive, its year and date, and its article. */
function toQuoteSearchData({ quote, article, person }: QuoteEntry): SearchData {
  return {
    filters: { person: person ? [person.name] : [], year: [article.date.slice(0, 4)], kind: ['quote'] },
    sort: { date: article.date },
    meta: { title: person?.name ?? (quote.speaker.name || 'Unattributed'), date: article.date, article: article.title, articleUrl: paths.article(article) },
  };
}

function escapeHtml(value: string): string {
  return stringifyEntities(value, { escapeOnly: true });
}
