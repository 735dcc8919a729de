/** Stable quote ids: the same article and quote text always give the same id, whatever else changes. */
import { hash } from 'node:crypto';
import { collapseSpaces } from './collapse-spaces.js';

/** Folds quote text for hashing: lower case, curly marks straightened, whitespace collapsed. */
export function normaliseQuoteText(text: string): string {
  // Each replacement runs only when it has something to replace: most quotes need none of them.
  let folded = text.toLowerCase();
  if (folded.includes('\u2018') || folded.includes('\u2019')) folded = folded.replace(/[\u2018\u2019]/g, "'");
  if (folded.includes('\u201C') || folded.includes('\u201D')) folded = folded.replace(/[\u201C\u201D]/g, '"');
  return collapseSpaces(folded).trim();
}

/** The first 10 hex digits of the SHA-1 of the article id and the normalised quote text. */
export function quoteId(articleId: string, text: string): string {
  const data = `${articleId}\n${normaliseQuoteText(text)}`;
  // One-shot hashing (every Node that `engines` allows) is several times faster than a Hash object for short strings.
  return hash('sha1', data, 'hex').slice(0, 10);
}
