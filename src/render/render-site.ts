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

/** A template problem and the pages it broke: the first page (and the article it shows) and how many in all. */
export interface RenderProblem extends TemplateProblem {
  path: string;
  source?: string;
  pages: number;
}

/**
 * Renders every route with the templates; returns the pages that rendered and the problems of those that did not,
 * one per template error however many pages it broke. `onRendered` follows progress.
 */
export function renderSite(routes: Route[], templates: Templates, config: Readonly<Config>, onRendered?: (done: number) => void): { files: OutputFile[]; problems: RenderProblem[] } {
  const urls = createUrlHelper(config.basePath, config.origin);
  // Feeds need absolute URLs, so they exist only when the base URL has an origin; templates link them then.
  const site = { title: config.title, description: config.description, language: config.language, origin: config.origin, feeds: Boolean(config.origin) };
  const helpers = { ...urls, paths, monthLabel, dayLabel, ...createTemplateHelpers(config, urls) };
  const files: OutputFile[] = [];
  const problems = new Map<string, RenderProblem>();
  for (const [index, route] of routes.entries()) {
    try {
      const html = templates.render(route.template, { site, page: route.data, title: route.title, path: route.path, ...helpers });
      files.push({ path: route.output, contents: html });
    } catch (error) {
      const problem = toTemplateProblem(error, `${route.template}.eta`);
      const key = `${problem.file}:${problem.line}:${problem.reason}`;
      const seen = problems.get(key);
      if (seen) seen.pages++;
      else problems.set(key, { ...problem, path: route.path, source: route.source, pages: 1 });
    }
    onRendered?.(index + 1);
  }
  return { files, problems: [...problems.values()] };
}
