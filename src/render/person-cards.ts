/** The card of every person of an index: what a quote entry shows of the person who said it. */
import type { PersonCard, SiteIndex } from '../types.js';

const cardsOf = new WeakMap<SiteIndex, Map<string, PersonCard>>();

/**
 * Each person's card by slug, made once per index, so every quote entry of a person holds the same card: it is
 * fingerprinted and sent to a render worker once (`sharedObjects`), not once per page.
 */
export function toPersonCards(index: SiteIndex): Map<string, PersonCard> {
  const known = cardsOf.get(index);
  if (known) return known;
  // Only what quote pages, lists and search records show: a person's article and quote ids grow with the archive,
  // and with them in every quote entry a render worker was sent 1.2 GB of people at 40,000 articles.
  const cards = new Map(
    index.people.map(({ slug, name, wikidata }) => {
      const card: PersonCard = { slug, name };
      if (wikidata !== undefined) card.wikidata = wikidata;
      return [slug, card];
    }),
  );
  cardsOf.set(index, cards);
  return cards;
}
