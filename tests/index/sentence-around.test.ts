import { describe, expect, it } from 'vitest';
import { sentenceAround, sentencesOf } from '../../src/index/sentence-around.js';

describe('sentenceAround', () => {
  const text = 'The U.S. launched strikes. Gen. Qassem Suleimani said “we will respond” on Friday. Nobody else spoke.';

  it('returns the sentence holding the quote, not cut at a title', () => {
    const start = text.indexOf('we will');
    const around = sentenceAround(text, start, start + 'we will respond'.length);
    expect(around.text).toBe('Gen. Qassem Suleimani said “we will respond” on Friday.');
    expect(around.text.slice(around.start, around.end)).toBe('we will respond');
  });

  it('finds the same sentence in sentences cut once for the whole paragraph', () => {
    const pieces = sentencesOf(text);
    expect(pieces.map(({ from, to }) => text.slice(from, to).trim())).toEqual(['The U.S. launched strikes.', 'Gen. Qassem Suleimani said “we will respond” on Friday.', 'Nobody else spoke.']);
    const start = text.indexOf('Nobody');
    expect(sentenceAround(text, start, start + 6, pieces)).toEqual(sentenceAround(text, start, start + 6));
  });

  it('spans every sentence a long quote covers', () => {
    const around = sentenceAround(text, 0, text.indexOf('Nobody') + 3);
    expect(around.text).toBe(text);
  });
});
