import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../src/types.js';
import { MAX_SHARD_ARTICLES, planShards, shardSize } from '../../src/search/plan-shards.js';

function article(id: string, date: string): ArticleSummary {
  return { id, slug: id, source: `${id}.md`, date, title: id, titleDerived: false, summary: '', wordCount: 0, tags: [], frontMatter: {}, quotes: [], people: [], key: '' };
}

const names = (shards: ReturnType<typeof planShards>) => shards.map((shard) => [shard.name, shard.articles.map((each) => each.id)]);

describe('cutting the search index into shards', () => {
  it('groups whole months, oldest first, closing a shard once it holds the shard size', () => {
    const articles = [article('a', '2019-01-05'), article('b', '2019-01-20'), article('c', '2019-03-02'), article('d', '2020-07-01'), article('e', '2020-07-09')];
    expect(names(planShards(articles, 2))).toEqual([
      ['2019-01', ['a', 'b']],
      ['2019-03-2020-07', ['c', 'd', 'e']],
    ]);
  });

  it('leaves the older shards as they were when articles are added to recent months', () => {
    const old = [article('a', '2001-02-01'), article('b', '2001-05-01'), article('c', '2003-01-01'), article('d', '2004-01-01')];
    const before = planShards(old, 2);
    const after = planShards([...old, article('e', '2004-03-01'), article('f', '2005-01-01')], 2);
    expect(after.slice(0, before.length - 1)).toEqual(before.slice(0, -1));
    expect(names(after).map(([name]) => name)).toEqual(['2001-02-2001-05', '2003-01-2004-01', '2004-03-2005-01']);
  });

  it('has no shards for an archive without articles', () => {
    expect(planShards([])).toEqual([]);
  });

  it('makes shards of an eighth of the archive, rounded up to a power of two, and never above the maximum', () => {
    expect([0, 8, 9, 1000, 8192, 100_000].map(shardSize)).toEqual([1, 1, 2, 128, 1024, MAX_SHARD_ARTICLES]);
  });
});
