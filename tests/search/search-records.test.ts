import { describe, expect, it } from 'vitest';
import type { ArticleRecord, Person, Quote } from '../../src/types.js';
import { articlePeople, toArticleSearchData, toQuoteRecords, toSearchHtml } from '../../src/search/search-records.js';

function person(name: string): Person {
  return { name, aliases: [], titles: [], descriptions: [], mentions: [] };
}

function quote(id: string, text: string, name: string, kind: Quote['speaker']['kind'] = 'person'): Quote {
  return { id, text, speaker: { name, kind }, cue: 'said', paragraph: 0, start: 0, end: text.length, utterance: id };
}

function article(overrides: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    id: 'storm',
    slug: 'storm-floods-the-harbour',
    source: 'storm.md',
    date: '2020-03-10',
    title: 'Storm floods the harbour',
    titleDerived: false,
    summary: '',
    body: [],
    figures: [],
    wordCount: 0,
    tags: [],
    frontMatter: {},
    quotes: [],
    people: [],
    ...overrides,
  };
}

describe('the people an article is filtered by', () => {
  it('are everyone it names and every person it quotes, once each, in order', () => {
    const storm = article({
      people: [person('Maria Lopez'), person('Daniel Chen')],
      quotes: [quote('q1', 'We will rebuild.', 'Daniel Chen'), quote('q2', 'No comment.', 'Ana Silva'), quote('q3', 'Closed.', 'the harbour authority', 'organization'), quote('q4', 'Soon.', 'an official', 'unknown')],
    });
    expect(articlePeople(storm)).toEqual(['Ana Silva', 'Daniel Chen', 'Maria Lopez']);
  });
});

describe("an article's search data", () => {
  it('filters by its people, its year and the kind "article", sorts by date and shows headline and date', () => {
    expect(toArticleSearchData(article({ people: [person('Maria Lopez')] }))).toEqual({
      filters: { person: ['Maria Lopez'], year: ['2020'], kind: ['article'] },
      sort: { date: '2020-03-10' },
      meta: { title: 'Storm floods the harbour', date: '2020-03-10' },
    });
  });
});

describe('the page HTML handed to Pagefind', () => {
  const data = toArticleSearchData(article({ title: 'Fish & <chips>', people: [person('O"Brien <script>alert(1)</script>')] }));

  it('adds the search data just before </body>, hidden and kept out of the searchable text', () => {
    const html = toSearchHtml('<html><body><main data-pagefind-body>Text</main></body></html>', data);
    expect(html).toMatch(/^<html><body><main data-pagefind-body>Text<\/main><div hidden data-pagefind-ignore>.*<\/div><\/body><\/html>$/);
    expect(html).toContain('<span data-pagefind-filter="year">2020</span>');
    expect(html).toContain('<span data-pagefind-filter="kind">article</span>');
    expect(html).toContain('<span data-pagefind-sort="date">2020-03-10</span>');
    expect(html).toContain('<span data-pagefind-meta="date">2020-03-10</span>');
  });

  it('escapes the values, which come from untrusted article text', () => {
    const html = toSearchHtml('<body></body>', data);
    expect(html).toContain('<span data-pagefind-meta="title">Fish &#x26; &#x3C;chips&#x3E;</span>');
    expect(html).toContain('<span data-pagefind-filter="person">O&#x22;Brien &#x3C;script&#x3E;alert(1)&#x3C;/script&#x3E;</span>');
    expect(html).not.toContain('<script>');
  });

  it('appends the data to a page without </body>', () => {
    expect(toSearchHtml('<p>Text</p>', data)).toMatch(/^<p>Text<\/p><div hidden data-pagefind-ignore>/);
  });
});

describe('the search records of quotes', () => {
  const storm = article({
    quotes: [quote('a1b2c3', 'We will rebuild the pier.', 'Daniel Chen'), quote('d4e5f6', 'The port is closed.', 'the harbour authority', 'organization'), quote('000000', '  ', 'Nobody')],
  });

  it('point at each quote’s own page, hold its words and speaker, and say where it was said', () => {
    const [chen] = toQuoteRecords(storm, 'en');
    expect(chen).toEqual({
      url: '/quotes/a1b2c3/',
      content: 'We will rebuild the pier.',
      language: 'en',
      filters: { person: ['Daniel Chen'], year: ['2020'], kind: ['quote'] },
      sort: { date: '2020-03-10' },
      meta: { title: 'Daniel Chen', date: '2020-03-10', article: 'Storm floods the harbour', articleUrl: '/2020/03/10/storm-floods-the-harbour/' },
    });
  });

  it('give a quote by an organisation no person filter, and skip empty quotes', () => {
    const records = toQuoteRecords(storm, 'en');
    expect(records.map((record) => record.url)).toEqual(['/quotes/a1b2c3/', '/quotes/d4e5f6/']);
    expect(records[1].filters).toMatchObject({ person: [], kind: ['quote'] });
  });
});
