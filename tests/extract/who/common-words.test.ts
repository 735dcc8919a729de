import { describe, expect, it } from 'vitest';
import { isCommonWord } from '../../../src/extract/who/common-words.js';
import { extractWhoSaidWhat } from '../../../src/extract/extract-who-said-what.js';

describe('ordinary English words', () => {
  it('include the words the dictionary makes with a prefix flag, and their inflections', () => {
    // dictionary-en lists "report" as "port" flagged for "re", "unable" as "able" flagged for "un".
    for (const word of ['report', 'reports', 'return', 'research', 'unable', 'reconsidered', 'disagree']) expect(isCommonWord(word), word).toBe(true);
  });

  it('add a prefix only where the dictionary flags the word for it, so names made like prefixed words stay names', () => {
    // "gram", "way", "vine", "man" and "win" are words, but not flagged for "in", "con", "de" or "un".
    for (const word of ['ingram', 'conway', 'devine', 'inman', 'unwin']) expect(isCommonWord(word), word).toBe(false);
  });

  it('keep a plural noun opening a sentence from being taken for an organisation that speaks', () => {
    const { quotes } = extractWhoSaidWhat({ id: 'a', title: '', paragraphs: ['Reports said both were showing "mild symptoms" of the illness.'] });
    expect(quotes.map((quote) => [quote.text, quote.speaker.kind])).toEqual([['mild symptoms', 'unknown']]);
  });
});
