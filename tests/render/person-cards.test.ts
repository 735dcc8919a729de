import { describe, expect, it } from 'vitest';
import { toPersonCards } from '../../src/render/person-cards.js';
import { toQuoteEntries } from '../../src/render/plan-quote-routes.js';
import type { ArchivePerson, ArchiveQuote, SiteIndex } from '../../src/types.js';

function person(slug: string, name: string, wikidata?: string): ArchivePerson {
  const made: ArchivePerson = { slug, name, sortKey: name.toLowerCase(), aliases: ['Another Form'], titles: [{ text: 'mayor', first: '2020-01-03', last: '2020-01-03', count: 1 }], descriptions: [], first: '2020-01-03', last: '2020-01-04', articles: ['2020/01/03/a', '2020/01/04/b'], quotes: ['q1', 'q2'], namedWith: [{ slug: 'other', count: 2 }] };
  if (wikidata) made.wikidata = wikidata;
  return made;
}

function quote(id: string, article: string, slug: string): ArchiveQuote {
  return { id, anchor: id, text: 'words', speaker: { name: 'Ana Ruiz', kind: 'person' }, cue: 'said', paragraph: 0, start: 0, end: 5, utterance: id, article, date: article.slice(0, 10).replaceAll('/', '-'), person: slug, context: { text: 'words', start: 0, end: 5 }, alsoReported: [], alsoReportedCount: 0, primary: true };
}

function indexOf(people: ArchivePerson[], quotes: ArchiveQuote[]): SiteIndex {
  const articles = [...new Set(quotes.map((q) => q.article))].map((id) => ({ id, slug: id.split('/')[3], source: `${id}.md`, date: id.slice(0, 10).replaceAll('/', '-'), title: id, titleDerived: false, summary: '', tags: [], frontMatter: {}, people: [], quotes: [], wordCount: 0, key: '' }));
  return { articles, years: [], people, quotes, personSlugs: {} };
}

describe('toPersonCards', () => {
  it('gives each person a card with their slug, name and Wikidata id alone', () => {
    const cards = toPersonCards(indexOf([person('ana-ruiz', 'Ana Ruiz', 'Q42'), person('bo-li', 'Bo Li')], []));
    expect(cards.get('ana-ruiz')).toEqual({ slug: 'ana-ruiz', name: 'Ana Ruiz', wikidata: 'Q42' });
    expect(cards.get('bo-li')).toEqual({ slug: 'bo-li', name: 'Bo Li' });
  });

  it('gives every quote entry of a person the same card, whatever the length of their article list', () => {
    const index = indexOf([person('ana-ruiz', 'Ana Ruiz')], [quote('q1', '2020/01/03/a', 'ana-ruiz'), quote('q2', '2020/01/04/b', 'ana-ruiz')]);
    const entries = toQuoteEntries(index);
    expect(entries.get('q1')!.person).toEqual({ slug: 'ana-ruiz', name: 'Ana Ruiz' });
    expect(entries.get('q1')!.person).toBe(entries.get('q2')!.person);
    expect(entries.get('q1')!.person).toBe(toPersonCards(index).get('ana-ruiz'));
  });
});
