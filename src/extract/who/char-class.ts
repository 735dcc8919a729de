/**
 * Character classes of UTF-16 code units as one lookup table, so the hot scanners test a character with one array
 * read instead of a regular expression or a chain of comparisons. Lone code units are classified, as
 * `charCodeAt` returns them; a supplementary-plane letter is not a letter here, as with `/\p{L}/u.test(text[i])`.
 */

/** A word character of the name scanner: letters, digits and marks, not punctuation, spaces, symbols or MASK. */
export const WORD = 1;
/** An upper-case letter (`\p{Lu}`). */
export const UPPER = 2;
/** A lower-case letter (`\p{Ll}`). */
export const LOWER = 4;
/** Any letter (`\p{L}`). */
export const LETTER = 8;
/** White space as JavaScript's `\s` defines it. */
export const SPACE = 16;
/** A number (`\p{N}`). */
export const NUMBER = 32;
/**
 * A word character that may open a capitalised word: an ASCII capital or any word character outside ASCII (not a
 * lower-case ASCII letter or a digit). The name scanner tests it with one table read per character.
 */
export const MAY_BE_CAPITAL = 64;

function build(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (isWordCode(c)) table[c] = (c >= 65 && c <= 90) || c >= 128 ? WORD | MAY_BE_CAPITAL : WORD;
  // Every BMP code unit at its own index, lone surrogates blanked (they are no letter and no space); a regular
  // expression finds each class's ranges in one pass, far faster at start-up than testing 65,536 characters.
  let all = '';
  for (let c = 0; c < 0x10000; c += 0x1000) {
    const codes: number[] = [];
    for (let d = c; d < c + 0x1000; d++) codes.push(d >= 0xd800 && d <= 0xdfff ? 0 : d);
    all += String.fromCharCode(...codes);
  }
  const mark = (re: RegExp, flag: number): void => {
    for (const m of all.matchAll(re)) for (let i = m.index; i < m.index + m[0].length; i++) table[i] |= flag;
  };
  mark(/\p{Lu}+/gu, UPPER);
  mark(/\p{Ll}+/gu, LOWER);
  mark(/\p{L}+/gu, LETTER);
  mark(/\s+/g, SPACE);
  mark(/\p{N}+/gu, NUMBER);
  return table;
}

function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c < 0xc0) return false;
  if (c === 0xd7 || c === 0xf7) return false;
  return !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xfe30 && c <= 0xfe4f) && c !== 0xe000;
}

/** The class flags of every UTF-16 code unit. */
export const CHAR_CLASS: Uint8Array = build();

// `text.charCodeAt(i)` looks the method up on the string, and a function handed strings of many internal shapes
// (flat, sliced, concatenated, one- or two-byte) falls back to a slow generic lookup; calling the method itself
// keeps the fast path, several times cheaper.
const charCodeAt = String.prototype.charCodeAt;

/** The code unit at `i` of `text`, or NaN past either end: `text.charCodeAt(i)`, fast for strings of any shape. */
export function codeAt(text: string, i: number): number {
  return charCodeAt.call(text, i);
}

/** Whether the code unit at `i` of `text` has any of `flags` (false past either end). */
export function hasClass(text: string, i: number, flags: number): boolean {
  const c = charCodeAt.call(text, i);
  return c === c && (CHAR_CLASS[c] & flags) !== 0; // NaN past the end
}

const ASTRAL_LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/** The length in code units (1 or 2) of the code point at `i` when it is a letter or number (`[\p{L}\p{N}]`), else 0. */
export function letterOrNumberAt(text: string, i: number): number {
  const c = charCodeAt.call(text, i);
  if (isLeadSurrogate(c)) {
    if (isTrailSurrogate(charCodeAt.call(text, i + 1))) return ASTRAL_LETTER_OR_NUMBER.test(text.slice(i, i + 2)) ? 2 : 0;
    return 0;
  }
  return c === c && (CHAR_CLASS[c] & (LETTER | NUMBER)) !== 0 ? 1 : 0;
}

/** Whether a code unit opens a surrogate pair. */
export function isLeadSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** Whether a code unit closes a surrogate pair. */
export function isTrailSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
