/**
 * The worker half of rendering: renders a batch of routes with the templates (compiled once per worker) and loads
 * the whole records they need from the record cache itself, so article bodies never cross between threads.
 */
import type { ArticleSummary, OutputFile } from '../types.js';
import type { Config } from '../config/load-config.js';
import type { Route } from '../render/plan-routes.js';
import { openRecordCache, type CachedSource } from '../cache/record-cache.js';
import { toFullRecord } from '../index/article-summary.js';
import { loadTemplates } from '../render/templates.js';
import { renderSite, type RenderProblem } from '../render/render-site.js';

/** A batch of routes to render, with where each whole record they need is stored. */
export interface RenderTask {
  config: Readonly<Config>;
  version: string;
  routes: Route[];
  records: Record<string, CachedSource['at']>;
}

/** What a batch rendered: its pages and its template problems. */
export interface RenderedBatch {
  files: OutputFile[];
  rendered: number;
  problems: RenderProblem[];
}

let templates: ReturnType<typeof loadTemplates> | undefined;

/** Renders one batch; throws (and the main thread renders the batch itself) when a record cannot be loaded. */
export default async function renderPages(task: RenderTask): Promise<RenderedBatch> {
  templates ??= loadTemplates(task.config.templatesDir);
  const cache = openRecordCache(task.config.cacheDir, task.version);
  const files: OutputFile[] = [];
  const load = async (summary: ArticleSummary) => {
    const stored = cache.loadRecord({ problems: [], at: task.records[summary.key] });
    if (!stored) throw new Error(`No stored record for ${summary.source}.`);
    return toFullRecord(summary, stored);
  };
  try {
    const { rendered, problems } = await renderSite(task.routes, (await templates).templates, task.config, { load, emit: (file) => void files.push(file) });
    return { files, rendered, problems };
  } finally {
    cache.close();
  }
}
