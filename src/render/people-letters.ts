/**
 * The letters of the people index. A person is filed under the first letter of their surname (their `sortKey`),
 * folded to A–Z when it is a Latin letter (Ö under O, Ł under L, Æ under A); a name starting with a digit or a letter
 * of another script goes under `#`, because guessing a Latin letter for it would hide it from a reader scanning A–Z.
 */
import transliterate from '@sindresorhus/transliterate';

/** The catch-all letter for names that start with no Latin letter. */
export const OTHER_LETTER = '#';

/** Every letter of the index, in order: A to Z, then the catch-all. */
export const PEOPLE_LETTERS: readonly string[] = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', OTHER_LETTER];

const LATIN_LETTER = /^\p{Script=Latin}/u;

/** The index letter of a sort key: `O` for "öcalan abdullah", `#` for "путин владимир" or "1st". */
export function letterOf(sortKey: string): string {
  const first = [...sortKey.trimStart()][0] ?? '';
  if (!LATIN_LETTER.test(first)) return OTHER_LETTER;
  const folded = transliterate(first).charAt(0).toUpperCase();
  return /^[A-Z]$/.test(folded) ? folded : OTHER_LETTER;
}

/** The URL segment of a letter: `a` for A, `other` for the catch-all (a person slug never takes these). */
export function letterSlug(letter: string): string {
  return letter === OTHER_LETTER ? 'other' : letter.toLowerCase();
}

/** How a letter is named in headings, titles and links: the catch-all is "Other names", not a bare `#`. */
export function letterLabel(letter: string): string {
  return letter === OTHER_LETTER ? 'Other names' : letter;
}

// The collator puts "øvergaard" among the O names, where code-unit order would put it after "oz".
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** A–Z order of two sort keys as a reader expects it, letters with accents or strokes among their plain forms. */
export function compareSortKeys(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Items grouped under every index letter (empty letters included), each group in A–Z order of its sort keys. */
export function groupByLetter<T>(items: readonly T[], sortKeyOf: (item: T) => string, tieBreak: (item: T) => string): Map<string, T[]> {
  const groups = new Map(PEOPLE_LETTERS.map((letter) => [letter, [] as T[]]));
  for (const item of items) groups.get(letterOf(sortKeyOf(item)))!.push(item);
  for (const members of groups.values()) {
    members.sort((a, b) => compareSortKeys(sortKeyOf(a), sortKeyOf(b)) || (tieBreak(a) < tieBreak(b) ? -1 : tieBreak(a) > tieBreak(b) ? 1 : 0));
  }
  return groups;
}
