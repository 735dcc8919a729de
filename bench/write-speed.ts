/**
 * `npm run bench:write -- --site DIR [--threads 2]`: what writing a built site's pages costs on this disk. Takes the
 * folder layout and page sizes of a built site (its `index.html` pages), writes pages of those sizes into a fresh
 * staging folder beside it with Dateline's own `writeStagedFile` from worker threads, in batches of 64 as the render
 * workers do, and prints CPU time per page (process-wide: all threads, user and system): folders alone, then folders
 * and files, then folders, files and the bytes hash the manifest keeps. Wall time is printed too, but on a shared
 * machine CPU time is the figure to compare. Not a test: it prints figures.
 */
import { readdir, rm, stat } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';

const { values } = parseArgs({ options: { site: { type: 'string' }, threads: { type: 'string', default: '2' } } });
if (!values.site) throw new Error('Give a built site: --site DIR');
const site = path.resolve(values.site);
const threads = Number(values.threads);
const pages: [string, number][] = [];
for (const entry of await readdir(site, { recursive: true, withFileTypes: true })) {
  if (entry.isFile() && entry.name === 'index.html') {
    const file = path.join(entry.parentPath, entry.name);
    pages.push([path.relative(site, file), (await stat(file)).size]);
  }
}
const batches: [string, number][][] = [];
for (let start = 0; start < pages.length; start += 64) batches.push(pages.slice(start, start + 64));
console.log(`Write benchmark: ${pages.length} pages of ${site}, ${threads} threads; load average ${loadavg().map((value) => value.toFixed(2)).join(' ')}`);

// The worker is plain JavaScript over the compiled writer, so it runs the code a build runs.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { mkdirSync } = require('node:fs');
const path = require('node:path');
import(workerData.writer).then(async ({ writeStagedFile }) => {
  const { digest } = await import(workerData.digest);
  const { batches, staging, mode } = workerData;
  const filler = 'Words of a page, with “quotes” and an é. '.repeat(1 << 14);
  const made = new Set();
  for (const batch of batches) {
    for (const [file, size] of batch) {
      if (mode === 'folders') {
        mkdirSync(path.dirname(path.join(staging, file)), { recursive: true });
        continue;
      }
      // A fresh string per page, as rendering makes one.
      const contents = filler.slice(0, Math.max(0, size - file.length)) + file;
      writeStagedFile(staging, { path: file, contents }, made);
      if (mode === 'hashed') digest(contents);
    }
  }
  parentPort.postMessage('done');
});
`;

for (const mode of ['folders', 'files', 'hashed'] as const) {
  // A fresh folder each time, beside the site (same disk); removing it is left until all modes ran.
  const staging = `${site}.write-bench-${mode}-${process.pid}`;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const writer = new URL('../dist/write/write-site.js', import.meta.url).href;
  const digest = new URL('../dist/render/fingerprint.js', import.meta.url).href;
  await Promise.all(
    Array.from({ length: threads }, (_, thread) => {
      const share = batches.filter((_, index) => index % threads === thread);
      const worker = new Worker(WORKER, { eval: true, workerData: { batches: share, staging, mode, writer, digest } });
      return new Promise((resolve, reject) => worker.on('message', resolve).on('error', reject));
    }),
  );
  const used = process.cpuUsage(cpu);
  const perPage = (micros: number): string => `${(micros / pages.length).toFixed(0)} µs`;
  console.log(`${mode.padEnd(8)} CPU ${perPage(used.user + used.system)} a page (user ${perPage(used.user)}, system ${perPage(used.system)}); wall ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
for (const mode of ['folders', 'files', 'hashed']) await rm(`${site}.write-bench-${mode}-${process.pid}`, { recursive: true, force: true });
