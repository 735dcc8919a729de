/**
 * The files of the site that are for machines rather than readers: feeds, the sitemap, `robots.txt` and the data
 * files. Their URLs come from the same `paths` as the pages', so they cannot disagree with the pages.
 */
import type { LoadRecord, OutputFile, SiteIndex } from '../types.js';
import type { Config } from '../config/load-config.js';
import type { Route } from './plan-routes.js';
import { createUrlHelper, paths } from './urls.js';
import { renderFeeds } from './render-feeds.js';
import { renderSitemap } from './render-sitemap.js';
import { renderDataFiles, type DataFileReuse } from './render-data-files.js';

/**
 * Feeds, sitemap, robots.txt and the data files not in place already; `load` gives the whole records feeds and data
 * files need.
 */
export async function renderMachineFiles(index: SiteIndex, routes: Route[], config: Readonly<Config>, load: LoadRecord, reuse?: DataFileReuse): Promise<OutputFile[]> {
  return [...(await renderFeeds(index, config, load)), ...(await renderSitemap(routes, config)), robotsTxt(config), ...(await renderDataFiles(index, config, load, reuse))];
}

/** Crawlers may read everything; the sitemap is named when it exists (it needs an origin). */
function robotsTxt(config: Readonly<Config>): OutputFile {
  const lines = ['User-agent: *', 'Allow: /'];
  if (config.origin) lines.push('', `Sitemap: ${createUrlHelper(config.basePath, config.origin).absoluteUrl(paths.sitemap())}`);
  return { path: paths.robots().slice(1), contents: `${lines.join('\n')}\n` };
}
