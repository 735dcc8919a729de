/**
 * The worker half of rendering: renders a batch of routes with the templates, compiled once per worker.
 */
import type { OutputFile } from '../types.js';
import type { Config } from '../config/load-config.js';
import type { Route } from '../render/plan-routes.js';
import { loadTemplates } from '../render/templates.js';
import { renderSite, type RenderProblem } from '../render/render-site.js';

/** A batch of routes to render. */
export interface RenderTask {
  config: Readonly<Config>;
  routes: Route[];
}

/** What a batch rendered: its pages and its template problems. */
export interface RenderedBatch {
  files: OutputFile[];
  rendered: number;
  problems: RenderProblem[];
}

let templates: ReturnType<typeof loadTemplates> | undefined;

/** Renders one batch and returns its pages for the main thread to write. */
export default async function renderPages(task: RenderTask): Promise<RenderedBatch> {
  templates ??= loadTemplates(task.config.templatesDir);
  const files: OutputFile[] = [];
  const { rendered, problems } = await renderSite(task.routes, (await templates).templates, task.config, { emit: (file) => void files.push(file) });
  return { files, rendered, problems };
}
