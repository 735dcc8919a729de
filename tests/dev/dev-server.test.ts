import { afterEach, describe, expect, it } from 'vitest';
import { startDevServer, outputUrl, type DevServer } from '../../src/dev/dev-server.js';

const servers: DevServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(files: Record<string, string | Uint8Array>, basePath = '/'): Promise<string> {
  const server = await startDevServer({ port: 0, basePath: () => basePath, files: () => new Map(Object.entries(files)) });
  servers.push(server);
  return `http://127.0.0.1:${server.port}`;
}

describe('outputUrl', () => {
  it('turns output files into site URLs', () => {
    expect(outputUrl('index.html')).toBe('');
    expect(outputUrl('2020/01/index.html')).toBe('2020/01/');
    expect(outputUrl('404.html')).toBe('404.html');
    expect(outputUrl('assets/style.css')).toBe('assets/style.css');
  });
});

describe('startDevServer', () => {
  it('serves pages with the live-reload client, naming the page it was served as', async () => {
    const origin = await serve({ '2020/index.html': '<html><body><h1>2020</h1></body></html>' }, '/news/');
    const response = await fetch(`${origin}/news/2020/`);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const html = await response.text();
    expect(html).toMatch(/<h1>2020<\/h1><script data-dateline-dev data-settings="\{&quot;events&quot;:&quot;\/__dateline\/events&quot;,&quot;page&quot;:&quot;\/news\/2020\/&quot;\}">.*<\/script><\/body><\/html>$/s);
  });

  it('serves assets as they are, with their content type', async () => {
    const origin = await serve({ 'assets/style.css': 'body{}', 'assets/logo.png': new Uint8Array([1, 2, 3]) });
    const css = await fetch(`${origin}/assets/style.css`);
    expect(css.headers.get('content-type')).toBe('text/css');
    expect(await css.text()).toBe('body{}');
    expect(new Uint8Array(await (await fetch(`${origin}/assets/logo.png`)).arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('redirects to the base path and to the slash a folder URL needs', async () => {
    const origin = await serve({ 'index.html': 'home', 'a/index.html': 'a' }, '/news/');
    for (const [from, to] of [['/', '/news/'], ['/news', '/news/'], ['/news/a', '/news/a/']]) {
      const response = await fetch(`${origin}${from}`, { redirect: 'manual' });
      expect([response.status, response.headers.get('location')]).toEqual([302, to]);
    }
    expect(await (await fetch(`${origin}/elsewhere/`)).text()).toBe('This site is served under /news/\n');
  });

  it('answers a missing page with the site 404 page and status 404, watching for that URL to appear', async () => {
    const origin = await serve({ '404.html': '<body>Not here</body>' });
    const response = await fetch(`${origin}/2020/01/01/gone/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('&quot;page&quot;:&quot;/2020/01/01/gone/&quot;');
  });

  it('refuses other methods and malformed URLs without a stack trace', async () => {
    const origin = await serve({ 'index.html': 'home' });
    expect((await fetch(`${origin}/`, { method: 'POST' })).status).toBe(405);
    expect((await fetch(`${origin}/%E0%A4%A`)).status).toBe(400);
  });

  it('sends the latest errors to a page that connects, then every build', async () => {
    const server = await startDevServer({ port: 0, basePath: () => '/', files: () => new Map() });
    servers.push(server);
    server.publish({ changed: ['/a/'], errors: [{ file: 'a.txt', line: 1, column: 6, reason: 'Bad date.', ruleId: 'date-invalid' }] });
    const controller = new AbortController();
    const response = await fetch(`http://127.0.0.1:${server.port}/__dateline/events`, { signal: controller.signal });
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const reader = response.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toBe('event: build\ndata: {"changed":[],"errors":[{"file":"a.txt","line":1,"column":6,"reason":"Bad date.","ruleId":"date-invalid"}]}\n\n');
    server.publish({ changed: ['/b/'], errors: [] });
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('event: build\ndata: {"changed":["/b/"],"errors":[]}\n\n');
    controller.abort();
  });

  it('says which port is taken when it cannot listen', async () => {
    const server = await startDevServer({ port: 0, basePath: () => '/', files: () => new Map() });
    servers.push(server);
    await expect(startDevServer({ port: server.port, basePath: () => '/', files: () => new Map() })).rejects.toThrow(`Port ${server.port} is already in use.`);
  });
});
