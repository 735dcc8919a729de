/**
 * Tells reported speech from other uses of quotation marks: nicknames inside names, titles of works, terms after
 * "so-called" or "known as", and short scare quotes that nothing attributes to anyone.
 */
import { codeAt, hasClass, LETTER, letterOrNumberAt, LOWER, SPACE } from './char-class.js';
import { isCommonWord } from './common-words.js';
import type { QuoteSpan } from './find-quote-spans.js';
import { NAMING_MARKERS, NAMING_VERBS, SPEECH_VERBS } from './speech-verbs.js';
import { isFollowedByAcronym, isInsideOriginalWording, isTermByContext, labelsNounAfter } from './term-context.js';

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'de', 'la', 'is', 'vs']);

/**
 * Whether `word` ends in an ordinary lower-case word after a hyphen, as "Kremlin-style" and "Paris-based" do:
 * running prose, since a title capitalises every main part of a compound ("Kremlin-Style Rule"). Parts of two
 * letters ("Jong-un") are left alone: names join syllables so.
 */
function isCompoundAdjective(word: string): boolean {
  const hyphen = word.lastIndexOf('-');
  if (hyphen <= 0) return false;
  const part = word.slice(hyphen + 1).replace(/\P{L}+$/u, '');
  return part.length >= 3 && hasClass(part, 0, LOWER) && isCommonWord(part);
}

function isTitleCase(words: string[]): boolean {
  let capitalised = 0;
  for (const w of words) {
    if (isCompoundAdjective(w)) return false;
    if (/^\p{Lu}/u.test(w) || /^\d/.test(w)) capitalised++;
    else if (!SMALL_WORDS.has(w.toLowerCase().replace(/\.$/, ''))) return false;
  }
  return capitalised > 0 && !words.every((w) => w === w.toUpperCase() && w.length > 1);
}

function hasLetterOrNumber(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (letterOrNumberAt(word, i) > 0) return true;
  return false;
}

/**
 * How many words (stretches between white space holding a letter or number) `text` has, counting no further than
 * `limit`: the rules only compare the count with small numbers, so a long quote is not split into words at all.
 */
function countWords(text: string, limit: number): number {
  let count = 0;
  let i = 0;
  const n = text.length;
  while (i < n && count < limit) {
    while (i < n && hasClass(text, i, SPACE)) i++;
    let wordy = false;
    for (; i < n && !hasClass(text, i, SPACE); i++) if (!wordy && letterOrNumberAt(text, i) > 0) wordy = true;
    if (wordy) count++;
  }
  return count;
}

const SENTENCE_END = new Set([...'.!?,;\u2026'].map((c) => c.charCodeAt(0)));
const CLOSING = new Set([...'"\u201D\u2019\''].map((c) => c.charCodeAt(0)));

/** Whether `text` ends like a sentence or clause: punctuation, possibly inside a closing mark. */
function endsLikeSentence(text: string): boolean {
  const last = codeAt(text, text.length - 1);
  if (SENTENCE_END.has(last)) return true;
  const beforeLast = codeAt(text, text.length - 2);
  return CLOSING.has(last) && (beforeLast === 46 || beforeLast === 33 || beforeLast === 63);
}

/** Whether `text` ends in a comma or a full stop (not an ellipsis), which American style sets inside the closing mark. */
function endsInOuterPunctuation(text: string): boolean {
  const last = codeAt(text, text.length - 1);
  return last === 44 || (last === 46 && codeAt(text, text.length - 2) !== 46);
}

function isLetterOrHyphen(text: string, i: number): boolean {
  return codeAt(text, i) === 45 || hasClass(text, i, LETTER);
}

/** A word character of `\w`: an ASCII letter, digit or underscore. */
function isAsciiWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * The last word of letters and hyphens in `text` that only non-word characters follow, or '': what
 * `/([\p{L}-]+)\W*$/u` captures, found by walking back from the end rather than trying every start.
 */
function lastWord(text: string): string {
  if (SURROGATE.test(text)) return /([\p{L}-]+)\W*$/u.exec(text)?.[1] ?? '';
  // Everything from `tail` on is outside \w, so the match ends there or later.
  let tail = text.length;
  while (tail > 0 && !isAsciiWordChar(codeAt(text, tail - 1))) tail--;
  let start = tail;
  if (tail > 0 && isLetterOrHyphen(text, tail - 1)) {
    while (start > 0 && isLetterOrHyphen(text, start - 1)) start--;
  } else {
    while (start < text.length && !isLetterOrHyphen(text, start)) start++;
    if (start === text.length) return '';
  }
  let end = start;
  while (end < text.length && isLetterOrHyphen(text, end)) end++;
  return text.slice(start, end);
}

/** "a process called", "a pattern called a" right before the quote: a lower-case indefinite noun phrase named by it. */
const INDEFINITE_NAMED = /(?:^|[^.!?\s]\s+)an?\s+(?:[\p{Ll}-]+\s+){1,3}(?:called|named|dubbed|termed)(?:\s+an?)?\s*$/u;
/** The last words INDEFINITE_NAMED can end on, lower case: only after one of them is the expression tried. */
const NAMING_ENDS: ReadonlySet<string> = new Set(['called', 'named', 'dubbed', 'termed', 'a', 'an']);

/** A noun for a name or title, then "of", ending the text before a span: "the title of". */
const NAMED_OF = /\b(?:title|name|term|phrase|slogan|motto)\s+of\s+$/i;

/** A noun for a name or phrase, the phrase it names, then "or" before a span: "the phrase carpe diem or". */
const NAMED_OR = /\b(?:name|term|phrase|word|expression|slogan|motto)\s+(?!of\s)[^\s,;:.!?"\u201C\u201D]+(?:\s+[^\s,;:.!?"\u201C\u201D]+){0,3}\s+or\s+$/i;

/** What ends the text before a span that spells out what a letter or abbreviation stands for. */
const EXPANDS_TO = /\b(?:stands?|stood|short|is)\s+for\s+$/i;

/**
 * One word of letters and digits, with a capital and a digit, parts joined by hyphens, dots or slashes: a code name
 * or designation ("H5N1", "SARS-CoV-2", "MH-17"), which no one's words are.
 */
const CODE_NAME = /^(?=\S*\d)(?=\S*\p{Lu})[\p{L}\d]+(?:[-./][\p{L}\d]+)*[.,]?$/u;

/** A possessive pronoun right before a span: "his “longest running show”" gives the owner's own description. */
const POSSESSIVE_BEFORE = /\b(?:his|her|their|its|our)\s+$/i;

/**
 * What may follow a span that ends its noun phrase: punctuation, the end, or a word that joins or opens another phrase;
 * a span before a noun modifies it as a label does ("their “greatest hits” album").
 */
const PHRASE_END_AFTER = /^(?:\s*(?:[,.;:!?)\u2014\u2013]|$)|\s+(?:and|or|but|with|to|for|in|on|at|of|about|from|as|by|than|that|since|after|before|while)\b)/;

/** A comma after a lower-case word ending the text before a span: "his new film, “…”". */
const COMMA_AFTER_NOUN = /\p{Ll},\s+$/u;

/**
 * Whether a span stands between commas right after a word that is no reporting verb, in apposition to a noun: "his
 * new film, “…”, opens", where a title-case span is the noun's name.
 */
function isAppositive(beforeText: string, afterText: string, previous: string): boolean {
  return codeAt(afterText, 0) === 44 && COMMA_AFTER_NOUN.test(beforeText) && !SPEECH_VERBS.has(previous);
}

/**
 * Whether a quoted span reports someone's words, given whether a cue in its own sentence attributes it; `governed`
 * tells whether a reporting verb before it in its clause governs it, and is asked only of a short span that nothing
 * else decides.
 */
export function isReportedSpeech(span: QuoteSpan, paragraphs: readonly string[], attributed: boolean, governed: () => boolean): boolean {
  const text = span.text.trim();
  // Only "more than ten" matters beyond ten words.
  const count = countWords(text, 11);
  if (count === 0) return false;
  const beforeText = paragraphs[span.paragraph].slice(Math.max(0, span.open - 40), span.open);
  const afterText = paragraphs[span.endParagraph].slice(span.close, span.close + 3);
  const endsSentence = endsLikeSentence(text);
  // A nickname inside a name: Peter Edward "Ginger" Baker.
  if (count <= 3 && /\p{Lu}[\p{L}.]*\s+$/u.test(beforeText) && /^\s+\p{Lu}/u.test(afterText) && !endsSentence) return false;
  if (count === 1 && CODE_NAME.test(text)) return false;
  const previous = lastWord(beforeText).toLowerCase();
  // A marker names what follows, unless a cue attributes more than ten words, which no title runs to: "said on
  // the station's morning programme “…”".
  if (NAMING_MARKERS.has(previous) && !(attributed && count > 10)) return false;
  // "take the title of “…”", "the name of “…”": the marker, then "of".
  if (previous === 'of' && count <= 10 && NAMED_OF.test(beforeText)) return false;
  // "the Latin phrase carpe diem or “seize the day”": the phrase's translation or other form, no one's words.
  if (previous === 'or' && count <= 10 && NAMED_OR.test(beforeText)) return false;
  // "“K” is for “kilo”", "short for “high definition”": the words a letter or abbreviation stands for.
  if (previous === 'for' && count <= 4 && EXPANDS_TO.test(beforeText)) return false;
  if (previous === 'as' && count <= 4) {
    const twoBack = /([\p{L}-]+)\s+[\p{L}-]+\W*$/u.exec(beforeText)?.[1]?.toLowerCase() ?? '';
    if (/^(known|referred|dubbed|billed)$/.test(twoBack)) return false;
    // "described as “Dealgate”" names a thing, but "described as “deeply withdrawn”" reports a description.
    if (twoBack === 'described' && !hasClass(text, 0, LOWER)) return false;
  }
  if (count <= 3 && isInsideOriginalWording(paragraphs[span.paragraph], span.open)) return false;
  if (count <= 3 && isTermByContext(span, paragraphs, text, previous, beforeText)) return false;
  if (count <= 10 && !endsSentence && isFollowedByAcronym(span, paragraphs)) return false;
  // "a process called “exfiltration”": a term a thing is given, not words anyone said.
  if (count <= 4 && NAMING_ENDS.has(previous) && INDEFINITE_NAMED.test(beforeText)) return false;
  const titleCase = count <= 10 && isTitleCase(text.split(/\s+/).filter(hasLetterOrNumber));
  if (titleCase && !endsSentence && (NAMING_VERBS.has(previous) || !attributed || count <= 3 || isAppositive(beforeText, afterText, previous))) return false;
  // A comma or full stop inside the marks ends a title too, as American style sets the sentence's own there: songs
  // such as "Doris Day," "Day after Day," and a stall run by "Paper Moon Crafts."
  if (titleCase && !attributed && endsInOuterPunctuation(text)) return false;
  if (attributed || endsSentence) return true;
  // "under the “one nation, one vote” model": a label of the noun after it, unless a verb governs it ("criticised the
  // “reckless and cruel” policy").
  if (count <= 10 && labelsNounAfter(span, paragraphs, beforeText)) return governed();
  return count >= 4 || governed() || (count >= 2 && hasClass(text, 0, LOWER) && POSSESSIVE_BEFORE.test(beforeText) && endsNounPhrase(span, paragraphs));
}

/** Whether nothing but punctuation or a joining word follows the span: it ends its noun phrase, modifying no noun. */
function endsNounPhrase(span: QuoteSpan, paragraphs: readonly string[]): boolean {
  return PHRASE_END_AFTER.test(paragraphs[span.endParagraph].slice(span.close, span.close + 10));
}

/** Only a comma, "and" or "or" (and an article) between two spans: "called it “rushed” and “costly”", "“A”, “B”, and “C”". */
const LIST_JOIN = /^\s*,?\s*(?:(?:and|or)\s+(?:(?:a|an|the)\s+)?)?$/;

/**
 * Whether `span` is the next item of a list or pair that `previous` opens, so that both are the same kind of thing:
 * quotes that one verb governs, or titles and terms. A pair of marks with no word between them is no item.
 */
export function followsInList(previous: QuoteSpan | undefined, span: QuoteSpan, paragraphs: readonly string[]): boolean {
  if (previous === undefined || previous.endParagraph !== span.paragraph || span.open - previous.close > 12) return false;
  if (countWords(span.text, 1) === 0) return false;
  return LIST_JOIN.test(paragraphs[span.paragraph].slice(previous.close, span.open));
}
