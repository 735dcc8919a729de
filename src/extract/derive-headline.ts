/**
 * A headline for an article that has none, made from its lede the way a copy editor would: take the first
 * sentence, drop its dateline, leading phrases, appositives and trailing attribution, use headline tense ("was
 * killed" → "killed"), and cut it at a clause boundary to about twelve words, never mid-word. Hand-written: no
 * library does headline compression with deterministic, fast rules.
 */

const MAX_WORDS = 12;
const MIN_WORDS = 4;
/** A headline comes from the first sentence, so no more of the lede is read: a huge lede would cost quadratic time. */
const MAX_LEDE_CHARS = 1000;

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'adm', 'maj', 'cpl', 'pvt', 'dr', 'mr', 'mrs', 'ms', 'prof',
  'rev', 'st', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'mt', 'ft', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m', 'd.c', 'pres', 'gens',
]);

/** Words before which a clause or phrase can be cut off. */
const CUT_BEFORE = new Set([
  'in', 'at', 'on', 'after', 'as', 'with', 'for', 'by', 'amid', 'while', 'and', 'but', 'following', 'during', 'from',
  'near', 'over', 'when', 'where', 'which', 'who', 'because', 'since', 'before', 'despite', 'under', 'across', 'into',
  'to', 'than', 'against', 'among', 'between', 'about', 'according',
]);

/** Words a headline must not end on. */
const WEAK_ENDINGS = new Set([
  'a', 'an', 'the', 'of', 'and', 'or', 'but', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'as', 'that', 'its',
  'their', 'his', 'her', 'is', 'was', 'were', 'are', 'be', 'been', 'has', 'have', 'had', 'said', 'this', 'these', 'than',
]);

/** Any character but a comma that ends a phrase: the comma of a number's thousands ("556,000") stays inside one. */
const NOT_COMMA = String.raw`(?:[^,]|(?<=\d),(?=\d{3}))`;
const APPOSITIVE = new RegExp(String.raw`,\s+(?!and\b|but\b|or\b|then\b|while\b)(?:[a-z]|\d+\b)${NOT_COMMA}*(?:,|$)`, 'g');
const TRAILING_ATTRIBUTION = new RegExp(String.raw`,\s+(?:${NOT_COMMA}{0,60}?\s)?(?:said|says|confirmed|reported|announced|told|according to|stated|added)\b${NOT_COMMA}*$`, 'i');
const LEADING_PHRASE = new RegExp(String.raw`^(?:in|on|at|as|during|after|following|late|early|earlier|very|yesterday|today|last|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b${NOT_COMMA}{0,70},\s+`, 'i');
/** A wire story's dateline, which a headline leaves out: "PORTO ALEGRE — ", "WASHINGTON (Reuters) – ", "CORK, Ireland - ". */
const DATELINE = /^\p{Lu}{2}[\p{Lu}\p{M} .'’-]*(?:,\s+\p{L}[\p{L}. ]{0,30})?(?:\s+\([^()]{1,40}\))?\s+[—–-]{1,2}\s+(?=[\p{Lu}\d"“‘])/u;
const PASSIVE_AUXILIARY = /\b(?:was|were|has been|have been|had been|is being|was being)\s+(?=\w+ed\b|\w+en\b|killed|held|hit|shot|built|sent|found|made|struck|taken|given|seen|led|won|lost|sold|told|put|set|cut|left)/i;

/** The first sentence of a text, aware of abbreviations and initials. */
export function firstSentence(text: string): string {
  const pattern = /[.!?]["”’)]?(?=\s+["“‘(]?[A-Z0-9])/g;
  for (const match of text.matchAll(pattern)) {
    const before = text.slice(0, match.index);
    const word = /([\w.]+)$/.exec(before)?.[1]?.toLowerCase() ?? '';
    if (ABBREVIATIONS.has(word) || /^[a-z]$/i.test(word) || /^(?:[a-z]\.)+[a-z]$/i.test(word)) continue;
    return text.slice(0, match.index + match[0].length);
  }
  return text;
}

/** A short headline derived from the lede paragraph; empty when the lede is empty. */
export function deriveHeadline(lede: string): string {
  let sentence = firstSentence(lede.slice(0, MAX_LEDE_CHARS).trim()).trim().replace(/[.!?]["”’)]?$/, '');
  sentence = sentence.replace(DATELINE, '');
  // Phrases may lead one after another: "On Wednesday, as a part of his campaign, the president pledged …".
  for (let phrases = 0; phrases < 3 && LEADING_PHRASE.test(sentence); phrases++) sentence = sentence.replace(LEADING_PHRASE, '');
  sentence = sentence.replace(APPOSITIVE, '');
  sentence = sentence.replace(TRAILING_ATTRIBUTION, '');
  sentence = sentence.replace(PASSIVE_AUXILIARY, '');
  const words = sentence.split(/\s+/).filter(Boolean);
  const cut = words.length <= MAX_WORDS ? words : words.slice(0, cutPoint(words));
  while (cut.length > MIN_WORDS && WEAK_ENDINGS.has(bare(cut[cut.length - 1]))) cut.pop();
  const headline = cut.join(' ').replace(/[,;:–—-]+$/, '').trim();
  return headline.charAt(0).toUpperCase() + headline.slice(1);
}

/** How many words to keep: the last comma within the limit, else the last phrase boundary, else the limit. */
function cutPoint(words: string[]): number {
  for (let count = MAX_WORDS; count > MIN_WORDS; count--) if (/[,;:]$/.test(words[count - 1])) return count;
  for (let count = MAX_WORDS; count >= MIN_WORDS; count--) {
    if (CUT_BEFORE.has(bare(words[count])) && !WEAK_ENDINGS.has(bare(words[count - 1]))) return count;
  }
  return MAX_WORDS;
}

function bare(word: string | undefined): string {
  return (word ?? '').toLowerCase().replace(/[^\p{L}\p{N}']/gu, '');
}
