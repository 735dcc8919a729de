import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openQuoteGroupCache } from '../../src/cache/quote-group-cache.js';
import { tempDir } from '../helpers/temp-project.js';

describe('the quote group cache', () => {
  it('gives the next build the groupings this build used, and only those', async () => {
    const dir = await tempDir();
    const first = openQuoteGroupCache(dir);
    expect(first.memo.earlier.size).toBe(0);
    first.memo.now.set('speaker-a', [0, 0, 2]);
    first.memo.now.set('speaker-b', []);
    first.save();
    const second = openQuoteGroupCache(dir);
    expect([...second.memo.earlier]).toEqual([['speaker-a', [0, 0, 2]], ['speaker-b', []]]);
    second.memo.now.set('speaker-c', [0, 0]);
    second.save();
    expect([...openQuoteGroupCache(dir).memo.earlier.keys()]).toEqual(['speaker-c']);
  });

  it('starts empty from an unreadable file and leaves out groupings that cannot be right', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'quote-groups.json'), '[["a", [0, 0');
    expect(openQuoteGroupCache(dir).memo.earlier.size).toBe(0);
    // A later position, a position whose first is not its own first, a negative one, a fraction, not a list.
    const bad = [['later', [1, 1]], ['chained', [0, 0, 1]], ['negative', [-1]], ['fraction', [0, 0.5]], ['object', { 0: 0 }]];
    await writeFile(path.join(dir, 'quote-groups.json'), JSON.stringify([...bad, ['good', [0, 1, 0]]]));
    expect([...openQuoteGroupCache(dir).memo.earlier.keys()]).toEqual(['good']);
  });
});
