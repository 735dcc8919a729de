import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tempDir, writeFiles } from '../helpers/temp-project.js';
import { dateline, repo, startDateline } from '../helpers/cli.js';
import type { BuildEvent } from '../../src/dev/live-reload-client.js';

const stops: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  await Promise.all(stops.splice(0).map((stop) => stop()));
});

/** Starts `dateline dev` on a free port in `dir` and waits until it serves. */
async function startDev(dir: string, extra: string[] = []): Promise<{ origin: string; base: string; stop: () => Promise<number | null>; output: () => string }> {
  const dev = startDateline(['dev', '--port', '0', '--content', 'content', ...extra], dir);
  stops.push(dev.stop);
  const [, origin, base] = await dev.waitFor(/Serving (http:\/\/localhost:\d+)(\/\S*)/);
  return { origin, base, stop: dev.stop, output: dev.output };
}

/** Follows the dev server's event stream, keeping every build event it sends. */
async function followBuilds(url: string): Promise<{ next: (test: (event: BuildEvent) => boolean) => Promise<BuildEvent>; close: () => void }> {
  const controller = new AbortController();
  const response = await fetch(url, { signal: controller.signal });
  const events: BuildEvent[] = [];
  const waiting = new Set<() => void>();
  void (async () => {
    let buffer = '';
    const decoder = new TextDecoder();
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const data = /^data: (.*)$/m.exec(buffer.slice(0, end))?.[1];
          buffer = buffer.slice(end + 2);
          if (data) events.push(JSON.parse(data) as BuildEvent);
          for (const wake of waiting) wake();
        }
      }
    } catch {
      // Aborted by close().
    }
  })();
  let seen = 0;
  return {
    next: (test) =>
      new Promise((resolve) => {
        const look = (): void => {
          for (; seen < events.length; seen++) {
            if (test(events[seen])) {
              waiting.delete(look);
              resolve(events[seen++]);
              return;
            }
          }
        };
        waiting.add(look);
        look();
      }),
    close: () => controller.abort(),
  };
}

const ARTICLE = 'content/2020-04-01-storm.txt';

describe('dateline dev', () => {
  it('serves the site with live reload, shows a changed page, reports a broken article, then clears it', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { [ARTICLE]: 'date 2020-04-01\nA storm reached the coast on Tuesday.' });
    const { origin, base } = await startDev(dir);
    expect(base).toBe('/');
    const url = `${origin}/2020/04/01/a-storm-reached-the-coast-on-tuesday/`;
    const first = await (await fetch(url)).text();
    expect(first).toContain('A storm reached the coast on Tuesday.');
    expect(first).toContain('<script data-dateline-dev');
    const builds = await followBuilds(`${origin}/__dateline/events`);
    expect(await builds.next(() => true)).toEqual({ changed: [], errors: [] });

    await writeFile(path.join(dir, ARTICLE), 'date 2020-04-01\nA storm reached the coast on Tuesday. Thousands lost power.');
    const changed = await builds.next((event) => event.changed.length > 0);
    expect(changed.changed).toContain('/2020/04/01/a-storm-reached-the-coast-on-tuesday/');
    expect(await (await fetch(url)).text()).toContain('Thousands lost power.');

    await writeFile(path.join(dir, ARTICLE), 'date 2020-04-31\nA storm reached the coast on Tuesday.');
    const broken = await builds.next((event) => event.errors.length > 0);
    expect(broken.errors).toEqual([expect.objectContaining({ file: ARTICLE, line: 1, column: 6, ruleId: 'date-invalid', reason: expect.stringContaining('2020-04-31') })]);
    expect((await fetch(url)).status).toBe(404);

    await writeFile(path.join(dir, ARTICLE), 'date 2020-04-01\nA storm reached the coast on Tuesday.');
    const fixed = await builds.next((event) => event.changed.length > 0);
    expect(fixed.errors).toEqual([]);
    expect(fixed.changed).toContain('/2020/04/01/a-storm-reached-the-coast-on-tuesday/');
    expect((await fetch(url)).status).toBe(200);
    builds.close();
    expect(existsSync(path.join(dir, 'public'))).toBe(false);
  });

  it('rebuilds when a template changes, and shows a template error until it is fixed', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { [ARTICLE]: 'date 2020-04-01\nCalm weather.' });
    execFileSync('cp', ['-r', path.join(repo, 'templates'), path.join(dir, 'templates')]);
    const { origin } = await startDev(dir);
    const builds = await followBuilds(`${origin}/__dateline/events`);
    await builds.next(() => true);
    const home = path.join(dir, 'templates', 'home.eta');
    const original = readFileSync(home, 'utf8');
    await writeFile(home, `${original}\n<p>Edited theme</p>\n`);
    expect((await builds.next((event) => event.changed.includes('/'))).errors).toEqual([]);
    expect(await (await fetch(`${origin}/`)).text()).toContain('Edited theme');

    await writeFile(home, `${original}\n<%= it.nope( %>\n`);
    const broken = await builds.next((event) => event.errors.length > 0);
    expect(broken.errors[0]).toMatchObject({ file: path.join('templates', 'home.eta'), ruleId: 'template-syntax' });
    expect(await (await fetch(`${origin}/`)).text()).toContain('Edited theme');

    await writeFile(home, original);
    expect((await builds.next((event) => event.changed.includes('/'))).errors).toEqual([]);
    builds.close();
  });

  it('serves under the base path and redirects the root to it', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { [ARTICLE]: 'date 2020-04-01\nCalm weather.' });
    const { origin, base } = await startDev(dir, ['--base-url', 'https://example.org/archive/']);
    expect(base).toBe('/archive/');
    const root = await fetch(`${origin}/`, { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/archive/');
    const home = await (await fetch(`${origin}/archive/`)).text();
    expect(home).toContain('href="/archive/2020/04/01/calm-weather/"');
    expect((await fetch(`${origin}/archive/2020/04/01/calm-weather`, { redirect: 'manual' })).headers.get('location')).toBe('/archive/2020/04/01/calm-weather/');
    expect((await fetch(`${origin}/archive/assets/style.css`)).headers.get('content-type')).toBe('text/css');
  });

  it('stops on SIGTERM with exit code 0', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { [ARTICLE]: 'date 2020-04-01\nCalm weather.' });
    const { stop } = await startDev(dir);
    expect(await stop()).toBe(0);
  });

  it('never puts the live-reload script into a built site', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { [ARTICLE]: 'date 2020-04-01\nCalm weather.' });
    expect(dateline(['build', '--content', 'content', '--output', 'public'], dir).code).toBe(0);
    const pages = readdirSync(path.join(dir, 'public'), { recursive: true }).map(String).filter((name) => name.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(3);
    for (const name of pages) expect(readFileSync(path.join(dir, 'public', name), 'utf8')).not.toMatch(/dateline-dev|__dateline|EventSource/);
  });
});
