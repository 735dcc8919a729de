/**
 * A stand-in for the who-said-what extractor in search tests: it finds only `“…,” said First Last.` quotes and
 * the people they name, exactly and predictably, so the search tests test search and not extraction heuristics.
 */
import { createHash } from 'node:crypto';
import type { ExtractProblem, Person, Quote } from '../../src/types.js';

const QUOTE = /“([^”]+?),?” said ([A-Z][a-z]+ [A-Z][a-z]+)/g;

/** Finds `“…,” said First Last.` quotes; every speaker is a person named in the article. */
export function extractWhoSaidWhat(input: { id: string; title: string; paragraphs: string[] }): { quotes: Quote[]; people: Person[]; problems: ExtractProblem[] } {
  const quotes: Quote[] = [];
  const people = new Map<string, Person>();
  input.paragraphs.forEach((text, paragraph) => {
    for (const match of text.matchAll(QUOTE)) {
      const [, said, name] = match;
      const start = match.index + 1;
      const id = createHash('sha256').update(`${input.id}\n${said}`).digest('hex').slice(0, 12);
      quotes.push({ id, text: said, speaker: { name, kind: 'person' }, cue: 'said', paragraph, start, end: start + said.length, utterance: id });
      const nameAt = match.index + match[0].length - name.length;
      const person = people.get(name) ?? { name, aliases: [], titles: [], descriptions: [], mentions: [] };
      person.mentions.push({ paragraph, start: nameAt, end: nameAt + name.length, text: name });
      people.set(name, person);
    }
  });
  return { quotes, people: [...people.values()], problems: [] };
}
