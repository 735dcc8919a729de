import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/index/build-index.js';
import { EXTRACTED_QUOTE_FIELDS, MAX_LINKED_REPORTS, quoteContentKey } from '../../src/index/index-quotes.js';
import { toSummary } from '../../src/index/article-summary.js';
import { person, quote, record } from '../helpers/records.js';

const paragraph = (text: string) => ({ text, html: `<p>${text}</p>` });
const words = 'The United States will continue to take all necessary action to protect our people';

describe('indexing quotes', () => {
  function build() {
    return buildIndexOfRecords().index;
  }

  function buildIndexOfRecords() {
    return buildIndex([
      record('2020-01-03', 'first', {
        body: [paragraph(`“${words},” Kelly Magsamen said. “God help us.”`)],
        people: [person('Kelly Magsamen')],
        quotes: [quote('q1', `${words},`, 'Kelly Magsamen', { start: 1, end: words.length + 2 }), quote('q2', 'God help us.', 'Kelly Magsamen', { start: 37 + words.length - 1, end: 49 + words.length - 1 })],
      }),
      record('2020-01-04', 'second', {
        body: [paragraph(`Magsamen wrote: “${words}.”`)],
        people: [person('Kelly Magsamen', { aliases: ['Magsamen'] })],
        quotes: [quote('q3', `${words}.`, 'Magsamen', { start: 17, end: 18 + words.length })],
      }),
      record('2020-01-05', 'third', {
        body: [paragraph(`“${words}.” the Pentagon said.`)],
        quotes: [{ ...quote('q4', `${words}.`, 'Pentagon', { start: 1 }), speaker: { name: 'Pentagon', kind: 'organization' } }],
      }),
    ]);
  }

  it('lists quotes newest first, tied to article, date and the speaker\'s person', () => {
    const { quotes } = build();
    expect(quotes.map((q) => [q.id, q.article, q.date, q.person])).toEqual([
      ['q4', '2020/01/05/third', '2020-01-05', undefined],
      ['q3', '2020/01/04/second', '2020-01-04', 'kelly-magsamen'],
      ['q1', '2020/01/03/first', '2020-01-03', 'kelly-magsamen'],
      ['q2', '2020/01/03/first', '2020-01-03', 'kelly-magsamen'],
    ]);
  });

  it('links near-identical reports by one speaker, the oldest listed as the quote', () => {
    const { quotes } = build();
    const byId = new Map(quotes.map((q) => [q.id, q]));
    expect(byId.get('q1')).toMatchObject({ primary: true, alsoReported: ['q3'], alsoReportedCount: 1 });
    expect(byId.get('q3')).toMatchObject({ primary: false, alsoReported: ['q1'], alsoReportedCount: 1 });
    expect(byId.get('q4')).toMatchObject({ primary: true, alsoReported: [], alsoReportedCount: 0 });
  });

  it('links at most MAX_LINKED_REPORTS other reports of a quote, oldest first, and counts them all', () => {
    const reports = 30;
    const records = Array.from({ length: reports }, (_, n) => {
      const day = `2020-02-${String(n + 1).padStart(2, '0')}`;
      return record(day, `report-${n}`, {
        body: [paragraph(`“${words}.” Kelly Magsamen said.`)],
        people: [person('Kelly Magsamen')],
        quotes: [quote(`r${n}`, `${words}.`, 'Kelly Magsamen', { start: 1, end: words.length + 2 })],
      });
    });
    const byId = new Map(buildIndex(records).index.quotes.map((q) => [q.id, q]));
    const oldest = byId.get('r0')!;
    const newest = byId.get(`r${reports - 1}`)!;
    expect(oldest).toMatchObject({ primary: true, alsoReportedCount: reports - 1 });
    expect(oldest.alsoReported).toEqual(Array.from({ length: MAX_LINKED_REPORTS }, (_, n) => `r${n + 1}`));
    expect(newest).toMatchObject({ primary: false, alsoReportedCount: reports - 1 });
    expect(newest.alsoReported).toEqual(Array.from({ length: MAX_LINKED_REPORTS }, (_, n) => `r${n}`));
  });

  it('gives each person their quotes newest first', () => {
    expect(build().people.find((p) => p.slug === 'kelly-magsamen')!.quotes).toEqual(['q3', 'q1', 'q2']);
  });

  it('keeps the sentence around each quote', () => {
    const q1 = build().quotes.find((q) => q.id === 'q1')!;
    expect(q1.context.text).toBe(`“${words},” Kelly Magsamen said.`);
    expect(q1.context.text.slice(q1.context.start, q1.context.end)).toBe(`${words},`);
  });

  it('gives a quote whose id another article already has its own id, keeping its anchor', () => {
    const same = (source: string) => record('2020-02-02', 'same', { source, people: [person('Ann Lee')], quotes: [quote('dup', 'Same words here', 'Ann Lee')] });
    const { index } = buildIndex([same('a.md'), same('b.md')]);
    expect(index.quotes.map((q) => [q.article, q.id, q.anchor])).toEqual([
      ['2020/02/02/same', 'dup', 'dup'],
      [expect.stringMatching(/^2020\/02\/02\/same-[0-9a-f]{6}$/), expect.stringMatching(/^dup-[0-9a-f]{6}$/), 'dup'],
    ]);
  });
  it('copies every extracted field of a quote unchanged, which its digest stands for in fingerprints', () => {
    const index = build();
    const extracted = new Map(buildIndexOfRecords().summaries.flatMap((article) => article.quotes.map((each) => [each.id, each] as const)));
    for (const archived of index.quotes) {
      const from = extracted.get(archived.anchor)!;
      for (const field of EXTRACTED_QUOTE_FIELDS) expect(archived[field as keyof typeof archived]).toEqual(from[field as keyof typeof from]);
      expect(archived).not.toHaveProperty('digest');
    }
  });

  it('keys a quote by its digest and every field the index sets, each of which changes the key', () => {
    const [archived] = build().quotes.filter((each) => each.person);
    const others: Record<string, unknown> = { id: 'other', anchor: 'other', article: 'other', date: '1999-01-01', person: 'other', alsoReported: ['other'], alsoReportedCount: 9, primary: !archived.primary };
    const indexFields = Object.keys(archived).filter((field) => !EXTRACTED_QUOTE_FIELDS.has(field));
    expect(indexFields.sort()).toEqual(Object.keys(others).sort());
    for (const field of indexFields) {
      const before = quoteContentKey(archived);
      expect(quoteContentKey(Object.assign(archived, { [field]: others[field] }))).not.toBe(before);
    }
  });

  it('digests a quote by its words and context, not by the rest of its article', () => {
    const make = (said: string, after: string) => record('2020-01-03', 'first', { body: [paragraph(`“${said},” Kelly Magsamen said. ${after}`)], people: [person('Kelly Magsamen')], quotes: [quote('q1', `${said},`, 'Kelly Magsamen', { start: 1, end: said.length + 2 })] });
    const digestOf = (said: string, after: string) => toSummary(make(said, after), '').quotes[0].digest;
    expect(digestOf('We will stay', '')).toBe(digestOf('We will stay', ''));
    expect(digestOf('We will go', '')).not.toBe(digestOf('We will stay', ''));
    // The sentences after the quote's own are not its context.
    expect(digestOf('We will stay', 'Rain fell.')).toBe(digestOf('We will stay', ''));
  });
});
