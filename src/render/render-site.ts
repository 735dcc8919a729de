/**
 * Render stage: `Route[]` + templates → `OutputFile`s, handed over one at a time. Each page gets `it` = the site
 * settings, its own data as `it.page`, and the helpers
 * templates need (`url`, `absoluteUrl`, labels). A template error on one page is collected with the page's article
 * and the template's file and line; the other pages still render.
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

/** How `renderSite` hands over pages. */
export interface RenderHooks {
  /** Takes each rendered page; awaited, so a slow writer slows rendering down instead of filling memory. */
  emit(file: OutputFile): Promise<void> | void;
  /** Follows progress: how many of these routes are done. */
  onRendered?: (done: number) => void;
}

/**
 * Renders the routes one by one and hands each page over as it is made, so pages never pile up in memory. After a
 * template error the remaining pages are still rendered, to report every error at once (one problem per template
 * error however many pages it broke), but no longer handed over.
 */
export async function renderSite(routes: Route[], templates: Templates, config: Readonly<Config>, hooks: RenderHooks): Promise<{ rendered: number; problems: RenderProblem[] }> {
  const urls = createUrlHelper(config.basePath, config.origin);
  // Feeds need absolute URLs, so they exist only when the base URL has an origin; templates link them then.
  const site = { title: config.title, description: config.description, language: config.language, origin: config.origin, feeds: Boolean(config.origin) };
  // Made once: each page's data is a copy of this object with its own page, title and path. Copying an object that
  // starts with a spread clones its shape in one step, and Eta's include() and layout() copy the data again the same
  // way; built key by key per page, it was copied slowly at every step (a fifth of the time spent in Eta).
  const base = { site, page: undefined as unknown, title: undefined as string | undefined, path: '', ...urls, paths, monthLabel, dayLabel, ...createTemplateHelpers(config, urls) };
  const problems = new Map<string, RenderProblem>();
  let rendered = 0;
  for (const [index, route] of routes.entries()) {
    let html: string | undefined;
    try {
      html = templates.render(route.template, { ...base, page: route.data, title: route.title, path: route.path });
    } catch (error) {
      const problem = toTemplateProblem(error, `${route.template}.eta`);
      const key = `${problem.file}:${problem.line}:${problem.reason}`;
      const seen = problems.get(key);
      if (seen) seen.pages++;
      else problems.set(key, { ...problem, path: route.path, source: route.source, pages: 1 });
    }
    if (html !== undefined) {
      rendered++;
      if (problems.size === 0) await hooks.emit({ path: route.output, contents: html });
    }
    hooks.onRendered?.(index + 1);
  }
  return { rendered, problems: [...problems.values()] };
}
