import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openFindingPlaceCache } from '../../src/cache/finding-place-cache.js';
import { tempDir } from '../helpers/temp-project.js';

describe('the finding place cache', () => {
  it('gives the next build the places this build used, by source key and anchor, and only those', async () => {
    const dir = await tempDir();
    const first = openFindingPlaceCache(dir);
    expect(first.memo.recall('key-a', { kind: 'title' })).toBeUndefined();
    first.memo.remember('key-a', { kind: 'title' }, { line: 2, column: 1 });
    first.memo.remember('key-a', { kind: 'paragraph', paragraph: 3, offset: 10 }, { line: 9, column: 11 });
    first.save();
    const second = openFindingPlaceCache(dir);
    expect(second.memo.recall('key-a', { kind: 'paragraph', paragraph: 3, offset: 10 })).toEqual({ line: 9, column: 11 });
    expect(second.memo.recall('key-a', { kind: 'paragraph', paragraph: 3, offset: 11 })).toBeUndefined();
    expect(second.memo.recall('key-b', { kind: 'title' })).toBeUndefined();
    second.memo.remember('key-b', { kind: 'title' }, { line: 1, column: 7 });
    second.save();
    const third = openFindingPlaceCache(dir);
    expect(third.memo.recall('key-a', { kind: 'title' })).toBeUndefined();
    expect(third.memo.recall('key-b', { kind: 'title' })).toEqual({ line: 1, column: 7 });
  });

  it('starts empty from an unreadable file and leaves out entries that are not places', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'finding-places.json'), '[["x", {"line": 1');
    expect(openFindingPlaceCache(dir).memo.recall('x', { kind: 'title' })).toBeUndefined();
    const id = (key: string) => JSON.stringify([key, { kind: 'title' }]);
    await writeFile(path.join(dir, 'finding-places.json'), JSON.stringify([[id('fraction'), { line: 1.5, column: 1 }], [id('text'), { line: '1', column: 1 }], [id('none'), null], [id('good'), { line: 4, column: 2 }]]));
    const memo = openFindingPlaceCache(dir).memo;
    expect(['fraction', 'text', 'none', 'good'].map((key) => memo.recall(key, { kind: 'title' }))).toEqual([undefined, undefined, undefined, { line: 4, column: 2 }]);
  });
});
