/**
 * The worker half of rendering: compiles the templates once, then renders each batch of routes it is sent, in the
 * order sent, and sends back the pages, or in a full write writes them into the staging folder itself and sends
 * back only their paths and hashes. Shared objects come by reference (shared-objects.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { OutputFile } from '../types.js';
import type { Config } from '../config/load-config.js';
import type { Route } from '../render/plan-routes.js';
import { loadTemplates } from '../render/templates.js';
import { renderSite, type RenderProblem } from '../render/render-site.js';
import { digest } from '../render/fingerprint.js';
import { writeStagedFile } from '../write/write-site.js';
import { createSharedObjectDecoder, type SharedMessage } from './shared-objects.js';

/** What the worker is started with. */
export interface RenderWorkerData {
  config: Readonly<Config>;
  /** The staging folder of a full write, which the worker writes its pages into; else pages are sent back. */
  stagingDir?: string;
}

/** What a batch rendered: its pages and its template problems, or the bug that stopped it. */
export interface RenderedBatch {
  files: OutputFile[];
  /** The pages the worker wrote itself: path and `digest` of the bytes. */
  written: Array<[path: string, bytes: string]>;
  rendered: number;
  problems: RenderProblem[];
  error?: string;
}

const { config, stagingDir } = workerData as RenderWorkerData;
const madeDirs = new Set<string>();
const templates = loadTemplates(config.templatesDir);
const decode = createSharedObjectDecoder();
let previous: Promise<void> = Promise.resolve();

parentPort!.on('message', (message: SharedMessage<Route[]>) => {
  // One batch after another: each message updates the shared objects the next ones refer to.
  previous = previous.then(() => renderBatch(decode(message))).then(
    (batch) => parentPort!.postMessage(batch),
    (error: unknown) => parentPort!.postMessage({ files: [], written: [], rendered: 0, problems: [], error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies RenderedBatch),
  );
});

async function renderBatch(routes: Route[]): Promise<RenderedBatch> {
  const files: OutputFile[] = [];
  const written: RenderedBatch['written'] = [];
  const emit = (file: OutputFile): void => {
    if (!stagingDir) return void files.push(file);
    // Writing here spares the main thread the write and the copy of the page back.
    writeStagedFile(stagingDir, file, madeDirs);
    written.push([file.path, digest(file.contents)]);
  };
  const { rendered, problems } = await renderSite(routes, (await templates).templates, config, { emit });
  return { files, written, rendered, problems };
}
