import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { ArticleRecord, LoadRecord, OutputFile } from '../../src/types.js';
import { buildIndex } from '../../src/index/build-index.js';
import { indexSearch, SHARD_LIST, type SearchOptions } from '../../src/search/index-search.js';
import { startEditedShards, type EarlyShards } from '../../src/search/edited-shards.js';
import { buildShard } from '../../src/search/build-shard.js';
import { unpackRequests } from '../../src/search/packed-requests.js';
import { openShardCache } from '../../src/search/shard-cache.js';
import { tempDir } from '../helpers/temp-project.js';

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
// The records behind every index made here, by id (the tests' articles share a source path), for \`load\`.
const records = new Map<string, ArticleRecord>();
const site = (articles: ArticleRecord[]) => {
  for (const each of articles) records.set(each.id, each);
  return buildIndex(articles).index;
};
const load: LoadRecord = async (article) => records.get(article.id)!;

/** Indexes a site (with no cache unless given one) and collects the bundle's files and their fingerprints. */
async function bundle(index: ReturnType<typeof site>, options: Partial<SearchOptions> = {}): Promise<{ files: OutputFile[]; fingerprints: Set<string>; built: number; shards: number }> {
  const files: OutputFile[] = [];
  const fingerprints = new Set<string>();
  const emit = async (file: OutputFile, fingerprint: string): Promise<void> => {
    files.push(file);
    fingerprints.add(fingerprint);
  };
  const result = await indexSearch(index, { language: 'en', version: 'test', emit, load, ...options });
  return { files, fingerprints, ...result };
}

interface Fragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  anchors: unknown[];
}

/** Pagefind's fragments (one per result), decoded from its gzipped `pagefind_dcd`-prefixed JSON: files of fragments by page key. */
function fragments(files: OutputFile[]): Fragment[] {
  return files
    .filter((file) => file.path.startsWith('pagefind/fragment/'))
    .flatMap((file) => Object.values(JSON.parse(gunzipSync(file.contents as Uint8Array).toString('utf8').replace(/^pagefind_dcd/, '')) as Record<string, Fragment>))
    .sort((a, b) => a.url.localeCompare(b.url));
}

describe('indexing the site for search', () => {
  it('returns a Pagefind bundle under pagefind/ with the script the search page loads and none of the unused interfaces', async () => {
    const index = await bundle(site([storm]));
    const names = index.files.map((file) => file.path);
    expect(names.every((name) => name.startsWith('pagefind/'))).toBe(true);
    expect(names).toEqual(expect.arrayContaining(['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/pagefind-worker.js']));
    expect(names.filter((name) => /pagefind-(ui|modular-ui|component-ui|highlight)\./.test(name))).toEqual([]);
    expect(index).toMatchObject({ shards: 1, built: 1 });
  });

  it('indexes the headline, body and photo captions of an article, with its filters and date', async () => {
    const pictured = { ...storm, figures: [{ caption: 'The flooded pier at dawn.', credit: 'Ana Ruiz', before: 1 }] };
    const [article, quote] = fragments((await bundle(site([pictured]))).files);
    expect(article).toMatchObject({
      url: '/2020/03/10/storm-floods-the-harbour/',
      filters: { person: ['Daniel Chen'], year: ['2020'], kind: ['article'] },
      meta: { title: 'Storm floods the harbour', date: '2020-03-10' },
    });
    expect(article.content).toContain('Storm floods the harbour. “We will rebuild the pier,” said Daniel Chen.');
    expect(article.content).toContain('The flooded pier at dawn. Ana Ruiz');
    expect(quote).toMatchObject({ url: '/quotes/a1b2c3/', content: 'We will rebuild the pier', filters: { person: ['Daniel Chen'], kind: ['quote'] } });
  });

  it('leaves quote anchors out of the fragments, and reads the words around them as it did with the anchors', async () => {
    const html = '<p>They marched against Brexit (<q id="q-b1" data-quote="b1">British exit</q>) on Saturday.</p>';
    const marched = { ...storm, body: [{ text: 'They marched against Brexit (British exit) on Saturday.', html }] };
    const [article] = fragments((await bundle(site([marched]))).files);
    expect(article.anchors).toEqual([]);
    // Pagefind starts a word where an anchor starts; the id is gone but the words, and so the index, are the same.
    expect(article.content).toContain('Brexit ( British exit) on Saturday.');
  });

  it('bundles the results’ fragments eight to a file instead of writing a file per result', async () => {
    const articles = Array.from({ length: 20 }, (_, n): ArticleRecord => ({ ...storm, id: `f${n}`, slug: `story-${n}`, title: `Story ${n}`, quotes: [{ ...storm.quotes[0], id: `f${n}`, text: `Quote number ${n}` }] }));
    const { files } = await bundle(site(articles));
    expect(files.filter((file) => file.path.startsWith('pagefind/fragment/'))).toHaveLength(5);
    expect(fragments(files)).toHaveLength(40);
  });

  it('lets two builds in one process index at the same time', async () => {
    const [first, second] = await Promise.all([bundle(site([storm])), bundle(site([]))]);
    expect(fragments(first.files)).toHaveLength(2);
    expect(fragments(second.files)).toHaveLength(0);
  });

});

describe('the search bundle of an unchanged site', () => {
  it('is the same, file for file and byte for byte, however Pagefind’s answers interleave', async () => {
    const articles = Array.from({ length: 40 }, (_, n): ArticleRecord => ({ ...storm, id: `a${n}`, slug: `story-${n}`, title: `Story ${n}`, quotes: [{ ...storm.quotes[0], id: `q${n}`, text: `Quote number ${n} about the pier` }] }));
    const encoded = async () => new Map((await bundle(site(articles))).files.map((file) => [file.path, Buffer.from(file.contents as Uint8Array).toString('base64')]));
    const [first, second] = [await encoded(), await encoded()];
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    for (const [name, contents] of second) expect(contents, name).toBe(first.get(name));
  });
});

describe('a search bundle cut into shards', () => {
  // Four articles in four months: an archive this small gets a shard per month.
  const months = ['2019-01-15', '2019-06-02', '2020-03-10', '2021-08-30'];
  const articles = months.map((date, n): ArticleRecord => ({ ...storm, id: `m${n}`, slug: `story-${n}`, date, title: `Story ${n}`, quotes: [{ ...storm.quotes[0], id: `q${n}`, text: `Quote number ${n}` }] }));
  const bytes = (files: OutputFile[]) => new Map(files.map((file) => [file.path, Buffer.from(file.contents as Uint8Array).toString('base64')]));

  it('puts the newest shard at pagefind/ with the script the page loads, and each older one in its own folder with its index only', async () => {
    const { files, shards, built } = await bundle(site(articles));
    expect({ shards, built }).toEqual({ shards: 4, built: 4 });
    const list = files.find((file) => file.path === `pagefind/${SHARD_LIST}`)!;
    expect(JSON.parse(String(list.contents))).toEqual({
      shards: [
        { name: '2021-08', path: '' },
        { name: '2020-03', path: '2020-03/' },
        { name: '2019-06', path: '2019-06/' },
        { name: '2019-01', path: '2019-01/' },
      ],
    });
    const names = files.map((file) => file.path);
    expect(names).toEqual(expect.arrayContaining(['pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/wasm.en.pagefind', 'pagefind/pagefind-entry.json', 'pagefind/2019-01/pagefind-entry.json']));
    expect(names.filter((name) => name.startsWith('pagefind/2019-01/') && /pagefind(-worker)?\.js$|\.pagefind$/.test(name))).toEqual([]);
    const inFolder = fragments(files.filter((file) => file.path.startsWith('pagefind/2019-01/')).map((file) => ({ ...file, path: file.path.replace('2019-01/', '') })));
    expect(inFolder.map((fragment) => fragment.url)).toEqual(['/2019/01/15/story-0/', '/quotes/q0/']);
  });

  it('indexes the biggest shard first and hands each shard over as soon as it is built', async () => {
    // Three more articles in March 2020 make its shard the biggest (a month is never split).
    const march = [1, 2, 3].map((n): ArticleRecord => ({ ...articles[2], id: `march${n}`, slug: `march-${n}`, title: `March story ${n}`, quotes: [] }));
    const { files } = await bundle(site([...articles, ...march]), { threads: 1 });
    const folders = files.map((file) => /^pagefind\/(\d{4}-\d{2}\/)?/.exec(file.path)![1] ?? '');
    expect(folders.filter((folder, n) => folder !== folders[n - 1])).toEqual(['2020-03/', '', '2019-06/', '2019-01/', '']);
  });

  it('indexes again only the shard whose article changed, and takes the others from the cache, ending byte-identical to a fresh bundle', async () => {
    const cacheDir = await tempDir();
    expect((await bundle(site(articles), { cacheDir })).built).toBe(4);
    const edited = articles.map((each) => (each.id === 'm2' ? { ...each, title: 'Story two, retitled' } : each));
    const incremental = await bundle(site(edited), { cacheDir });
    expect(incremental.built).toBe(1);
    const fresh = await bundle(site(edited));
    expect(bytes(incremental.files)).toEqual(bytes(fresh.files));
  });

  it('takes the last build’s shards as they are, without fingerprinting the records, when the inputs are the same', async () => {
    const cacheDir = await tempDir();
    const held = (await bundle(site(articles), { cacheDir, inputs: 'sources v1' })).fingerprints;
    const edited = site(articles.map((each) => (each.id === 'm3' ? { ...each, title: 'Story three, retitled' } : each)));
    const inPlace = (fingerprint: string) => held.has(fingerprint);
    // Same inputs: the records are not looked at, so the edit (which the inputs would name) goes unseen.
    const same = await bundle(edited, { cacheDir, inputs: 'sources v1', inPlace });
    expect(same.built).toBe(0);
    expect(same.files.map((file) => file.path)).toEqual([`pagefind/${SHARD_LIST}`]);
    expect((await bundle(edited, { cacheDir, inputs: 'sources v2', inPlace })).built).toBe(1);
  });

  it('fingerprints shards by their articles’ cache keys, loading back only the records of the shard it indexes again', async () => {
    const cacheDir = await tempDir();
    const keyed = (list: ArticleRecord[]) => {
      const index = site(list);
      for (const article of index.articles) article.key = `key of ${records.get(article.id)!.title}`;
      return index;
    };
    const loaded: string[] = [];
    const counting: LoadRecord = async (article) => (loaded.push(article.id), load(article));
    await bundle(keyed(articles), { cacheDir, load: counting });
    loaded.length = 0;
    const edited = keyed(articles.map((each) => (each.id === 'm1' ? { ...each, title: 'Story one, retitled' } : each)));
    const incremental = await bundle(edited, { cacheDir, load: counting });
    expect({ built: incremental.built, loaded }).toEqual({ built: 1, loaded: ['m1'] });
    expect(bytes(incremental.files)).toEqual(bytes((await bundle(edited)).files));
  });

  it('takes from the last build the fingerprints of the shards whose articles kept their keys, in an edit the last plan covers', async () => {
    const cacheDir = await tempDir();
    const keyed = (list: ArticleRecord[], edited = '') => {
      const index = site(list);
      for (const article of index.articles) article.key = article.id === edited ? 'edited key' : `key of ${article.id}`;
      return index;
    };
    await bundle(keyed(articles), { cacheDir, inputs: 'v1' });
    // m1's body is edited (a new key); m3 is retitled under its old key, which no covered edit does: so it goes unseen.
    const changed = articles.map((each) => (each.id === 'm1' ? { ...each, body: [{ text: 'Calm.', html: '<p>Calm.</p>' }] } : each.id === 'm3' ? { ...each, title: 'Story three, retitled' } : each));
    expect((await bundle(keyed(changed, 'm1'), { cacheDir, inputs: 'v2', covered: true })).built).toBe(1);
    expect((await bundle(keyed(changed, 'm1'), { cacheDir, inputs: 'v3' })).built).toBe(1);
  });

  describe('an edited article’s shard started before the index is built', () => {
    // Each article with a source of its own, which is how an edit finds its shard.
    const sourced = articles.map((each) => ({ ...each, source: `${each.id}.md` }));
    /** The early shards of an edit to `rewritten`, made after a build of the articles, and which of them the search stage took. */
    // Articles keyed by their id, the edited one by its new bytes: the key the build's record of it then has.
    const keyed = (list: ArticleRecord[], edited: string, key = 'edited bytes') => {
      const index = site(list);
      for (const article of index.articles) article.key = article.id === edited ? key : `key of ${article.id}`;
      return index;
    };
    /** The early shards of an edit to `rewritten`, made after a build of the articles, and which of them the search stage took. */
    const startEdit = async (rewritten: ArticleRecord) => {
      const cacheDir = await tempDir();
      await bundle(keyed(sourced, ''), { cacheDir, inputs: 'v1' });
      // Indexed on this thread (the worker's module is compiled code), and done before the search stage starts, as
      // two Pagefind indexes on one thread take turns.
      let indexing: Promise<OutputFile[]> | undefined;
      const early = startEditedShards(cacheDir, [{ record: rewritten, key: 'edited bytes' }], 'en', (packed, count) => (indexing = buildShard(unpackRequests(packed), count, 'en')))!;
      await indexing;
      const taken: boolean[] = [];
      const watched: EarlyShards = {
        take(...args) {
          const shard = early.take(...args);
          taken.push(shard !== undefined);
          return shard;
        },
        close: () => early.close(),
      };
      const editedList = sourced.map((each) => (each.id === rewritten.id ? rewritten : each));
      return { cacheDir, early, watched, taken, edited: (key?: string) => keyed(editedList, rewritten.id, key) };
    };

    it('is made from the requests the last build kept, and taken by the search stage, which ends byte-identical to a fresh bundle and keeps the same requests', async () => {
      const { cacheDir, early, watched, taken, edited } = await startEdit({ ...sourced[1], body: [{ text: 'The pier reopened.', html: '<p>The pier reopened.</p>' }] });
      const incremental = await bundle(edited(), { cacheDir, inputs: 'v2', early: watched });
      await early.close();
      expect({ built: incremental.built, taken }).toEqual({ built: 1, taken: [true] });
      const freshCache = await tempDir();
      expect(bytes(incremental.files)).toEqual(bytes((await bundle(edited(), { cacheDir: freshCache, inputs: 'v2' })).files));
      const keptOf = (dir: string) => openShardCache(dir).last()!.shards!.map((shard) => Buffer.from(openShardCache(dir).loadRequests(shard.fingerprint)!.packed).toString());
      expect(keptOf(cacheDir)).toEqual(keptOf(freshCache));
    });

    it('is left when the edit changed what the search stage makes of the article besides its text (its title), which indexes the shard itself', async () => {
      const { cacheDir, early, watched, taken, edited } = await startEdit({ ...sourced[1], title: 'Story one, retitled' });
      const incremental = await bundle(edited(), { cacheDir, inputs: 'v2', early: watched });
      await early.close();
      expect({ built: incremental.built, taken }).toEqual({ built: 1, taken: [false] });
      expect(bytes(incremental.files)).toEqual(bytes((await bundle(edited())).files));
    });

    it('is left when the build’s record of the edited article comes from other bytes than the early one (the file changed again)', async () => {
      const { cacheDir, early, watched, taken, edited } = await startEdit({ ...sourced[1], body: [{ text: 'The pier reopened.', html: '<p>The pier reopened.</p>' }] });
      const incremental = await bundle(edited('bytes of a later save'), { cacheDir, inputs: 'v2', early: watched });
      await early.close();
      expect({ built: incremental.built, taken }).toEqual({ built: 1, taken: [false] });
    });

    it('is not started for an article the last build did not index, nor in a worker for a small shard', async () => {
      const cacheDir = await tempDir();
      await bundle(site(sourced), { cacheDir, inputs: 'v1' });
      expect(startEditedShards(cacheDir, [{ record: { ...sourced[1], source: 'new.md' }, key: 'new' }], 'en', async () => [])).toBeUndefined();
      // In a worker, as the build starts them, only a shard of more requests than this one's.
      expect(startEditedShards(cacheDir, [{ record: { ...sourced[1], title: 'Story one, again' }, key: 'again' }], 'en')).toBeUndefined();
    });
  });

  it('indexes a kept shard that cannot be read again, with the shards that are missing', async () => {
    const cacheDir = await tempDir();
    await bundle(site(articles), { cacheDir });
    // The newest shard's kept file is damaged, and an edit makes an older shard missing: both must be indexed.
    const kept = path.join(cacheDir, 'search-shards');
    for (const name of await readdir(kept)) if (name.endsWith('.shard')) await writeFile(path.join(kept, name), 'damaged');
    const edited = site(articles.map((each) => (each.id === 'm1' ? { ...each, title: 'Story one, retitled' } : each)));
    const again = await bundle(edited, { cacheDir });
    expect(again.built).toBe(4);
    expect(bytes(again.files)).toEqual(bytes((await bundle(edited)).files));
  });

  it('hands over nothing of a shard the output folder already holds', async () => {
    const held = (await bundle(site(articles))).fingerprints;
    const edited = articles.map((each) => (each.id === 'm0' ? { ...each, title: 'Story zero, retitled' } : each));
    const second = await bundle(site(edited), { inPlace: (fingerprint) => held.has(fingerprint) });
    expect(second.built).toBe(1);
    expect(new Set(second.files.map((file) => file.path.split('/')[1]))).toEqual(new Set(['2019-01', SHARD_LIST]));
  });

  it('indexes a search within the limit while the caller works, without waiting for it to finish', async () => {
    let started = 0;
    const never = new Promise<boolean>(() => undefined);
    const overlapped = await bundle(site(articles), { overlap: { after: never, started: () => started++ } });
    expect(started).toBeGreaterThan(0);
    expect(overlapped.built).toBe(4);
    expect(bytes(overlapped.files)).toEqual(bytes((await bundle(site(articles))).files));
  });

  it('waits for the caller before indexing more than the limit, and indexes nothing once the caller stopped', async () => {
    const waited = async (goOn: boolean) => {
      let started = false;
      let resolve: (value: boolean) => void = () => undefined;
      const after = new Promise<boolean>((done) => (resolve = done));
      const result = bundle(site(articles), { overlap: { after, started: () => (started = true), limit: 0 } });
      // The search said the caller may go on, and indexes nothing until the caller says whether to.
      await new Promise((done) => setTimeout(done, 50));
      expect(started).toBe(true);
      resolve(goOn);
      return result;
    };
    expect(await waited(false)).toMatchObject({ built: 0, files: [] });
    expect(bytes((await waited(true)).files)).toEqual(bytes((await bundle(site(articles))).files));
  });
});
