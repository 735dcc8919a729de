import { describe, expect, it } from 'vitest';
import { distance } from 'fastest-levenshtein';
import { bagDistance, groupQuotes, quoteKey, type QuoteGroupMemo } from '../../src/index/group-quotes.js';

/** A small deterministic generator, so a failing case can be run again. */
function random(seed: number): () => number {
  return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
}

/** A quote made of a few words from a tiny vocabulary, so many share their first or last words and differ a little. */
function sentence(next: () => number): string {
  const words = ['we', 'will', 'not', 'back', 'down', 'from', 'this', 'fight', 'ever', 'état', 'now', 'and', 'then'];
  return Array.from({ length: 6 + Math.floor(next() * 10) }, () => words[Math.floor(next() * words.length)]).join(' ');
}

/** Every pair of same-speaker quotes compared by edit distance alone: what the blocks and bounds must give too. */
function groupByDistanceAlone(quotes: { text: string; by: string }[]): string[][] {
  const parent = quotes.map((_, index) => index);
  const find = (index: number): number => (parent[index] === index ? index : (parent[index] = find(parent[index])));
  const keys = quotes.map((quote) => quoteKey(quote.text));
  for (let a = 0; a < quotes.length; a++) {
    for (let b = 0; b < a; b++) {
      if (quotes[a].by !== quotes[b].by || !keys[a] || !keys[b]) continue;
      const longest = Math.max(keys[a].length, keys[b].length);
      const near = keys[a] === keys[b] || (Math.min(keys[a].length, keys[b].length) >= 24 && distance(keys[a], keys[b]) <= longest * 0.1);
      const [first, last] = [keys[a].split(' '), keys[b].split(' ')];
      const blocked = keys[a] === keys[b] || first.slice(0, 3).join() === last.slice(0, 3).join() || first.slice(-3).join() === last.slice(-3).join();
      if (near && blocked) parent[Math.max(find(a), find(b))] = Math.min(find(a), find(b));
    }
  }
  const groups = new Map<number, string[]>();
  quotes.forEach((quote, index) => groups.set(find(index), [...(groups.get(find(index)) ?? []), quote.text]));
  return [...groups.values()];
}

const long = 'We are committed to keeping our border safe and we can do that best when government is open';

describe('groupQuotes', () => {
  it('groups reports that differ in punctuation, marks and a few letters', () => {
    const quotes = [
      { text: `${long},`, by: 'a' },
      { text: `${long.replace('government', 'the government')}.`, by: 'a' },
      { text: `“${long.toUpperCase()}”`, by: 'a' },
    ];
    expect(groupQuotes(quotes, (q) => q.by)).toHaveLength(1);
  });

  it('keeps apart the same words by different speakers and short quotes that differ', () => {
    const quotes = [
      { text: long, by: 'a' },
      { text: long, by: 'b' },
      { text: 'No comment', by: 'a' },
      { text: 'No comments', by: 'a' },
    ];
    expect(groupQuotes(quotes, (q) => q.by)).toHaveLength(4);
  });

  it('never groups quotes whose speaker has no key', () => {
    expect(groupQuotes([{ text: long }, { text: long }], () => undefined)).toHaveLength(2);
  });

  it('groups exactly as comparing every pair of the same speaker by edit distance would', () => {
    const next = random(7);
    const quotes: { text: string; by: string }[] = [];
    for (let index = 0; index < 300; index++) {
      const base = index > 0 && next() < 0.5 ? quotes[Math.floor(next() * quotes.length)].text : sentence(next);
      // A near copy: a letter dropped, doubled or changed somewhere.
      const at = Math.floor(next() * base.length);
      const text = next() < 0.5 ? base : `${base.slice(0, at)}${'xe'[Math.floor(next() * 2)]}${base.slice(at + Math.floor(next() * 2))}`;
      quotes.push({ text, by: 'ab'[Math.floor(next() * 2)] });
    }
    const grouped = groupQuotes(quotes, (quote) => quote.by).map((group) => group.map((quote) => quote.text));
    expect(grouped.filter((group) => group.length > 1).length).toBeGreaterThan(20);
    expect(grouped).toEqual(groupByDistanceAlone(quotes));
  });

  it('groups with a memo as without one, and the next build gets each speaker\'s grouping from the memo', () => {
    const next = random(3);
    const quotes = Array.from({ length: 200 }, (_, index) => ({ text: index % 3 ? sentence(next) : long, by: 'abc'[index % 3] }));
    const memo: QuoteGroupMemo = { earlier: new Map(), now: new Map() };
    const texts = (groups: { text: string }[][]) => groups.map((group) => group.map((quote) => quote.text));
    const without = texts(groupQuotes(quotes, (quote) => quote.by));
    expect(texts(groupQuotes(quotes, (quote) => quote.by, memo))).toEqual(without);
    // One grouping per speaker; speaker a's quotes are all the same words, so one group of them all.
    expect([...memo.now.values()].map((firsts) => firsts.every((first) => first === 0))).toContain(true);
    expect(memo.now.size).toBe(3);
    // A memo is trusted: the next build with the same texts gets exactly what the last one stored.
    const lonely: QuoteGroupMemo = { earlier: new Map([...memo.now].map(([key, firsts]) => [key, []])), now: new Map() };
    expect(groupQuotes(quotes, (quote) => quote.by, lonely)).toHaveLength(quotes.length);
    expect([...lonely.now.keys()].sort()).toEqual([...memo.now.keys()].sort());
  });

  it('groups a speaker again when any of their quotes changed, and keeps only the groupings this build used', () => {
    const quotes = [
      { text: long, by: 'a' },
      { text: `${long}.`, by: 'a' },
      { text: 'Another matter entirely, and a long one too', by: 'b' },
      { text: 'Another matter entirely, and a long one too!', by: 'b' },
    ];
    const first: QuoteGroupMemo = { earlier: new Map(), now: new Map() };
    expect(groupQuotes(quotes, (quote) => quote.by, first)).toHaveLength(2);
    const edited = quotes.map((quote, index) => (index === 1 ? { ...quote, text: 'Something else was said here, quite unlike the first' } : quote));
    const second: QuoteGroupMemo = { earlier: first.now, now: new Map() };
    expect(groupQuotes(edited, (quote) => quote.by, second).map((group) => group.length)).toEqual([1, 1, 2]);
    expect([...second.now.keys()].filter((key) => first.now.has(key))).toHaveLength(1);
    expect(second.now.size).toBe(2);
  });

  it('normalises case, accents and punctuation', () => {
    expect(quoteKey('“Ça va,” he said —')).toBe('ca va he said');
  });
});

describe('bagDistance', () => {
  it('is never more than the edit distance', () => {
    const next = random(11);
    for (let round = 0; round < 2000; round++) {
      const [a, b] = [sentence(next), sentence(next)].map((text) => text.slice(Math.floor(next() * 8)));
      expect(bagDistance(a, b)).toBeLessThanOrEqual(distance(a, b));
    }
  });

  it('counts the characters one string has more of than the other', () => {
    expect(bagDistance('abc', 'abd')).toBe(1);
    expect(bagDistance('aaaa', 'a')).toBe(3);
    expect(bagDistance('listen', 'silent')).toBe(0);
  });
});
