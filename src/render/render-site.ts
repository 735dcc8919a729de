/**
 * Render stage: `Route[]` + templates → `OutputFile`s, handed over one at a time. Each page gets `it` = the site
 * settings, its own data as `it.page` (with whole records loaded for the keys in `route.full`), and the helpers
 * templates need (`url`, `absoluteUrl`, labels). A template error on one page is collected with the page's article
 * and the template's file and line; the other pages still render.
 */
import type { ArticleRecord, ArticleSummary, OutputFile } from '../types.js';
import type { Config } from '../config/load-config.js';
import type { Route } from './plan-routes.js';
import { monthLabel, dayLabel } from './plan-routes.js';
import { createUrlHelper, paths } from './urls.js';
import { toTemplateProblem, type Templates, type TemplateProblem } from './templates.js';

/** A page that failed to render: which page, which article it shows, and the template problem. */
export interface RenderProblem extends TemplateProblem {
  path: string;
  source?: string;
}

/** How `renderSite` gets whole records and hands over pages. */
export interface RenderHooks {
  /** The whole record behind a summary, for the keys a route lists in `full`. */
  load(summary: ArticleSummary): Promise<ArticleRecord>;
  /** Takes each rendered page; awaited, so a slow writer slows rendering down instead of filling memory. */
  emit(file: OutputFile): Promise<void> | void;
}

/**
 * Renders the routes one by one and hands each page over as it is made, so pages never pile up in memory. After a
 * template error the remaining pages are still rendered, to report every error at once, but no longer handed over.
 */
export async function renderSite(routes: Route[], templates: Templates, config: Readonly<Config>, hooks: RenderHooks): Promise<{ rendered: number; problems: RenderProblem[] }> {
  const urls = createUrlHelper(config.basePath, config.origin);
  const site = { title: config.title, description: config.description, language: config.language, origin: config.origin };
  const helpers = { ...urls, paths, monthLabel, dayLabel };
  const problems: RenderProblem[] = [];
  let rendered = 0;
  for (const route of routes) {
    // Outside the try: a record that cannot be loaded is not the template's fault.
    const page = await withFullRecords(route, hooks.load);
    let html: string;
    try {
      html = templates.render(route.template, { site, page, title: route.title, path: route.path, ...helpers });
    } catch (error) {
      problems.push({ ...toTemplateProblem(error, `${route.template}.eta`), path: route.path, source: route.source });
      continue;
    }
    rendered++;
    if (problems.length === 0) await hooks.emit({ path: route.output, contents: html });
  }
  return { rendered, problems };
}

async function withFullRecords(route: Route, load: RenderHooks['load']): Promise<Record<string, unknown>> {
  if (!route.full?.length) return route.data;
  const data = { ...route.data };
  for (const key of route.full) {
    const value = data[key] as ArticleSummary | ArticleSummary[] | undefined;
    if (value) data[key] = Array.isArray(value) ? await Promise.all(value.map(load)) : await load(value);
  }
  return data;
}
