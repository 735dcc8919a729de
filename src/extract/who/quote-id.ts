/** Stable quote ids: the same article and quote text always give the same id, whatever else changes. */
import { createHash } from 'node:crypto';
import * as crypto from 'node:crypto';
import { collapseSpaces } from './collapse-spaces.js';

// One-shot hashing (Node 20.12+) is several times faster than a Hash object for short strings.
const oneShot = (crypto as { hash?: (algorithm: string, data: string) => string }).hash;

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
  return (oneShot ? oneShot('sha1', data) : createHash('sha1').update(data).digest('hex')).slice(0, 10);
}
