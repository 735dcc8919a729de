/**
 * One search shard indexed by Pagefind: the shard's pages and records go to a Pagefind process, strictly in order,
 * and its bundle comes back as files. The Pagefind process is stopped afterwards, so its memory goes with it.
 * Pagefind keeps one process per module instance (per thread) and `close()` stops it under every open index, so
 * callers on one thread take turns (`index-search.ts`); worker threads (`shard-worker.ts`) each have their own.
 */
import * as pagefind from 'pagefind';
import type { CustomRecord } from 'pagefind';
import type { OutputFile } from '../types.js';
import { UserError } from '../report/user-error.js';

/** One page or record to hand to Pagefind. */
export type ShardRequest = { url: string; html: string } | { url: string; record: CustomRecord };

// Pagefind answers one request at a time, but keeping a few in flight hides the round trips to its process.
const IN_FLIGHT = 16;

// Pagefind writes one file per page's fragment (what a result shows) unless told to bundle them: at 10,000
// articles that was 87,000 tiny files, each costing the write stage a file creation (the most expensive part of
// writing) and the output folder an entry. Bundled eight to a file in page order (an article and its quotes sit
// together), a query downloads about 5 kB more fragments, and the search page's first load about 9 % more
// metadata (each page names its bundle), measured at 3,000 articles.
const FRAGMENTS_PER_FILE = 8;

// Pagefind ships ready-made search interfaces; the search page uses its JS API with the theme's own markup, so
// these would only be dead weight in every deploy.
const UNUSED_BUNDLE_FILE = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/** Indexes one shard's `count` requests in a Pagefind process of its own and returns the bundle's files. */
export async function buildShard(requests: Iterable<ShardRequest> | AsyncIterable<ShardRequest>, count: number, language: string): Promise<OutputFile[]> {
  const index = await createIndex(language, Math.ceil(count / FRAGMENTS_PER_FILE));
  try {
    await inOrder(requests, (request) => ('html' in request ? index.addHTMLFile({ url: request.url, content: request.html }) : index.addCustomRecord(request.record)));
    const bundle = await index.getFiles();
    check('the search bundle', bundle);
    return bundle.files.filter((file) => !UNUSED_BUNDLE_FILE.test(file.path)).map((file) => ({ path: file.path, contents: file.content }));
  } finally {
    await pagefind.close();
  }
}

async function createIndex(language: string, maxFragments: number): Promise<pagefind.PagefindIndex> {
  let response: pagefind.NewIndexResponse;
  try {
    // One language for the whole site: the pages and the quote records then share one index.
    response = await pagefind.createIndex({ forceLanguage: language, maxFragments: Math.max(1, maxFragments) });
  } catch (error) {
    throw new UserError(`The search index could not be built because Pagefind did not start: ${firstLine(error)}. Reinstall dependencies with "npm ci" (Pagefind's binary comes in an optional dependency for your platform), set PAGEFIND_BINARY_PATH to a Pagefind binary, or build without search using --no-search.`);
  }
  if (!response.index) throw new Error(`Pagefind could not create an index: ${response.errors.join('; ')}`);
  return response.index;
}

function check(what: string, response: { errors: string[] }): void {
  if (response.errors.length) throw new Error(`Pagefind could not index ${what}: ${response.errors.join('; ')}`);
}

// Requests are sent strictly in article order, a few ahead of the answers: Pagefind numbers pages in the order it
// receives them, so the same shard always gives the same files (same names, nothing re-uploaded). A request is
// taken from `requests` only when it is sent, so a lazy iterable holds no more than those in flight.
async function inOrder(requests: Iterable<ShardRequest> | AsyncIterable<ShardRequest>, send: (request: ShardRequest) => Promise<{ errors: string[] }>): Promise<void> {
  const pending: Promise<void>[] = [];
  for await (const request of requests) {
    if (pending.length >= IN_FLIGHT) await pending.shift();
    const answer = send(request).then((response) => check(request.url, response));
    // Marked as handled now; the failure still surfaces when its turn comes to be awaited.
    answer.catch(() => undefined);
    pending.push(answer);
  }
  await Promise.all(pending);
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}
