/**
 * Finds runs of capitalised words that may be names: "Gen. Qassem Suleimani", "George W. Bush",
 * "Abu Mahdi al-Muhandis", "Mohammad bin Salman", with possessives cut off, nicknames in quotes
 * (`Peter Edward "Ginger" Baker`) and party tags (`(R-Ill.)`) noted.
 */

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
const PARTY_TAG = /\s*\(([RDI]-[\p{L}.\s]{2,16})\)/uy;
const PARTY_TAG_IN_TEXT = /\([RDI]-[\p{L}.\s]{2,16}\)/gu;

const UPPER = /\p{Lu}/u;

function isCapitalised(word: string): boolean {
  return isCapitalisedAt(word, 0);
}

function isCapitalisedAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(text[i]);
}

/** Letters, digits and combining marks; general punctuation, spaces and symbols are not word characters. */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c < 0xc0) return false;
  if (c === 0xd7 || c === 0xf7) return false;
  return !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xfe30 && c <= 0xfe4f) && c !== 0xe000;
}

/** Whether a word is a lower-case particle that can sit inside a name ("bin", "van", "al-Assad"). */
function isParticle(word: string): boolean {
  if (PARTICLES.has(word)) return true;
  const dash = word.indexOf('-');
  return dash > 0 && PARTICLES.has(word.slice(0, dash)) && isCapitalised(word.slice(dash + 1));
}

/** Whether the gap between two tokens keeps them in one run. */
function joins(prev: RunToken, gap: string): boolean {
  if (gap === ' ' || (gap.length === 1 && /\s/.test(gap))) return true;
  if (gap.length === 2 && gap[0] === '.' && /\s/.test(gap[1])) {
    const w = prev.text.toLowerCase();
    return prev.text.length === 1 || ABBREVIATED.has(w);
  }
  return false;
}

function stripPossessive(t: RunToken): { token: RunToken; possessive: boolean } {
  const m = /['\u2019]s?$/.exec(t.text);
  if (!m || t.text.length - m[0].length < 2) return { token: t, possessive: false };
  return { token: { text: t.text.slice(0, m.index), start: t.start, end: t.start + m.index }, possessive: true };
}

/** Finds the capitalised runs in one paragraph's text. */
export function findNameRuns(text: string): NameRun[] {
  // Words inside a nickname's quotes (`Peter "Ginger" Baker`) are left out so the run spans the whole name.
  const skip: [number, number][] = [];
  NICKNAME_IN_TEXT.lastIndex = 0;
  const hasMarks = text.includes('"') || text.includes('\u201C');
  for (let m = hasMarks ? NICKNAME_IN_TEXT.exec(text) : null; m !== null; m = NICKNAME_IN_TEXT.exec(text)) {
    const open = m.index + m[0].search(/["\u201C]/);
    skip.push([open, m.index + m[0].length]);
  }
  PARTY_TAG_IN_TEXT.lastIndex = 0;
  for (let m = text.includes('(') ? PARTY_TAG_IN_TEXT.exec(text) : null; m !== null; m = PARTY_TAG_IN_TEXT.exec(text)) skip.push([m.index, m.index + m[0].length]);
  const runs: NameRun[] = [];
  let current: NameRun | undefined;
  const close = (): void => {
    if (!current) return;
    // A run never ends on a particle.
    while (current.tokens.length > 0 && PARTICLES.has(current.tokens[current.tokens.length - 1].text)) current.tokens.pop();
    if (current.tokens.length > 0) {
      current.start = current.tokens[0].start;
      current.end = current.tokens[current.tokens.length - 1].end;
      PARTY_TAG.lastIndex = current.end;
      const tag = text.includes('(') ? PARTY_TAG.exec(text) : null;
      if (tag) current.partyTag = tag[1];
      runs.push(current);
    }
    current = undefined;
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(text.charCodeAt(i))) {
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
    const cap = isCapitalisedAt(text, wordStart);
    if (!cap && !current) continue;
    if (skip.length > 0 && skip.some(([from, to]) => wordStart > from && wordStart < to)) continue;
    const raw: RunToken = { text: text.slice(wordStart, i), start: wordStart, end: i };
    if (!cap && !isParticle(raw.text)) {
      close();
      continue;
    }
    if (current) {
      const prev = current.tokens[current.tokens.length - 1];
      const gap = text.slice(prev.end, raw.start);
      const nick = gap.length > 3 ? NICKNAME.exec(gap) : null;
      if (nick && cap && !current.nickname) current.nickname = nick[1];
      else if (!joins(prev, gap)) close();
      else if (gap.charCodeAt(0) === 46) {
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
