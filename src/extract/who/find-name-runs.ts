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

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'\u2019.][\p{L}\p{M}\p{N}]+)*/gu;
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'dos', 'das', 'del', 'della', 'la', 'le', 'ter', 'zu', 'y']);
const ABBREVIATED = new Set(['gen', 'sen', 'rep', 'gov', 'dr', 'mr', 'mrs', 'ms', 'prof', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'rev', 'st', 'jr', 'sr', 'fr', 'cpl', 'cmdr', 'brig', 'pvt', 'det', 'supt']);
const NICKNAME = /^\s+["\u201C]([\p{Lu}][^"\u201C\u201D]{0,30})["\u201D]\s+$/u;
const NICKNAME_IN_TEXT = /\p{Lu}[\p{L}.]*\s+["\u201C]\p{Lu}[^"\u201C\u201D]{0,30}["\u201D]\s+(?=\p{Lu})/gu;
const PARTY_TAG = /^\s*\(([RDI]-[\p{L}.\s]{2,16})\)/u;
const PARTY_TAG_IN_TEXT = /\([RDI]-[\p{L}.\s]{2,16}\)/gu;

function isCapitalised(word: string): boolean {
  const c = word.codePointAt(0) ?? 0;
  const ch = String.fromCodePoint(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Whether a word is a lower-case particle that can sit inside a name ("bin", "van", "al-Assad"). */
function isParticle(word: string): boolean {
  if (PARTICLES.has(word)) return true;
  const dash = word.indexOf('-');
  return dash > 0 && PARTICLES.has(word.slice(0, dash)) && isCapitalised(word.slice(dash + 1));
}

/** Whether the gap between two tokens keeps them in one run. */
function joins(prev: RunToken, gap: string): boolean {
  if (/^ $/.test(gap) || /^\s$/.test(gap)) return true;
  if (/^\.\s$/.test(gap)) {
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
  for (let m = NICKNAME_IN_TEXT.exec(text); m !== null; m = NICKNAME_IN_TEXT.exec(text)) {
    const open = m.index + m[0].search(/["\u201C]/);
    skip.push([open, m.index + m[0].length]);
  }
  PARTY_TAG_IN_TEXT.lastIndex = 0;
  for (let m = PARTY_TAG_IN_TEXT.exec(text); m !== null; m = PARTY_TAG_IN_TEXT.exec(text)) skip.push([m.index, m.index + m[0].length]);
  const words: RunToken[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    if (skip.some(([from, to]) => m.index > from && m.index < to)) continue;
    words.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  const runs: NameRun[] = [];
  let current: NameRun | undefined;
  const close = (): void => {
    if (!current) return;
    // A run never ends on a particle.
    while (current.tokens.length > 0 && PARTICLES.has(current.tokens[current.tokens.length - 1].text)) current.tokens.pop();
    if (current.tokens.length > 0) {
      current.start = current.tokens[0].start;
      current.end = current.tokens[current.tokens.length - 1].end;
      const tag = PARTY_TAG.exec(text.slice(current.end));
      if (tag) current.partyTag = tag[1];
      runs.push(current);
    }
    current = undefined;
  };
  for (let i = 0; i < words.length; i++) {
    const raw = words[i];
    const cap = isCapitalised(raw.text);
    const particle = !cap && isParticle(raw.text);
    if (!cap && !(particle && current)) {
      close();
      continue;
    }
    if (current) {
      const prev = current.tokens[current.tokens.length - 1];
      const gap = text.slice(prev.end, raw.start);
      const nick = NICKNAME.exec(gap);
      if (nick && cap && !current.nickname) current.nickname = nick[1];
      else if (!joins(prev, gap)) close();
      else if (gap.startsWith('.')) {
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
