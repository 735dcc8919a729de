import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/index/build-index.js';
import { planRoutes, toRoutes } from '../../src/render/plan-routes.js';
import { withArticleRecord } from '../../src/render/article-people-and-quotes.js';
import { person, quote, record } from '../helpers/records.js';

describe('article pages’ people and quotes', () => {
  const mention = (paragraph: number, start: number) => ({ paragraph, start, end: start + 3, text: 'Lee' });
  const article = record('2020-01-03', 'a', {
    people: [person('Ann Lee', { titles: ['Dr.'], mentions: [mention(1, 0)] }), person('Bo Chan', { descriptions: ['a mayor'], mentions: [mention(0, 5)] }), person('Cy Dee')],
    quotes: [quote('q1', 'Words.', 'Ann Lee')],
  });

  it('plans the archive people an article names and completes its people from the whole record, first mentioned first', () => {
    const { index } = buildIndex([article]);
    const planned = toRoutes(planRoutes(index)).find((route) => route.template === 'article')!;
    expect((planned.data.named as Array<{ name: string }>).map((each) => each.name)).toEqual(['Ann Lee', 'Bo Chan', 'Cy Dee']);
    const page = withArticleRecord(planned, article);
    expect(page.data).not.toHaveProperty('named');
    expect(page.data.article).toBe(article);
    const people = page.data.people as Array<{ person: { name: string }; titles: string[]; descriptions: string[]; quotes: number }>;
    expect(people.map(({ person: { name }, titles, descriptions, quotes }) => [name, titles, descriptions, quotes])).toEqual([
      ['Bo Chan', [], ['a mayor'], 0],
      ['Ann Lee', ['Dr.'], [], 1],
      ['Cy Dee', [], [], 0],
    ]);
  });
});
