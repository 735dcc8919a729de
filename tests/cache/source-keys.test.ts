import { describe, expect, it } from 'vitest';
import { readFile, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { keySources } from '../../src/cache/source-keys.js';
import { tempDir, writeFiles } from '../helpers/temp-project.js';

describe('keySources', () => {
  it('gives equal bytes at the same path the same key, and changed bytes a new one', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'content/a.txt': 'date 2020-01-01 One.', 'content/b.txt': 'date 2020-01-01 One.' });
    const files = ['a.txt', 'b.txt'].map((name) => path.join(dir, 'content', name));
    const [a, b] = keySources(files, path.join(dir, 'content'), 'v1', path.join(dir, 'stats.json'), false);
    expect(a.key).not.toBe(b.key);
    expect(keySources(files, path.join(dir, 'content'), 'v2', path.join(dir, 'stats.json'), false)[0].key).not.toBe(a.key);
    await writeFile(files[0], 'date 2020-01-01 Two.');
    expect(keySources(files, path.join(dir, 'content'), 'v1', path.join(dir, 'stats.json'), false)[0].key).not.toBe(a.key);
  });

  it('sees an edit that keeps the size and modification time of the file', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'a.txt');
    await writeFile(file, 'date 2020-01-01 One.');
    const old = new Date('2020-01-01T00:00:00Z');
    await utimes(file, old, old);
    const stats = path.join(dir, 'stats.json');
    const first = keySources([file], dir, 'v1', stats, false)[0].key;
    // Make the stats look old, so the file is not re-read merely for being recent.
    const saved = JSON.parse(await readFile(stats, 'utf8'));
    await writeFile(stats, JSON.stringify({ ...saved, savedAt: Date.now() + 60_000 }));
    expect(keySources([file], dir, 'v1', stats, false)[0].key).toBe(first);
    await writeFile(file, 'date 2020-01-01 Two.');
    await utimes(file, old, old);
    expect(keySources([file], dir, 'v1', stats, false)[0].key).not.toBe(first);
  });

  it('marks a file edited when the last scan keyed it from other bytes, not a new or unchanged one', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'a.txt': 'date 2020-01-01 One.', 'b.txt': 'date 2020-01-01 Two.' });
    const stats = path.join(dir, 'stats.json');
    const scan = (names: string[]) => keySources(names.map((name) => path.join(dir, name)), dir, 'v1', stats, false).map((source) => source.edited ?? false);
    expect(scan(['a.txt'])).toEqual([false]);
    await writeFile(path.join(dir, 'a.txt'), 'date 2020-01-01 One, edited.');
    expect(scan(['a.txt', 'b.txt'])).toEqual([true, false]);
    expect(scan(['a.txt', 'b.txt'])).toEqual([false, false]);
  });

  it('gives an unreadable file an empty key', async () => {
    const dir = await tempDir();
    expect(keySources([path.join(dir, 'missing.txt')], dir, 'v1', path.join(dir, 'stats.json'), false)[0].key).toBe('');
  });
});
