/**
 * Finds runs of capitalised words that may be names: "Gen. Qassem Suleimani", "George W. Bush",
 * "Abu Mahdi al-Muhandis", "Mohammad bin Salman", with possessives cut off, nicknames in quotes
 * (`Peter Edward "Ginger" Baker`) and party tags (`(R-Ill.)`) noted.
 */
import { CHAR_CLASS, hasClass, SPACE, UPPER, WORD } from './char-class.js';

/** One word of a run, with its offsets in the paragraph. */
export interface RunToken {
  text: string;
  start: number;
  end: number;
}

/** A run of capitalised words in one paragraph. */
export interface NameRun {
  tokens: RunToken[];
  start: number;
  end: number;
  /** A nickname printed in quotes inside the run. */
  nickname?: string;
  /** A party tag right after the run, without brackets ("R-Ill."). */
  partyTag?: string;
}

const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'dos', 'das', 'del', 'della', 'la', 'le', 'ter', 'zu', 'y']);
const ABBREVIATED = new Set(['gen', 'sen', 'rep', 'gov', 'dr', 'mr', 'mrs', 'ms', 'prof', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'rev', 'st', 'jr', 'sr', 'fr', 'cpl', 'cmdr', 'brig', 'pvt', 'det', 'supt']);
const NICKNAME = /^\s+["\u201C]([\p{Lu}][^"\u201C\u201D]{0,30})["\u201D]\s+$/u;
const NICKNAME_IN_TEXT = /\p{Lu}[\p{L}.]*\s+["\u201C]\p{Lu}[^"\u201C\u201D]{0,30}["\u201D]\s+(?=\p{Lu})/gu;
/** What must follow an opening mark for it to start a nickname; checked before the costlier whole pattern. */
const NICKNAME_TAIL = /["\u201C]\p{Lu}[^"\u201C\u201D]{0,30}["\u201D]\s+(?=\p{Lu})/uy;
const OPENING_MARK = /["\u201C]/g;
const PARTY_TAG = /\s*\(([RDI]-[\p{L}.\s]{2,16})\)/uy;
const PARTY_TAG_IN_TEXT = /\([RDI]-[\p{L}.\s]{2,16}\)/gu;

/** Word characters, as the scanner below defines them, for a regular expression without the u flag. */
const W = '0-9A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u1FFF\\u2C00-\\u2FFF\\u3040-\\uDFFF\\uE001-\\uFE2F\\uFE50-\\uFFFF';
/**
 * The start of the next word that may be capitalised: a word character other than a lower-case ASCII letter or
 * digit, not continuing a word (a word runs on over a hyphen, apostrophe or stop between word characters). Most
 * words are lower case, so the scanner jumps between these instead of walking every character in JavaScript.
 */
// The character comes first and the look-behind after it, so the engine scans for the class and checks the
// neighbours only where it found one.
const CAPITAL_WORD_START = new RegExp(`[A-Z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u1FFF\\u2C00-\\u2FFF\\u3040-\\uDFFF\\uE001-\\uFE2F\\uFE50-\\uFFFF](?<![${W}][^]|[${W}][-'\\u2019.][^])`, 'g');

function isCapitalised(word: string): boolean {
  return hasClass(word, 0, UPPER);
}

function isWordChar(c: number): boolean {
  return (CHAR_CLASS[c] & WORD) !== 0;
}

/** Whether a word is a lower-case particle that can sit inside a name ("bin", "van", "al-Assad"). */
function isParticle(word: string): boolean {
  if (PARTICLES.has(word)) return true;
  const dash = word.indexOf('-');
  return dash > 0 && PARTICLES.has(word.slice(0, dash)) && isCapitalised(word.slice(dash + 1));
}

/** Whether the gap between two tokens keeps them in one run. */
function joins(prev: RunToken, text: string, from: number, to: number): boolean {
  const length = to - from;
  if (length === 1) return hasClass(text, from, SPACE);
  if (length === 2 && text.charCodeAt(from) === 46 && hasClass(text, from + 1, SPACE)) {
    return prev.text.length === 1 || ABBREVIATED.has(prev.text.toLowerCase());
  }
  return false;
}

/** Cuts a possessive ending ("Iran’s", "Reuters'") off a token, unless too little would be left. */
function stripPossessive(t: RunToken): { token: RunToken; possessive: boolean } {
  const text = t.text;
  const n = text.length;
  const last = text.charCodeAt(n - 1);
  const cut = last === 39 || last === 0x2019 ? 1 : last === 115 && n > 1 && (text.charCodeAt(n - 2) === 39 || text.charCodeAt(n - 2) === 0x2019) ? 2 : 0;
  if (cut === 0 || n - cut < 2) return { token: t, possessive: false };
  return { token: { text: text.slice(0, n - cut), start: t.start, end: t.start + n - cut }, possessive: true };
}

/**
 * The stretches whose words stay out of runs: nicknames in quotes inside a name (`Peter "Ginger" Baker`, from the
 * opening mark on) and party tags. Gives the same stretches as running NICKNAME_IN_TEXT over the whole text, but
 * runs it only from an opening mark that could start a nickname.
 */
function skippedStretches(text: string): number[] {
  const skip: number[] = [];
  let from = 0;
  OPENING_MARK.lastIndex = 0;
  for (let mark = OPENING_MARK.exec(text); mark !== null; mark = OPENING_MARK.exec(text)) {
    const q = mark.index;
    if (q < from || !hasClass(text, q - 1, SPACE)) continue;
    NICKNAME_TAIL.lastIndex = q;
    if (!NICKNAME_TAIL.test(text)) continue;
    NICKNAME_IN_TEXT.lastIndex = from;
    const m = NICKNAME_IN_TEXT.exec(text);
    if (m === null) break;
    from = m.index + m[0].length;
    skip.push(m.index + m[0].search(/["\u201C]/), from);
    OPENING_MARK.lastIndex = Math.max(OPENING_MARK.lastIndex, from);
  }
  if (text.includes('(')) {
    PARTY_TAG_IN_TEXT.lastIndex = 0;
    for (let m = PARTY_TAG_IN_TEXT.exec(text); m !== null; m = PARTY_TAG_IN_TEXT.exec(text)) skip.push(m.index, m.index + m[0].length);
  }
  return skip;
}

function isSkipped(skip: number[], at: number): boolean {
  for (let k = 0; k < skip.length; k += 2) if (at > skip[k] && at < skip[k + 1]) return true;
  return false;
}

/** Finds the capitalised runs in one paragraph's text. */
export function findNameRuns(text: string): NameRun[] {
  // Words inside a nickname's quotes (`Peter "Ginger" Baker`) are left out so the run spans the whole name.
  const skip = skippedStretches(text);
  const hasParenthesis = text.includes('(');
  const runs: NameRun[] = [];
  let current: NameRun | undefined;
  const close = (): void => {
    if (!current) return;
    // A run never ends on a particle.
    while (current.tokens.length > 0 && PARTICLES.has(current.tokens[current.tokens.length - 1].text)) current.tokens.pop();
    if (current.tokens.length > 0) {
      current.start = current.tokens[0].start;
      current.end = current.tokens[current.tokens.length - 1].end;
      if (hasParenthesis) {
        PARTY_TAG.lastIndex = current.end;
        const tag = PARTY_TAG.exec(text);
        if (tag) current.partyTag = tag[1];
      }
      runs.push(current);
    }
    current = undefined;
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!current) {
      // Outside a run only a capitalised word matters.
      CAPITAL_WORD_START.lastIndex = i;
      const next = CAPITAL_WORD_START.exec(text);
      if (next === null) break;
      i = next.index;
    } else if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const wordStart = i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isWordChar(c)) i++;
      else if ((c === 45 || c === 39 || c === 0x2019 || c === 46) && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) i += 2;
      else break;
    }
    const cap = (CHAR_CLASS[text.charCodeAt(wordStart)] & UPPER) !== 0;
    if (!cap && !current) continue;
    if (skip.length > 0 && isSkipped(skip, wordStart)) continue;
    const raw: RunToken = { text: text.slice(wordStart, i), start: wordStart, end: i };
    if (!cap && !isParticle(raw.text)) {
      close();
      continue;
    }
    if (current) {
      const prev = current.tokens[current.tokens.length - 1];
      const nick = raw.start - prev.end > 3 ? NICKNAME.exec(text.slice(prev.end, raw.start)) : null;
      if (nick && cap && !current.nickname) current.nickname = nick[1];
      else if (!joins(prev, text, prev.end, raw.start)) close();
      else if (text.charCodeAt(prev.end) === 46) {
        // Keep the stop of an initial or abbreviated title with its word: "W.", "Gen."
        prev.text += '.';
        prev.end += 1;
      }
    }
    if (!cap && !current) continue;
    const { token, possessive } = stripPossessive(raw);
    if (!current) current = { tokens: [], start: token.start, end: token.end };
    current.tokens.push(token);
    if (possessive) close();
  }
  close();
  return runs;
}
