import { describe, expect, it } from 'vitest';
import { buildIndex, sharedContentKeys, sharedObjects } from '../../src/index/build-index.js';
import { toSummary } from '../../src/index/article-summary.js';
import type { ArticleRecord } from '../../src/types.js';
import { person, quote, record as quoted } from '../helpers/records.js';

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

  it('holds each article without the people and quotes of its summary, which it returns for the checks alone', () => {
    const named = quoted('2020-01-03', 'a', { people: [person('Ann Lee')], quotes: [quote('q1', 'Words.', 'Ann Lee')] });
    const { index, summaries } = buildIndex([named]);
    expect(index.articles[0]).not.toHaveProperty('people');
    expect(index.articles[0]).not.toHaveProperty('quotes');
    expect(index.years[0].months[0].days[0].articles[0]).toBe(index.articles[0]);
    const { people, quotes, ...rest } = summaries[0];
    expect(index.articles[0]).toEqual(rest);
    expect([people.length, quotes.length]).toEqual([1, 1]);
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

  describe('content keys of shared objects', () => {
    const words = 'We will rebuild every bridge the floods took from us';
    const okafor = (slug: string, date: string, name = 'Jane Okafor') =>
      quoted(date, slug, { body: [{ text: `“${words},” ${name} said.`, html: '' }], people: [person(name)], quotes: [quote(`${slug}-q`, `${words},`, name, { start: 1, end: words.length + 2 })] });
    // Summaries as the record cache gives them: each with a key that hashes its source.
    const cached = (records: ArticleRecord[]) => buildIndex(records.map((each) => toSummary(each, `key-of-${each.source}-${each.title}`))).index;

    const archives = [
      [okafor('flood', '2020-03-01')],
      // Other articles that report the same quote and rename its speaker leave an article's summary as it was.
      [okafor('flood', '2020-03-01'), okafor('again', '2020-03-09')],
      [okafor('flood', '2020-03-01'), okafor('again', '2020-03-09'), okafor('before', '2020-02-20', 'Jane A. Okafor')],
      // Same day, same slug, and a source that sorts first: the first article's id and slug change, not its key.
      [okafor('flood', '2020-03-01'), { ...okafor('flood', '2020-03-01'), source: '0-copy.md' }],
    ];

    it('give each article of a cached record a key, and equal keys only to equal contents across archives', () => {
      const seen = new Map<string, string>();
      for (const archive of archives) {
        const index = cached(archive);
        const [articleKey] = sharedContentKeys();
        for (const [object, key] of index.articles.map((each) => [each, articleKey!(each)] as const)) {
          expect(key).toBeDefined();
          const content = JSON.stringify(object);
          expect(seen.get(key!) ?? content).toBe(content);
          seen.set(key!, content);
        }
      }
      // Five keys: the first article's cache key gives a second one with its id and slug moved in the last archive.
      expect(seen.size).toBe(5);
    });

    it('give each quote a key, and equal keys only to equal contents, as other articles report it and rename its speaker', () => {
      const seen = new Map<string, string>();
      const contents = new Set<string>();
      for (const archive of archives) {
        const quoteKey = sharedContentKeys()[2]!;
        for (const quote of cached(archive).quotes) {
          const [key, content] = [quoteKey(quote)!, JSON.stringify(quote)];
          expect(key).toBeDefined();
          expect(seen.get(key) ?? content).toBe(content);
          seen.set(key, content);
          contents.add(content);
        }
      }
      // The index changed the quotes between archives (reports linked, first report moved, ids suffixed): each new
      // content got a new key.
      expect(seen.size).toBe(contents.size);
      expect(contents.size).toBeGreaterThan(4);
    });

    it('leave objects of records held in memory, which have no cache key, to be hashed by content, quotes aside', () => {
      const { index } = buildIndex([okafor('flood', '2020-03-01')]);
      const keys = sharedContentKeys();
      const shared = sharedObjects(index);
      // Articles have a key only with a cache key; quotes always have one, from their digest; the others never do.
      const keyed = shared.map((group, position) => group.filter((object) => keys[position]?.(object) !== undefined).length);
      expect(keyed).toEqual(shared.map((group) => (group === index.quotes ? group.length : 0)));
      expect(index.quotes.length).toBe(1);
    });
  });
});
