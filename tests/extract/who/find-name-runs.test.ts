import { describe, expect, it } from 'vitest';
import { findNameRuns } from '../../../src/extract/who/find-name-runs.js';

function runs(text: string): { words: string; partyTag?: string }[] {
  return findNameRuns(text).map((r) => ({ words: r.tokens.map((t) => t.text).join(' '), partyTag: r.partyTag }));
}

describe('findNameRuns', () => {
  it('notes a party tag after any white space, and only after white space', () => {
    expect(runs('Sen. Maria Lindqvist (D-Ore.) objected.')[0]).toEqual({ words: 'Sen. Maria Lindqvist', partyTag: 'D-Ore.' });
    expect(runs('Rep. Tomas Ekberg \u00A0 (R-Kan.) agreed.')[0]).toEqual({ words: 'Rep. Tomas Ekberg', partyTag: 'R-Kan.' });
    expect(runs('Rep. Tomas Ekberg, (R-Kan.) agreed.')[0]).toEqual({ words: 'Rep. Tomas Ekberg', partyTag: undefined });
  });

  it('gives every run its own list of words, one word or several', () => {
    const found = findNameRuns('The senator met Ines Okafor. Okafor then left.');
    expect(found.map((r) => r.tokens.map((t) => t.text))).toEqual([['The'], ['Ines', 'Okafor'], ['Okafor']]);
    expect(new Set(found.map((r) => r.tokens)).size).toBe(found.length);
  });

  it('reads a text its caller found free of quotation marks for names all the same', () => {
    const text = 'Gen. Ada Marlow (R-Vt.) met the Kestrel Group and Ines Okafor.';
    const words = (found: ReturnType<typeof findNameRuns>): string[][] => found.map((r) => r.tokens.map((t) => t.text));
    expect(words(findNameRuns(text, false))).toEqual([['Gen.', 'Ada', 'Marlow'], ['Kestrel', 'Group'], ['Ines', 'Okafor']]);
    expect(findNameRuns(text, false)[0].partyTag).toBe('R-Vt.');
  });

  it('keys each run by its words joined with single spaces, however the text spaces or marks them', () => {
    const text = 'Gen. Ada  Marlow met Lt.\u00A0Col. Ines Okafor, Peter "Tiny" Vance and Colm Byrne Jr. in the Sheriff\'s Office.';
    for (const run of findNameRuns(text)) expect(run.key).toBe(run.tokens.map((t) => t.text).join(' '));
    expect(findNameRuns(text).map((r) => r.key)).toEqual(['Gen. Ada Marlow', 'Lt. Col. Ines Okafor', 'Peter Vance', 'Colm Byrne Jr', "Sheriff's Office"]);
  });

  it('keeps every particle inside a name, alone or joined to the next word by a hyphen, and no lower-case word like one', () => {
    expect(runs('Then Juan y Pedro, Maria della Rosa and Khalid bint-Saud met Omar al-Bashir.').map((r) => r.words)).toEqual([
      'Then Juan y Pedro', 'Maria della Rosa', 'Khalid bint-Saud', 'Omar al-Bashir',
    ]);
    expect(runs('Juan y-Pedro met Ines de la Cruz and Anna Berg described Dan delta Ray.').map((r) => r.words)).toEqual([
      'Juan y-Pedro', 'Ines de la Cruz', 'Anna Berg', 'Dan', 'Ray',
    ]);
  });
  it('runs across an editor\'s bracket that completes a name, not across one that glosses it', () => {
    expect(runs('Then Tobias [Lindqvist] and [Mirela Ana] Petrescu joined.').map((r) => r.words)).toEqual(['Then Tobias Lindqvist', 'Mirela Ana Petrescu']);
    expect(runs('Kariye Camii [Chora Church] reopened.').map((r) => r.words)).toEqual(['Kariye Camii', 'Chora Church']);
  });
});
