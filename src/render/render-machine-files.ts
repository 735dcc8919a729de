/**
 * The files of the site that are for machines rather than readers: feeds, the sitemap and `robots.txt` (the data
 * files, made as they are written, are `renderDataFiles`). Their URLs come from the same `paths` as the pages', so
 * they cannot disagree with the pages.
 */
import type { LoadRecord, OutputFile, SiteIndex } from '../types.js';
import type { Config } from '../config/load-config.js';
import { createUrlHelper, paths } from './urls.js';
import { renderFeeds } from './render-feeds.js';
import { renderSitemap, type SitemapPage } from './render-sitemap.js';

/** Feeds, sitemap (of `pages`: `toSitemapPages`) and robots.txt for the site; `load` gives the whole records the feeds need. */
export async function renderMachineFiles(index: SiteIndex, pages: readonly SitemapPage[], config: Readonly<Config>, load: LoadRecord): Promise<OutputFile[]> {
  return [...(await renderFeeds(index, config, load)), ...(await renderSitemap(pages, config)), robotsTxt(config)];
}

/** Crawlers may read everything; the sitemap is named when it exists (it needs an origin). */
function robotsTxt(config: Readonly<Config>): OutputFile {
  const lines = ['User-agent: *', 'Allow: /'];
  if (config.origin) lines.push('', `Sitemap: ${createUrlHelper(config.basePath, config.origin).absoluteUrl(paths.sitemap())}`);
  return { path: paths.robots().slice(1), contents: `${lines.join('\n')}\n` };
}
