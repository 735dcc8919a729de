/**
 * What the cross-article index keeps of each record (and the record cache keeps in its index): everything but the
 * body, figures and name mentions, with each quote's context, so indexing never needs a body however long the
 * articles are and however many there are.
 */
import { hash } from 'node:crypto';
import type { ArticleRecord, ArticleSummary, LoadRecord } from '../types.js';
import { sentenceAround, sentencesOf, type SentenceBounds } from './sentence-around.js';

// 96 bits: a quote's digest stands for its words in fingerprints, and 143,000 of them are held at 10,000 articles.
const DIGEST_LENGTH = 16;

/** The summary of a record, with its cache key ("" when it has none). */
export function toSummary(record: ArticleRecord, key: string): ArticleSummary {
  // Destructured out to be left behind: only the article's own page, feeds and search need them.
  const { body, figures, people, quotes, ...rest } = record;
  // A paragraph often holds several quotes; it is cut into sentences once.
  const sentences = new Map<number, SentenceBounds[]>();
  const context = ({ paragraph, start, end }: ArticleRecord['quotes'][number]) => {
    const text = body[paragraph]?.text ?? '';
    let pieces = sentences.get(paragraph);
    if (!pieces) sentences.set(paragraph, (pieces = sentencesOf(text)));
    return sentenceAround(text, start, end, pieces);
  };
  return {
    ...rest,
    people: people.map(({ mentions, ...person }) => (mentions.length ? { ...person, firstMention: mentions[0], mentionCount: mentions.length } : { ...person, mentionCount: 0 })),
    quotes: quotes.map((quote) => {
      const withContext = { ...quote, context: context(quote) };
      return { ...withContext, digest: hash('sha1', JSON.stringify(withContext), 'base64url').slice(0, DIGEST_LENGTH) };
    }),
    key,
  };
}

/**
 * A hash of everything the index takes from a summary but its cache key and word count. When no article's hash
 * changed, an edit changed only those two, and only the pages that embed the edited articles' summaries (their own,
 * their day's, month's and year's) can differ from the last build's.
 */
export function indexedContentDigest(summary: ArticleSummary): string {
  // Destructured out to be left behind.
  const { key, wordCount, ...indexed } = summary;
  return hash('sha1', JSON.stringify(indexed), 'base64url');
}

/** Loads records held in memory (the dev server's, or a test's) back for their summaries, by source path. */
export function loadFromMemory(records: ArticleRecord[]): LoadRecord {
  const bySource = new Map(records.map((record) => [record.source, record]));
  return async (article) => ({ ...bySource.get(article.source)!, id: article.id, slug: article.slug });
}
