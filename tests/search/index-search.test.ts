import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { ArticleRecord, OutputFile } from '../../src/types.js';
import { buildIndex } from '../../src/index/build-index.js';
import { indexSearch } from '../../src/search/index-search.js';
import { loadFromMemory } from '../../src/index/article-summary.js';

const storm: ArticleRecord = {
  id: 'storm',
  slug: 'storm-floods-the-harbour',
  source: 'storm.md',
  date: '2020-03-10',
  title: 'Storm floods the harbour',
  titleDerived: false,
  summary: '',
  body: [{ text: '“We will rebuild the pier,” said Daniel Chen.', html: '<p>“We will rebuild the pier,” said Daniel Chen.</p>' }],
  figures: [],
  wordCount: 9,
  tags: [],
  frontMatter: {},
  quotes: [{ id: 'a1b2c3', text: 'We will rebuild the pier', speaker: { name: 'Daniel Chen', kind: 'person' }, cue: 'said', paragraph: 0, start: 1, end: 25, utterance: 'a1b2c3' }],
  people: [{ name: 'Daniel Chen', aliases: [], titles: [], descriptions: [], mentions: [{ paragraph: 0, start: 33, end: 44, text: 'Daniel Chen' }] }],
};
const site = (articles: ArticleRecord[]) => buildIndex(articles).index;
const search = (articles: ArticleRecord[]) => indexSearch(site(articles), 'en', loadFromMemory(articles));

interface Fragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

/** Pagefind's fragments (one per result), decoded from its gzipped `pagefind_dcd`-prefixed JSON. */
function fragments(files: OutputFile[]): Fragment[] {
  return files
    .filter((file) => file.path.startsWith('pagefind/fragment/'))
    .map((file) => JSON.parse(gunzipSync(file.contents as Uint8Array).toString('utf8').replace(/^pagefind_dcd/, '')) as Fragment)
    .sort((a, b) => a.url.localeCompare(b.url));
}

describe('indexing the site for search', () => {
  it('returns a Pagefind bundle under pagefind/ with the script the search page loads and none of the unused interfaces', async () => {
    const index = await search([storm]);
    const names = index.files.map((file) => file.path);
    expect(names.every((name) => name.startsWith('pagefind/'))).toBe(true);
    expect(names).toEqual(expect.arrayContaining(['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/pagefind-worker.js']));
    expect(names.filter((name) => /pagefind-(ui|modular-ui|component-ui|highlight)\./.test(name))).toEqual([]);
    expect(index).toMatchObject({ articles: 1, quotes: 1 });
  });

  it('indexes the headline, body and photo captions of an article, with its filters and date', async () => {
    const pictured = { ...storm, figures: [{ caption: 'The flooded pier at dawn.', credit: 'Ana Ruiz', before: 1 }] };
    const [article, quote] = fragments((await search([pictured])).files);
    expect(article).toMatchObject({
      url: '/2020/03/10/storm-floods-the-harbour/',
      filters: { person: ['Daniel Chen'], year: ['2020'], kind: ['article'] },
      meta: { title: 'Storm floods the harbour', date: '2020-03-10' },
    });
    expect(article.content).toContain('Storm floods the harbour. “We will rebuild the pier,” said Daniel Chen.');
    expect(article.content).toContain('The flooded pier at dawn. Ana Ruiz');
    expect(quote).toMatchObject({ url: '/quotes/a1b2c3/', content: 'We will rebuild the pier', filters: { person: ['Daniel Chen'], kind: ['quote'] } });
  });

  it('lets two builds in one process index at the same time', async () => {
    const [first, second] = await Promise.all([search([storm]), search([])]);
    expect(fragments(first.files)).toHaveLength(2);
    expect(fragments(second.files)).toHaveLength(0);
  });

});

describe('the search bundle of an unchanged site', () => {
  it('is the same, file for file and byte for byte, however Pagefind’s answers interleave', async () => {
    const articles = Array.from({ length: 40 }, (_, n): ArticleRecord => ({ ...storm, id: `a${n}`, slug: `story-${n}`, source: `story-${n}.md`, title: `Story ${n}`, quotes: [{ ...storm.quotes[0], id: `q${n}`, text: `Quote number ${n} about the pier` }] }));
    const bundle = async () => new Map((await search(articles)).files.map((file) => [file.path, Buffer.from(file.contents as Uint8Array).toString('base64')]));
    const [first, second] = [await bundle(), await bundle()];
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    for (const [name, contents] of second) expect(contents, name).toBe(first.get(name));
  });
});
