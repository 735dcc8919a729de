import { describe, expect, it } from 'vitest';
import { uniqueQuoteIds } from '../../src/extract/unique-quote-ids.js';
import { quote } from '../helpers/records.js';

describe('uniqueQuoteIds', () => {
  it('numbers a repeated quote in reading order and keeps its utterance pointing at the right span', () => {
    const quotes = [quote('a', 'years.', 'X'), quote('b', 'more', 'X', { utterance: 'a' }), quote('a', 'years.', 'Y'), quote('c', 'again', 'Y', { utterance: 'a' })];
    expect(uniqueQuoteIds(quotes).map((q) => [q.id, q.utterance])).toEqual([
      ['a', 'a'],
      ['b', 'a'],
      ['a-2', 'a-2'],
      ['c', 'a-2'],
    ]);
  });

  it('leaves unique ids alone', () => {
    const quotes = [quote('a', 'one', 'X'), quote('b', 'two', 'X')];
    expect(uniqueQuoteIds(quotes)).toEqual(quotes);
  });
});
