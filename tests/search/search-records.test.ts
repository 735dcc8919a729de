import { describe, expect, it } from 'vitest';
import type { ArticleRecord, Person, Quote } from '../../src/types.js';
import { buildIndex } from '../../src/index/build-index.js';
import { toSourceFile } from '../../src/read/read-sources.js';
import { parseSource } from '../../src/parse/parse-source.js';
import { extractArticle } from '../../src/extract/extract-article.js';
import { toArticleSearchData, toQuoteRecords, toSearchHtml, withSearchBody, type SearchData } from '../../src/search/search-records.js';

function person(name: string, aliases: string[] = []): Person {
  return { name, aliases, titles: [], descriptions: [], mentions: [{ paragraph: 0, start: 0, end: name.length, text: name }] };
}

function quote(id: string, text: string, name: string, kind: Quote['speaker']['kind'] = 'person'): Quote {
  return { id, text, speaker: { name, kind }, cue: 'said', paragraph: 0, start: 0, end: text.length, utterance: id };
}

function article(id: string, overrides: Partial<ArticleRecord> = {}): ArticleRecord {
  return { id, slug: id, source: `${id}.md`, date: '2020-03-10', title: `Title of ${id}`, titleDerived: false, summary: '', body: [{ text: 'Text.', html: '<p>Text.</p>' }], figures: [], wordCount: 1, tags: [], frontMatter: {}, quotes: [], people: [], ...overrides };
}

const storm = article('storm', {
  title: 'Storm floods the harbour',
  people: [person('Maria Lopez'), person('Daniel Chen')],
  quotes: [quote('a1b2c3', 'The harbour will reopen in May.', 'Daniel Chen'), quote('d4e5f6', 'The port is closed.', 'the harbour authority', 'organization'), quote('000000', '  ', 'Daniel Chen'), quote('e7f8a9', 'We will rebuild the pier.', 'Daniel Chen')],
});
const market = article('market', { date: '2019-06-01', people: [person('Daniel Chen', ['Chen']), person('Lopez')], quotes: [quote('b7c8d9', 'We will rebuild the pier!', 'Chen')] });
const { index } = buildIndex([storm, market]);

describe("an article's search data", () => {
  it('filters by the archive people it names or quotes, its year and the kind "article", sorts by date and shows headline and date', () => {
    expect(toArticleSearchData(index).get('storm')).toEqual({
      filters: { person: ['Daniel Chen', 'Maria Lopez'], year: ['2020'], kind: ['article'] },
      sort: { date: '2020-03-10' },
      meta: { title: 'Storm floods the harbour', date: '2020-03-10' },
    });
  });

  it('names each person as the archive does, whatever form the article used', () => {
    expect(toArticleSearchData(index).get('market')?.filters.person).toEqual(['Daniel Chen', 'Maria Lopez']);
  });
});

describe('the article HTML handed to Pagefind', () => {
  const data: SearchData = { filters: { person: ['O"Brien <script>alert(1)</script>'], year: ['2020'], kind: ['article'] }, sort: { date: '2020-03-10' }, meta: { title: 'Fish & <chips>', date: '2020-03-10' } };
  const pictured = article('pictured', {
    title: 'Boats <b>return</b>',
    body: [{ text: 'First.', html: '<p>First, said <span data-person="0">Ann Lee</span>.</p>' }, { text: 'Second.', html: '<p>Second.</p>' }],
    figures: [{ caption: 'The <quay>', credit: 'Bo & Co', before: 1 }, { caption: 'Last light', credit: '', before: 2 }],
  });

  it('holds the headline, then the body with each photo caption where it stood, and no person markers', () => {
    const html = toSearchHtml(pictured, data);
    expect(html).toMatch(/^<html><body><main data-pagefind-body><h1>Boats &#x3C;b&#x3E;return&#x3C;\/b&#x3E;<\/h1><p>First, said Ann Lee\.<\/p><p>The &#x3C;quay&#x3E; Bo &#x26; Co<\/p><p>Second\.<\/p><p>Last light<\/p><\/main>/);
  });

  it('is made again with a new headline, body and captions from the page an earlier build made, keeping its search data', () => {
    const rewritten = { ...pictured, title: 'Boats stay', body: [{ text: 'Third.', html: '<p>Third, said <span data-person="0">Ann Lee</span>.</p>' }], figures: [] };
    expect(withSearchBody(toSearchHtml(pictured, data), rewritten)).toBe(toSearchHtml(rewritten, data));
    expect(withSearchBody('<html><body><p>Not a search page</p></body></html>', rewritten)).toBeUndefined();
  });

  it('adds the search data hidden and kept out of the searchable text', () => {
    const html = toSearchHtml(pictured, data);
    expect(html).toMatch(/<\/main><div hidden data-pagefind-ignore>.*<\/div><\/body><\/html>$/);
    expect(html).toContain('<span data-pagefind-filter="year">2020</span>');
    expect(html).toContain('<span data-pagefind-filter="kind">article</span>');
    expect(html).toContain('<span data-pagefind-sort="date">2020-03-10</span>');
    expect(html).toContain('<span data-pagefind-meta="date">2020-03-10</span>');
  });

  it('escapes the values, which come from untrusted article text', () => {
    const html = toSearchHtml(pictured, data);
    expect(html).toContain('<span data-pagefind-meta="title">Fish &#x26; &#x3C;chips&#x3E;</span>');
    expect(html).toContain('<span data-pagefind-filter="person">O&#x22;Brien &#x3C;script&#x3E;alert(1)&#x3C;/script&#x3E;</span>');
    expect(html).not.toContain('<script>');
  });

  it("leaves out the quotes' anchors, which Pagefind would copy into every result, and keeps the words around them", () => {
    const text = 'Ferry talks resume\n\nThe union wrote <q id=q-abc> in its notes. "We will sail on Monday," said Ann Lee, the union\'s leader.\n';
    const { record } = extractArticle(parseSource(toSourceFile(Buffer.from(text), '/site/2021-04-02-ferry.txt', '/site')));
    const quoted = record!.body.map((paragraph) => paragraph.html).join('');
    expect(quoted).toMatch(/<(q|span)[^>]* id="q-/);
    const html = toSearchHtml(record!, data);
    expect(html).not.toMatch(/<[a-z][^>]* id=/);
    expect(html).toContain('We will sail on Monday');
    expect(html).toContain('&#x3C;q id=q-abc> in its notes');
  });
});

describe('the search records of quotes', () => {
  const records = toQuoteRecords(index, 'en');

  it('point at each quote’s own page, hold its words, and are titled with the speaker and say where it was said', () => {
    expect(records.get('storm')?.[0]).toEqual({
      url: '/quotes/a1b2c3/',
      content: 'The harbour will reopen in May.',
      language: 'en',
      filters: { person: ['Daniel Chen'], year: ['2020'], kind: ['quote'] },
      sort: { date: '2020-03-10' },
      meta: { title: 'Daniel Chen', date: '2020-03-10', article: 'Storm floods the harbour', articleUrl: '/2020/03/10/storm/' },
    });
  });

  it('give a quote by an organisation no person filter, and skip empty quotes', () => {
    expect(records.get('storm')?.map((record) => record.url)).toEqual(['/quotes/a1b2c3/', '/quotes/d4e5f6/']);
    expect(records.get('storm')?.[1]).toMatchObject({ filters: { person: [], kind: ['quote'] }, meta: { title: 'the harbour authority' } });
  });

  it('are made for the given articles alone when a shard asks for its own', () => {
    const market = toQuoteRecords(index, 'en', [{ id: 'market' }]);
    expect([...market.keys()]).toEqual(['market']);
    expect(market.get('market')).toEqual(records.get('market'));
  });

  it('index a quote reported by several articles once, at its first report', () => {
    expect(records.get('market')).toEqual([expect.objectContaining({ url: '/quotes/b7c8d9/', filters: expect.objectContaining({ person: ['Daniel Chen'], year: ['2019'] }) })]);
    expect([...records.values()].flat().filter((record) => record.content.startsWith('We will rebuild'))).toHaveLength(1);
  });
});
