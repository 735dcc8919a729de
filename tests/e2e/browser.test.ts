import { spawnSync } from 'node:child_process';
import { chmod, mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_INSTALL, findChromium, serveSite, type SiteServer } from './browser.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));

describe('finding Chromium', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'dateline-chromium-'));
    await writeFile(path.join(dir, 'chromium'), '#!/bin/sh\n');
    await chmod(path.join(dir, 'chromium'), 0o755);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('finds chromium on PATH', () => {
    expect(findChromium({ PATH: ['/nonexistent', dir].join(path.delimiter) })).toEqual({ found: true, executablePath: path.join(dir, 'chromium') });
  });

  it('prefers the executable named by DATELINE_CHROMIUM', () => {
    expect(findChromium({ PATH: '', DATELINE_CHROMIUM: path.join(dir, 'chromium') })).toEqual({ found: true, executablePath: path.join(dir, 'chromium') });
  });

  it('reports a missing browser with the line that installs it', () => {
    const lookup = findChromium({ PATH: '/nonexistent' });
    expect(lookup.found).toBe(false);
    expect(!lookup.found && lookup.reason).toContain(CHROMIUM_INSTALL);
  });

  it('reports a DATELINE_CHROMIUM that points nowhere instead of falling back to PATH', () => {
    const lookup = findChromium({ PATH: dir, DATELINE_CHROMIUM: '/nonexistent/chromium' });
    expect(lookup.found).toBe(false);
    expect(!lookup.found && lookup.reason).toMatch(/DATELINE_CHROMIUM=\/nonexistent\/chromium is not an executable file.*apt-get install -y chromium/);
  });
});

describe('browser tests without Chromium', () => {
  // Runs the real search suite in a child vitest with the browser hidden, as on a laptop without Chromium and in CI.
  const runSuite = (env: Record<string, string>) => {
    const run = spawnSync(process.execPath, [path.join(repo, 'node_modules/vitest/vitest.mjs'), 'run', 'tests/e2e/search.test.ts', '--reporter=verbose'], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, CI: '', ...env, DATELINE_CHROMIUM: '/nonexistent', NO_COLOR: '1' },
    });
    return { code: run.status, output: run.stdout + run.stderr };
  };

  it('are skipped with the install line, and the run passes', () => {
    const { code, output } = runSuite({});
    expect(output).toMatch(/skipped/i);
    expect(output).toContain(CHROMIUM_INSTALL);
    expect(code).toBe(0);
  }, 180_000);

  it('fail under CI, where the browser must be installed', () => {
    const { code, output } = runSuite({ CI: 'true' });
    expect(output).toContain(CHROMIUM_INSTALL);
    expect(code).toBe(1);
  }, 180_000);
});

describe('serving a built site', () => {
  let root: string;
  let server: SiteServer;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'dateline-serve-'));
    await mkdir(path.join(root, 'search'));
    await writeFile(path.join(root, 'index.html'), '<h1>home</h1>');
    await writeFile(path.join(root, 'search', 'index.html'), '<h1>search</h1>');
    await writeFile(path.join(root, 'search', 'index.wasm'), new Uint8Array([0, 97, 115, 109]));
    server = await serveSite(root, '/archive/');
  });
  afterAll(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  it('serves folders as their index.html under the base path, on the loopback address', async () => {
    expect(server.url('/search/')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/archive\/search\/$/);
    const page = await fetch(server.url('/search/?q=x'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toBe('<h1>search</h1>');
    expect((await fetch(server.url('/'))).status).toBe(200);
  });

  it('sends WebAssembly with its own type, which browsers need to compile it while it streams', async () => {
    expect((await fetch(server.url('/search/index.wasm'))).headers.get('content-type')).toBe('application/wasm');
  });

  it('answers 404 outside the base path and for missing files', async () => {
    expect((await fetch(`${server.origin}/search/`)).status).toBe(404);
    expect((await fetch(server.url('/missing/'))).status).toBe(404);
  });
});
