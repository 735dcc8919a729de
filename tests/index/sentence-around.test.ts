import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../src/index/sentence-around.js';

describe('sentenceAround', () => {
  const text = 'The U.S. launched strikes. Gen. Qassem Suleimani said “we will respond” on Friday. Nobody else spoke.';

  it('returns the sentence holding the quote, not cut at a title', () => {
    const start = text.indexOf('we will');
    const around = sentenceAround(text, start, start + 'we will respond'.length);
    expect(around.text).toBe('Gen. Qassem Suleimani said “we will respond” on Friday.');
    expect(around.text.slice(around.start, around.end)).toBe('we will respond');
  });

  it('spans every sentence a long quote covers', () => {
    const around = sentenceAround(text, 0, text.indexOf('Nobody') + 3);
    expect(around.text).toBe(text);
  });
});
