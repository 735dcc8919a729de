import { describe, expect, it } from 'vitest';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { openDataLineCache } from '../../src/cache/data-line-cache.js';
import { tempDir } from '../helpers/temp-project.js';

const line = (text: string): string => `${JSON.stringify({ text })}\n`;

describe('the data line cache', () => {
  it('gives a later build the lines saved under their keys, whole and in any script', async () => {
    const dir = await tempDir();
    // Longer than the 4 MiB pieces the file is read in, so a line split across two pieces must come back whole.
    const long = line('Ça va “bien” — 東京 '.repeat(300_000));
    openDataLineCache(dir, 'v1').save(new Map([['a', line('first')], ['b', long], ['c', line('last')]]));
    const next = openDataLineCache(dir, 'v1');
    expect([next.get('a'), next.get('b') === long, next.get('c'), next.get('d')]).toEqual([line('first'), true, line('last'), undefined]);
  });

  it('gives nothing to a clean build or to another version of the code, whose saving removes the old lines', async () => {
    const dir = await tempDir();
    openDataLineCache(dir, 'v1').save(new Map([['a', line('first')]]));
    expect(openDataLineCache(dir, 'v1', true).get('a')).toBeUndefined();
    const other = openDataLineCache(dir, 'v2');
    expect(other.get('a')).toBeUndefined();
    other.save(new Map([['a', line('other')]]));
    expect(await readdir(dir)).toEqual(['article-lines-v2.txt']);
  });

  it('keeps only the lines of the last save, and rewrites nothing when they are the ones kept', async () => {
    const dir = await tempDir();
    openDataLineCache(dir, 'v1').save(new Map([['a', line('first')], ['b', line('second')]]));
    openDataLineCache(dir, 'v1').save(new Map([['b', line('second')]]));
    const file = path.join(dir, 'article-lines-v1.txt');
    const before = await stat(file);
    const cache = openDataLineCache(dir, 'v1');
    expect(cache.get('a')).toBeUndefined();
    cache.save(new Map([['b', line('second')]]));
    expect((await stat(file)).ino).toBe(before.ino);
  });
});
