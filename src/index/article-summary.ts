/**
 * What the record cache's index keeps of each record: everything but the body, figures and name mentions, so
 * reading the index stays small however long the articles are.
 */
import type { ArticleRecord, ArticleSummary } from '../types.js';

/** The summary of a record: everything but its body, figures and name mentions, plus its cache key. */
export function toSummary(record: ArticleRecord, key: string): ArticleSummary {
  // Destructured out to be left behind: only the article's own page needs them.
  const { body, figures, people, ...rest } = record;
  return { ...rest, people: people.map(({ mentions, ...person }) => person), key };
}
