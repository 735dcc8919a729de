import { describe, expect, it } from 'vitest';
import { groupQuotes, quoteKey } from '../../src/index/group-quotes.js';

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

  it('normalises case, accents and punctuation', () => {
    expect(quoteKey('“Ça va,” he said —')).toBe('ca va he said');
  });
});
