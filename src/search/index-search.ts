/**
 * Search stage: `SiteIndex` → the Pagefind bundle as `OutputFile[]` under `pagefind/`. Pagefind reads each
 * article as HTML made from its record (headline, body, captions; not the rendered page, so search renders
 * nothing) and each quote as a record of its own. Nothing is read back from the output folder: the bundle goes
 * to the write stage with the rest of the site, so the atomic swap covers search too.
 */
import * as pagefind from 'pagefind';
import type { LoadRecord, OutputFile, SiteIndex } from '../types.js';
import { paths } from '../render/urls.js';
import { UserError } from '../report/user-error.js';
import { toArticleSearchData, toQuoteRecords, toSearchHtml } from './search-records.js';

/** The search bundle and how many pages and quotes went into it. */
export interface SearchIndex {
  files: OutputFile[];
  articles: number;
  quotes: number;
}

// Pagefind answers one request at a time, but keeping a few in flight hides the round trips to its process;
// each request's HTML is made only when it is sent, so at most these few are held at once.
const IN_FLIGHT = 16;

// Pagefind ships ready-made search interfaces; the search page uses its JS API with the theme's own markup, so
// these would only be dead weight in every deploy.
const UNUSED_BUNDLE_FILE = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/** One page or record to hand to Pagefind, and the URL to name if Pagefind refuses it. */
interface Request {
  url: string;
  send: () => Promise<{ errors: string[] }>;
}

// Pagefind keeps one service process per Node process and close() stops it under every open index, so builds
// in one process (tests, scripts using the API) take turns.
let turn: Promise<unknown> = Promise.resolve();

/**
 * Indexes every article and quote with Pagefind and returns the bundle, under `pagefind/`, ready to write. Each
 * article's whole record is loaded only when its page is sent, so only the few in flight are held at once.
 */
export function indexSearch(site: SiteIndex, language: string, load: LoadRecord): Promise<SearchIndex> {
  const run = turn.then(() => indexWithPagefind(site, language, load));
  turn = run.catch(() => undefined);
  return run;
}

async function indexWithPagefind(site: SiteIndex, language: string, load: LoadRecord): Promise<SearchIndex> {
  const articleData = toArticleSearchData(site);
  const quoteRecords = toQuoteRecords(site, language);
  const index = await createIndex(language);
  try {
    async function* requests(): AsyncGenerator<Request> {
      for (const article of site.articles) {
        const url = paths.article(article);
        const content = toSearchHtml(await load(article), articleData.get(article.id)!);
        yield { url, send: () => index.addHTMLFile({ url, content }) };
        for (const record of quoteRecords.get(article.id) ?? []) yield { url: record.url, send: () => index.addCustomRecord(record) };
      }
    }
    const sent = await inOrder(requests());
    const bundle = await index.getFiles();
    check('the search bundle', bundle);
    const base = paths.searchBundle().slice(1);
    const files = bundle.files.filter((file) => !UNUSED_BUNDLE_FILE.test(file.path)).map((file) => ({ path: base + file.path, contents: file.content }));
    return { files, articles: site.articles.length, quotes: sent - site.articles.length };
  } finally {
    await pagefind.close();
  }
}

async function createIndex(language: string): Promise<pagefind.PagefindIndex> {
  let response: pagefind.NewIndexResponse;
  try {
    // One language for the whole site: the pages and the quote records then share one index.
    response = await pagefind.createIndex({ forceLanguage: language });
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
// receives them, so the same site always gives the same bundle (same file names, nothing re-uploaded). Each
// article's record is loaded before its requests are made, so only the requests in flight hold any. Resolves to
// how many requests were sent.
async function inOrder(requests: AsyncIterable<Request>): Promise<number> {
  const pending: Promise<void>[] = [];
  let sent = 0;
  for await (const { url, send } of requests) {
    sent++;
    if (pending.length >= IN_FLIGHT) await pending.shift();
    const answer = send().then((response) => check(url, response));
    // Marked as handled now; the failure still surfaces when its turn comes to be awaited.
    answer.catch(() => undefined);
    pending.push(answer);
  }
  await Promise.all(pending);
  return sent;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}
