/**
 * Finds the same quote reported by several articles: the same speaker and the same words, give or take
 * punctuation, case, curly marks and a few characters (a trailing comma, "U.S." for "US"). Near matches are only
 * compared inside blocks that share the first or last three words, so a prolific speaker costs little. Inside a block
 * most pairs are not near (at 10,000 synthetic articles, 12,000 of 270,000), so a pair is first checked against
 * two bounds that are cheap and never above the edit distance, and only a pair within both is measured.
 */
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
 * Groups quotes that report the same words by the same speaker. `speakerOf` gives a key per speaker, or undefined
 * for a speaker that must not be grouped (an unnamed "witness"). Groups keep the input order, as do their members.
 */
export function groupQuotes<T extends { text: string }>(quotes: T[], speakerOf: (quote: T) => string | undefined): T[][] {
  const parent = quotes.map((_, index) => index);
  const find = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]];
    return index;
  };
  const union = (a: number, b: number): void => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const keys = quotes.map((quote) => quoteKey(quote.text));
  // One table per speaker, so no lookup key is built by joining the speaker to the words: at 10,000 synthetic
  // articles those joined strings, and splitting every quote into words for its blocks, cost more than comparing.
  const bySpeaker = new Map<string, SpeakerTables>();
  const joinBlock = (blocks: Map<string, number[]>, block: string, index: number): void => {
    const members = blocks.get(block);
    if (!members) return void blocks.set(block, [index]);
    // A member already in this quote's group cannot join it again: skipping it changes no group.
    for (const other of members) if (find(other) !== find(index) && isNear(keys[other], keys[index])) union(other, index);
    members.push(index);
  };
  quotes.forEach((quote, index) => {
    const speaker = speakerOf(quote);
    const key = keys[index];
    if (speaker === undefined || !key) return;
    let tables = bySpeaker.get(speaker);
    if (!tables) bySpeaker.set(speaker, (tables = { exact: new Map(), first: new Map(), last: new Map() }));
    const same = tables.exact.get(key);
    if (same !== undefined) return union(same, index);
    tables.exact.set(key, index);
    if (key.length < MIN_FUZZY_LENGTH) return;
    joinBlock(tables.first, firstWords(key), index);
    joinBlock(tables.last, lastWords(key), index);
  });
  const groups = new Map<number, T[]>();
  quotes.forEach((quote, index) => {
    const group = groups.get(find(index));
    if (group) group.push(quote);
    else groups.set(find(index), [quote]);
  });
  return [...groups.values()];
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
