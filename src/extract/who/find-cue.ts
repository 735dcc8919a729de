/**
 * Finds the attribution cue in the reporter's words around a quote: a speech verb ("said", "told Reuters",
 * "wrote on Twitter", "said in a statement") or "according to".
 */
import { CHAR_CLASS, isLeadSurrogate, isTrailSurrogate, LETTER, NUMBER } from './char-class.js';
import { codeUnitsOf } from './code-units.js';
import { PLATFORMS } from './platforms.js';
import { SPEECH_VERBS } from './speech-verbs.js';

/** A cue found in a stretch of text: the verb's offsets and the whole cue phrase as written. */
export interface Cue {
  /** Offset of the verb (or of "according"). */
  start: number;
  /** Offset just past the verb. */
  verbEnd: number;
  /** The cue phrase as written. */
  text: string;
  /** For "according to": the speaker follows; for "told": the audience follows. */
  kind: 'verb' | 'according-to' | 'told';
}

/**
 * White space and the word right after it (sticky): the audience runs on word by word, only white space between. A
 * forward search for the next word instead would read on past anything else, over a whole masked quote after "told".
 */
const SPACE_AND_WORD = /\s+([\p{L}\p{N}][\p{L}\p{N}'\u2019\-]*)/uy;
const MEDIUM = new RegExp(
  `^\\s+(?:(?:in|on|via|during|through|at)\\s+(?:a|an|the|his|her|their|its|my|our)?\\s*(?:[\\p{L}-]+\\s+){0,2}?(?:statement|interview|tweet|post|press release|press conference|news conference|briefing|email|e-mail|letter|speech|video|message|blog|podcast|broadcast|op-ed|column|(?:${[...PLATFORMS, 'X'].join('|')})(?:\\s+(?:post|posts|video|message|story|page|account|update|statement|livestream))?)\\b)`,
  'u',
);
const AUDIENCE_STOP = /^(on|in|at|that|during|after|before|last|this|when|while|about|of|from|by|for|with|as|and|but|the|earlier|later|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
const NOUN_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|its|his|her|their|our|this|these|those)\s+$/iu;
const NOT_REPORTING_AFTER = /^\s+(?:that\s+)?(?:for|up|off|out|into)\b/; // "called for", "called off"

/** Extends a "told" cue with its audience: "told Reuters", "told state media". */
function audience(text: string, from: number, limit: number): number {
  let end = from;
  for (let count = 0; count < 4; count++) {
    SPACE_AND_WORD.lastIndex = end;
    const m = SPACE_AND_WORD.exec(text);
    if (m === null) break;
    const word = m[1];
    const wordStart = m.index + m[0].length - word.length;
    if (wordStart >= limit || (AUDIENCE_STOP.test(word) && !(count === 0 && /^the$/i.test(word)))) break;
    end = wordStart + word.length;
  }
  return end;
}

/** Verbs that report speech only with their particle, and the particle: "pointed out". */
const PHRASAL_CUES: ReadonlyMap<string, RegExp> = new Map(['point', 'points', 'pointed', 'pointing'].map((verb) => [verb, /^\s+out\b/]));

let shortest = Infinity;
let longest = 0;
/**
 * For the first two letters of cue words, lower case ASCII, at `first * 128 + second`: bit L is set when a cue word
 * of length L starts with them. With the length, six in ten of the words that two letters alone let through are
 * turned away.
 */
const OPENINGS = new Uint32Array(128 * 128);
for (const verb of [...SPEECH_VERBS, ...PHRASAL_CUES.keys(), 'according']) {
  shortest = Math.min(shortest, verb.length);
  longest = Math.max(longest, verb.length);
  OPENINGS[verb.charCodeAt(0) * 128 + verb.charCodeAt(1)] |= 1 << verb.length;
}
if (longest > 31) throw new Error('A cue word is longer than the length bits of OPENINGS can hold.');
const LETTER_OR_NUMBER = LETTER | NUMBER;

/** The lower-case form of an ASCII letter, other code units unchanged. */
function asciiLower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/**
 * Whether the word at `start`, `length` code units long, may be a cue by its first two letters and its length. Only
 * ASCII is ruled out here: a few other letters lower-case to ASCII (the Kelvin sign to "k"), so those words take the
 * full check. The length is exact because a word that lower-cases to ASCII keeps its length (the Kelvin sign is
 * one code unit, as "k" is; letters that lengthen, such as "İ", lower-case to something outside ASCII).
 */
function mayBeCue(codes: Uint16Array, start: number, length: number): boolean {
  const a = asciiLower(codes[start]);
  const b = asciiLower(codes[start + 1]);
  return a >= 128 || b >= 128 || (OPENINGS[a * 128 + b] & (1 << length)) !== 0;
}

/** The length (1 or 2) of the letter or number (`[\p{L}\p{N}]`) at `i`, a surrogate pair counting as one, else 0. */
function letterOrNumberLength(table: Uint8Array, codes: Uint16Array, n: number, i: number): number {
  const c = codes[i];
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (isLeadSurrogate(c) && i + 1 < n && isTrailSurrogate(codes[i + 1])) return ASTRAL_LETTER_OR_NUMBER.test(String.fromCharCode(c, codes[i + 1])) ? 2 : 0;
  return (table[c] & LETTER_OR_NUMBER) !== 0 ? 1 : 0;
}

const ASTRAL_LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/**
 * The end of the word starting at `i`: letters and numbers, then also apostrophes and hyphens, as
 * `/[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*\/u` matches.
 */
function wordEnd(table: Uint8Array, codes: Uint16Array, n: number, i: number): number {
  while (i < n) {
    const c = codes[i];
    if (c === 39 || c === 0x2019 || c === 45) i++;
    else {
      const width = letterOrNumberLength(table, codes, n, i);
      if (width === 0) break;
      i += width;
    }
  }
  return i;
}

/** Whether a past-tense verb opens the sentence, its speaker after it: "Remarked scientist Tierra Curry, …". */
function invertedAtStart(verb: string, before: string): boolean {
  return verb.endsWith('ed') && /(?:^|[.!?]\s+)$/.test(before);
}

/** Finds the speech cues in `text` between `from` and `to`, in order. */
export function findCues(text: string, from: number, to: number): Cue[] {
  const cues: Cue[] = [];
  const codes = codeUnitsOf(text);
  const table = CHAR_CLASS;
  const n = text.length;
  let i = from;
  // Like a /u expression, never start inside a surrogate pair.
  if (i > 0 && i < n && isTrailSurrogate(codes[i]) && isLeadSurrogate(codes[i - 1])) i--;
  while (i < to && i < n) {
    const width = letterOrNumberLength(table, codes, n, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    let verbEnd = wordEnd(table, codes, n, i + width);
    i = verbEnd;
    // Lower-casing never shortens a word, so a word of another length is no cue; most fail on their first letters.
    const length = verbEnd - start;
    if (length < shortest || length > longest || !mayBeCue(codes, start, length)) continue;
    const w = text.slice(start, verbEnd).toLowerCase();
    if (w === 'according' && /^\s+to\b/.test(text.slice(verbEnd))) {
      const toEnd = verbEnd + text.slice(verbEnd).indexOf('to') + 2;
      cues.push({ start, verbEnd: toEnd, text: text.slice(start, toEnd), kind: 'according-to' });
      continue;
    }
    const particle = PHRASAL_CUES.get(w)?.exec(text.slice(verbEnd, verbEnd + 8));
    if (particle) verbEnd += particle[0].length;
    else if (!SPEECH_VERBS.has(w)) continue;
    // "The State Department", "the reports use": a capital inside a sentence or a determiner before makes a noun;
    // so does a capital after a dotted abbreviation or before another capital ("the U.S. State Department").
    const before = text.slice(Math.max(0, start - 7), start);
    const capital = codes[start] >= 65 && codes[start] <= 90;
    if (NOUN_BEFORE.test(before) || (capital && (/(?:[\p{L},]|\.\p{Lu}\.)\s+$/u.test(before) || (/^ \p{Lu}/u.test(text.slice(verbEnd, verbEnd + 2)) && !invertedAtStart(w, before))))) continue;
    const rest = text.slice(verbEnd, to);
    if (NOT_REPORTING_AFTER.test(rest)) continue;
    let end = verbEnd;
    const medium = MEDIUM.exec(rest);
    if (w === 'told' || w === 'tells' || w === 'tell' || w === 'telling') {
      end = audience(text, verbEnd, to);
      cues.push({ start, verbEnd, text: text.slice(start, end), kind: 'told' });
      continue;
    }
    if (medium) end = verbEnd + medium[0].length;
    cues.push({ start, verbEnd, text: text.slice(start, end), kind: 'verb' });
    // The medium's words are no cue of their own: "said in a Facebook post".
    i = end;
  }
  return cues;
}
