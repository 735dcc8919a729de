/** The card of every article of an index: what a quote entry shows of the article it is in. */
import type { ArticleCard, SiteIndex } from '../types.js';

const cardsOf = new WeakMap<SiteIndex, Map<string, ArticleCard>>();

/**
 * Each article's card by article id, made once per index, so every quote entry of an article holds the same card: it
 * is fingerprinted and sent to a render worker once (`sharedObjects`), not once per page.
 */
export function toArticleCards(index: SiteIndex): Map<string, ArticleCard> {
  const known = cardsOf.get(index);
  if (known) return known;
  // Destructured out to be left behind: an article's length is its own page's, and its cache key changes with any
  // edit, so a card without it stays the same (and the pages citing it unrendered) when an edit leaves what they
  // show alone.
  const cards = new Map(index.articles.map(({ wordCount, key, ...card }) => [card.id, card]));
  cardsOf.set(index, cards);
  return cards;
}
