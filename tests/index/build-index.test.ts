import { describe, expect, it } from 'vitest';
import { buildIndex, sharedObjects } from '../../src/index/build-index.js';
import type { ArticleRecord } from '../../src/types.js';

function record(date: string, slug: string, source = `${slug}.md`, title = slug): ArticleRecord {
  return { id: `${date.replaceAll('-', '/')}/${slug}`, slug, source, date, title, titleDerived: false, summary: '', body: [], figures: [], wordCount: 0, tags: [], frontMatter: {}, quotes: [], people: [] };
}

describe('buildIndex', () => {
  it('orders articles newest first and groups them by year, month and day', () => {
    const { index } = buildIndex([record('2020-01-03', 'b'), record('2021-05-01', 'c'), record('2020-01-03', 'a'), record('2020-02-10', 'd')]);
    expect(index.articles.map((article) => article.slug)).toEqual(['c', 'd', 'a', 'b']);
    expect(index.years.map((year) => [year.year, year.count, year.months.map((month) => [month.month, month.days.map((day) => day.date)])])).toEqual([
      ['2021', 1, [['2021-05', ['2021-05-01']]]],
      ['2020', 3, [['2020-02', ['2020-02-10']], ['2020-01', ['2020-01-03']]]],
    ]);
  });

  it('gives a colliding slug a suffix from its own source path, whatever the input order', () => {
    const first = buildIndex([record('2020-01-03', 'story', 'z.md'), record('2020-01-03', 'story', 'a.md')]);
    const second = buildIndex([record('2020-01-03', 'story', 'a.md'), record('2020-01-03', 'story', 'z.md'), record('2020-01-03', 'story', 'm.md')]);
    const slugOf = (result: typeof first, source: string) => result.index.articles.find((article) => article.source === source)?.slug;
    expect(slugOf(first, 'a.md')).toBe('story');
    expect(slugOf(first, 'z.md')).toMatch(/^story-[0-9a-f]{6}$/);
    expect(slugOf(second, 'z.md')).toBe(slugOf(first, 'z.md'));
    expect(first.collisions).toHaveLength(1);
    expect(first.collisions[0]).toMatchObject({ keptBy: 'a.md', previousSlug: 'story' });
    expect(new Set(second.index.articles.map((article) => article.id)).size).toBe(3);
  });

  it('offers the people and quotes, which many pages embed, for hashing once like articles, days, months and years', () => {
    const { index } = buildIndex([record('2020-01-03', 'a')]);
    const shared = sharedObjects(index);
    expect(shared[0]).toBe(index.articles);
    expect(shared[1]).toBe(index.people);
    expect(shared[2]).toBe(index.quotes);
    expect(shared.slice(3)).toEqual([index.years[0].months[0].days, index.years[0].months, index.years]);
  });
});
