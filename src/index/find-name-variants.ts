/**
 * A person's name spelled two ways across the archive ("Qassem Suleimani" here, "Qassem Soleimani" there). The
 * evidence is deliberately narrow, so that two people who share a surname are never suggested as one: the same
 * given name, and surnames that differ by accents or by one or two letters. The rarer spelling is the one warned
 * about, in every article that uses it, with an alias suggested.
 */
import { distance } from 'fastest-levenshtein';
import type { Anchor, ArticleRecord } from '../types.js';
import type { ArchiveFinding } from './check-archive.js';

/** Surnames shorter than this are too short for a one-letter difference to mean a misspelling (Lee, Lea). */
const MIN_SURNAME_LENGTH = 4;

interface Spelling {
  name: string;
  given: string;
  surname: string;
  /** The articles using this spelling, each with its first mention. */
  uses: Map<string, Anchor>;
}

/** Warnings for each article that spells a person's name the rarer of two near-identical ways. */
export function findNameVariants(records: ArticleRecord[]): ArchiveFinding[] {
  const byGivenName = new Map<string, Spelling[]>();
  const spellings = new Map<string, Spelling>();
  for (const record of records) {
    for (const person of record.people) {
      let spelling = spellings.get(person.name);
      if (!spelling) {
        const words = person.name.split(/\s+/).filter(Boolean);
        const given = fold(words[0] ?? '');
        const surname = fold(words.at(-1) ?? '');
        if (words.length < 2 || given.replace(/\./g, '').length < 2 || surname.length < MIN_SURNAME_LENGTH) continue;
        spelling = { name: person.name, given, surname, uses: new Map() };
        spellings.set(person.name, spelling);
        const group = byGivenName.get(given);
        if (group) group.push(spelling);
        else byGivenName.set(given, [spelling]);
      }
      const mention = person.mentions[0];
      if (!spelling.uses.has(record.source)) {
        spelling.uses.set(record.source, mention ? { kind: 'paragraph', paragraph: mention.paragraph, offset: mention.start } : { kind: 'body' });
      }
    }
  }
  const findings: ArchiveFinding[] = [];
  for (const group of byGivenName.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        if (!nearlyTheSame(group[i], group[j])) continue;
        const [variant, preferred] = rarerFirst(group[i], group[j]);
        const count = preferred.uses.size;
        const example = [...preferred.uses.keys()].sort()[0];
        for (const [source, anchor] of variant.uses) {
          findings.push({
            source,
            anchor,
            reason: `"${variant.name}" is spelled "${preferred.name}" in ${count} other ${count === 1 ? 'article' : 'articles'} (such as ${example}). If they are one person, use one spelling, or make "${variant.name}" an alias of "${preferred.name}".`,
            ruleId: 'person-name-variant',
          });
        }
      }
    }
  }
  return findings;
}

/** Same given name, and surnames that differ, but only by accents or by one letter (two for long surnames). */
function nearlyTheSame(a: Spelling, b: Spelling): boolean {
  if (a.given !== b.given) return false;
  const [rawA, rawB] = [a.name.split(/\s+/), b.name.split(/\s+/)];
  if (rawA[0] === rawB[0] && rawA.at(-1) === rawB.at(-1)) return false;
  return distance(a.surname, b.surname) <= (Math.min(a.surname.length, b.surname.length) >= 8 ? 2 : 1);
}

/** The spelling used by fewer articles first; on a tie, the one sorting later, so the choice is stable. */
function rarerFirst(a: Spelling, b: Spelling): [Spelling, Spelling] {
  if (a.uses.size !== b.uses.size) return a.uses.size < b.uses.size ? [a, b] : [b, a];
  return a.name > b.name ? [a, b] : [b, a];
}

/** Lower case without accents, so "José" and "Jose" compare equal. */
function fold(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
