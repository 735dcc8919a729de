/**
 * The objects many pages embed, as the fingerprinter and the render workers take them: each group before the groups
 * whose objects hold its members, each with the key that decides its objects' content where one is cheaper to make
 * than encoding them with each shared member standing in by its hash (which costs a replacer call per value).
 */
import type { SiteIndex } from '../types.js';
import { sharedContentKeys, sharedObjects } from '../index/build-index.js';
import { toArticleCards } from './article-cards.js';
import { toPersonCards } from './person-cards.js';
import { toQuoteEntries } from './plan-quote-routes.js';
import type { ContentKey } from './fingerprint.js';

/** The shared objects of an index in groups, and the content key of each group (undefined: hash the content). */
export function sharedGroups(index: SiteIndex): { groups: object[][]; keys: Array<ContentKey | undefined> } {
  const [article, , quote] = sharedContentKeys();
  // Quote entries come last: they hold quotes, article cards and person cards, and quote, article and list pages embed them.
  const groups = [...sharedObjects(index), [...toArticleCards(index).values()], [...toPersonCards(index).values()], [...toQuoteEntries(index).values()]];
  // In the order of `groups`: articles, people, quotes, days, months, years, article cards, person cards, quote entries.
  return { groups, keys: [article, byJson, quote, undefined, undefined, undefined, byJson, byJson, byMembers] };
}

/**
 * The JSON of an object that holds no shared object (people refer to articles and quotes by id; cards hold strings):
 * its whole content, made without the replacer call per value that people's long lists of ids made costly.
 */
export const byJson: ContentKey = (object) => JSON.stringify(object);

/**
 * Each field's name and its member's hash, for an object made only of shared objects (a quote entry: its quote,
 * article card and person card); undefined, so the content is hashed, when a member is not shared.
 */
export const byMembers: ContentKey = (object, hashOf) => {
  let key = '';
  for (const field in object) {
    const hash = hashOf((object as Record<string, unknown>)[field]);
    if (hash === undefined) return undefined;
    key += `${JSON.stringify(field)}:${hash}\n`;
  }
  return key;
};
