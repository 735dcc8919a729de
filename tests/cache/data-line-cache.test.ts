import { describe, expect, it } from 'vitest';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { openDataLineCache } from '../../src/cache/data-line-cache.js';
import { tempDir } from '../helpers/temp-project.js';

const line = (text: string): string => `${JSON.stringify({ text })}\n`;

/** A kept line as text: the cache gives its bytes. */
const decoded = (bytes: Buffer | undefined): string | undefined => bytes?.toString('utf8');

/** Keeps these lines as one build would, one by one. */
function save(dir: string, version: string, lines: [string, string][]): void {
  const kept = openDataLineCache(dir, version).start();
  for (const [key, text] of lines) kept.keep(key, text);
  kept.finish();
}

describe('the data line cache', () => {
  it('gives a later build the lines kept under their keys, whole and in any script', async () => {
    const dir = await tempDir();
    // Longer than the 4 MiB pieces the file is read in, so a line across two pieces must come back whole.
    const long = line('Ça va “bien” — 東京 '.repeat(300_000));
    save(dir, 'v1', [['a', line('first')], ['b', long], ['c', line('last')]]);
    const next = openDataLineCache(dir, 'v1');
    expect([decoded(next.get('a')), decoded(next.get('b')) === long, decoded(next.get('c')), next.get('d')]).toEqual([line('first'), true, line('last'), undefined]);
  });

  it('reads the last build\'s lines while the next ones are kept, as bytes or text, and keeps only the next ones', async () => {
    const dir = await tempDir();
    save(dir, 'v1', [['a', line('first')], ['b', line('second')]]);
    const cache = openDataLineCache(dir, 'v1');
    const kept = cache.start();
    kept.keep('b', cache.get('b')!);
    kept.keep('c', line('third'));
    expect(decoded(cache.get('a'))).toBe(line('first'));
    kept.finish();
    const next = openDataLineCache(dir, 'v1');
    expect([next.get('a'), decoded(next.get('b')), decoded(next.get('c'))]).toEqual([undefined, line('second'), line('third')]);
  });

  it('gives nothing to a clean build or to another version of the code, whose lines replace the old ones', async () => {
    const dir = await tempDir();
    save(dir, 'v1', [['a', line('first')]]);
    expect(openDataLineCache(dir, 'v1', true).get('a')).toBeUndefined();
    expect(openDataLineCache(dir, 'v2').get('a')).toBeUndefined();
    save(dir, 'v2', [['a', line('other')]]);
    expect((await readdir(dir)).map((name) => name.replace(/-[0-9a-f-]{36}\./, '-*.')).sort()).toEqual(['article-lines-v2-*.txt', 'article-lines-v2.json']);
  });

  it('writes only the lines the last build did not keep, and the next build reads the lines of both', async () => {
    const dir = await tempDir();
    const many = numberedLines(20);
    rebuild(dir, many, many.slice(1), [['new', line('new')]]);
    const segments = await segmentSizes(dir);
    // The first segment as it was, and one of the new line alone.
    expect(segments.sort((a, b) => a - b)).toEqual([Buffer.byteLength(line('new')), many.reduce((sum, [, text]) => sum + Buffer.byteLength(text), 0)]);
    const next = openDataLineCache(dir, 'v1');
    expect([next.get('k0'), decoded(next.get('k7')), decoded(next.get('new'))]).toEqual([undefined, many[7][1], line('new')]);
  });

  it('copies the kept lines into one segment once the segments hold more bytes no longer kept than kept', async () => {
    const dir = await tempDir();
    const many = numberedLines(10);
    rebuild(dir, many, many.slice(0, 3), []);
    expect(await segmentSizes(dir)).toEqual([many.slice(0, 3).reduce((sum, [, text]) => sum + Buffer.byteLength(text), 0)]);
    const next = openDataLineCache(dir, 'v1');
    expect(many.map(([key]) => decoded(next.get(key)))).toEqual([...many.slice(0, 3).map(([, text]) => text), ...Array(7).fill(undefined)]);
  });

  it('copies the kept lines into one segment rather than keep more than sixteen', async () => {
    const dir = await tempDir();
    save(dir, 'v1', [['k0', line('first')]]);
    for (let build = 1; build <= 20; build++) {
      const cache = openDataLineCache(dir, 'v1');
      const kept = cache.start();
      for (let key = 0; key < build; key++) kept.keep(`k${key}`, cache.get(`k${key}`)!);
      kept.keep(`k${build}`, line(`line ${build}`));
      kept.finish();
      expect((await segmentSizes(dir)).length).toBeLessThanOrEqual(16);
    }
    const next = openDataLineCache(dir, 'v1');
    expect(Array.from({ length: 21 }, (_, key) => decoded(next.get(`k${key}`)))).toEqual([line('first'), ...Array.from({ length: 20 }, (_, at) => line(`line ${at + 1}`))]);
  });
});

/** Lines of a few hundred bytes each, under the keys k0, k1 and so on. */
function numberedLines(count: number): [string, string][] {
  return Array.from({ length: count }, (_, at) => [`k${at}`, line(`line ${at} `.repeat(50))]);
}

/** A first build keeps `first`; a second keeps `again` (read back from the cache) and the new lines `added`. */
function rebuild(dir: string, first: [string, string][], again: [string, string][], added: [string, string][]): void {
  save(dir, 'v1', first);
  const cache = openDataLineCache(dir, 'v1');
  const kept = cache.start();
  for (const [key] of again) kept.keep(key, cache.get(key)!);
  for (const [key, text] of added) kept.keep(key, text);
  kept.finish();
}

/** The sizes of the cache's segment files. */
async function segmentSizes(dir: string): Promise<number[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.txt'));
  return Promise.all(names.map(async (name) => (await stat(path.join(dir, name))).size));
}
