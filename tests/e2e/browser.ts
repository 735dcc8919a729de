/**
 * What browser tests need besides vitest: Debian's Chromium found and launched through playwright-core, a fixture
 * site built from inline content into a temporary folder, and a static server that serves it under a base path
 * the way any static host would. Nothing here imports vitest, so benchmarks and scripts can use it too.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import sirv from 'sirv';
import { build, type BuildResult } from '../../src/build.js';
import { loadConfig, type ConfigOverrides } from '../../src/config/load-config.js';
import { findExecutable, isExecutable } from './find-executable.js';

/** The one line that installs the browser the browser tests drive. */
export const CHROMIUM_INSTALL = 'apt-get install -y chromium';

/** The environment variable that names a Chromium (or Chrome) executable to use instead of looking on PATH. */
export const CHROMIUM_VARIABLE = 'DATELINE_CHROMIUM';

/** Where Chromium was found, or why it was not. */
export type ChromiumLookup = { found: true; executablePath: string } | { found: false; reason: string };

// Debian and Ubuntu name the binary differently; both are the same browser.
const CHROMIUM_NAMES = ['chromium', 'chromium-browser'];

/** Finds Chromium: the executable named by DATELINE_CHROMIUM when set, else the first `chromium` on PATH. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): ChromiumLookup {
  const given = env[CHROMIUM_VARIABLE];
  if (given) {
    return isExecutable(given)
      ? { found: true, executablePath: given }
      : { found: false, reason: `${CHROMIUM_VARIABLE}=${given} is not an executable file. Point it at a Chromium binary, or unset it and run: ${CHROMIUM_INSTALL}` };
  }
  const executablePath = findExecutable(CHROMIUM_NAMES, env);
  if (executablePath) return { found: true, executablePath };
  return { found: false, reason: `Chromium is not installed, so the browser tests did not run. Install it with: ${CHROMIUM_INSTALL}` };
}

// Headless, and nothing that phones home or updates itself while a test runs; --no-sandbox because CI runs as root.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Launches headless Chromium; throws with the install line when it cannot be found. */
export async function launchBrowser(lookup: ChromiumLookup = findChromium()): Promise<Browser> {
  if (!lookup.found) throw new Error(lookup.reason);
  return chromium.launch({ executablePath: lookup.executablePath, headless: true, args: CHROMIUM_ARGS });
}

/** Collects what a reader would never see but a broken page shows: uncaught errors, console errors and failed requests. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('requestfailed', (request) => {
    // A request cut short because the reader moved to another page is no error of the page.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') errors.push(`${request.url()}: ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.url()}: HTTP ${response.status()}`);
  });
  return errors;
}

/** A static server for a built site: `url('/search/')` gives the full address under the base path. */
export interface SiteServer {
  origin: string;
  url(sitePath?: string): string;
  close(): Promise<void>;
}

/**
 * Serves `root` on 127.0.0.1 at a random port under `basePath` (`/` or `/archive/`) like a plain static host:
 * folders answer with their index.html, anything outside the base path or missing is a 404.
 */
export async function serveSite(root: string, basePath = '/'): Promise<SiteServer> {
  const serve = sirv(root, { dev: true, dotfiles: false });
  const server: Server = createServer((request, response) => {
    const url = request.url ?? '/';
    const notFound = (): void => {
      response.statusCode = 404;
      response.setHeader('Content-Type', 'text/plain; charset=utf-8');
      response.end('Not found');
    };
    if (!url.startsWith(basePath)) return notFound();
    request.url = `/${url.slice(basePath.length)}`;
    serve(request, response, notFound);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (sitePath = '/') => origin + basePath + sitePath.replace(/^\/+/, ''),
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** A site built into a temporary folder. */
export interface FixtureSite {
  /** The built site. */
  outputDir: string;
  result: BuildResult;
  /** Deletes the temporary folder. */
  remove(): Promise<void>;
}

/** Writes `content` (file name → text) into a temporary folder and builds it there on disk, for a server to serve. */
export async function buildFixtureSiteOnDisk(content: Record<string, string>, overrides: Omit<ConfigOverrides, 'contentDir' | 'outputDir'> = {}): Promise<FixtureSite> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'dateline-e2e-'));
  const contentDir = path.join(root, 'content');
  await mkdir(contentDir);
  for (const [name, text] of Object.entries(content)) await writeFile(path.join(contentDir, name), text);
  return buildInto(root, contentDir, overrides);
}

/** Builds an existing content folder (the sample in content/, say) into a temporary folder on disk. */
export async function buildContentOnDisk(contentDir: string, overrides: Omit<ConfigOverrides, 'contentDir' | 'outputDir'> = {}): Promise<FixtureSite> {
  return buildInto(await mkdtemp(path.join(os.tmpdir(), 'dateline-e2e-')), contentDir, overrides);
}

async function buildInto(root: string, contentDir: string, overrides: Omit<ConfigOverrides, 'contentDir' | 'outputDir'>): Promise<FixtureSite> {
  const outputDir = path.join(root, 'public');
  const config = await loadConfig(root, { ...overrides, contentDir, outputDir });
  const result = await build(config);
  return { outputDir, result, remove: () => rm(root, { recursive: true, force: true }) };
}
