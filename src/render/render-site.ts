/**
 * Render stage: `Route[]` + templates → `OutputFile[]`. Each page gets `it` = the site settings, its own data as
 * `it.page`, and the helpers templates need (`url`, `absoluteUrl`, labels). A template error on one page is
 * collected with the page's article and the template's file and line; the other pages still render.
 */
import type { OutputFile } from '../types.js';
import type { Config } from '../config/load-config.js';
import type { Route } from './plan-routes.js';
import { monthLabel, dayLabel } from './plan-routes.js';
import { createUrlHelper, paths } from './urls.js';
import { toTemplateProblem, type Templates, type TemplateProblem } from './templates.js';
import { createTemplateHelpers } from './template-helpers.js';

/** A page that failed to render: which page, which article it shows, and the template problem. */
export interface RenderProblem extends TemplateProblem {
  path: string;
  source?: string;
}

/** Renders every route with the templates; returns the pages that rendered and the problems of those that did not. */
export function renderSite(routes: Route[], templates: Templates, config: Readonly<Config>): { files: OutputFile[]; problems: RenderProblem[] } {
  const urls = createUrlHelper(config.basePath, config.origin);
  // Feeds need absolute URLs, so they exist only when the base URL has an origin; templates link them then.
  const site = { title: config.title, description: config.description, language: config.language, origin: config.origin, feeds: Boolean(config.origin) };
  const helpers = { ...urls, paths, monthLabel, dayLabel, ...createTemplateHelpers(config, urls) };
  const files: OutputFile[] = [];
  const problems: RenderProblem[] = [];
  for (const route of routes) {
    try {
      const html = templates.render(route.template, { site, page: route.data, title: route.title, path: route.path, ...helpers });
      files.push({ path: route.output, contents: html });
    } catch (error) {
      problems.push({ ...toTemplateProblem(error, `${route.template}.eta`), path: route.path, source: route.source });
    }
  }
  return { files, problems };
}
