/**
 * Finds the same quote reported by several articles: the same speaker and the same words, give or take
 * punctuation, case, curly marks and a few characters (a trailing comma, "U.S." for "US"). Near matches are only
 * compared inside blocks that share the first or last three words, so a prolific speaker costs little. Inside a block
 * most pairs are not near (at 10,000 synthetic articles, 12,000 of 270,000), so a pair is first checked against
 * two bounds that are cheap and never above the edit distance, and only a pair within both is measured.
 */
import { hash } from 'node:crypto';
import { distance } from 'fastest-levenshtein';

/** At most this share of a quote's characters may differ for two quotes to count as one. */
const MAX_DIFFERENCE = 0.1;
/** Shorter quotes ("no comment") must match exactly once normalised: a few letters change their meaning. */
const MIN_FUZZY_LENGTH = 24;

/** The words of a quote without case, accents or punctuation: what near-identical reports share. */
export function quoteKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Groupings of one speaker's quotes carried from one build to the next: for each quote of the speaker, in order, the
 * position of the first quote of its group (an empty list when every quote stands alone), by a digest of the
 * speaker's quote texts in order. Grouping a speaker's quotes depends on those texts alone, so an edit groups again
 * only the speakers whose quotes it changed, added or removed. `earlier` is what the last build left; `now` collects
 * the groupings this build used, which is what the next build should get.
 */
export interface QuoteGroupMemo {
  earlier: ReadonlyMap<string, number[]>;
  now: Map<string, number[]>;
}

/**
 * Groups quotes that report the same words by the same speaker. `speakerOf` gives a key per speaker, or undefined
 * for a speaker that must not be grouped (an unnamed "witness"). Groups keep the input order, as do their members.
 * With a memo, a speaker whose quote texts are those of an earlier build is not compared again.
 */
export function groupQuotes<T extends { text: string }>(quotes: T[], speakerOf: (quote: T) => string | undefined, memo?: QuoteGroupMemo): T[][] {
  // Quotes of different speakers are never compared, so each speaker's quotes are grouped on their own.
  const bySpeaker = new Map<string, number[]>();
  quotes.forEach((quote, index) => {
    const speaker = speakerOf(quote);
    if (speaker === undefined) return;
    const positions = bySpeaker.get(speaker);
    if (positions) positions.push(index);
    else bySpeaker.set(speaker, [index]);
  });
  const firstOf = quotes.map((_, index) => index);
  for (const positions of bySpeaker.values()) {
    if (positions.length < 2) continue;
    const firsts = speakerGrouping(positions.map((position) => quotes[position].text), memo);
    firsts.forEach((first, local) => (firstOf[positions[local]] = positions[first]));
  }
  const groups = new Map<number, T[]>();
  quotes.forEach((quote, index) => {
    const group = groups.get(firstOf[index]);
    if (group) group.push(quote);
    else groups.set(firstOf[index], [quote]);
  });
  return [...groups.values()];
}

/** One speaker's grouping (see `QuoteGroupMemo`), from the memo when an earlier build grouped the same texts. */
function speakerGrouping(texts: string[], memo: QuoteGroupMemo | undefined): number[] {
  if (!memo) return groupSpeaker(texts.map(quoteKey));
  // JSON keeps the texts apart whatever characters they hold, so two different lists never share a key.
  const key = hash('sha1', JSON.stringify(texts), 'base64url');
  const known = memo.now.get(key) ?? memo.earlier.get(key);
  // A stored grouping of another length would be a corrupt memo file: grouping again is always right.
  if (known && (known.length === texts.length || known.length === 0)) {
    memo.now.set(key, known);
    return known.length ? known : texts.map((_, index) => index);
  }
  const firsts = groupSpeaker(texts.map(quoteKey));
  memo.now.set(key, firsts.every((first, index) => first === index) ? [] : firsts);
  return firsts;
}

/** For each of one speaker's quote keys, the position of the first key of its group. */
function groupSpeaker(keys: string[]): number[] {
  const parent = keys.map((_, index) => index);
  const find = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]];
    return index;
  };
  // The root of a group is its first member: the larger root always joins the smaller.
  const union = (a: number, b: number): void => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const tables: SpeakerTables = { exact: new Map(), first: new Map(), last: new Map() };
  const joinBlock = (blocks: Map<string, number[]>, block: string, index: number): void => {
    const members = blocks.get(block);
    if (!members) return void blocks.set(block, [index]);
    // A member already in this quote's group cannot join it again: skipping it changes no group.
    for (const other of members) if (find(other) !== find(index) && isNear(keys[other], keys[index])) union(other, index);
    members.push(index);
  };
  keys.forEach((key, index) => {
    if (!key) return;
    const same = tables.exact.get(key);
    if (same !== undefined) return union(same, index);
    tables.exact.set(key, index);
    if (key.length < MIN_FUZZY_LENGTH) return;
    joinBlock(tables.first, firstWords(key), index);
    joinBlock(tables.last, lastWords(key), index);
  });
  return keys.map((_, index) => find(index));
}

/** A speaker's quotes by their exact words, and the fuzzy blocks: quotes sharing their first or their last three words. */
interface SpeakerTables {
  exact: Map<string, number>;
  first: Map<string, number[]>;
  last: Map<string, number[]>;
}

/** The first three words of a quote key (whose words are single-spaced), or all of them. */
function firstWords(key: string): string {
  let end = -1;
  for (let word = 0; word < 3; word++) {
    end = key.indexOf(' ', end + 1);
    if (end === -1) return key;
  }
  return key.slice(0, end);
}

/** The last three words of a quote key, or all of them. */
function lastWords(key: string): string {
  let start = key.length;
  for (let word = 0; word < 3; word++) {
    start = key.lastIndexOf(' ', start - 1);
    if (start === -1) return key;
  }
  return key.slice(start + 1);
}

function isNear(a: string, b: string): boolean {
  const longest = Math.max(a.length, b.length);
  const allowed = longest * MAX_DIFFERENCE;
  if (Math.abs(a.length - b.length) > allowed || bagDistance(a, b) > allowed) return false;
  return distance(a, b) <= allowed;
}

const counts = new Int32Array(256);

/**
 * A lower bound of the edit distance, in one pass over each string: an edit changes at most one character count
 * by one on each side, so the edits needed are at least the characters one string has and the other lacks.
 * Characters are counted in 256 buckets by their low byte; sharing a bucket can only make the bound smaller.
 */
export function bagDistance(a: string, b: string): number {
  for (let index = 0; index < a.length; index++) counts[a.charCodeAt(index) & 255]++;
  for (let index = 0; index < b.length; index++) counts[b.charCodeAt(index) & 255]--;
  let surplus = 0;
  let lack = 0;
  for (let bucket = 0; bucket < 256; bucket++) {
    const count = counts[bucket];
    if (count > 0) surplus += count;
    else lack -= count;
    counts[bucket] = 0;
  }
  return Math.max(surplus, lack);
}
