import { describe, expect, it } from 'vitest';
import { deriveHeadline, firstSentence } from '../../src/extract/derive-headline.js';

const SAMPLE_LEDE =
  'Gen. Qassem Suleimani, a senior Iranian commander and one of the most powerful figures in the Middle East, was killed in an airstrike on the Baghdad International Airport in Iraq at the direction of President Donald Trump, the Pentagon confirmed Thursday. The assassination marks a monumental escalation toward Iran.';

describe('firstSentence', () => {
  it('does not end a sentence at an abbreviation or initials', () => {
    expect(firstSentence('Gen. Smith met U.S. officials. Then he left.')).toBe('Gen. Smith met U.S. officials.');
    expect(firstSentence('John F. Kennedy spoke. Later.')).toBe('John F. Kennedy spoke.');
  });
});

describe('deriveHeadline', () => {
  it('drops the appositive and the attribution and cuts at a phrase boundary', () => {
    expect(deriveHeadline(SAMPLE_LEDE)).toBe('Gen. Qassem Suleimani killed in an airstrike on the Baghdad International Airport');
  });

  it('keeps a short first sentence whole', () => {
    expect(deriveHeadline('Floods hit the coast. More rain is due.')).toBe('Floods hit the coast');
  });

  it('reads the comma of a number as part of it, never as the end of a phrase', () => {
    const lede = 'JAKARTA — Gen. Dana Holt, a researcher at Kestrel Motors, approved the port expansion on Monday, a move that the commission said would affect 556,000 people across the region.';
    expect(deriveHeadline(lede)).toBe('Gen. Dana Holt approved the port expansion on Monday');
    expect(deriveHeadline('In 2,000 villages, the floods cut the roads to the coast.')).toBe('The floods cut the roads to the coast');
  });

  it('leaves out a wire story\'s dateline, but not a capitalised word that opens the sentence', () => {
    expect(deriveHeadline('PORTO ALEGRE — The council approved the new budget for the city.')).toBe('The council approved the new budget for the city');
    expect(deriveHeadline('WASHINGTON (Reuters) – The Senate passed the bill on Friday.')).toBe('The Senate passed the bill on Friday');
    expect(deriveHeadline('CORK, Ireland - Floods hit the coast.')).toBe('Floods hit the coast');
    expect(deriveHeadline('NATO — the alliance — met in Brussels on Friday.')).toMatch(/^NATO — the alliance/);
  });

  it('drops a leading time phrase', () => {
    expect(deriveHeadline('On Tuesday, the council approved the new budget for the city.')).toBe('The council approved the new budget for the city');
    expect(deriveHeadline('On Wednesday, as a part of his campaign, the mayor pledged, again, to open the port.')).toBe('The mayor pledged to open the port');
  });

  it('never cuts mid-word and never exceeds twelve words', () => {
    const lede = 'The extraordinarily long-winded committee deliberated interminably about procedural minutiae concerning municipal infrastructure maintenance schedules and budgetary allocations everywhere.';
    const headline = deriveHeadline(lede);
    expect(headline.split(' ').length).toBeLessThanOrEqual(12);
    for (const word of headline.split(' ')) expect(lede).toContain(word);
    expect(headline).not.toMatch(/\b(and|the|of)$/);
  });

  it('reads only the start of a huge lede of initials (every "A." made it quadratic)', () => {
    expect(deriveHeadline('A. '.repeat(300_000))).toBe('A. A. A. A.');
  });
});

