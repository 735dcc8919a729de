/**
 * Rendering on every core: the planned pages are cut into batches that the main thread and worker threads take in
 * turn from one queue, so both cores render until the queue is empty. In a full write each thread writes the pages it
 * renders; otherwise the main thread writes them all. A small set of changed routes renders on the main thread
 * alone: starting a worker costs more. A batch's routes are made when it is taken (a group of routes planned, an
 * article page's record loaded), so only the batches in hand hold them.
 *
 * Workers are plain `worker_threads`, not a piscina pool: a worker keeps the shared objects it was sent
 * (shared-objects.ts), so each batch must go to the worker whose table the sender mirrors, and piscina picks the
 * thread itself. Each worker has four batches in hand, so it seldom waits for this thread, which hands out the next
 * batch only between batches of its own (with two, a worker at 10,000 articles sat idle 20 s of a 100 s stage; with
 * four, 5 s).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Config } from '../config/load-config.js';
import type { LoadRecord } from '../types.js';
import { isRouteGroup, toRoutes, type PlannedPage, type Route } from '../render/plan-routes.js';
import type { Templates } from '../render/templates.js';
import { withArticleRecord } from '../render/article-people-and-quotes.js';
import { renderSite, type RenderHooks, type RenderProblem } from '../render/render-site.js';
import type { RenderedBatch, RenderWorkerData } from './render-worker.js';
import { createSharedObjectEncoder, numberSharedObjects, type SharedObjects } from './shared-objects.js';

const BATCH = 64;
const MIN_FOR_WORKERS = 512;
const BATCHES_IN_HAND = 4;

/** How rendering may use worker threads. */
export interface RenderPoolOptions {
  /** Threads in all, this one included; 1 or less renders here alone. Defaults to one per core. */
  threads?: number;
  /** The objects many routes embed (`sharedObjects`): they cross to each worker once instead of once a batch. */
  shared?: readonly (readonly object[])[];
  /**
   * A full write's staging folder: workers write their pages into it and report each written page's path and bytes
   * hash to `written` instead of handing the page to `emit`.
   */
  direct?: { stagingDir: string; written(path: string, bytes: string): void };
  /** Loads an article page's whole record (`Route.article`) when its batch is taken, so only batches in hand hold records. */
  load: LoadRecord;
}

/**
 * Renders the pages on this thread and worker threads; pages reach `hooks.emit` on this thread (see `direct`). The
 * pages are taken out of `pages`, which is left empty, so a batch's planned routes are garbage once it is rendered:
 * held to the end, the ungrouped routes alone (article pages with their links) were about 100 MB of the main thread's
 * heap at 100,000 articles, when the render stage peaks.
 */
export async function renderPages(pages: PlannedPage[], templates: Templates, config: Readonly<Config>, hooks: RenderHooks, options: RenderPoolOptions): Promise<{ rendered: number; problems: RenderProblem[] }> {
  const { threads = availableParallelism(), shared = [], direct, load } = options;
  const queue = toBatches(pages.splice(0));
  const total = queue.reduce((sum, batch) => sum + batch.pages, 0);
  const workerCount = total >= MIN_FOR_WORKERS ? threads - 1 : 0;
  if (workerCount < 1) return renderSite(await withRecords(toRoutes(queue.flatMap((batch) => batch.planned)), load), templates, config, hooks);
  let done = 0;
  const progress = (count: number): void => hooks.onRendered?.((done += count));
  const problems: RenderProblem[] = [];
  let rendered = 0;
  const numbered = numberSharedObjects(shared);
  const workers = Array.from({ length: workerCount }, () => startWorker({ config, stagingDir: direct?.stagingDir }, numbered));
  const here = async (): Promise<void> => {
    for (let batch = queue.shift(); batch; batch = queue.shift()) {
      const result = await renderSite(await withRecords(toRoutes(batch.planned), load), templates, config, { ...hooks, onRendered: undefined });
      rendered += result.rendered;
      addProblems(problems, result.problems);
      progress(batch.pages);
      // Rendering yields only to microtasks; let the workers' finished batches in, so they get the next one.
      await new Promise(setImmediate);
    }
  };
  const feed = async (worker: RenderWorker): Promise<void> => {
    for (let batch = queue.pop(); batch; batch = queue.pop()) {
      const result = await worker.render(await withRecords(toRoutes(batch.planned), load));
      if (!problems.length && !result.problems.length) {
        for (const file of result.files) await hooks.emit(file);
        for (const [path, bytes] of result.written) direct!.written(path, bytes);
      }
      rendered += result.rendered;
      addProblems(problems, result.problems);
      progress(batch.pages);
    }
  };
  try {
    await Promise.all([here(), ...workers.flatMap((worker) => Array.from({ length: BATCHES_IN_HAND }, () => feed(worker)))]);
  } finally {
    await Promise.all(workers.map((worker) => worker.stop()));
  }
  return { rendered, problems };
}

/** Planned pages to render together, and how many pages they make. */
interface Batch {
  planned: PlannedPage[];
  pages: number;
}

/** Cuts the planned pages into batches of about `BATCH` pages; a group is never split. */
function toBatches(planned: readonly PlannedPage[]): Batch[] {
  const batches: Batch[] = [];
  let batch: Batch = { planned: [], pages: 0 };
  for (const page of planned) {
    batch.planned.push(page);
    batch.pages += isRouteGroup(page) ? page.paths.length : 1;
    if (batch.pages >= BATCH) {
      batches.push(batch);
      batch = { planned: [], pages: 0 };
    }
  }
  if (batch.pages) batches.push(batch);
  return batches;
}

interface RenderWorker {
  render(batch: Route[]): Promise<RenderedBatch>;
  stop(): Promise<unknown>;
}

/** Starts a render worker; its batches come back in the order they were sent. */
function startWorker(workerData: RenderWorkerData, shared: SharedObjects): RenderWorker {
  const worker = new Worker(new URL('./render-worker.js', import.meta.url), { workerData });
  const encode = createSharedObjectEncoder(shared);
  const waiting: Array<{ resolve: (batch: RenderedBatch) => void; reject: (error: Error) => void }> = [];
  const failAll = (error: Error): void => {
    for (const { reject } of waiting.splice(0)) reject(error);
  };
  worker.on('message', (batch: RenderedBatch) => {
    const next = waiting.shift()!;
    if (batch.error) next.reject(new Error(`A render worker failed: ${batch.error}`));
    else next.resolve(batch);
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`A render worker stopped (exit code ${code}).`)));
  return {
    render(batch) {
      return new Promise((resolve, reject) => {
        waiting.push({ resolve, reject });
        worker.postMessage(encode(batch));
      });
    },
    stop: () => worker.terminate(),
  };
}

/** The routes with each article page's whole record loaded into its data. */
async function withRecords(routes: Route[], load: LoadRecord): Promise<Route[]> {
  return Promise.all(routes.map(async (route) => (route.article ? withArticleRecord(route, await load(route.article)) : route)));
}

/** Adds a batch's problems, counting a template error that other batches also hit as one problem with more pages. */
function addProblems(problems: RenderProblem[], more: RenderProblem[]): void {
  for (const problem of more) {
    const seen = problems.find((known) => known.file === problem.file && known.line === problem.line && known.reason === problem.reason);
    if (seen) seen.pages += problem.pages;
    else problems.push({ ...problem });
  }
}
