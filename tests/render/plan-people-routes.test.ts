import { describe, expect, it } from 'vitest';
import { planRoutes, toRoutes } from '../../src/render/plan-routes.js';
import { PERSON_PAGE_SIZE } from '../../src/render/plan-people-routes.js';
import { QUOTES_PAGE_SIZE } from '../../src/render/plan-quote-routes.js';
import { buildIndex } from '../../src/index/build-index.js';
import { person, quote, record } from '../helpers/records.js';

describe('planning people and quote pages', () => {
  const count = Math.max(PERSON_PAGE_SIZE, QUOTES_PAGE_SIZE) + 5;
  const records = Array.from({ length: count }, (_, n) => {
    const date = new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10);
    return record(date, `story-${n}`, { people: [person('Kelly Magsamen')], quotes: [quote(`q${n}`, `Words number ${n}`, 'Kelly Magsamen')] });
  });
  const routes = toRoutes(planRoutes(buildIndex(records).index));
  const paths = routes.map((route) => route.path);

  it('pages a long person timeline at /people/<slug>/page/N/, newest articles first', () => {
    expect(paths).toContain('/people/kelly-magsamen/');
    const pageCount = Math.ceil(count / PERSON_PAGE_SIZE);
    expect(paths).toContain(`/people/kelly-magsamen/page/${pageCount}/`);
    expect(paths).not.toContain(`/people/kelly-magsamen/page/${pageCount + 1}/`);
    const second = routes.find((route) => route.path === '/people/kelly-magsamen/page/2/')!;
    expect(second.data).toMatchObject({ pageNumber: 2, pageCount, previous: { path: '/people/kelly-magsamen/' } });
    const first = routes.find((route) => route.path === '/people/kelly-magsamen/')!;
    const items = first.data.items as Array<{ article: { date: string }; quotes: Array<{ id: string }> }>;
    expect(items[0].article.date > items[1].article.date).toBe(true);
    expect(items[0].quotes.map((q) => q.id)).toEqual([`q${count - 1}`]);
  });

  it('pages /quotes/ and gives every quote its own page', () => {
    expect(paths).toContain('/quotes/page/2/');
    expect(paths.filter((path) => /^\/quotes\/q\d+\/$/.test(path))).toHaveLength(count);
  });

  it('gives quote and person pages the card of each article, one object per article, without its people, quotes and cache key', () => {
    const quotePage = routes.find((route) => route.path === `/quotes/q${count - 1}/`)!;
    const timeline = routes.find((route) => route.path === '/people/kelly-magsamen/')!.data.items as Array<{ article: object }>;
    const card = (quotePage.data as { article: object }).article;
    expect(card).toMatchObject({ slug: `story-${count - 1}`, title: record('2020-01-01', `story-${count - 1}`).title });
    expect(card).not.toHaveProperty('people');
    expect(card).not.toHaveProperty('quotes');
    expect(card).not.toHaveProperty('key');
    expect(timeline[0].article).toBe(card);
  });
});

describe('planning the people index by letter', () => {
  const names = ['Kelly Magsamen', 'Abdullah Öcalan', 'Lars Øvergaard', 'Zed Oz', 'Владимир Путин', 'Ann Marsh', 'Nancy Pelosi'];
  const records = names.map((name, n) => record(`2020-02-0${n + 1}`, `story-${n}`, { people: [person(name)], quotes: name === 'Nancy Pelosi' ? [] : [quote(`q${n}`, `Words ${n}`, name)] }));
  const { index } = buildIndex(records);
  const routes = toRoutes(planRoutes(index));
  const letterPages = routes.filter((route) => route.template === 'people-letter');
  const listed = (letter: string) => (letterPages.find((route) => route.data.letter === letter)?.data.people as Array<{ name: string }> | undefined)?.map((p) => p.name);

  it('lists every person on exactly one letter page', () => {
    const all = letterPages.flatMap((route) => (route.data.people as Array<{ slug: string }>).map((p) => p.slug));
    expect(all.sort()).toEqual(index.people.map((p) => p.slug).sort());
  });

  it('files accented and other-alphabet Latin surnames under their plain letter, other scripts under #', () => {
    expect(listed('O')).toEqual(['Abdullah Öcalan', 'Lars Øvergaard', 'Zed Oz']);
    expect(listed('M')).toEqual(['Kelly Magsamen', 'Ann Marsh']);
    expect(listed('#')).toEqual(['Владимир Путин']);
  });

  it('plans pages only for letters with people, at /people/<letter>/, chained to their neighbours', () => {
    expect(letterPages.map((route) => route.path)).toEqual(['/people/m/', '/people/o/', '/people/p/', '/people/other/']);
    const o = letterPages[1];
    expect(o.title).toBe('People: O');
    expect(o.data).toMatchObject({ previous: { path: '/people/m/', label: 'M' }, next: { path: '/people/p/', label: 'P' } });
    expect(letterPages[3].data).toMatchObject({ next: undefined, previous: { path: '/people/p/' } });
    expect(letterPages[3].title).toBe('People: Other names');
  });

  it('gives the landing every letter with its count, and the most quoted people first, equal counts by surname', () => {
    const landing = routes.find((route) => route.path === '/people/')!;
    const letters = landing.data.letters as Array<{ letter: string; count: number }>;
    expect(letters).toHaveLength(27);
    expect(letters.filter((entry) => entry.count > 0)).toEqual([{ letter: 'M', count: 2 }, { letter: 'O', count: 3 }, { letter: 'P', count: 1 }, { letter: '#', count: 1 }]);
    expect(landing.data).toMatchObject({ total: names.length, quotedCount: names.length - 1 });
    expect((landing.data.mostQuoted as Array<{ name: string }>).map((p) => p.name)).toEqual(['Kelly Magsamen', 'Ann Marsh', 'Abdullah Öcalan', 'Lars Øvergaard', 'Zed Oz', 'Владимир Путин']);
  });

  it('never gives a person a letter page URL as their slug', () => {
    const single = toRoutes(planRoutes(buildIndex([record('2020-03-01', 'x', { people: [person('A')] }), record('2020-03-02', 'y', { people: [person('Other')] })]).index));
    const people = single.filter((route) => route.template === 'person').map((route) => route.path);
    expect(people).toHaveLength(2);
    expect(people).not.toContain('/people/a/');
    expect(people).not.toContain('/people/other/');
  });
});
