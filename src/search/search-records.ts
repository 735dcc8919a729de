/**
 * What the search index knows about each article and quote: the filters (person, year, kind), the date to sort
 * by, and the metadata a result shows. Pure functions of the site index, so they are tested without Pagefind.
 * People are the archive's people (merged across articles), so one person is one filter value.
 */
import type { CustomRecord } from 'pagefind';
import { stringifyEntities } from 'stringify-entities';
import type { ArticleRecord, ArticleSummary, Figure, SiteIndex } from '../types.js';
import { linkMentions } from '../render/link-mentions.js';
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

// Pagefind copies every element with an id into the page's fragment as an anchor, with its text: a quote's
// `id="q-…"` made each article's fragment carry all its quotes a second time, downloaded with every result shown,
// though the search page never reads anchors (only headings' anchors make sub-results). The ids are our own
// markup (mark-body, the only ids the sanitiser lets through) and article text has its `<` escaped, so an id is
// matched only inside a `<q` or `<span` tag. Pagefind starts a word where an anchor starts ("(<q id>British" reads
// as "( British"), so a space stands in for the id: the indexed text and the word index stay byte for byte the same.
const QUOTE_ANCHOR = /(<(?:q|span)\b[^>]*?) id="q-[\w-]+"/g;

/**
 * The HTML Pagefind reads for an article: its headline, body and photo captions, the words a reader searches
 * for, made from the record rather than from the rendered page. The search then neither renders nor holds pages,
 * and does not change when only the templates do. The search data goes in as hidden markup that
 * `data-pagefind-ignore` keeps out of the searchable text (Pagefind reads filters anywhere on a page).
 */
export function toSearchHtml(article: Pick<ArticleRecord, 'title' | 'body' | 'figures'>, data: SearchData): string {
  const field = (attribute: string, name: string, value: string): string => `<span data-pagefind-${attribute}="${name}">${escapeHtml(value)}</span>`;
  const fields = [
    ...Object.entries(data.filters).flatMap(([name, values]: [string, string[]]) => values.map((value) => field('filter', name, value))),
    ...Object.entries(data.sort).map(([name, value]) => field('sort', name, value)),
    ...Object.entries(data.meta).map(([name, value]) => field('meta', name, value)),
  ];
  return `${SEARCH_BODY_START}${searchableHtml(article)}${SEARCH_BODY_END}${fields.join('')}</div></body></html>`;
}

// Where the searchable part of `toSearchHtml`'s page starts and ends. The body's sanitised HTML has no `main`
// element and the headline and captions are escaped, so the end marker never occurs inside the searchable part.
const SEARCH_BODY_START = '<html><body><main data-pagefind-body>';
const SEARCH_BODY_END = '</main><div hidden data-pagefind-ignore>';

/**
 * `toSearchHtml` of an article whose headline, body or captions changed, made from its page as an earlier build
 * made it (`html`), whose search data it keeps: so no index is needed. Undefined when `html` is not such a page.
 */
export function withSearchBody(html: string, article: Pick<ArticleRecord, 'title' | 'body' | 'figures'>): string | undefined {
  const end = html.indexOf(SEARCH_BODY_END);
  return html.startsWith(SEARCH_BODY_START) && end !== -1 ? SEARCH_BODY_START + searchableHtml(article) + html.slice(end) : undefined;
}

/** The words a reader searches an article for: its headline, then its paragraphs with the photo captions among them. */
function searchableHtml(article: Pick<ArticleRecord, 'title' | 'body' | 'figures'>): string {
  // The body's HTML is sanitised at extraction; its person markers are dropped, as no link is wanted here, and so
  // are its quote anchors (see QUOTE_ANCHOR).
  const paragraphs = linkMentions(article.body.map((paragraph) => paragraph.html.replace(QUOTE_ANCHOR, ' $1')), () => undefined);
  const figure = ({ caption, credit }: Figure): string => `<p>${escapeHtml(caption)}${credit ? ` ${escapeHtml(credit)}` : ''}</p>`;
  const body = paragraphs.map((html, index) => article.figures.filter((each) => each.before === index).map(figure).join('') + html);
  body.push(...article.figures.filter((each) => each.before >= paragraphs.length).map(figure));
  return `<h1>${escapeHtml(article.title)}</h1>${body.join('')}`;
}

/**
 * One search record per quote, pointing at the quote's own page, so a search for words someone said finds what
 * they said and not only the article around it. A quote reported by several articles is one record (its first
 * report, whose page lists the others). The speaker is the record's title, which Pagefind searches too, so
 * "Magsamen terrified" finds her quote. By article id, in the index's order; with `articles`, only their quotes'
 * records (the search stage makes them a shard at a time: the archive's are tens of megabytes).
 */
export function toQuoteRecords(index: SiteIndex, language: string, articles?: readonly Pick<ArticleSummary, 'id'>[]): Map<string, CustomRecord[]> {
  const byArticle = searchableQuotesOf(index);
  const records = new Map<string, CustomRecord[]>();
  for (const id of articles ? articles.map((article) => article.id) : byArticle.keys()) {
    const entries = byArticle.get(id);
    if (entries) records.set(id, entries.map((entry) => ({ url: paths.quote(entry.quote.id), content: entry.quote.text, language, ...toQuoteSearchData(entry) })));
  }
  return records;
}

const searchableOf = new WeakMap<SiteIndex, Map<string, QuoteEntry[]>>();

/**
 * The quotes that get a search record (first reports with words), by article id in the index's order: grouped once
 * per index, so making one shard's records reads that shard's quotes, not the archive's.
 */
function searchableQuotesOf(index: SiteIndex): Map<string, QuoteEntry[]> {
  const known = searchableOf.get(index);
  if (known) return known;
  const byArticle = new Map<string, QuoteEntry[]>();
  for (const entry of toQuoteEntries(index).values()) {
    if (!entry.quote.primary || !entry.quote.text.trim()) continue;
    const list = byArticle.get(entry.article.id);
    if (list) list.push(entry);
    else byArticle.set(entry.article.id, [entry]);
  }
  searchableOf.set(index, byArticle);
  return byArticle;
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
