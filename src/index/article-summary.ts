/**
 * The split between what the cross-article index holds and what only an article's own page needs. At 100,000
 * articles the bodies alone would outgrow memory, so the index keeps summaries and a page that needs the whole
 * record loads it back by key just before it renders. Both directions live here so they cannot drift apart.
 */
import type { ArticleRecord, ArticleSummary } from '../types.js';

/** The summary of a record: everything but its body, figures and name mentions, plus its cache key. */
export function toSummary(record: ArticleRecord, key: string): ArticleSummary {
  // Destructured out to be left behind: only the article's own page needs them.
  const { body, figures, people, ...rest } = record;
  return { ...rest, people: people.map(({ mentions, ...person }) => person), key };
}

/**
 * The whole record for a summary, from the stored record with the same key. The summary's own fields win, since
 * the index stage may have changed them (a slug settled after a collision); the body, figures and mentions come
 * from the stored record.
 */
export function toFullRecord(summary: ArticleSummary, stored: ArticleRecord): ArticleRecord & { key: string } {
  return { ...stored, ...summary, body: stored.body, figures: stored.figures, people: stored.people };
}
