import { describe, expect, it } from 'vitest';
import { readdir } from 'node:fs/promises';
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
    expect(await readdir(dir)).toEqual(['article-lines-v2.txt']);
  });
});
