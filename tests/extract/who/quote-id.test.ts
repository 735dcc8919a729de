import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { quoteId } from '../../../src/extract/who/quote-id.js';

describe('quoteId', () => {
  it('is the first 10 hex digits of the SHA-1 of the article id, a newline and the folded text, so published ids never change', () => {
    const expected = createHash('sha1').update('2020/01/03/strike\n"we will respond," he said.').digest('hex').slice(0, 10);
    expect(quoteId('2020/01/03/strike', '\u201CWe  will\nrespond,\u201D he said.')).toBe(expected);
  });

  it('gives the same quote in two articles two ids', () => {
    expect(quoteId('a', 'We will respond.')).not.toBe(quoteId('b', 'We will respond.'));
  });
});
