/**
 * Finds runs of capitalised words that may be names: "Gen. Qassem Suleimani", "George W. Bush",
 * "Abu Mahdi al-Muhandis", "Mohammad bin Salman", with possessives cut off, nicknames in quotes
 * (`Peter Edward "Ginger" Baker`) and party tags (`(R-Ill.)`) noted, and letters after a name (`QC`) left out;
 * an office's possessive stays inside ("the Sheriff's Office").
 */
import { CHAR_CLASS, codeAt, hasClass, isLeadSurrogate, MAY_BE_CAPITAL, SPACE, UPPER, WORD } from './char-class.js';
import { codeUnitsOf } from './code-units.js';
import { POST_NOMINALS } from './post-nominals.js';
import { ROLE_NOUNS } from './role-nouns.js';
import { TITLE_WORDS } from './titles.js';

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
  /** The tokens' texts joined with single spaces: what the run's decision is memoised under. */
  key: string;
}

const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'dos', 'das', 'del', 'dela', 'della', 'la', 'le', 'ter', 'zu', 'y']);
const ABBREVIATED = new Set(['gen', 'sen', 'rep', 'gov', 'dr', 'mr', 'mrs', 'ms', 'prof', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'rev', 'st', 'jr', 'sr', 'fr', 'cpl', 'cmdr', 'brig', 'pvt', 'det', 'supt']);
const NICKNAME = /^\s+["\u201C]([\p{Lu}][^"\u201C\u201D]{0,30})["\u201D]\s+$/u;
const NICKNAME_IN_TEXT = /\p{Lu}[\p{L}.]*\s+["\u201C]\p{Lu}[^"\u201C\u201D]{0,30}["\u201D]\s+(?=\p{Lu})/gu;
/** What must follow an opening mark for it to start a nickname; checked before the costlier whole pattern. */
const NICKNAME_TAIL = /["\u201C]\p{Lu}[^"\u201C\u201D]{0,30}["\u201D]\s+(?=\p{Lu})/uy;
const PARTY_TAG = /\s*\(([RDI]-[\p{L}.\s]{2,16})\)/uy;
const PARTY_TAG_IN_TEXT = /\([RDI]-[\p{L}.\s]{2,16}\)/gu;

// Imported bindings are read through a checked cell at every use, so the hot loops below take the table as an
// argument and these flags as module constants.
const WORD_BIT = WORD;
const UPPER_BIT = UPPER;
const SPACE_BIT = SPACE;
const MAY_BE_CAPITAL_BIT = MAY_BE_CAPITAL;

/** Whether a code unit is a word character. */
function isWordChar(table: Uint8Array, c: number): boolean {
  return (table[c] & WORD_BIT) !== 0;
}

/**
 * The start of the next word at or after `i` that may be capitalised (its first character is not a lower-case
 * ASCII letter or a digit), or -1. A word runs on over a hyphen, apostrophe or stop between word characters, so a
 * capital right after one ("al-Assad", "O'Neill") continues a word rather than starting one. Outside a run only
 * such words matter, and most words are lower case, so this skips the rest with one table read per character and
 * one test that is seldom true. Comparing the code unit with ASCII's ranges first took a branch that flipped at
 * every space and every word after it, which the processor mispredicts: `findNameRuns` over the corpus's paragraphs
 * took 12.2 ms a round that way, 10.2 ms this way.
 */
function nextCapitalWordStart(table: Uint8Array, codes: Uint16Array, n: number, i: number): number {
  for (; i < n; i++) {
    if ((table[codes[i]] & MAY_BE_CAPITAL_BIT) === 0) continue;
    if (i > 0) {
      const b = codes[i - 1];
      if (isWordChar(table, b)) continue;
      if ((b === 45 || b === 39 || b === 0x2019 || b === 46) && i > 1 && isWordChar(table, codes[i - 2])) continue;
    }
    return i;
  }
  return -1;
}

let longestParticle = 0;
for (const particle of PARTICLES) longestParticle = Math.max(longestParticle, particle.length);
/**
 * For each lower-case ASCII first letter of a particle, a bit per second character ('a'-'z' at bits 0-25, a hyphen at
 * bit 26, as in "y-" and the one-letter "y" joined to a name): most words ("the", "and", "in") fail on their first
 * two characters, before any slice or lookup.
 */
const PARTICLE_OPENINGS = new Uint32Array(26);
const openingBit = (c: number): number => (c === 45 ? 1 << 26 : c >= 97 && c <= 122 ? 1 << (c - 97) : 0);
for (const particle of PARTICLES) {
  PARTICLE_OPENINGS[particle.charCodeAt(0) - 97] |= particle.length === 1 ? openingBit(45) : openingBit(particle.charCodeAt(1));
}

/** Whether `text[start, end)` is a lower-case particle that can sit inside a name ("bin", "van", "al-Assad", "d'Estaing"). */
function isParticleAt(text: string, codes: Uint16Array, start: number, end: number): boolean {
  const first = codes[start];
  if (first < 97 || first > 122) return false;
  if (isElidedParticle(codes, start, end)) return true;
  // A one-letter word: only the particle "y" itself, which its opening bits leave out.
  if (end - start === 1) return PARTICLES.has(text.slice(start, end));
  if ((PARTICLE_OPENINGS[first - 97] & openingBit(codes[start + 1])) === 0) return false;
  if (end - start <= longestParticle && PARTICLES.has(text.slice(start, end))) return true;
  // A particle joined to a capitalised name by its first hyphen: "al-Assad".
  const limit = Math.min(end, start + longestParticle + 1);
  let dash = start + 1;
  while (dash < limit && codes[dash] !== 45) dash++;
  return dash < limit && dash + 1 < end && (CHAR_CLASS[codes[dash + 1]] & UPPER_BIT) !== 0 && PARTICLES.has(text.slice(start, dash));
}

/** Whether a word is "d'" or "l'" elided before a capitalised name: "d'Estaing", "d’Alembert", "l'Ouverture". */
function isElidedParticle(codes: Uint16Array, start: number, end: number): boolean {
  const first = codes[start];
  const mark = codes[start + 1];
  return (first === 100 || first === 108) && (mark === 39 || mark === 0x2019) && end - start > 3 && (CHAR_CLASS[codes[start + 2]] & UPPER_BIT) !== 0;
}

/** Whether a token is a particle, which never ends a run; particles start with a lower-case letter. */
function isParticleToken(token: RunToken, codes: Uint16Array): boolean {
  const c = codes[token.start];
  return c >= 97 && c <= 122 && PARTICLES.has(token.text);
}

/** Initials or an acronym written with stops, before its last stop: "J.K" (Rowling), "U.N" (Security Council). */
const DOTTED_INITIALS = /^(?:\p{Lu}\.)+\p{Lu}$/u;

/** Whether a word is written as a name is, a capital then a small letter or apostrophe: not an acronym ("WGM", "U.S."). */
function isNameCased(codes: Uint16Array, start: number): boolean {
  return (CHAR_CLASS[codes[start + 1]] & UPPER_BIT) === 0 && codes[start + 1] !== 46;
}

/**
 * Whether an editor's square bracket completes a name, the bracket beside the space between two of its words: a
 * surname after a given name ("Jerry [O'Connell]"), or given names before a surname that ends the run ("[Augustine
 * Triumph] Attah"). A bracket that glosses a name ("Ayasofya [Haghia Sophia]") or adds a title ("[WGM] Nazí
 * Paikidze") does not. `wordEnd` is where the word after the gap ends, `runStart` where the run starts.
 */
function bracketCompletesName(codes: Uint16Array, from: number, wordEnd: number, runStart: number): boolean {
  const to = from + 2;
  if (!isNameCased(codes, to) || !isNameCased(codes, runStart)) return false;
  if (codes[from] === 32 && codes[from + 1] === 91) return codes[wordEnd] === 93;
  if (codes[from] !== 93 || codes[from + 1] !== 32 || codes[runStart - 1] !== 91) return false;
  return codes[wordEnd] !== 32 || (CHAR_CLASS[codes[wordEnd + 1]] & UPPER_BIT) === 0;
}

/**
 * Whether the gap between two tokens keeps them in one run: a space (or two), the stop of an initial or abbreviation, or an
 * editor's bracket that completes the name (`bracketCompletesName`). `wordEnd` is where the word after the gap ends,
 * `runStart` where the run starts.
 */
function joins(prev: RunToken, codes: Uint16Array, from: number, to: number, wordEnd: number, runStart: number): boolean {
  const length = to - from;
  if (length === 1) return (CHAR_CLASS[codes[from]] & SPACE_BIT) !== 0;
  // A space typed twice, or a no-break space and a space: "Chad  Peace".
  if (length === 2 && (CHAR_CLASS[codes[from]] & CHAR_CLASS[codes[from + 1]] & SPACE_BIT) !== 0) return true;
  if (length === 2 && (codes[from] === 93 || codes[from + 1] === 91)) return bracketCompletesName(codes, from, wordEnd, runStart);
  if (length === 2 && (codes[from] === 39 || codes[from] === 0x2019) && codes[from + 1] === 32) return ownsPlural(prev.text);
  if (length === 2 && codes[from] === 46 && (CHAR_CLASS[codes[from + 1]] & SPACE_BIT) !== 0) {
    return prev.text.length === 1 || ABBREVIATED.has(prev.text.toLowerCase()) || DOTTED_INITIALS.test(prev.text);
  }
  return false;
}

/** The length of a possessive ending ("Iran’s", "Reuters'") of `text[start, end)`, or 0 when too little would be left. */
function possessiveLength(codes: Uint16Array, start: number, end: number): number {
  const last = codes[end - 1];
  const cut = last === 39 || last === 0x2019 ? 1 : last === 115 && end - start > 1 && (codes[end - 2] === 39 || codes[end - 2] === 0x2019) ? 2 : 0;
  return end - start - cut < 2 ? 0 : cut;
}

/**
 * Whether a possessive belongs inside a name: an office or a group owns what a capitalised word names after it,
 * "the Sheriff's Office", "the U.S. Attorney's Office", "the Children's Hospital", "the People's Liberation Army".
 * A person's possessive ("Trump's Office") still ends the run.
 */
function possessiveInsideName(text: string, codes: Uint16Array, start: number, stem: number, end: number): boolean {
  if (codes[end] !== 32 || end + 1 >= codes.length || (CHAR_CLASS[codes[end + 1]] & UPPER_BIT) === 0) return false;
  const owner = text.slice(start, stem).toLowerCase();
  return TITLE_WORDS.has(owner) || ROLE_NOUNS.has(owner);
}

/**
 * Whether a plural's possessive written with the mark alone belongs inside a name: a group of people owns what a
 * capitalised word names after it, "Santos Doctors' Hospital", "the Workers' Party", "Veterans' Day".
 */
function ownsPlural(owner: string): boolean {
  const word = owner.toLowerCase();
  return word.length > 3 && word.endsWith('s') && (ROLE_NOUNS.has(word) || ROLE_NOUNS.has(word.slice(0, -1)));
}

/**
 * Whether a nickname may open at the mark at `q`: a space before it, a capital after it and a closing mark within 31
 * characters. Where a surrogate pair makes code units and characters differ, the expression decides.
 */
function mayOpenNickname(text: string, q: number): boolean {
  if (!hasClass(text, q - 1, SPACE)) return false;
  const first = codeAt(text, q + 1);
  if (isLeadSurrogate(first)) return true;
  if ((CHAR_CLASS[first] & UPPER) === 0) return false;
  const limit = Math.min(text.length, q + 33);
  for (let i = q + 2; i < limit; i++) {
    const c = codeAt(text, i);
    if (c === 34 || c === 0x201d || isLeadSurrogate(c)) return true;
    if (c === 0x201c) return false;
  }
  return false;
}

/**
 * The stretches whose words stay out of runs: nicknames in quotes inside a name (`Peter "Ginger" Baker`, from the
 * opening mark on) and party tags. Gives the same stretches as running NICKNAME_IN_TEXT over the whole text, but
 * runs it only from an opening mark that could start a nickname.
 */
function skippedStretches(text: string, hasParenthesis: boolean, mayHoldMarks: boolean): number[] {
  const skip: number[] = [];
  let from = 0;
  // The next straight and the next left mark: each is searched for again only once passed, so a paragraph full of
  // one kind of mark is not read to its end for the other kind at every mark.
  let straight = mayHoldMarks ? text.indexOf('"') : -1;
  let curly = mayHoldMarks ? text.indexOf('\u201C') : -1;
  while (straight >= 0 || curly >= 0) {
    const q = curly < 0 || (straight >= 0 && straight < curly) ? straight : curly;
    if (q === straight) straight = text.indexOf('"', q + 1);
    else curly = text.indexOf('\u201C', q + 1);
    if (q < from || !mayOpenNickname(text, q)) continue;
    NICKNAME_TAIL.lastIndex = q;
    if (!NICKNAME_TAIL.test(text)) continue;
    NICKNAME_IN_TEXT.lastIndex = from;
    const m = NICKNAME_IN_TEXT.exec(text);
    if (m === null) break;
    from = m.index + m[0].length;
    skip.push(m.index + m[0].search(/["\u201C]/), from);
  }
  if (hasParenthesis) {
    PARTY_TAG_IN_TEXT.lastIndex = 0;
    for (let m = PARTY_TAG_IN_TEXT.exec(text); m !== null; m = PARTY_TAG_IN_TEXT.exec(text)) skip.push(m.index, m.index + m[0].length);
  }
  return skip;
}

/** Whether an opening bracket follows `at` after white space only: what a party tag needs before its expression is tried. */
function opensBracketAfterSpaces(codes: Uint16Array, n: number, at: number): boolean {
  while (at < n && (CHAR_CLASS[codes[at]] & SPACE_BIT) !== 0) at++;
  return at < n && codes[at] === 40;
}

function isSkipped(skip: number[], at: number): boolean {
  for (let k = 0; k < skip.length; k += 2) if (at > skip[k] && at < skip[k + 1]) return true;
  return false;
}

/**
 * The tokens' texts of `run` joined with single spaces. Most runs of several words are written that way, so the key is
 * one slice of the text: a flat string, where joining the words builds a rope that the memo's lookup must flatten.
 */
function runKey(text: string, codes: Uint16Array, run: NameRun): string {
  const tokens = run.tokens;
  if (tokens.length === 1) return tokens[0].text;
  // A token's text is its stretch of the text, except after "Jr"/"Sr", whose stop is kept outside the text.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.text.length !== t.end - t.start || (i > 0 && (t.start - tokens[i - 1].end !== 1 || codes[t.start - 1] !== 32))) {
      let key = tokens[0].text;
      for (let j = 1; j < tokens.length; j++) key += ' ' + tokens[j].text;
      return key;
    }
  }
  return text.slice(run.start, run.end);
}

/**
 * Finds the capitalised runs in one paragraph's text; `mayHoldMarks` false says the text holds no double quotation
 * mark (the caller searched it already), so no nickname is looked for.
 */
export function findNameRuns(text: string, mayHoldMarks = true): NameRun[] {
  // Words inside a nickname's quotes (`Peter "Ginger" Baker`) are left out so the run spans the whole name.
  const hasParenthesis = text.includes('(');
  const skip = skippedStretches(text, hasParenthesis, mayHoldMarks);
  const codes = codeUnitsOf(text);
  const table = CHAR_CLASS;
  const runs: NameRun[] = [];
  const n = text.length;
  let current: NameRun | undefined;
  const close = (): void => {
    if (!current) return;
    // A run never ends on a particle.
    while (current.tokens.length > 0 && isParticleToken(current.tokens[current.tokens.length - 1], codes)) current.tokens.pop();
    // Nor on letters after a name ("Judge Durham Hall QC"), when a name of two words or more is left: "Labour MP" stays.
    while (current.tokens.length > 2 && POST_NOMINALS.has(current.tokens[current.tokens.length - 1].text)) current.tokens.pop();
    if (current.tokens.length > 0) {
      // "Jr." and "Sr." keep their stop as written, even where it also ends the sentence; their words do not.
      const last = current.tokens[current.tokens.length - 1];
      if (codes[last.end] === 46 && (last.text === 'Jr' || last.text === 'Sr')) last.end += 1;
      current.start = current.tokens[0].start;
      current.end = current.tokens[current.tokens.length - 1].end;
      current.key = runKey(text, codes, current);
      if (hasParenthesis && opensBracketAfterSpaces(codes, n, current.end)) {
        PARTY_TAG.lastIndex = current.end;
        const tag = PARTY_TAG.exec(text);
        if (tag) current.partyTag = tag[1];
      }
      runs.push(current);
    }
    current = undefined;
  };
  let i = 0;
  while (i < n) {
    if (!current) {
      // Outside a run only a capitalised word matters.
      i = nextCapitalWordStart(table, codes, n, i);
      if (i < 0) break;
    } else if (!isWordChar(table, codes[i])) {
      i++;
      continue;
    }
    const wordStart = i++;
    while (i < n) {
      const c = codes[i];
      if (isWordChar(table, c)) i++;
      else if ((c === 45 || c === 39 || c === 0x2019 || c === 46) && i + 1 < n && isWordChar(table, codes[i + 1])) i += 2;
      else break;
    }
    const cap = (table[codes[wordStart]] & UPPER_BIT) !== 0;
    if (!cap && !current) continue;
    if (skip.length > 0 && isSkipped(skip, wordStart)) continue;
    if (!cap && !isParticleAt(text, codes, wordStart, i)) {
      close();
      continue;
    }
    if (current) {
      const prev = current.tokens[current.tokens.length - 1];
      const nick = wordStart - prev.end > 3 ? NICKNAME.exec(text.slice(prev.end, wordStart)) : null;
      if (nick && cap && !current.nickname) current.nickname = nick[1];
      else if (!joins(prev, codes, prev.end, wordStart, i, current.start)) close();
      else if (codes[prev.end] === 46) {
        // Keep the stop of an initial or abbreviated title with its word: "W.", "Gen."
        prev.text += '.';
        prev.end += 1;
      }
    }
    if (!cap && !current) continue;
    let cut = possessiveLength(codes, wordStart, i);
    if (cut > 0 && possessiveInsideName(text, codes, wordStart, i - cut, i)) cut = 0;
    const token: RunToken = { text: text.slice(wordStart, i - cut), start: wordStart, end: i - cut };
    // Every property set up front: objects of one shape keep property reads fast downstream.
    // Most runs are one word: an array literal holds it without the spare capacity a first push allocates.
    if (!current) current = { tokens: [token], start: token.start, end: token.end, nickname: undefined, partyTag: undefined, key: '' };
    else current.tokens.push(token);
    if (cut > 0) close();
  }
  close();
  return runs;
}
