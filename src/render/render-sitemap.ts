/**
 * `sitemap.xml`: every HTML page of the site but the 404 page, written with the `sitemap` package. The protocol
 * caps a sitemap at 50,000 URLs, so a larger site gets `sitemap-1.xml`, `sitemap-2.xml`, … and `sitemap.xml`
 * becomes their index. Sitemaps must hold absolute URLs, so there is none when the base URL has no origin.
 */
import { Readable } from 'node:stream';
import { ErrorLevel, SitemapIndexStream, SitemapStream, streamToPromise, type SitemapItemLoose } from 'sitemap';
import type { OutputFile } from '../types.js';
import type { Config } from '../config/load-config.js';
import { isRouteGroup, type PlannedPage } from './plan-routes.js';
import { createUrlHelper, paths } from './urls.js';

/** The most URLs one sitemap file may list. */
const SITEMAP_LIMIT = 50_000;

/** A page the sitemap lists: its path and, for an article page, its date as the last change. */
export interface SitemapPage {
  path: string;
  lastmod?: string;
}

/**
 * What the sitemap needs of the planned pages, taken before they render so the routes need not be held until the
 * sitemap is made; none without an origin, since there is no sitemap then.
 */
export function toSitemapPages(pages: readonly PlannedPage[], config: Readonly<Config>): SitemapPage[] {
  if (!config.origin) return [];
  const listed: SitemapPage[] = [];
  for (const page of pages) {
    // Article pages carry their date as the last change; a group's pages (quote permalinks) carry none.
    if (isRouteGroup(page)) for (const path of page.paths) listed.push({ path });
    else if (page.path !== paths.notFound()) {
      const article = page.data.article as { date?: string } | undefined;
      listed.push(page.template === 'article' && article?.date ? { path: page.path, lastmod: article.date } : { path: page.path });
    }
  }
  return listed;
}

/** The sitemap file(s) listing these pages (`toSitemapPages`), or none without an origin. `limit` is for tests. */
export async function renderSitemap(pages: readonly SitemapPage[], config: Readonly<Config>, limit = SITEMAP_LIMIT): Promise<OutputFile[]> {
  if (!config.origin) return [];
  const urls = createUrlHelper(config.basePath, config.origin);
  const items: SitemapItemLoose[] = pages.map(({ path, lastmod }) => (lastmod ? { url: urls.absoluteUrl(path), lastmod } : { url: urls.absoluteUrl(path) }));
  if (items.length <= limit) return [{ path: paths.sitemap().slice(1), contents: await urlSet(items) }];
  const files: OutputFile[] = [];
  for (let start = 0; start < items.length; start += limit) {
    files.push({ path: `sitemap-${files.length + 1}.xml`, contents: await urlSet(items.slice(start, start + limit)) });
  }
  const index = new SitemapIndexStream({ level: ErrorLevel.THROW });
  const indexXml = streamToPromise(Readable.from(files.map((file) => ({ url: urls.absoluteUrl(`/${file.path}`) }))).pipe(index));
  files.push({ path: paths.sitemap().slice(1), contents: (await indexXml).toString('utf8') });
  return files;
}

async function urlSet(items: SitemapItemLoose[]): Promise<string> {
  const stream = new SitemapStream({ level: ErrorLevel.THROW, lastmodDateOnly: true, xmlns: { news: false, video: false, xhtml: false, image: false } });
  return (await streamToPromise(Readable.from(items).pipe(stream))).toString('utf8');
}
