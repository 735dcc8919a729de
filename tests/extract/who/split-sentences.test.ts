import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/extract/who/split-sentences.js';

describe('splitSentences', () => {
  it('ends a sentence at a stop, closing marks and space before a capital, digit, opening mark or masked quote', () => {
    const text = 'It rained. "Go," she said! (Then) 2 left?\u201D \u201CYes. \uE000\uE000. Done';
    const parts = splitSentences(text).map(([a, b]) => text.slice(a, b));
    expect(parts).toEqual(['It rained. ', '"Go," she said! ', '(Then) 2 left?\u201D ', '\u201CYes. ', '\uE000\uE000. ', 'Done']);
  });

  it('reads past abbreviations, initials and acronyms written with stops', () => {
    const text = 'Mr. Ede met J. K. Rowling in the U.S. Capitol. Then St. Ives. I. Ozturk came.';
    expect(splitSentences(text).map(([a, b]) => text.slice(a, b))).toEqual(['Mr. Ede met J. K. Rowling in the U.S. Capitol. ', 'Then St. Ives. ', 'I. Ozturk came.']);
  });
});
