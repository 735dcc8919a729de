/**
 * A stand-in for the who-said-what extractor in whole-site tests, so they test the archive, not the extractor:
 * people are the names of `KNOWN_PEOPLE` found in the text (full name, or surname after the full name was seen),
 * quotes are the “…” spans, said by the first known person or organisation named after the span in its paragraph,
 * or else by the speaker of the paragraph's previous quote.
 */
import { createHash } from 'node:crypto';
import type { ExtractProblem, Person, Quote } from '../../src/types.js';

/** The names the fake recognises. */
export const KNOWN_PEOPLE = ['Qassem Suleimani', 'Donald Trump', 'Abu Mahdi al-Muhandis', 'Chuck Schumer', 'Kelly Magsamen', 'Ahmed al-Assadi', 'Adam Kinzinger', 'Nancy Pelosi', 'Ivanka Trump', 'Ann <Evil> & Co', 'Donald J. Trump', 'Qasem Soleimani'];
const ORGANIZATIONS = ['Pentagon'];

/** Same signature as the real `extractWhoSaidWhat`. */
export function fakeWhoSaidWhat(input: { id: string; title: string; paragraphs: string[] }): { quotes: Quote[]; people: Person[]; problems: ExtractProblem[] } {
  const people: Person[] = [];
  for (const name of KNOWN_PEOPLE) {
    const surname = name.split(' ').at(-1)!.replace(/^al-/, '');
    const mentions: Person['mentions'] = [];
    input.paragraphs.forEach((text, paragraph) => {
      for (const match of text.matchAll(new RegExp(escape(name), 'g'))) mentions.push({ paragraph, start: match.index, end: match.index + name.length, text: name });
    });
    if (!mentions.length) continue;
    const first = mentions[0];
    const aliases = new Set<string>();
    input.paragraphs.forEach((text, paragraph) => {
      for (const match of text.matchAll(new RegExp(`(?<![\\w-])${escape(surname)}(?!\\w)`, 'g'))) {
        const inside = mentions.some((m) => m.paragraph === paragraph && match.index >= m.start && match.index < m.end);
        if (inside || paragraph < first.paragraph || (paragraph === first.paragraph && match.index < first.start)) continue;
        mentions.push({ paragraph, start: match.index, end: match.index + surname.length, text: surname });
        aliases.add(surname);
      }
    });
    mentions.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
    people.push({ name, aliases: [...aliases], titles: [], descriptions: [], mentions });
  }
  const quotes: Quote[] = [];
  input.paragraphs.forEach((text, paragraph) => {
    let previous: Quote['speaker'] | undefined;
    for (const match of text.matchAll(/“([^”]+)”/g)) {
      const start = match.index + 1;
      const end = start + match[1].length;
      const after = text.slice(end);
      const candidates = [...people.map((p) => ({ name: p.name, forms: [p.name, ...p.aliases], kind: 'person' as const })), ...ORGANIZATIONS.map((o) => ({ name: o, forms: [o], kind: 'organization' as const }))]
        .map((c) => ({ ...c, at: Math.min(...c.forms.map((form) => (after.indexOf(form) + 1 || Infinity) - 1)) }))
        .filter((c) => Number.isFinite(c.at))
        .sort((a, b) => a.at - b.at);
      const speaker = candidates[0] ? { name: candidates[0].name, kind: candidates[0].kind } : (previous ?? { name: '', kind: 'unknown' as const });
      previous = speaker;
      const id = createHash('sha1').update(`${input.id}\n${match[1]}`).digest('hex').slice(0, 12);
      quotes.push({ id, text: match[1], speaker, cue: 'said', paragraph, start, end, utterance: id });
    }
  });
  return { quotes, people, problems: [] };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
