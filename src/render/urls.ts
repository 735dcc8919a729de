/**
 * The one place internal URLs are made. Every link on every page goes through `url()`, which applies the
 * configured base path, so a site built for https://example.org/archive/ works when served under /archive/.
 */
import type { ArticleSummary } from '../types.js';
import { letterSlug } from './people-letters.js';

/** Site-relative paths (always starting with `/`) for each kind of page. */
export const paths = {
  home: (): string => '/',
  archive: (): string => '/archive/',
  article: (article: Pick<ArticleSummary, 'date' | 'slug'>): string => `/${article.date.replaceAll('-', '/')}/${article.slug}/`,
  year: (year: string): string => `/${year}/`,
  month: (month: string): string => `/${month.replace('-', '/')}/`,
  day: (date: string): string => `/${date.replaceAll('-', '/')}/`,
  search: (): string => '/search/',
  /** The search page running a search: `/search/?person=Ann+Lee&kind=quote` (the search page reads its URL). */
  searchFor: (params: Record<string, string>): string => `/search/?${new URLSearchParams(params)}`,
  /** The folder of the search index and Pagefind's script, written by the search stage. */
  searchBundle: (): string => '/pagefind/',
  stylesheet: (): string => '/assets/style.css',
  searchScript: (): string => '/assets/search.js',
  notFound: (): string => '/404.html',
  people: (): string => '/people/',
  /** The people whose surname starts with a letter of the index (`A`…`Z`, `#`): `/people/a/`, `/people/other/`. */
  peopleLetter: (letter: string): string => `/people/${letterSlug(letter)}/`,
  mostQuoted: (): string => '/people/most-quoted/',
  /** A person's page; page 1 is the person's own URL, later pages are `/people/<slug>/page/N/`. */
  person: (slug: string, page = 1): string => (page > 1 ? `/people/${slug}/page/${page}/` : `/people/${slug}/`),
  personFeed: (slug: string): string => `/people/${slug}/feed.xml`,
  quotes: (page = 1): string => (page > 1 ? `/quotes/page/${page}/` : '/quotes/'),
  quote: (id: string): string => `/quotes/${id}/`,
  /** A quote in its article: the article's path and the quote's anchor. */
  quoteInArticle: (article: Pick<ArticleSummary, 'date' | 'slug'>, quote: { anchor: string }): string => `/${article.date.replaceAll('-', '/')}/${article.slug}/#q-${quote.anchor}`,
  atomFeed: (): string => '/feed.xml',
  rssFeed: (): string => '/rss.xml',
  jsonFeed: (): string => '/feed.json',
  sitemap: (): string => '/sitemap.xml',
  robots: (): string => '/robots.txt',
  data: (name: 'articles.jsonl' | 'people.json' | 'quotes.jsonl'): string => `/data/${name}`,
};

/** Turns site-relative paths into links under a base path, and into absolute URLs when the origin is known. */
export interface UrlHelper {
  /** `/2020/01/` → `/archive/2020/01/` for base path `/archive/`. */
  url(sitePath: string): string;
  /** The absolute URL (origin + base path + path), or the based path when no origin is configured. */
  absoluteUrl(sitePath: string): string;
}

/** Makes the URL helper for a base path (`/` or `/archive/`) and an optional origin. */
export function createUrlHelper(basePath: string, origin = ''): UrlHelper {
  // Called for every link of every page (about 30 a page): a scan for leading slashes costs a third of a regex replace.
  const url = (sitePath: string): string => {
    let start = 0;
    while (sitePath.charCodeAt(start) === 47) start++;
    return basePath + (start === 0 ? sitePath : sitePath.slice(start));
  };
  return { url, absoluteUrl: (sitePath) => origin + url(sitePath) };
}

/** The file a site path is written to: `/a/b/` → `a/b/index.html`, `/404.html` → `404.html`. */
export function toOutputPath(sitePath: string): string {
  // Scanned, not a regular expression: every page's path goes through here twice in a build.
  let start = 0;
  while (sitePath.charCodeAt(start) === 47) start++;
  const trimmed = start === 0 ? sitePath : sitePath.slice(start);
  return trimmed === '' || trimmed.endsWith('/') ? `${trimmed}index.html` : trimmed;
}
