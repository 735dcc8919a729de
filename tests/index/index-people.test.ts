import { describe, expect, it } from 'vitest';
import { indexPeople, type PeopleMemo } from '../../src/index/index-people.js';
import { NO_PEOPLE_RULES } from '../../src/index/parse-people-file.js';
import { person, record, summaries } from '../helpers/records.js';

describe('indexPeople', () => {
  const records = [
    record('2020-01-03', 'c', { people: [person('Donald Trump', { titles: ['President'] }), person('Chuck Schumer', { titles: ['Sen.'], descriptions: ['the top Democrat in the Senate'] })] }),
    record('2020-01-02', 'b', { people: [person('Donald J. Trump', { titles: ['President'] }), person('Chuck Schumer')] }),
    record('2019-05-01', 'a', { people: [person('Donald J. Trump'), person('Kelly Magsamen')] }),
  ];

  it('lists people A–Z by surname with first and last appearance and articles newest first', () => {
    const { people } = indexPeople(summaries(records), NO_PEOPLE_RULES);
    expect(people.map((p) => p.name)).toEqual(['Kelly Magsamen', 'Chuck Schumer', 'Donald J. Trump']);
    const trump = people.find((p) => p.slug === 'donald-trump')!;
    expect(trump).toMatchObject({ first: '2019-05-01', last: '2020-01-03', aliases: ['Donald Trump'] });
    expect(trump.articles).toEqual(['2020/01/03/c', '2020/01/02/b', '2019/05/01/a']);
    expect(trump.titles).toEqual([{ text: 'President', first: '2020-01-02', last: '2020-01-03', count: 2 }]);
  });

  it('gives the people of a memo back as they are, and keeps what it made in the memo for the next build', () => {
    const memo: PeopleMemo = {};
    const made = indexPeople(summaries(records), NO_PEOPLE_RULES, memo);
    expect(memo.now).toEqual({ people: made.people, personSlugs: made.personSlugs });
    const earlier = structuredClone(memo.now!);
    const again: PeopleMemo = { earlier };
    const taken = indexPeople(summaries(records), NO_PEOPLE_RULES, again);
    expect(taken.people).toBe(earlier.people);
    expect(taken.personSlugs).toBe(earlier.personSlugs);
    expect(again.now).toBe(earlier);
  });

  it('files a name written surname first under its first word when an article shortens it to that word', () => {
    const asian = [record('2020-02-01', 'd', { people: [person('Ma Ngok', { aliases: ['Ma'] }), person('Ngozi Adichie')] })];
    const { people } = indexPeople(summaries(asian), NO_PEOPLE_RULES);
    expect(people.map((p) => [p.name, p.sortKey])).toEqual([['Ngozi Adichie', 'adichie ngozi'], ['Ma Ngok', 'ma ngok']]);
  });

  it('counts the people named with each person', () => {
    const { people } = indexPeople(summaries(records), NO_PEOPLE_RULES);
    expect(people.find((p) => p.name === 'Chuck Schumer')!.namedWith).toEqual([{ slug: 'donald-trump', count: 2 }]);
  });

  it('maps each article person to its archive slug', () => {
    const { personSlugs } = indexPeople(summaries(records), NO_PEOPLE_RULES);
    expect(personSlugs['2020/01/03/c']).toEqual(['donald-trump', 'chuck-schumer']);
  });

  it('keeps a slug when a later article spells the name differently more often', () => {
    const variants = [record('2019-01-01', 'v', { people: [person('Qasem Soleimani')] })];
    const later = [1, 2, 3].map((n) => record(`2021-01-0${n}`, `x${n}`, { people: [person('Qassem Suleimani')] }));
    const { people } = indexPeople(summaries([...variants, ...later]), NO_PEOPLE_RULES);
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ name: 'Qassem Suleimani', slug: 'qasem-soleimani' });
  });

  it('makes the slug without middle initials, so an older article writing them changes nothing', () => {
    const older = record('2018-01-01', 'o', { people: [person('Donald J. Trump')] });
    expect(indexPeople(summaries([...records, older]), NO_PEOPLE_RULES).people.find((p) => p.name.includes('Trump'))!.slug).toBe('donald-trump');
  });

  it('gives a second person with the same slug a suffix that later articles cannot change', () => {
    const twoSmiths = [
      record('2020-01-01', 'a', { people: [person('John Smith')] }),
      record('2020-02-01', 'b', { people: [person('John Smith')] }),
    ];
    const rules = { ...NO_PEOPLE_RULES, people: [{ name: 'John Smith', aliases: [], articles: [{ source: twoSmiths[1].source, place: { line: 1, column: 1 } }], place: { line: 1, column: 1 } }] };
    const first = indexPeople(summaries(twoSmiths), rules).people.map((p) => p.slug).sort();
    expect(first[0]).toBe('john-smith');
    expect(first[1]).toMatch(/^john-smith-[0-9a-f]{6}$/);
    const more = [...twoSmiths, record('2021-01-01', 'c', { people: [person('John Smith')] })];
    expect(indexPeople(summaries(more), rules).people.map((p) => p.slug).sort()).toEqual(first);
  });

  it('uses the editor\'s name, slug and Wikidata id, and warns about an unknown article', () => {
    const rules = {
      ...NO_PEOPLE_RULES,
      file: 'people.yml',
      people: [
        { name: 'Donald Trump', aliases: [], slug: 'trump', wikidata: 'Q22686', place: { line: 2, column: 5 } },
        { name: 'Kelly Magsamen', aliases: [], articles: [{ source: 'missing.md', place: { line: 9, column: 16 } }], place: { line: 8, column: 5 } },
      ],
    };
    const { people, problems } = indexPeople(summaries(records), rules);
    expect(people.find((p) => p.slug === 'trump')).toMatchObject({ name: 'Donald Trump', wikidata: 'Q22686' });
    expect(problems).toEqual([expect.objectContaining({ file: 'people.yml', line: 9, column: 16, severity: 'warning', ruleId: 'people-file-article' })]);
  });

  it('never gives a person a slug that another people page uses', () => {
    const { people } = indexPeople(summaries([record('2020-01-01', 'a', { people: [person('Most Quoted')] })]), NO_PEOPLE_RULES);
    expect(people[0].slug).toMatch(/^most-quoted-[0-9a-f]{6}$/);
  });
});
