/**
 * `npm run bench`: Dateline's speed and memory on a synthetic archive, as whole processes, beside Eleventy 3 and
 * Eleventy 3 + Pagefind on the same corpus. Not a test: it prints figures; read them with the machine's load.
 *
 *   npm run bench -- --articles 10000 [--peers] [--quick] [--work DIR]
 *
 * --peers adds Eleventy 3 and Pagefind; --quick stops after the one-article edit (for 100,000 articles).
 * Scenarios: clean build (no cache, empty output), no-op rebuild, one article's body edited, one article added,
 * the article template edited. Each prints wall time, CPU time, articles/s, peak RSS and Dateline's stage times.
 */
import { parseArgs } from 'node:util';
import { cp, readFile, rm, writeFile, appendFile } from 'node:fs/promises';
import path from 'node:path';
import { generateCorpus, syntheticArticle, CORPUS_VERSION } from './generate-corpus.js';
import { measureProcess, loadAverage, type ProcessRun } from './measure-process.js';
import { extractionThroughput } from './extraction-throughput.js';
import { prepareEleventySite } from './eleventy-site.js';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    peers: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    work: { type: 'string', default: '/tmp/dateline-bench' },
    'no-search': { type: 'boolean', default: false },
  },
});
const count = Number(values.articles);
const root = path.resolve(values.work!, String(count));
const repo = process.cwd();
const cli = path.join(repo, 'bin', 'dateline.js');
const runId = Date.now().toString(36);

await main();

async function main(): Promise<void> {
  console.log(`Dateline benchmark: ${count} articles; ${(await import('node:os')).cpus().length} cores; load average ${await loadAverage()}`);
  const content = path.join(root, 'content');
  const peerSource = path.join(root, 'eleventy', 'src');
  const marker = path.join(root, 'ready');
  if ((await readFile(marker, 'utf8').catch(() => '')) !== `${count} ${CORPUS_VERSION}\n`) {
    await rm(root, { recursive: true, force: true });
    await prepareEleventySite(path.join(root, 'eleventy'));
    await generateCorpus(content, count, peerSource);
    await writeFile(marker, `${count} ${CORPUS_VERSION}\n`);
  }
  const templates = path.join(root, `templates-${runId}`);
  await cp(path.join(repo, 'templates'), templates, { recursive: true });
  // Fresh folders: deleting a big output right before timing would slow the file system for minutes.
  const output = path.join(root, `public-${runId}`);
  const cacheDir = path.join(root, `cache-${runId}`);
  const flags = ['--content', content, '--output', output, '--cache-dir', cacheDir, '--templates', templates, ...(values['no-search'] ? ['--no-search'] : [])];
  const build = (extra: string[] = []): Promise<ProcessRun> => measureProcess('node', [cli, 'build', '--verbose', ...flags, ...extra], root);

  const rows: [string, ProcessRun][] = [];
  rows.push(['clean build', await build(['--clean'])]);
  rows.push(['no-op rebuild', await build()]);
  const edited = syntheticArticle(Math.floor(count / 2));
  const editedFile = path.join(content, edited.name);
  const original = await readFile(editedFile, 'utf8');
  await writeFile(editedFile, original.replace(/\n\n([^\n]+)\n\n/, '\n\n$1 The figures were revised on Friday.\n\n'));
  rows.push(['edit one article', await build()]);
  if (values.quick) await writeFile(editedFile, original);
  else await slowScenarios();
  printRows(rows);

  const throughput = await extractionThroughput(content, Math.min(count, 3000));
  console.log(`\nOne core, ${throughput.articles} articles: parse ${Math.round(throughput.parsePerSecond)}/s, extract ${Math.round(throughput.extractPerSecond)}/s, both ${Math.round(throughput.bothPerSecond)}/s; who said what alone ${Math.round(throughput.whoSaidWhatPerSecond)}/s (CPU time).`);

  if (values.peers) await comparePeers(rows[0][1]);
  await rm(output, { recursive: true, force: true });
  await rm(cacheDir, { recursive: true, force: true });
  await rm(templates, { recursive: true, force: true });
  console.log(`\nload average now ${await loadAverage()}`);

  async function slowScenarios(): Promise<void> {
    const added = syntheticArticle(count);
    await writeFile(path.join(content, added.name), added.text);
    rows.push(['add one article', await build()]);
    await appendFile(path.join(templates, 'article.eta'), '<!-- edited by the benchmark -->\n');
    rows.push(['edit article template', await build()]);
    // Leave the corpus as generated, so the next run starts from the same archive.
    await writeFile(editedFile, original);
    await rm(path.join(content, added.name));
  }
}

function printRows(rows: [string, ProcessRun][]): void {
  const clean = rows[0][1];
  console.log(`\n${'scenario'.padEnd(24)}${'wall'.padStart(10)}${'cpu'.padStart(10)}${'art/s'.padStart(9)}${'peak RSS'.padStart(11)}${'vs clean'.padStart(10)}  stages`);
  for (const [name, run] of rows) {
    const stages = [...run.stages].map(([stage, ms]) => `${stage} ${formatMs(ms)}`).join(', ');
    console.log(`${name.padEnd(24)}${formatMs(run.wallMs).padStart(10)}${formatMs(run.cpuMs).padStart(10)}${String(Math.round(count / (run.wallMs / 1000))).padStart(9)}${`${run.peakRssMiB.toFixed(0)} MiB`.padStart(11)}${`${((100 * run.wallMs) / clean.wallMs).toFixed(1)} %`.padStart(10)}  ${stages}`);
  }
}

async function comparePeers(dateline: ProcessRun): Promise<void> {
  const site = path.join(root, 'eleventy');
  const siteOutput = `_site-${runId}`;
  const eleventy = await measureProcess('node', [path.join(repo, 'node_modules/@11ty/eleventy/cmd.cjs'), '--quiet', `--output=${siteOutput}`], site);
  const pagefind = await measureProcess('node', [path.join(repo, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', siteOutput], site);
  const pair = eleventy.wallMs + pagefind.wallMs;
  console.log(`\n${'peer'.padEnd(24)}${'wall'.padStart(9)}${'cpu'.padStart(9)}${'peak RSS'.padStart(11)}`);
  for (const [name, run] of [['Eleventy 3', eleventy], ['Pagefind CLI', pagefind]] as const) {
    console.log(`${name.padEnd(24)}${formatMs(run.wallMs).padStart(9)}${formatMs(run.cpuMs).padStart(9)}${`${run.peakRssMiB.toFixed(0)} MiB`.padStart(11)}`);
  }
  console.log(`${'Eleventy + Pagefind'.padEnd(24)}${formatMs(pair).padStart(9)}${formatMs(eleventy.cpuMs + pagefind.cpuMs).padStart(9)}${`${Math.max(eleventy.peakRssMiB, pagefind.peakRssMiB).toFixed(0)} MiB`.padStart(11)}`);
  console.log(`\nDateline clean build / Eleventy 3: ${(dateline.wallMs / eleventy.wallMs).toFixed(2)}   / (Eleventy 3 + Pagefind): ${(dateline.wallMs / pair).toFixed(2)}`);
  // The extract stage is mostly who-said-what, which no peer does; this ratio is the rest of the pipeline.
  const withoutExtract = dateline.wallMs - (dateline.stages.get('extract') ?? 0);
  console.log(`Dateline clean build less its extract stage / Eleventy 3: ${(withoutExtract / eleventy.wallMs).toFixed(2)}`);
  await rm(path.join(site, siteOutput), { recursive: true, force: true });
}

function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}
