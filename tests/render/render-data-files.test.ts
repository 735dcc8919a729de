import { describe, expect, it } from 'vitest';
import { renderDataFiles } from '../../src/render/render-data-files.js';
import { buildIndex } from '../../src/index/build-index.js';
import { loadFromMemory, toSummary } from '../../src/index/article-summary.js';
import type { ArticleRecord, LoadRecord } from '../../src/types.js';
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

describe('renderDataFiles', () => {
  it('leaves out the files whose inputs are in place and makes the others', async () => {
    // With a line cache every article line has a key, so the articles file can be found in place too.
    const { load, loaded } = counting();
    const lines = { get: () => undefined, save: () => undefined };
    const files = await renderDataFiles(index, config, load, { lines, inPlace: (path) => path !== 'data/quotes.jsonl' });
    expect(files.map((file) => file.path)).toEqual(['data/quotes.jsonl']);
    expect(loaded).toEqual([]);
  });

  it('loads no record for a line kept from the last build, and gives that line as it was kept', async () => {
    const kept = new Map<string, string>();
    const lines = { get: (key: string) => kept.get(key), save: (made: Map<string, string>) => made.forEach((line, key) => kept.set(key, line.replace('Body', 'Kept'))) };
    const first = counting();
    const made = await renderDataFiles(index, config, first.load, { lines });
    expect(first.loaded).toEqual(['a.md', 'b.md']);
    const again = counting();
    const [articles] = await renderDataFiles(index, config, again.load, { lines });
    expect(again.loaded).toEqual([]);
    expect(articles.contents).toEqual((made[0].contents as string[]).map((line) => line.replace('Body', 'Kept')));
  });
});
