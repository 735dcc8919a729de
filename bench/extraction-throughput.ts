/**
 * Extraction throughput on one core: parse and extract run on this thread over real files, timed by CPU time so a
 * busy shared machine distorts the figure less than wall time would; then who said what alone (quotes, speakers and
 * people from the extracted paragraphs), the part issue #3 sets a speed for.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Articles per CPU-second for parsing, for extraction and for who said what alone, over at most `limit` files of `dir`. */
export async function extractionThroughput(dir: string, limit: number): Promise<{ articles: number; parsePerSecond: number; extractPerSecond: number; bothPerSecond: number; whoSaidWhatPerSecond: number }> {
  // From the compiled package, so the benchmark measures what users run.
  const { toSourceFile } = (await import(path.resolve('dist/read/read-sources.js'))) as typeof import('../src/read/read-sources.js');
  const { parseSource } = (await import(path.resolve('dist/parse/parse-source.js'))) as typeof import('../src/parse/parse-source.js');
  const { extractArticle } = (await import(path.resolve('dist/extract/extract-article.js'))) as typeof import('../src/extract/extract-article.js');
  const { extractWhoSaidWhat } = (await import(path.resolve('dist/extract/extract-who-said-what.js'))) as typeof import('../src/extract/extract-who-said-what.js');
  const names = (await readdir(dir)).sort().slice(0, limit);
  const files = await Promise.all(names.map(async (name) => ({ bytes: await readFile(path.join(dir, name)), file: path.join(dir, name) })));
  // One warm-up pass so the JIT has compiled the hot paths, as it has a few hundred articles into a real build.
  for (const { bytes, file } of files.slice(0, 200)) extractArticle(parseSource(toSourceFile(bytes, file, dir)));
  const sources = files.map(({ bytes, file }) => toSourceFile(bytes, file, dir));
  const parseStart = process.cpuUsage();
  const parsed = sources.map(parseSource);
  const parseCpu = cpuSince(parseStart);
  // Only what who said what reads is kept of each record, so the timed pass holds no more than it did alone.
  const inputs: { id: string; title: string; paragraphs: string[] }[] = [];
  const extractStart = process.cpuUsage();
  for (const article of parsed) {
    const { record } = extractArticle(article);
    if (record) inputs.push({ id: record.id, title: record.title, paragraphs: record.body.map((block) => block.text) });
  }
  const extractCpu = cpuSince(extractStart);
  const whoStart = process.cpuUsage();
  for (const input of inputs) extractWhoSaidWhat(input);
  const whoCpu = cpuSince(whoStart);
  return {
    articles: files.length, parsePerSecond: files.length / parseCpu, extractPerSecond: files.length / extractCpu, bothPerSecond: files.length / (parseCpu + extractCpu),
    whoSaidWhatPerSecond: inputs.length / whoCpu,
  };
}

function cpuSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}
