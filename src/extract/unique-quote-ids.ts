/**
 * Quote ids hash the article id and the quote's text, so the same words quoted twice in one article share an id.
 * Ids are anchors (`#q-<id>`) and URLs (`/quotes/<id>/`), so a repeat gets `-2`, `-3`… in reading order, and
 * utterance ids follow the span they name.
 */
import type { Quote } from '../types.js';

/** The quotes, in their order, with every id unique in the article. */
export function uniqueQuoteIds(quotes: Quote[]): Quote[] {
  const used = new Set<string>();
  const latest = new Map<string, string>();
  return quotes.map((quote) => {
    let id = quote.id;
    for (let n = 2; used.has(id); n++) id = `${quote.id}-${n}`;
    used.add(id);
    const utterance = quote.utterance === quote.id ? id : (latest.get(quote.utterance) ?? quote.utterance);
    latest.set(quote.id, id);
    return id === quote.id && utterance === quote.utterance ? quote : { ...quote, id, utterance };
  });
}
