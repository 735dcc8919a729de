/**
 * A person's name spelled two ways across the archive ("Qassem Suleimani" here, "Qassem Soleimani" there), or a
 * full name an article uses for one person spelled like another person's ("Stan Štefl" beside "Stan Štef"). The
 * evidence is deliberately narrow, so that two people who share a surname are never suggested as one: the same
 * given and middle names (doubled letters aside, as the people index compares them), and surnames that differ by
 * a prefix such as "al-"/"el-", doubled letters, or one letter (two for surnames of eight letters or more). The
 * rarer spelling is warned about, in every article that uses it, saying whether the site shows one person or two
 * and what to put in the people file. A pair the people file already settles (an alias, "distinct", "exclude")
 * is left alone.
 */
import { distance } from 'fastest-levenshtein';
import type { Anchor, ArticleSummary } from '../types.js';
import type { ArchiveFinding } from './check-archive.js';
import { nameKey, nameTokens, squash, surnameKey } from './name-keys.js';
import type { PeopleRules } from './parse-people-file.js';

/** Surnames shorter than this are too short for a one-letter difference to mean a misspelling (Lee, Lea). */
const MIN_SURNAME_LENGTH = 4;

interface Spelling {
  name: string;
  key: string;
  /** Given and middle names, doubled letters squashed. */
  forenames: string;
  surname: string;
  /** The articles using this spelling: where it is first mentioned, and the person page it is shown on. */
  uses: Map<string, { anchor: Anchor; slug: string | null | undefined }>;
  /** The article persons ("source#index") named so: two spellings one person holds are not compared. */
  holders: Set<string>;
  mentions: number;
}

/** Warnings for each article that spells a person's name the rarer of two near-identical ways. */
export function findNameVariants(records: ArticleSummary[], personSlugs: Record<string, Array<string | null>>, rules: PeopleRules): ArchiveFinding[] {
  const byForenames = new Map<string, Spelling[]>();
  const spellings = new Map<string, Spelling | undefined>();
  for (const record of records) {
    record.people.forEach((person, index) => {
      const mention = person.firstMention;
      const anchor: Anchor = mention ? { kind: 'paragraph', paragraph: mention.paragraph, offset: mention.start } : { kind: 'body' };
      const use = { anchor, slug: personSlugs[record.id]?.[index] };
      // A full name the article also uses for the person ("Stan Štefl" beside "Stanislav Štefl") is a spelling too,
      // compared with other people's names ("Stan Štef"), not with its own person's: a variant inside a quote
      // ("Soleimani" in a speaker's words) is the speaker's. A summary does not count an alias's mentions apart, so
      // it weighs as much as the person.
      for (const name of [person.name, ...person.aliases.filter((alias) => nameTokens(alias).length > 1)]) {
        if (!spellings.has(name)) spellings.set(name, toSpelling(name, byForenames));
        const spelling = spellings.get(name);
        if (!spelling) continue;
        spelling.mentions += person.mentionCount;
        if (!spelling.uses.has(record.source)) spelling.uses.set(record.source, use);
        spelling.holders.add(`${record.source}#${index}`);
      }
    });
  }
  const settled = settledPairs(rules);
  const findings: ArchiveFinding[] = [];
  for (const group of byForenames.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        if (!nearlyTheSame(group[i], group[j]) || settled(group[i].key, group[j].key) || heldByOne(group[i], group[j])) continue;
        const [variant, preferred] = rarerFirst(group[i], group[j]);
        const merged = [...variant.uses.values()][0].slug === [...preferred.uses.values()][0].slug;
        const advice = merged
          ? `the site shows both as one person. If that is right, add "${variant.name}" to the aliases of "${preferred.name}" in people.yml; if they are two people, list them under "distinct" there, or correct the spelling.`
          : `the site shows them as two people. If they are one, add "${variant.name}" to the aliases of "${preferred.name}" in people.yml, or correct the spelling.`;
        for (const [source, { anchor }] of variant.uses) {
          findings.push({ source, anchor, reason: `"${variant.name}" is spelled "${preferred.name}" ${whereElse(preferred, source)}; ${advice}`, ruleId: 'person-name-variant' });
        }
      }
    }
  }
  return findings;
}

/** Where else a spelling is used, seen from one article: "in this article and in 2 other articles (such as a.md)". */
function whereElse(spelling: Spelling, source: string): string {
  const others = [...spelling.uses.keys()].filter((other) => other !== source).sort();
  const here = spelling.uses.has(source) ? 'in this article' : '';
  if (others.length === 0) return here;
  const there = `in ${others.length} other ${others.length === 1 ? 'article' : 'articles'} (such as ${others[0]})`;
  return here ? `${here} and ${there}` : there;
}

/** A name's parts as compared, filed under its forenames; undefined for names too short to judge. */
function toSpelling(name: string, byForenames: Map<string, Spelling[]>): Spelling | undefined {
  const tokens = nameTokens(name);
  const surname = surnameKey(name);
  if (tokens.length < 2 || tokens[0].length < 2 || surname.length < MIN_SURNAME_LENGTH) return undefined;
  const spelling: Spelling = { name, key: nameKey(name), forenames: tokens.slice(0, -1).map(squash).join(' '), surname, uses: new Map(), holders: new Set(), mentions: 0 };
  const group = byForenames.get(spelling.forenames);
  if (group) group.push(spelling);
  else byForenames.set(spelling.forenames, [spelling]);
  return spelling;
}

/** Whether one article person holds both spellings (its name and an alias): the extractor read them as one already. */
function heldByOne(a: Spelling, b: Spelling): boolean {
  for (const holder of a.holders) if (b.holders.has(holder)) return true;
  return false;
}

/** Different spellings whose surnames differ only by a prefix, doubled letters, or one letter (two when long). */
function nearlyTheSame(a: Spelling, b: Spelling): boolean {
  if (a.key === b.key) return false;
  const [left, right] = [squash(a.surname), squash(b.surname)];
  return distance(left, right) <= (Math.min(left.length, right.length) >= 8 ? 2 : 1);
}

/** Whether the people file already says what two names are: one person, two people, or not people. */
function settledPairs(rules: PeopleRules): (a: string, b: string) => boolean {
  const excluded = new Set(rules.exclude.map(nameKey));
  const groups = [...rules.people.map((rule) => [rule.name, ...rule.aliases]), ...rules.distinct].map((names) => new Set(names.map(nameKey)));
  return (a, b) => excluded.has(a) || excluded.has(b) || groups.some((names) => names.has(a) && names.has(b));
}

/** The spelling used by fewer articles first, then by fewer mentions; then the one sorting later, for stability. */
function rarerFirst(a: Spelling, b: Spelling): [Spelling, Spelling] {
  if (a.uses.size !== b.uses.size) return a.uses.size < b.uses.size ? [a, b] : [b, a];
  if (a.mentions !== b.mentions) return a.mentions < b.mentions ? [a, b] : [b, a];
  return a.name > b.name ? [a, b] : [b, a];
}
