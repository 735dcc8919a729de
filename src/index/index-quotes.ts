/**
 * Quotes across the archive: every article's quotes tied to their article, their speaker's archive person and the
 * sentence around them, with reports of the same quote in several articles linked to one another.
 */
import { createHash } from 'node:crypto';
import type { ArchiveQuote, ArticleSummary, QuoteSummary } from '../types.js';
import { foldName, nameKey } from './name-keys.js';
import { groupQuotes, type QuoteGroupMemo } from './group-quotes.js';

/**
 * How many other reports a quote links to; the rest are only counted. Linking all of them would make a quote
 * repeated by N articles list N-1 reports on each of its N pages: quadratic in memory, pages and data.
 */
export const MAX_LINKED_REPORTS = 20;

/**
 * Every quote, newest first (`articles` must be newest first). Extracted ids hash the article id and the words, so
 * two articles share one only when they had the same id before a slug collision was settled (same day, same
 * title) and quote the same words; the later one's quote then gets a suffix from its article's id, and keeps its
 * extracted id as the anchor in its article. A memo carries each speaker's grouping of reports over from the last build.
 */
export function indexQuotes(articles: ArticleSummary[], personSlugs: Record<string, Array<string | null>>, memo?: QuoteGroupMemo): ArchiveQuote[] {
  const used = new Set<string>();
  const quotes: ArchiveQuote[] = [];
  for (const record of articles) {
    const slugs = personSlugs[record.id] ?? [];
    const speakers = speakersOf(record, slugs);
    for (const quote of [...record.quotes].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start)) {
      let id = quote.id;
      if (used.has(id)) {
        const base = `${quote.id}-${createHash('sha1').update(record.id).digest('hex').slice(0, 6)}`;
        id = base;
        for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      }
      used.add(id);
      const archived = extractedFields(quote);
      // Set one by one, not merged from a literal (a second object per quote); keys the extracted quote lacks come
      // last, in this order, which the data files keep.
      archived.id = id;
      archived.anchor = quote.id;
      archived.article = record.id;
      archived.date = record.date;
      archived.context = quote.context;
      archived.alsoReported = [];
      archived.alsoReportedCount = 0;
      archived.primary = true;
      const person = quote.speaker.kind === 'person' ? speakers.get(nameKey(quote.speaker.name)) : undefined;
      if (person) archived.person = person;
      digests.set(archived, quote.digest);
      quotes.push(archived);
    }
  }
  const oldestFirst = [...quotes].reverse();
  for (const group of groupQuotes(oldestFirst, speakerKey, memo)) {
    if (group.length < 2) continue;
    const perArticle = new Map<string, number>();
    for (const quote of group) perArticle.set(quote.article, (perArticle.get(quote.article) ?? 0) + 1);
    // The first report is the oldest article's: its quotes until another article's report comes.
    const firstOther = group.findIndex((quote) => quote.article !== group[0].article);
    group.forEach((quote, position) => {
      quote.primary = firstOther === -1 || position < firstOther;
      quote.alsoReportedCount = group.length - perArticle.get(quote.article)!;
      for (const other of group) {
        if (quote.alsoReported.length === MAX_LINKED_REPORTS) break;
        if (other.article !== quote.article) quote.alsoReported.push(other.id);
      }
    });
  }
  return quotes;
}

/**
 * A quote without its context and digest, keys in the same order, as a new object for the index to complete. Copied
 * key by key: rest destructuring (`{ context, ...rest }`) and spreading its result took ten times as long, seconds for
 * the 143,000 quotes of 10,000 synthetic articles.
 */
function extractedFields(quote: QuoteSummary): ArchiveQuote {
  const copy: Record<string, unknown> = {};
  for (const key in quote) if (key !== 'context' && key !== 'digest') copy[key] = quote[key as keyof QuoteSummary];
  return copy as unknown as ArchiveQuote;
}

/** The digest of the extracted quote each archive quote was made from. */
const digests = new WeakMap<ArchiveQuote, string>();

/**
 * The fields of an archive quote that `indexQuotes` copies unchanged from its extracted quote, whose digest stands for
 * them; the others are the index's, and `quoteContentKey` lists each of them.
 */
export const EXTRACTED_QUOTE_FIELDS: ReadonlySet<string> = new Set(['text', 'speaker', 'cue', 'paragraph', 'start', 'end', 'utterance', 'context']);

/**
 * A key that decides an archive quote's whole content, for fingerprints: the digest of its extracted quote and every
 * field the index set. Hashing this instead of the quote's words and context halves the work. Undefined for a quote
 * `indexQuotes` did not make.
 */
export function quoteContentKey(quote: ArchiveQuote): string | undefined {
  const extracted = digests.get(quote);
  // One array, not a walk over the fields: this runs for every quote of the archive in every build.
  return extracted === undefined ? undefined : JSON.stringify([extracted, quote.id, quote.anchor, quote.article, quote.date, quote.person ?? null, quote.alsoReported, quote.alsoReportedCount, quote.primary]);
}

/**
 * The archive slug of each name or alias of an article's people, by name key: a quote's speaker is the first of
 * them with the speaker's name. Keyed once per article, not once per quote and name.
 */
function speakersOf(record: ArticleSummary, slugs: Array<string | null>): Map<string, string | undefined> {
  const speakers = new Map<string, string | undefined>();
  record.people.forEach((person, index) => {
    for (const name of [person.name, ...person.aliases]) {
      const key = nameKey(name);
      if (!speakers.has(key)) speakers.set(key, slugs[index] ?? undefined);
    }
  });
  return speakers;
}

function speakerKey(quote: ArchiveQuote): string | undefined {
  if (quote.person) return `person:${quote.person}`;
  if (quote.speaker.kind === 'organization' && quote.speaker.name) return `organization:${foldName(quote.speaker.name)}`;
  return undefined;
}
