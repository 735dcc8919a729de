/**
 * Ordinary English words, from the lower-case entries of the maintained Hunspell dictionary `dictionary-en`
 * (wooorm) with the prefixes their flags allow, plus calendar words. A capitalised token that is an ordinary word is
 * weak evidence of a name.
 */
import dictionary from 'dictionary-en';

const calendar = `monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december today yesterday tomorrow christmas easter ramadan amongst whilst`;

const PROPER = new Set<string>();
const CALENDAR: ReadonlySet<string> = new Set(calendar.split(/\s+/));

/** Whether a lower-case word names a day, month or holiday ("wednesday", "may"), which is seldom a lone name. */
export function isCalendarWord(lower: string): boolean {
  return CALENDAR.has(lower);
}

function loadWords(): Set<string> {
  const words = new Set(calendar.split(/\s+/));
  const prefixes = prefixesByFlag(new TextDecoder().decode(dictionary.aff));
  const text = new TextDecoder().decode(dictionary.dic);
  let lineStart = text.indexOf('\n') + 1; // the first line is the entry count
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const code = text.charCodeAt(lineStart);
    const slash = text.indexOf('/', lineStart);
    const flagged = slash >= 0 && slash < lineEnd;
    const word = text.slice(lineStart, flagged ? slash : lineEnd).trim();
    if (code >= 97 && code <= 122) {
      words.add(word);
      // The dictionary lists "report" as "port" with the flag of "re": every such word is as ordinary as its stem.
      if (flagged) for (const flag of text.slice(slash + 1, lineEnd).trim()) {
        const prefix = prefixes.get(flag);
        if (prefix !== undefined) words.add(prefix + word);
      }
    } else if (code >= 65 && code <= 90) PROPER.add(word);
    lineStart = lineEnd + 1;
  }
  return words;
}

/**
 * The prefix each one-letter flag of the affix file adds ("PFX A 0 re ." : A adds "re"). Only rules that strip
 * nothing and apply to any word are taken, the only kind this dictionary has; a flag with several rules is left out.
 */
function prefixesByFlag(affixes: string): Map<string, string> {
  const rules = new Map<string, string[]>();
  for (const line of affixes.split('\n')) {
    const [kind, flag, strip, add, condition] = line.trim().split(/\s+/);
    if (kind !== 'PFX' || condition === undefined) continue;
    const list = rules.get(flag) ?? [];
    rules.set(flag, list);
    list.push(strip === '0' && condition === '.' ? add : '');
  }
  const prefixes = new Map<string, string>();
  for (const [flag, list] of rules) if (list.length === 1 && list[0]) prefixes.set(flag, list[0]);
  return prefixes;
}

const WORDS = loadWords();

/** Whether the dictionary lists a capitalised word as a proper noun ("Martin", "Penny"). */
export function isProperNoun(word: string): boolean {
  return PROPER.has(word);
}

/**
 * Whether a lower-case word, or its stem without a plural, past or -ing ending, is an ordinary English word. The
 * endings are stripped as English spells them, so a name that only looks inflected ("James", "Barnes") is no word.
 */
export function isCommonWord(lower: string): boolean {
  if (WORDS.has(lower)) return true;
  const n = lower.length;
  if (n > 3 && lower.endsWith('s')) {
    if (WORDS.has(lower.slice(0, -1))) return true;
    if (lower.endsWith('ies') && WORDS.has(lower.slice(0, -3) + 'y')) return true;
    // "-es" makes a plural or third person only after a hiss or an "o" ("boxes", "goes"): "James" is no "jam".
    if (lower.endsWith('es') && /(?:s|x|z|ch|sh|o)$/.test(lower.slice(0, -2)) && WORDS.has(lower.slice(0, -2))) return true;
  }
  if (n > 4 && lower.endsWith('ed')) return WORDS.has(lower.slice(0, -2)) || WORDS.has(lower.slice(0, -1));
  if (n > 5 && lower.endsWith('ing')) return WORDS.has(lower.slice(0, -3)) || WORDS.has(lower.slice(0, -3) + 'e');
  if (n > 4 && lower.endsWith('ly')) return WORDS.has(lower.slice(0, -2));
  return false;
}
