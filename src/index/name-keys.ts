/**
 * Keys for comparing person names across articles. Names arrive without titles (the extractor strips them), so a
 * key only has to ignore what varies between spellings of the same full name: case, accents and punctuation.
 * Middle initials and Jr./Sr. can tell people apart (George W. and George H. W. Bush), so keys keep them.
 */
import { withBaseLetters } from '../extract/who/fold-name.js';
import { EAST_ASIAN_SURNAMES } from '../extract/who/east-asian-surnames.js';

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** Arabic article prefixes that alphabetise and match without it: "al-Muhandis" is filed and found under M. */
const ARTICLE_PREFIX = /^(?:al|el|ad|ash|as|at|az|ar|an)-(?=\p{L}{2})/u;

/** Folded names by name: the same few thousand names are folded again and again while merging. */
const folded = new Map<string, string>();

/** Lower case, accents and punctuation dropped ("ł" read as "l"), curly apostrophes straightened: the form keys compare. */
export function foldName(name: string): string {
  let result = folded.get(name);
  if (result === undefined) folded.set(name, (result = fold(name)));
  return result;
}

function fold(name: string): string {
  return withBaseLetters(name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase())
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[^\p{L}\p{N}'\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The folded words of a name. */
export function nameTokens(name: string): string[] {
  return foldName(name).split(' ').filter(Boolean);
}

/** The key under which spellings of one full name meet: `donald j trump` for "Donald J. Trump". */
export function nameKey(name: string): string {
  // The folded name is already its words joined by single spaces; splitting and joining it again was a sixth of the
  // index stage at 10,000 synthetic articles.
  return foldName(name);
}

/** A name as written without its middle initials: "Donald Trump" for "Donald J. Trump". */
export function withoutMiddleInitials(name: string): string {
  const words = name.trim().split(/\s+/);
  return words.filter((word, index) => !(index > 0 && index < words.length - 1 && /^\p{L}\.?$/u.test(word))).join(' ');
}

/**
 * The key without middle initials: "Donald J. Trump" and "Donald Trump" both give `donald trump`. Not an identity
 * on its own (George W. and George H. W. Bush share it); the merge uses it only when one full name claims it.
 */
export function looseKey(name: string): string {
  return nameKey(withoutMiddleInitials(name));
}

/** The surname as compared with a surname-only mention: the last word but a Jr./III, without "al-" ("muhandis"). */
export function surnameKey(name: string): string {
  const tokens = nameTokens(name);
  const last = tokens.length > 1 && SUFFIXES.has(tokens.at(-1)!) ? tokens.at(-2)! : (tokens.at(-1) ?? '');
  return last.replace(ARTICLE_PREFIX, '');
}

/**
 * Whether a name is written surname first, as Chinese and Korean names usually are in English news: its first word
 * is a common East Asian surname, and the person is called by that word alone ("Ma said" for Ma Ngok) and never by
 * the name's last. Both are needed: articles call many Western people by their given name ("Abe", "Sean").
 */
export function leadsWithSurname(name: string, aliases: readonly string[]): boolean {
  const tokens = nameTokens(name);
  if (tokens.length < 2 || !EAST_ASIAN_SURNAMES.has(tokens[0])) return false;
  const short = new Set(aliases.map(nameKey).filter((alias) => alias && !alias.includes(' ')));
  return short.has(tokens[0]) && !short.has(surnameKey(name));
}

/**
 * Surname first, then the rest, folded: the A–Z order of a people index ("magsamen kelly"; "ma ngok" for a name
 * that `leadsWithSurname`).
 */
export function sortKeyOf(name: string, surnameFirst = false): string {
  const tokens = nameTokens(name);
  if (tokens.length < 2 || surnameFirst) return tokens.join(' ');
  const surname = surnameKey(name);
  return [surname, ...tokens.filter((token) => token.replace(ARTICLE_PREFIX, '') !== surname)].join(' ');
}

/** A word with doubled letters made single, so transliterations such as "Qassem" and "Qasem" compare equal. */
export function squash(word: string): string {
  return word.replace(/(\p{L})\1+/gu, '$1');
}
