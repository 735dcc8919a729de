/**
 * The worker half of rendering: compiles the templates once, then renders each batch of routes it is sent, in the
 * order sent, and sends back the pages. Shared objects come by reference (shared-objects.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { OutputFile } from '../types.js';
import type { Config } from '../config/load-config.js';
import type { Route } from '../render/plan-routes.js';
import { loadTemplates } from '../render/templates.js';
import { renderSite, type RenderProblem } from '../render/render-site.js';
import { createSharedObjectDecoder, type SharedMessage } from './shared-objects.js';

/** What the worker is started with. */
export interface RenderWorkerData {
  config: Readonly<Config>;
}

/** What a batch rendered: its pages and its template problems, or the bug that stopped it. */
export interface RenderedBatch {
  files: OutputFile[];
  rendered: number;
  problems: RenderProblem[];
  error?: string;
}

const { config } = workerData as RenderWorkerData;
const templates = loadTemplates(config.templatesDir);
const decode = createSharedObjectDecoder();
let previous: Promise<void> = Promise.resolve();

parentPort!.on('message', (message: SharedMessage<Route[]>) => {
  // One batch after another: each message updates the shared objects the next ones refer to.
  previous = previous.then(() => renderBatch(decode(message))).then(
    (batch) => parentPort!.postMessage(batch),
    (error: unknown) => parentPort!.postMessage({ files: [], rendered: 0, problems: [], error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies RenderedBatch),
  );
});

async function renderBatch(routes: Route[]): Promise<RenderedBatch> {
  const files: OutputFile[] = [];
  const { rendered, problems } = await renderSite(routes, (await templates).templates, config, { emit: (file) => void files.push(file) });
  return { files, rendered, problems };
}
