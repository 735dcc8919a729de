/**
 * Who-said-what speed on one core: loads every article's title and paragraphs once, then runs only
 * `extractWhoSaidWhat` over them round after round, so reading, parsing and the rest of the extract stage stay out
 * of the figure. CPU time, not wall time, so a busy shared machine distorts it less.
 *
 *   npm run compile && npx tsx bench/extract-speed.ts [DIR] [--rounds 20]
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** One article as the extractor sees it. */
interface Input {
  id: string;
  title: string;
  paragraphs: string[];
}

/** The outcome of one timing run: articles per CPU-second and CPU milliseconds per article, per round. */
export interface ExtractSpeed {
  articles: number;
  words: number;
  rounds: { articlesPerSecond: number; msPerArticle: number }[];
  best: number;
  median: number;
}

/** Loads the articles of `dir` through the compiled read, parse and extract stages, keeping what the extractor reads. */
async function loadInputs(dir: string): Promise<Input[]> {
  // From the compiled package, so the figure is for the code users run.
  const { toSourceFile, isIgnoredName, sourceKindOf } = (await import(path.resolve('dist/read/read-sources.js'))) as typeof import('../src/read/read-sources.js');
  const { parseSource } = (await import(path.resolve('dist/parse/parse-source.js'))) as typeof import('../src/parse/parse-source.js');
  const { extractArticle } = (await import(path.resolve('dist/extract/extract-article.js'))) as typeof import('../src/extract/extract-article.js');
  const names = (await readdir(dir)).filter((name) => sourceKindOf(name) !== undefined && !isIgnoredName(name)).sort();
  const inputs: Input[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    const { record } = extractArticle(parseSource(toSourceFile(await readFile(file), file, dir)));
    if (record) inputs.push({ id: record.id, title: record.title, paragraphs: record.body.map((p) => p.text) });
  }
  return inputs;
}

/** Runs the extractor over every article of `dir`, `rounds` times after a warm-up round, and times each round. */
export async function extractSpeed(dir: string, rounds: number): Promise<ExtractSpeed> {
  const { extractWhoSaidWhat } = (await import(path.resolve('dist/extract/extract-who-said-what.js'))) as typeof import('../src/extract/extract-who-said-what.js');
  const inputs = await loadInputs(dir);
  const words = inputs.reduce((sum, a) => sum + a.paragraphs.reduce((s, p) => s + p.split(/\s+/).length, 0), 0);
  // A result is kept so the work cannot be optimised away.
  let sink = 0;
  for (const input of inputs) sink += extractWhoSaidWhat(input).quotes.length;
  const timed: ExtractSpeed['rounds'] = [];
  for (let r = 0; r < rounds; r++) {
    const start = process.cpuUsage();
    for (const input of inputs) sink += extractWhoSaidWhat(input).quotes.length;
    const used = process.cpuUsage(start);
    const seconds = (used.user + used.system) / 1e6;
    timed.push({ articlesPerSecond: inputs.length / seconds, msPerArticle: (1000 * seconds) / inputs.length });
  }
  if (sink < 0) console.log(sink);
  const sorted = timed.map((t) => t.articlesPerSecond).sort((a, b) => a - b);
  return { articles: inputs.length, words, rounds: timed, best: sorted[sorted.length - 1], median: sorted[Math.floor(sorted.length / 2)] };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { rounds: { type: 'string', default: '20' } } });
  const dir = positionals[0] ?? '../shared/corpus';
  const result = await extractSpeed(dir, Number(values.rounds));
  console.log(`${result.articles} articles, ${Math.round(result.words / result.articles)} words each on average, ${result.rounds.length} rounds (CPU time)`);
  console.log(`who said what: best ${Math.round(result.best)} articles/s (${(1000 / result.best).toFixed(3)} ms/article), median ${Math.round(result.median)} articles/s (${(1000 / result.median).toFixed(3)} ms/article)`);
}
