/**
 * Context that shows a short quoted span is a term, name or epithet rather than anyone's words, whatever verb stands
 * before it: a gloss in brackets right after it ("her “gadje” (outsiders) friends"), a passive naming with no one
 * doing the naming ("was once called the “garden” of the north"), a definition opening the next sentence ("200
 * “ghost nets” found. Ghost nets are …") or brackets it fills alone after a word, and the original wording printed
 * after a translated quote; and a span of any length standing as the label of a policy or plan ("the “…” model").
 */
import { codeAt, hasClass, LETTER } from './char-class.js';
import type { QuoteSpan } from './find-quote-spans.js';

/** A bracket right after the closing mark holding a short gloss, not a second bracket (a "((fr))" language tag). */
const GLOSS_AFTER = /^ \((?!\()[^()]{1,40}\)/;

/** An acronym alone in brackets right after the closing mark, two capitals or more: "“seasonal lung syndrome” (SLS)". */
const ACRONYM_AFTER = /^ \((?=(?:[^)]*\p{Lu}){2})[\p{Lu}\p{N}][\p{L}\p{N}-]*\)/u;

/** Whether a bracketed acronym follows the span: it spells out a name, as no quote is abbreviated. */
export function isFollowedByAcronym(span: QuoteSpan, paragraphs: readonly string[]): boolean {
  const paragraph = paragraphs[span.endParagraph];
  return codeAt(paragraph, span.close) === 32 && ACRONYM_AFTER.test(paragraph.slice(span.close, span.close + 24));
}

/** A naming verb in the passive, one adverb allowed, and an article: "was once called the", "is often termed a". */
const PASSIVE_NAMING = /\b(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+\s+)?(?:called|termed)(?:\s+(?:the|a|an))?\s+$/u;
/** The last words PASSIVE_NAMING can end on, lower case: only after one of them is the expression tried. */
const PASSIVE_NAMING_ENDS: ReadonlySet<string> = new Set(['called', 'termed', 'the', 'a', 'an']);

/** A verb that, after a term, defines it: "Ghost nets are fishing nets …", "A “dory” is …". */
const DEFINING_VERB = /^\s+(?:is|are|was|were|means|refers)\b/;

/** Whether the sentence after the span's opens with its words and a defining verb. */
function definedInNextSentence(paragraph: string, close: number, text: string): boolean {
  const stop = paragraph.indexOf('. ', close);
  if (stop < 0) return false;
  const next = stop + 2;
  const opening = paragraph.slice(next, next + text.length);
  return opening.toLowerCase() === text.toLowerCase() && DEFINING_VERB.test(paragraph.slice(next + text.length, next + text.length + 8));
}

/** A full stop, "!" or "?" ending a span: a bracketed exclamation ("shouted at them ("Go home!")") is words said. */
const SENTENCE_STOP = /[.!?]$/;

/**
 * Whether the span alone fills a bracket right after a word: the word's expansion or translation ("the anti-tax
 * ("no new taxes") rally", "the Bundestag ("Federal Diet")"), not anyone's words, unless it ends like a sentence.
 */
function glossesWordBefore(span: QuoteSpan, paragraph: string, text: string): boolean {
  if (span.paragraph !== span.endParagraph || codeAt(paragraph, span.open - 1) !== 40 || codeAt(paragraph, span.close) !== 41) return false;
  if (SENTENCE_STOP.test(text)) return false;
  const word = codeAt(paragraph, span.open - 2) === 32 ? span.open - 3 : span.open - 2;
  return hasClass(paragraph, word, LETTER);
}

/**
 * Whether the words around a short span (one to three words) show it is a term or name: `previous` is the lower-case
 * word right before its opening mark and `before` the text just before that mark.
 */
export function isTermByContext(span: QuoteSpan, paragraphs: readonly string[], text: string, previous: string, before: string): boolean {
  const paragraph = paragraphs[span.endParagraph];
  if (codeAt(paragraph, span.close) === 32 && GLOSS_AFTER.test(paragraph.slice(span.close, span.close + 44))) return true;
  if (glossesWordBefore(span, paragraph, text)) return true;
  // "was called the “garden” by travellers", "was called a “rebel” in one paper" name a caller: the words are theirs.
  if (PASSIVE_NAMING_ENDS.has(previous) && PASSIVE_NAMING.test(before) && !/^\s*(?:by|in)\s/.test(paragraph.slice(span.close, span.close + 8))) return true;
  return span.paragraph === span.endParagraph && definedInNextSentence(paragraph, span.close, text);
}

/**
 * Nouns for a named policy, plan or idea, which a quoted label before them names: "the “zero tolerance” policy",
 * "the “one nation” doctrine". Written as data for Dateline: a small general list, not taken from any article.
 */
const LABELLED_NOUN = /^ (?:model|policy|doctrine|principle|formula|framework|approach|strategy|plan|scheme|programme|program|initiative|campaign|movement|agenda|slogan)\b(?!-)/;

/** A determiner or a possessive ending the text before a span: "the", "its", "Beijing's". */
const DETERMINER_BEFORE = /(?:\b(?:the|a|an|its|their|his|her|our|this|that)|\p{L}['\u2019]s?)\s+$/iu;

/**
 * Whether the span stands as a label between a determiner and a noun for a policy, plan or idea: "under the “one
 * nation, one vote” model", "Beijing's “open door” policy". `before` is the text just before the opening mark.
 */
export function labelsNounAfter(span: QuoteSpan, paragraphs: readonly string[], before: string): boolean {
  const paragraph = paragraphs[span.endParagraph];
  return LABELLED_NOUN.test(paragraph.slice(span.close, span.close + 14)) && DETERMINER_BEFORE.test(before);
}

/** A language tag as the archive renders one before a quote's original wording: "((de))German language: ". */
const LANGUAGE_TAG = /^\(\([a-z]{2,3}\)\)[^()]{0,40}?language:/i;

/**
 * Whether the span at `open` lies inside the original-language wording printed after a translated quote ("…the
 * skills." ((de))German language: ‍wir kauften die „werkzeuge”): for a short span, a word of the original, not a quote
 * of its own. The tag must come after any other quote and sentence end before the span.
 */
export function isInsideOriginalWording(paragraph: string, open: number): boolean {
  const tag = paragraph.lastIndexOf('((', open);
  if (tag < 0 || !LANGUAGE_TAG.test(paragraph.slice(tag, tag + 60))) return false;
  const between = paragraph.slice(tag, open);
  return !/["\u201C\u201D]|[.!?]\s/.test(between);
}
