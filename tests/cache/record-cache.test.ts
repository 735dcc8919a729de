import { describe, expect, it } from 'vitest';
import { appendFile, mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { openRecordCache, type CachedSource } from '../../src/cache/record-cache.js';
import type { ArticleRecord } from '../../src/types.js';
import { tempDir } from '../helpers/temp-project.js';

function record(slug: string): ArticleRecord {
  return { id: `2020/01/01/${slug}`, slug, source: `${slug}.md`, date: '2020-01-01', title: slug, titleDerived: false, summary: '', body: [{ text: `Body of ${slug} “quoted”.`, html: `<p>Body of ${slug}</p>` }], figures: [], wordCount: 3, tags: [], frontMatter: {}, quotes: [], people: [{ name: 'Ann Lee', aliases: [], titles: [], descriptions: [], mentions: [{ paragraph: 0, start: 0, end: 3, text: 'Ann' }] }] };
}

describe('the record cache', () => {
  it('stores a batch in one pack and reads each record back whole, keeping only a summary in its index', async () => {
    const dir = await tempDir();
    const cache = openRecordCache(dir, 'v1');
    const entries = cache.storeBatch([['a', { record: record('a'), problems: [] }], ['broken', { problems: [{ line: 1, column: 1, severity: 'error', reason: 'x', ruleId: 'date-missing' }] }], ['b', { record: record('b'), problems: [] }]]);
    expect(entries[0].summary).not.toHaveProperty('body');
    expect(entries[0].summary?.people[0]).not.toHaveProperty('mentions');
    expect(entries[1]).toEqual({ problems: [expect.objectContaining({ ruleId: 'date-missing' })] });
    expect(cache.loadRecord(entries[2])).toEqual(record('b'));
    expect((await readdir(cache.recordsDir)).filter((name) => name.endsWith('.pack'))).toHaveLength(1);
    cache.close();
  });

  it('finds saved entries in a later build, and none with --clean', async () => {
    const dir = await tempDir();
    const first = openRecordCache(dir, 'v1');
    const [entry] = first.storeBatch([['a', { record: record('a'), problems: [] }]]);
    first.save(new Map([['a', entry]]));
    expect(openRecordCache(dir, 'v1').lookup('a')).toEqual(entry);
    expect(openRecordCache(dir, 'v1', true).lookup('a')).toBeUndefined();
  });

  it('keeps entries of edited files until they outnumber the live ones, then drops them and their packs', async () => {
    const dir = await tempDir();
    const cache = openRecordCache(dir, 'v1');
    const store = (key: string): CachedSource => cache.storeBatch([[key, { record: record(key), problems: [] }]])[0];
    const [a, b, c] = [store('a'), store('b'), store('c')];
    cache.save(new Map([['a', a], ['b', b]]));
    const later = openRecordCache(dir, 'v1');
    later.save(new Map([['c', c]]));
    expect(openRecordCache(dir, 'v1').lookup('a')).toBeUndefined();
    expect((await readdir(cache.recordsDir)).filter((name) => name.endsWith('.pack'))).toEqual([c.at![0]]);
  });

  it('appends the entries of a build with few changes, and skips a line a crash cut short', async () => {
    const dir = await tempDir();
    const cache = openRecordCache(dir, 'v1');
    const store = (key: string): CachedSource => cache.storeBatch([[key, { record: record(key), problems: [] }]])[0];
    const [a, b] = [store('a'), store('b')];
    cache.save(new Map([['a', a]]));
    const index = path.join(cache.recordsDir, 'index.jsonl');
    const first = await readFile(index, 'utf8');
    openRecordCache(dir, 'v1').save(new Map([['a', a], ['b', b]]));
    expect((await readFile(index, 'utf8')).startsWith(first)).toBe(true);
    await appendFile(index, '["c",{"summary":{"id":');
    const later = openRecordCache(dir, 'v1');
    expect(later.lookup('b')).toEqual(b);
    expect(later.lookup('c')).toBeUndefined();
  });

  it('saves a first build of several megabytes of entries whole, line by line, and finds each of them later', async () => {
    const dir = await tempDir();
    const cache = openRecordCache(dir, 'v1');
    // Long titles make the index span several of the writer's one-megabyte pieces.
    const long = (key: string): ArticleRecord => ({ ...record(key), title: `${key} ${'“headline” '.repeat(300)}` });
    const live = new Map(cache.storeBatch(Array.from({ length: 1500 }, (_, n) => [`k${n}`, { record: long(`k${n}`), problems: [] }])).map((entry, n) => [`k${n}`, entry]));
    cache.save(live);
    const lines = (await readFile(path.join(cache.recordsDir, 'index.jsonl'), 'utf8')).split('\n');
    expect(lines).toHaveLength(1501);
    expect(lines.at(-1)).toBe('');
    const later = openRecordCache(dir, 'v1');
    for (const [key, entry] of live) expect(later.lookup(key)).toEqual(entry);
  });

  it('removes the caches of other Dateline versions', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'records-old'), { recursive: true });
    openRecordCache(dir, 'v2').save(new Map());
    expect(await readdir(dir)).toEqual(['records-v2']);
  });
});
