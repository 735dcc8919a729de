import { describe, expect, it } from 'vitest';
import { planRoutes } from '../../src/render/plan-routes.js';
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
  const routes = planRoutes(buildIndex(records).index);
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
});
