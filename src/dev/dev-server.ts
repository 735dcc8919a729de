/**
 * The dev server: serves the site from memory under its base path, adds the live-reload client to HTML pages as
 * it serves them (so the built site never carries it), and pushes every build to open pages as server-sent events.
 * It reads nothing from disk, so no request can reach a file outside the site.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { lookup } from 'mrmime';
import { injectLiveReload, type BuildEvent } from './live-reload-client.js';
import { UserError } from '../report/user-error.js';

/** The URL path of the event stream; outside any base path a site could use. */
export const EVENTS_PATH = '/__dateline/events';

/** The site's files by output path (`2020/01/index.html`), as the memory writer keeps them. */
export type SiteFiles = ReadonlyMap<string, string | Uint8Array>;

/** A running dev server. */
export interface DevServer {
  port: number;
  /** Sends a build to every open page, and to pages that connect later (without `changed`). */
  publish(event: BuildEvent): void;
  close(): Promise<void>;
}

/** Starts serving `files()` under `basePath()` on 127.0.0.1:`port` (0 picks a free port). */
export async function startDevServer(options: { port: number; basePath: () => string; files: () => SiteFiles }): Promise<DevServer> {
  const { files } = options;
  const clients = new Set<http.ServerResponse>();
  let latest: BuildEvent = { changed: [], errors: [] };
  const send = (client: http.ServerResponse, event: BuildEvent): void => {
    client.write(`event: build\ndata: ${JSON.stringify(event)}\n\n`);
  };

  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(response, 405, 'Only GET and HEAD are served.\n');
    if (url.pathname === EVENTS_PATH) {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      clients.add(response);
      request.on('close', () => clients.delete(response));
      send(response, { changed: [], errors: latest.errors });
      return;
    }
    const basePath = options.basePath();
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return plain(response, 400, 'The URL is not valid.\n');
    }
    if (!pathname.startsWith(basePath)) {
      if (basePath.startsWith(pathname)) return redirect(response, basePath);
      return plain(response, 404, `This site is served under ${basePath}\n`);
    }
    const site = files();
    const relative = pathname.slice(basePath.length);
    const output = relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
    const found = site.get(output);
    if (found !== undefined) return serve(response, request.method, output, found, basePath + outputUrl(output), 200);
    if (site.has(`${relative}/index.html`)) return redirect(response, `${basePath}${relative}/${url.search}`);
    const notFound = site.get('404.html');
    // The page settings name the missing URL, so the page reloads when a build creates it.
    if (notFound !== undefined) return serve(response, request.method, '404.html', notFound, pathname, 404);
    return plain(response, 404, 'Not found.\n');
  });

  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new UserError(`Port ${options.port} is already in use. Stop the program using it, or pick another port with --port.`) : error);
    });
    server.listen(options.port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
  // Comments keep idle event streams open through proxies and browser timeouts.
  const keepAlive = setInterval(() => {
    for (const client of clients) client.write(': keep-alive\n\n');
  }, 30_000);
  keepAlive.unref();

  return {
    port,
    publish(event) {
      latest = event;
      for (const client of clients) send(client, event);
    },
    async close() {
      clearInterval(keepAlive);
      for (const client of clients) client.end();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}

/** The site URL path (without base path) of an output file: `a/index.html` → `a/`. */
export function outputUrl(output: string): string {
  return output === 'index.html' ? '' : output.endsWith('/index.html') ? output.slice(0, -'index.html'.length) : output;
}

function serve(response: http.ServerResponse, method: string, output: string, contents: string | Uint8Array, page: string, status: number): void {
  const html = output.endsWith('.html');
  const body = html ? injectLiveReload(String(contents), { events: EVENTS_PATH, page }) : contents;
  response.writeHead(status, {
    'content-type': html ? 'text/html; charset=utf-8' : (lookup(output) ?? 'application/octet-stream'),
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
  });
  response.end(method === 'HEAD' ? undefined : body);
}

function redirect(response: http.ServerResponse, location: string): void {
  response.writeHead(302, { location: encodeURI(location), 'cache-control': 'no-store' }).end();
}

function plain(response: http.ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end(text);
}
