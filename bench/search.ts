/**
 * `npm run bench:search -- --content DIR [--query WORD] [--base-url URL]`: what search costs. Builds the content
 * folder as a whole process and reports the search stage's time and the peak memory of Pagefind's own process;
 * then serves the site and measures in Chromium what the search page downloads when it opens and for one query.
 * Not a test: it prints figures; read them with the machine's load in mind.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Response } from 'playwright-core';
import { parseBaseUrl } from '../src/config/load-config.js';
import { launchBrowser, serveSite } from '../tests/e2e/browser.js';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: 'content' },
    output: { type: 'string', default: '/tmp/dateline-search-bench' },
    query: { type: 'string', default: 'Trump' },
    'base-url': { type: 'string', default: '/' },
  },
});
const output = path.resolve(values.output!);
const basePath = parseBaseUrl(values['base-url']!).basePath;
// Which part of Pagefind's bundle a downloaded file is.
const KINDS: [RegExp, string][] = [
  [/\.pf_fragment$/, 'fragments'],
  [/\.pf_index$/, 'index chunks'],
  [/\.pf_filter$/, 'filters'],
  [/\.pf_meta$|pagefind-entry\.json$/, 'metadata'],
  [/wasm\.[\w-]+\.pagefind$/, 'wasm'],
  [/\.js$/, 'script'],
];

console.log(`Search benchmark: ${values.content}; load average ${loadavg().map((value) => value.toFixed(2)).join(' ')}`);
const build = await buildWithMemory();
console.log(`${build.stageLine}\nDateline peak RSS ${mib(build.nodePeak)}, Pagefind process peak RSS ${mib(build.pagefindPeak)}`);
const bundle = await folderSize(path.join(output, 'pagefind'));
console.log(`bundle: ${bundle.files} files, ${mib(bundle.bytes)} on disk`);
const download = await measureDownload();
console.log(`\nsearch page opens: ${describe(download.open)}`);
console.log(`query "${values.query}" (${download.results} results, first page shown): ${describe(download.query)}`);

/** Runs `dateline build`, sampling the peak resident memory of Node and of Pagefind's child process. */
async function buildWithMemory(): Promise<{ stageLine: string; nodePeak: number; pagefindPeak: number }> {
  const cli = path.resolve('bin', 'dateline.js');
  const child = spawn(process.execPath, [cli, 'build', '--content', values.content!, '--output', output, '--base-url', values['base-url']!], { stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  let nodePeak = 0;
  let pagefindPeak = 0;
  // VmHWM is the process's own high-water mark, so sampling only has to catch each process once before it ends.
  const sampler = setInterval(() => {
    void peakOf(child.pid!).then((peak) => (nodePeak = Math.max(nodePeak, peak)));
    void pagefindChildrenOf(child.pid!).then(async (pids) => {
      for (const pid of pids) pagefindPeak = Math.max(pagefindPeak, await peakOf(pid));
    });
  }, 20);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  if (code !== 0 && code !== 1) throw new Error(`dateline build exited ${code}:\n${stdout}`);
  return { stageLine: stdout.split('\n').filter((line) => /^(search|write)\s|^Built/.test(line)).join('\n'), nodePeak, pagefindPeak };
}

async function peakOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
}

async function pagefindChildrenOf(pid: number): Promise<number[]> {
  const children = (await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '')).split(/\s+/).filter(Boolean).map(Number);
  const names = await Promise.all(children.map((child) => readFile(`/proc/${child}/comm`, 'utf8').catch(() => '')));
  return children.filter((_, n) => names[n].startsWith('pagefind'));
}

/** What the search page fetches from the Pagefind bundle when it opens, and then for one query. */
async function measureDownload(): Promise<{ open: Download; query: Download; results: number }> {
  const server = await serveSite(output, basePath);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    let seen: Response[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/pagefind/')) seen.push(response);
    });
    await page.goto(server.url('/search/'));
    await page.waitForSelector('[data-search-filters]:not([hidden])');
    await page.waitForSelector('[data-search-results][aria-busy="false"]', { state: 'attached' });
    const open = await measure(seen);
    seen = [];
    await page.fill('#search-q', values.query!);
    await page.press('#search-q', 'Enter');
    await page.waitForSelector('[data-search-results][aria-busy="false"]', { state: 'attached' });
    const results = Number(/^(\d+)/.exec((await page.textContent('[data-search-status]')) ?? '')?.[1] ?? 0);
    return { open, query: await measure(seen), results };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Downloaded files by kind: how many, their bytes, and their bytes as a gzip-serving host would send them. */
type Download = Map<string, { files: number; bytes: number; gzipped: number }>;

async function measure(responses: Response[]): Promise<Download> {
  const download: Download = new Map();
  for (const response of responses) {
    const name = new URL(response.url()).pathname;
    const kind = KINDS.find(([pattern]) => pattern.test(name))?.[1] ?? 'other';
    const body = await response.body();
    const entry = download.get(kind) ?? { files: 0, bytes: 0, gzipped: 0 };
    entry.files++;
    entry.bytes += body.length;
    // Pagefind's own files are gzipped already; a host compresses the script and JSON.
    entry.gzipped += Math.min(body.length, gzipSync(body).length);
    download.set(kind, entry);
  }
  return download;
}

function describe(download: Download): string {
  const all = [...download.values()];
  const total = (key: 'bytes' | 'gzipped'): string => kib(all.reduce((sum, entry) => sum + entry[key], 0));
  const parts = [...download].map(([kind, entry]) => `${kind} ${entry.files} × ${kib(entry.bytes)}`);
  return `${total('bytes')} (${total('gzipped')} with gzip): ${parts.join(', ')}`;
}

async function folderSize(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const name of await readdir(dir, { recursive: true })) {
    const info = await stat(path.join(dir, name));
    if (info.isFile()) {
      files++;
      bytes += info.size;
    }
  }
  return { files, bytes };
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

