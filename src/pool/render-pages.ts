/**
 * Rendering on every core: the routes are cut into batches that the main thread and worker threads take in turn
 * from one queue, so both cores render until the queue is empty, and the main thread also writes what they all
 * render. A small set of changed routes renders on the main thread alone: starting a worker costs more.
 */
import { availableParallelism } from 'node:os';
import type { Piscina } from 'piscina';
import type { Config } from '../config/load-config.js';
import type { LoadRecord } from '../types.js';
import type { Route } from '../render/plan-routes.js';
import type { Templates } from '../render/templates.js';
import { renderSite, type RenderHooks, type RenderProblem } from '../render/render-site.js';
import type { RenderTask, RenderedBatch } from './render-worker.js';

const BATCH = 64;
const MIN_FOR_WORKERS = 512;

/**
 * Renders the routes on this thread and `threads - 1` workers; pages reach `hooks.emit` on this thread. An article
 * page's whole record is loaded with `load` when its batch is taken, so only the batches in flight hold records.
 */
export async function renderPages(routes: Route[], templates: Templates, config: Readonly<Config>, hooks: RenderHooks, load: LoadRecord, threads = availableParallelism()): Promise<{ rendered: number; problems: RenderProblem[] }> {
  const workers = routes.length >= MIN_FOR_WORKERS ? threads - 1 : 0;
  if (workers < 1) return renderSite(await withRecords(routes, load), templates, config, hooks);
  let done = 0;
  const progress = (count: number): void => hooks.onRendered?.((done += count));
  const queue: Route[][] = [];
  for (let start = 0; start < routes.length; start += BATCH) queue.push(routes.slice(start, start + BATCH));
  const problems: RenderProblem[] = [];
  let rendered = 0;
  const renderHere = async (batch: Route[]): Promise<void> => {
    const result = await renderSite(await withRecords(batch, load), templates, config, { ...hooks, onRendered: undefined });
    rendered += result.rendered;
    addProblems(problems, result.problems);
    progress(batch.length);
  };
  const pool: Piscina<RenderTask, RenderedBatch> = new (await import('piscina')).Piscina({ filename: new URL('./render-worker.js', import.meta.url).href, maxThreads: workers, minThreads: workers });
  const worker = async (): Promise<void> => {
    for (let batch = queue.pop(); batch; batch = queue.pop()) {
      const task: RenderTask = { config, routes: await withRecords(batch, load) };
      const result = await pool.run(task);
      if (!problems.length && !result.problems.length) for (const file of result.files) await hooks.emit(file);
      rendered += result.rendered;
      addProblems(problems, result.problems);
      progress(batch.length);
    }
  };
  const here = async (): Promise<void> => {
    for (let batch = queue.shift(); batch; batch = queue.shift()) {
      await renderHere(batch);
      // Rendering yields only to microtasks; let the workers' finished batches in, so they get the next one.
      await new Promise(setImmediate);
    }
  };
  try {
    await Promise.all([here(), ...Array.from({ length: workers }, worker)]);
  } finally {
    await pool.destroy();
  }
  return { rendered, problems };
}

/** The routes with each article page's whole record loaded into its data. */
async function withRecords(routes: Route[], load: LoadRecord): Promise<Route[]> {
  return Promise.all(routes.map(async (route) => (route.article ? { ...route, data: { ...route.data, article: await load(route.article) } } : route)));
}

/** Adds a batch's problems, counting a template error that other batches also hit as one problem with more pages. */
function addProblems(problems: RenderProblem[], more: RenderProblem[]): void {
  for (const problem of more) {
    const seen = problems.find((known) => known.file === problem.file && known.line === problem.line && known.reason === problem.reason);
    if (seen) seen.pages += problem.pages;
    else problems.push({ ...problem });
  }
}
