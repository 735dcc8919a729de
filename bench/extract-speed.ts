/**
 * Who-said-what speed on one core: loads every article's title and paragraphs once, then runs only
 * `extractWhoSaidWhat` over them round after round, so reading, parsing and the rest of the extract stage stay out
 * of the figure. CPU time, not wall time, so a busy shared machine distorts it less.
 *
 *   npm run compile && npx tsx bench/extract-speed.ts [DIR] [--rounds 40]
 *
 * With `--against OTHER` (another checkout, compiled: a worktree of main, say) it compares the two builds in one
 * process: it checks that both give the same output for every article (`--allow-different` counts the differences
 * instead, to time a change of the rules), then times them in alternated rounds and reports the median of the paired
 * per-round time ratios. Load on a shared machine comes and goes; it moves both rounds of a pair alike, so the
 * paired ratio shows changes of a few per cent that separate runs hide.
 *
 * Without `--against` it also times, in rounds alternated with the extractor's, the Markdown pipeline issue #3 sets
 * its target beside (unified + remark-parse + remark-html over each article's Markdown: 0.38 ms an article on this
 * machine when the issue was written, against 0.2 ms, 5,000 articles a second, for who said what). The shared
 * machine's speed moves both rates; their ratio moves less.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import matter from 'gray-matter';
import remarkHtml from 'remark-html';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** One article as the extractor sees it. */
interface Input {
  id: string;
  title: string;
  paragraphs: string[];
}

/** An article's input to both timed pipelines: what the extractor reads, and the file's text it was parsed from. */
interface Article {
  input: Input;
  text: string;
}

/** A number each timed round adds its results to, so the work cannot be optimised away. */
interface Sink {
  kept: number;
}

/** The outcome of one timing run: articles per CPU-second and CPU milliseconds per article, per round. */
export interface ExtractSpeed {
  articles: number;
  words: number;
  rounds: { articlesPerSecond: number; msPerArticle: number }[];
  best: number;
  /** Median over every round, the JIT's warm-up included (about the first 3,000 articles run slower). */
  median: number;
  /** Median over the second half of the rounds: the rate once the JIT has settled. */
  settledMedian: number;
  /** Milliseconds an article for the Markdown pipeline, median over rounds alternated with the extractor's. */
  markdownMsPerArticle: number;
  /** Median over rounds of (who said what's time / the Markdown pipeline's time in the round next to it). */
  ratioToMarkdown: number;
}

/** The outcome of an in-process comparison: each build's median, and the median of the paired time ratios. */
export interface ExtractComparison {
  articles: number;
  rounds: number;
  /** Articles per CPU-second, median over the rounds, of this checkout and of the other one. */
  median: number;
  againstMedian: number;
  /** Median over rounds of (this checkout's time / the other's time): below 1 means this checkout is faster. */
  pairedRatio: number;
  /** Articles the two builds extract differently (0 unless `allowDifferent`). */
  differing: number;
}

type Extractor = typeof import('../src/extract/extract-who-said-what.js').extractWhoSaidWhat;

/** The compiled `extractWhoSaidWhat` of the checkout at `root`. */
async function loadExtractor(root: string): Promise<Extractor> {
  return ((await import(path.resolve(root, 'dist/extract/extract-who-said-what.js'))) as typeof import('../src/extract/extract-who-said-what.js')).extractWhoSaidWhat;
}

/**
 * Loads the articles of `dir` through the compiled read, parse and extract stages, keeping what the extractor reads
 * and the file's text.
 */
async function loadArticles(dir: string): Promise<Article[]> {
  // From the compiled package, so the figure is for the code users run.
  const { toSourceFile, isIgnoredName, sourceKindOf } = (await import(path.resolve('dist/read/read-sources.js'))) as typeof import('../src/read/read-sources.js');
  const { parseSource } = (await import(path.resolve('dist/parse/parse-source.js'))) as typeof import('../src/parse/parse-source.js');
  const { extractArticle } = (await import(path.resolve('dist/extract/extract-article.js'))) as typeof import('../src/extract/extract-article.js');
  const names = (await readdir(dir)).filter((name) => sourceKindOf(name) !== undefined && !isIgnoredName(name)).sort();
  const articles: Article[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    const bytes = await readFile(file);
    const { record } = extractArticle(parseSource(toSourceFile(bytes, file, dir)));
    if (record) articles.push({ input: { id: record.id, title: record.title, paragraphs: record.body.map((p) => p.text) }, text: bytes.toString('utf8') });
  }
  return articles;
}

/** The extractor's inputs of `dir`. */
async function loadInputs(dir: string): Promise<Input[]> {
  return (await loadArticles(dir)).map((a) => a.input);
}

/** The Markdown pipeline named as the reference in issue #3: unified, remark-parse and remark-html, frozen once. */
const markdownToHtml = unified().use(remarkParse).use(remarkHtml).freeze();

/** CPU seconds for one round of the Markdown pipeline over every article's Markdown. */
function timeMarkdownRound(markdown: readonly string[], sink: Sink): number {
  const start = process.cpuUsage();
  for (const text of markdown) sink.kept += String(markdownToHtml.processSync(text)).length;
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

/** CPU seconds for one round of `extract` over every input; `sink` keeps a result so the work is not optimised away. */
function timeRound(extract: Extractor, inputs: readonly Input[], sink: Sink): number {
  const start = process.cpuUsage();
  for (const input of inputs) sink.kept += extract(input).quotes.length;
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Compares this checkout's extractor with the one compiled in `against`, in one process and alternated rounds (each
 * pair in turn starting with the other build). Throws when the two give different output for an article, since a
 * speed change must leave the output byte-identical, unless `allowDifferent` (timing a change of the rules).
 */
export async function compareExtractSpeed(dir: string, against: string, rounds: number, allowDifferent = false): Promise<ExtractComparison> {
  const mine = await loadExtractor('.');
  const theirs = await loadExtractor(against);
  const inputs = await loadInputs(dir);
  // The output check is also both builds' warm-up round.
  let differing = 0;
  for (const input of inputs) {
    if (JSON.stringify(mine(input)) === JSON.stringify(theirs(input))) continue;
    if (!allowDifferent) throw new Error(`The two builds extract ${input.id} differently: compare their \`dateline extract --jsonl\` output, or time a change of the rules with --allow-different.`);
    differing++;
  }
  const sink: Sink = { kept: 0 };
  const times: number[] = [];
  const againstTimes: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    // Each pair starts with the other build in turn, so neither always runs right after the other.
    let t: number;
    let u: number;
    if (r % 2 === 0) {
      t = timeRound(mine, inputs, sink);
      u = timeRound(theirs, inputs, sink);
    } else {
      u = timeRound(theirs, inputs, sink);
      t = timeRound(mine, inputs, sink);
    }
    times.push(t);
    againstTimes.push(u);
    ratios.push(t / u);
  }
  if (sink.kept < 0) console.log(sink.kept);
  return { articles: inputs.length, rounds, median: inputs.length / median(times), againstMedian: inputs.length / median(againstTimes), pairedRatio: median(ratios), differing };
}

/**
 * Runs the extractor over every article of `dir`, `rounds` times after a warm-up round, and times each round; each
 * round is paired with a round of the Markdown pipeline over the same articles, the two in alternating order.
 */
export async function extractSpeed(dir: string, rounds: number): Promise<ExtractSpeed> {
  const extractWhoSaidWhat = await loadExtractor('.');
  const articles = await loadArticles(dir);
  const inputs = articles.map((a) => a.input);
  // The Markdown body, front matter left out.
  const markdown = articles.map((a) => matter(a.text).content);
  const words = inputs.reduce((sum, a) => sum + a.paragraphs.reduce((s, p) => s + p.split(/\s+/).length, 0), 0);
  // A result is kept so the work cannot be optimised away; the warm-up round is not timed.
  const sink: Sink = { kept: 0 };
  for (const input of inputs) sink.kept += extractWhoSaidWhat(input).quotes.length;
  timeMarkdownRound(markdown, sink);
  const timed: ExtractSpeed['rounds'] = [];
  const markdownTimes: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let seconds: number;
    let markdownSeconds: number;
    if (r % 2 === 0) {
      seconds = timeRound(extractWhoSaidWhat, inputs, sink);
      markdownSeconds = timeMarkdownRound(markdown, sink);
    } else {
      markdownSeconds = timeMarkdownRound(markdown, sink);
      seconds = timeRound(extractWhoSaidWhat, inputs, sink);
    }
    timed.push({ articlesPerSecond: inputs.length / seconds, msPerArticle: (1000 * seconds) / inputs.length });
    markdownTimes.push(markdownSeconds);
    ratios.push(seconds / markdownSeconds);
  }
  if (sink.kept < 0) console.log(sink.kept);
  const rates = timed.map((t) => t.articlesPerSecond);
  return {
    articles: inputs.length,
    words,
    rounds: timed,
    best: Math.max(...rates),
    median: median(rates),
    settledMedian: median(rates.slice(Math.floor(rates.length / 2))),
    markdownMsPerArticle: (1000 * median(markdownTimes)) / inputs.length,
    ratioToMarkdown: median(ratios),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { rounds: { type: 'string', default: '40' }, against: { type: 'string' }, 'allow-different': { type: 'boolean', default: false } } });
  const dir = positionals[0] ?? '../shared/corpus';
  if (values.against !== undefined) {
    const c = await compareExtractSpeed(dir, values.against, Number(values.rounds), values['allow-different']);
    console.log(`${c.articles} articles, ${c.rounds} alternated rounds (CPU time), ${c.differing === 0 ? 'same output from both builds' : `${c.differing} articles extracted differently`}`);
    console.log(`this checkout: median ${Math.round(c.median)} articles/s; ${values.against}: median ${Math.round(c.againstMedian)} articles/s`);
    console.log(`paired time ratio (this / other), median: ${c.pairedRatio.toFixed(3)}`);
    process.exit(0);
  }
  const result = await extractSpeed(dir, Number(values.rounds));
  console.log(`${result.articles} articles, ${Math.round(result.words / result.articles)} words each on average, ${result.rounds.length} rounds (CPU time)`);
  console.log(`who said what: best ${Math.round(result.best)} articles/s (${(1000 / result.best).toFixed(3)} ms/article), median ${Math.round(result.median)} articles/s (${(1000 / result.median).toFixed(3)} ms/article)`);
  console.log(`  first round ${Math.round(result.rounds[0].articlesPerSecond)} articles/s; median of the last ${result.rounds.length - Math.floor(result.rounds.length / 2)} rounds, once the JIT has settled: ${Math.round(result.settledMedian)} articles/s`);
  console.log(`Markdown (unified + remark-parse + remark-html) on the same articles, in alternated rounds: median ${result.markdownMsPerArticle.toFixed(3)} ms/article`);
  console.log(`  who said what takes ${result.ratioToMarkdown.toFixed(2)} × its time (median of the paired rounds); issue #3's target, 0.2 ms against its 0.38 ms for Markdown, is ${(0.2 / 0.38).toFixed(2)} ×`);
}
