import { describe, expect, it } from 'vitest';
import { renderDataFiles } from '../../src/render/render-data-files.js';
import { buildIndex } from '../../src/index/build-index.js';
import { loadFromMemory, toSummary } from '../../src/index/article-summary.js';
import type { ArticleRecord, LoadRecord, StreamedFile } from '../../src/types.js';
import type { DataLineCache } from '../../src/cache/data-line-cache.js';
import type { Config } from '../../src/config/load-config.js';

function record(slug: string): ArticleRecord {
  return { id: `2020/01/01/${slug}`, slug, source: `${slug}.md`, date: '2020-01-01', title: slug, titleDerived: false, summary: '', body: [{ text: `Body of ${slug}.`, html: `<p>Body of ${slug}.</p>` }], figures: [], wordCount: 3, tags: [], frontMatter: {}, quotes: [], people: [] };
}

const config = { basePath: '/', origin: 'https://example.org' } as Config;
const records = [record('a'), record('b')];
const { index } = buildIndex(records.map((one) => toSummary(one, `key-${one.slug}`)));

/** A loader that counts the records it loads. */
function counting(): { load: LoadRecord; loaded: string[] } {
  const loaded: string[] = [];
  const load = loadFromMemory(records);
  return { loaded, load: (article) => (loaded.push(article.source), load(article)) };
}

/** The whole text of a streamed file, read as the writer reads it. */
async function text(file: StreamedFile): Promise<string> {
  let all = '';
  for await (const line of file.lines) all += typeof line === 'string' ? line : Buffer.from(line).toString('utf8');
  return all;
}

/** A line cache in memory: what a build keeps, the next one gets, with "Body" made "Kept" to tell them apart. */
function memoryLines(): DataLineCache {
  let kept = new Map<string, Buffer>();
  return {
    get: (key) => kept.get(key),
    start() {
      const next = new Map<string, Buffer>();
      return { keep: (key, line) => void next.set(key, Buffer.from(Buffer.from(line).toString('utf8').replace('Body', 'Kept'))), finish: () => void (kept = next) };
    },
  };
}

describe('renderDataFiles', () => {
  it('leaves out the files whose inputs are in place and makes the others', async () => {
    // With a line cache every article line has a key, so the articles file can be found in place too.
    const { load, loaded } = counting();
    const files = renderDataFiles(index, config, load, { lines: memoryLines(), inPlace: (path) => path !== 'data/quotes.jsonl' });
    expect(files.map((file) => file.path)).toEqual(['data/quotes.jsonl']);
    await text(files[0]);
    expect(loaded).toEqual([]);
  });

  it('loads no record for a line kept from the last build, and gives that line as it was kept', async () => {
    const lines = memoryLines();
    const first = counting();
    const made = await text(renderDataFiles(index, config, first.load, { lines })[0]);
    expect(first.loaded).toEqual(['a.md', 'b.md']);
    const again = counting();
    const [articles] = renderDataFiles(index, config, again.load, { lines });
    expect(await text(articles)).toBe(made.split(/(?<=\n)/).map((line) => line.replace('Body', 'Kept')).join(''));
    expect(again.loaded).toEqual([]);
  });
});
