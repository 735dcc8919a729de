import { describe, expect, it } from 'vitest';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openPeopleIndexCache } from '../../src/cache/people-index-cache.js';
import type { ArchivePeople } from '../../src/index/index-people.js';
import { tempDir } from '../helpers/temp-project.js';

const people: ArchivePeople = {
  people: [{ slug: 'jane-okafor', name: 'Jane Okafor', sortKey: 'okafor jane', aliases: [], titles: [], descriptions: [], first: '2020-01-03', last: '2020-01-03', articles: ['a'], quotes: [], namedWith: [] }],
  personSlugs: { a: ['jane-okafor', null] },
  nameVariants: [],
};

describe('the people index cache', () => {
  it('gives the people back only for the same inputs, and keeps one digest’s people at a time', async () => {
    const dir = await tempDir();
    const first = openPeopleIndexCache(dir, 'one');
    expect(first.memo.earlier).toBeUndefined();
    first.memo.now = people;
    first.save();
    expect(openPeopleIndexCache(dir, 'one').memo.earlier).toEqual(people);
    const other = openPeopleIndexCache(dir, 'two');
    expect(other.memo.earlier).toBeUndefined();
    other.memo.now = { people: [], personSlugs: {} };
    other.save();
    expect(await readdir(dir)).toEqual(['people-two.json']);
    expect(openPeopleIndexCache(dir, 'two').memo.earlier).toEqual({ people: [], personSlugs: {} });
  });

  it('has nothing for an unreadable or misshapen file', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'people-cut.json'), '{"people": [');
    expect(openPeopleIndexCache(dir, 'cut').memo.earlier).toBeUndefined();
    await writeFile(path.join(dir, 'people-shape.json'), '{"people": {}, "personSlugs": {}}');
    expect(openPeopleIndexCache(dir, 'shape').memo.earlier).toBeUndefined();
  });
});
