import { describe, expect, it } from 'vitest';
import { calendarWeeks, dayLabel, isRouteGroup, monthLabel, planRoutes, toRoutes } from '../../src/render/plan-routes.js';
import { createUrlHelper, toOutputPath } from '../../src/render/urls.js';
import { buildIndex } from '../../src/index/build-index.js';
import { toQuoteEntries } from '../../src/render/plan-quote-routes.js';
import type { ArchiveQuote, ArticleRecord } from '../../src/types.js';

function record(date: string, slug: string): ArticleRecord {
  return { id: `${date.replaceAll('-', '/')}/${slug}`, slug, source: `${slug}.md`, date, title: slug, titleDerived: false, summary: '', body: [], figures: [], wordCount: 0, tags: [], frontMatter: {}, quotes: [], people: [] };
}

describe('URLs', () => {
  it('applies the base path to every site path', () => {
    const urls = createUrlHelper('/archive/', 'https://example.org');
    expect(urls.url('/2020/01/')).toBe('/archive/2020/01/');
    expect(urls.url('/')).toBe('/archive/');
    expect(urls.absoluteUrl('/a/')).toBe('https://example.org/archive/a/');
  });

  it('maps site paths to files', () => {
    expect(toOutputPath('/')).toBe('index.html');
    expect(toOutputPath('/2020/01/03/x/')).toBe('2020/01/03/x/index.html');
    expect(toOutputPath('/404.html')).toBe('404.html');
    expect(toOutputPath('//a//b/')).toBe('a//b/index.html');
    expect(toOutputPath('robots.txt')).toBe('robots.txt');
  });
});

describe('planRoutes', () => {
  it('plans home, archive, 404, people, quotes, search, and a page per article, year, month and day', () => {
    const { index } = buildIndex([record('2020-01-03', 'a'), record('2020-01-03', 'b'), record('2021-02-01', 'c')]);
    const routes = toRoutes(planRoutes(index));
    expect(routes.map((route) => route.path).sort()).toEqual(
      ['/', '/2020/', '/2020/01/', '/2020/01/03/', '/2020/01/03/a/', '/2020/01/03/b/', '/2021/', '/2021/02/', '/2021/02/01/', '/2021/02/01/c/', '/404.html', '/archive/', '/people/', '/people/most-quoted/', '/quotes/', '/search/'].sort(),
    );
  });

  it('links each article to the older and newer one', () => {
    const { index } = buildIndex([record('2020-01-01', 'old'), record('2020-06-01', 'mid'), record('2021-01-01', 'new')]);
    const mid = toRoutes(planRoutes(index)).find((route) => route.path === '/2020/06/01/mid/');
    expect(mid?.data.previous).toEqual({ path: '/2020/01/01/old/', label: 'old' });
    expect(mid?.data.next).toEqual({ path: '/2021/01/01/new/', label: 'new' });
  });
  it('plans an archive with more quote pages than a call can take arguments', () => {
    const { index } = buildIndex([record('2020-01-03', 'a')]);
    const article = index.articles[0].id;
    const quotes = Array.from({ length: 200_000 }, (_, n): ArchiveQuote => ({ id: `q${n}`, anchor: `q${n}`, text: `words ${n}`, speaker: { name: '', kind: 'unknown' }, cue: '', paragraph: 0, start: 0, end: 1, utterance: `q${n}`, article, date: '2020-01-03', context: { text: '', start: 0, end: 0 }, alsoReported: [], alsoReportedCount: 0, primary: true }));
    const pages = planRoutes({ ...index, quotes });
    expect(pages.flatMap((page) => (isRouteGroup(page) && page.template === 'quote' ? page.paths : []))).toHaveLength(200_000);
  });

  it('stops at two pages written to one file, unless told the pages were checked by the build whose plan they are', () => {
    const { index } = buildIndex([record('2020-01-03', 'a'), record('2020-01-03', 'b')]);
    // Slugs are made unique when the index is built: a collision here would be a bug, which is what the check is for.
    index.articles[1].slug = index.articles[0].slug;
    expect(() => planRoutes(index)).toThrow('Two pages would be written to 2020/01/03/a/index.html');
    expect(planRoutes(index, { checked: true }).length).toBe(planRoutes(buildIndex([record('2020-01-03', 'a'), record('2020-01-03', 'b')]).index).length);
  });

  it('gives the article page, the quote page and the quotes list the same entry object for a quote', () => {
    const { index } = buildIndex([record('2020-01-03', 'a')]);
    const article = index.articles[0].id;
    const quote: ArchiveQuote = { id: 'q1', anchor: 'q1', text: 'words', speaker: { name: '', kind: 'unknown' }, cue: '', paragraph: 0, start: 0, end: 1, utterance: 'q1', article, date: '2020-01-03', context: { text: '', start: 0, end: 0 }, alsoReported: [], alsoReportedCount: 0, primary: true };
    const routes = toRoutes(planRoutes({ ...index, quotes: [quote] }));
    const onArticle = (routes.find((route) => route.template === 'article')!.data.quotes as object[])[0];
    const onList = (routes.find((route) => route.template === 'quotes')!.data.items as object[])[0];
    const { wordCount, key, ...card } = index.articles[0];
    expect(onArticle).toEqual({ quote, article: card });
    expect(onList).toBe(onArticle);
    expect(toQuoteEntries({ ...index, quotes: [quote] }).get('q1')).not.toBe(onArticle);
  });
});

describe('calendarWeeks', () => {
  it('lays a month out Monday first with article counts', () => {
    const { index } = buildIndex([record('2020-01-03', 'a'), record('2020-01-03', 'b')]);
    const weeks = calendarWeeks(index.years[0].months[0]);
    expect(weeks).toHaveLength(5);
    expect(weeks[0].map((cell) => cell.day ?? 0)).toEqual([0, 0, 1, 2, 3, 4, 5]);
    expect(weeks[0][4]).toEqual({ day: 3, date: '2020-01-03', count: 2 });
  });
});

describe('labels', () => {
  it('writes months and days in words', () => {
    expect(monthLabel('2020-01')).toBe('January 2020');
    expect(dayLabel('2020-12-05')).toBe('5 December 2020');
  });
});
