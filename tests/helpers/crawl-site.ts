/**
 * A link checker over a built site's files: starting at the home page it follows every internal link, stylesheet,
 * script, image and form, and reports links to files that do not exist, anchors missing from their page, and
 * pages no link reaches. It reads the files themselves rather than asking a server, so it needs no port, sees the
 * site exactly as written, and checks thousands of pages in seconds.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'node-html-parser';

/** A built site: file path under the output folder (`people/index.html`) → contents. */
export type SiteFiles = ReadonlyMap<string, string | Uint8Array>;

/** Where the site is deployed: its base path (`/` or `/archive/`) and, when known, its origin. */
export interface CrawlOptions {
  basePath?: string;
  /** `https://example.org`: absolute links to it count as internal and are checked too. */
  origin?: string;
  /** Pages that are meant to have no link to them (a host serves `404.html` itself). */
  unlinked?: string[];
}

/** A link that leads nowhere: the page it is on, the link as written, and what is wrong with it. */
export interface BrokenLink {
  from: string;
  href: string;
  reason: string;
}

/** What a crawl found: every file reached, the broken links, and the pages no link reaches. */
export interface CrawlResult {
  reached: Set<string>;
  broken: BrokenLink[];
  unreachable: string[];
}

// Stands in for the origin when none is configured, so relative links resolve like a browser resolves them.
const LOCAL_ORIGIN = 'http://site.invalid';
const ABSOLUTE = /^([a-z][a-z\d+.-]*:)?\/\//i;
const LINKING_ATTRIBUTES: Array<[selector: string, attribute: string]> = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['iframe[src]', 'src'],
  ['form[action]', 'action'],
];

/** Crawls `files` from the home page, checking every internal link and anchor. */
export function crawlSite(files: SiteFiles, options: CrawlOptions = {}): CrawlResult {
  const basePath = options.basePath ?? '/';
  const origin = options.origin ?? LOCAL_ORIGIN;
  const reached = new Set(['index.html']);
  const queue = ['index.html'];
  const broken: BrokenLink[] = [];
  // Each page is parsed once; anchors are checked at the end, when every page they point into has been read.
  const idsOf = new Map<string, Set<string>>();
  const anchors: Array<BrokenLink & { file: string; anchor: string }> = [];
  while (queue.length) {
    const from = queue.shift()!;
    const page = new URL(basePath + toSitePath(from), origin);
    const document = parse(text(files.get(from)!));
    idsOf.set(from, new Set([...document.querySelectorAll('[id]').map((element) => element.id), ...document.querySelectorAll('a[name]').map((element) => element.getAttribute('name')!)]));
    for (const [selector, attribute] of LINKING_ATTRIBUTES) {
      for (const element of document.querySelectorAll(selector)) {
        const href = element.getAttribute(attribute)!;
        const target = new URL(href, page);
        if (target.origin !== origin) continue;
        if (!target.pathname.startsWith(basePath)) {
          // A full URL may point at another part of the same website; a path written for this site must not.
          if (!ABSOLUTE.test(href)) broken.push({ from, href, reason: `outside the base path ${basePath}` });
          continue;
        }
        const file = toOutputFile(decodeURIComponent(target.pathname.slice(basePath.length)));
        if (!files.has(file)) {
          broken.push({ from, href, reason: `no file ${file}` });
          continue;
        }
        const anchor = decodeURIComponent(target.hash.slice(1));
        if (anchor && file.endsWith('.html')) anchors.push({ from, href, file, anchor, reason: `no element with id "${anchor}" in ${file}` });
        if (!reached.has(file)) {
          reached.add(file);
          if (file.endsWith('.html')) queue.push(file);
        }
      }
    }
  }
  for (const { file, anchor, ...link } of anchors) if (!idsOf.get(file)!.has(anchor)) broken.push(link);
  const unlinked = new Set(options.unlinked ?? ['404.html']);
  const unreachable = [...files.keys()].filter((file) => file.endsWith('.html') && !reached.has(file) && !unlinked.has(file)).sort();
  return { reached, broken, unreachable };
}

/** Reads a built site's folder into the map `crawlSite` takes. */
export async function readSiteFiles(dir: string): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, full).split(path.sep).join('/'), await readFile(full));
  }
  return files;
}

const decoder = new TextDecoder();

function text(contents: string | Uint8Array): string {
  return typeof contents === 'string' ? contents : decoder.decode(contents);
}

/** `2020/index.html` → `2020/`, the address a folder's index page is served at. */
function toSitePath(file: string): string {
  return file === 'index.html' || file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

/** `2020/` → `2020/index.html`, the file a static host serves for an address. */
function toOutputFile(sitePath: string): string {
  return sitePath === '' || sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath;
}
