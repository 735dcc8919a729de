/** Builders for hand-written article records, so index and render tests need no extractor. */
import type { ArticleRecord, ArticleSummary, Person, Quote } from '../../src/types.js';
import { toSummary } from '../../src/index/article-summary.js';

/** A person as the extractor would report them; mentions default to one at the start of paragraph 0. */
export function person(name: string, extra: Partial<Person> = {}): Person {
  return { name, aliases: [], titles: [], descriptions: [], mentions: [], ...extra };
}

/** A quote by a speaker, with offsets into a paragraph. */
export function quote(id: string, text: string, speaker: string, extra: Partial<Quote> = {}): Quote {
  return { id, text, speaker: { name: speaker, kind: 'person' }, cue: 'said', paragraph: 0, start: 0, end: text.length, utterance: id, ...extra };
}

/** An article record dated `date` with the given people, quotes and paragraphs. */
export function record(date: string, slug: string, extra: Partial<ArticleRecord> = {}): ArticleRecord {
  const body = extra.body ?? [{ text: `Text of ${slug}.`, html: `<p>Text of ${slug}.</p>` }];
  return {
    id: `${date.replaceAll('-', '/')}/${slug}`,
    slug,
    source: `${date}-${slug}.md`,
    date,
    title: slug.replaceAll('-', ' '),
    titleDerived: false,
    summary: body[0]?.text ?? '',
    body,
    figures: [],
    wordCount: 10,
    tags: [],
    frontMatter: {},
    quotes: [],
    people: [],
    ...extra,
  };
}

/** The summaries the index stage works on, for hand-written records. */
export function summaries(records: ArticleRecord[]): ArticleSummary[] {
  return records.map((each) => toSummary(each, ''));
}
