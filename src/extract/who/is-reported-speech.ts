/**
 * Tells reported speech from other uses of quotation marks: nicknames inside names, titles of works, terms after
 * "so-called" or "known as", and short scare quotes that nothing attributes to anyone.
 */
import type { QuoteSpan } from './find-quote-spans.js';
import { NAMING_MARKERS, NAMING_VERBS } from './speech-verbs.js';

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'de', 'la', 'is', 'vs']);

function isTitleCase(words: string[]): boolean {
  let capitalised = 0;
  for (const w of words) {
    if (/^\p{Lu}/u.test(w) || /^\d/.test(w)) capitalised++;
    else if (!SMALL_WORDS.has(w.toLowerCase())) return false;
  }
  return capitalised > 0 && !words.every((w) => w === w.toUpperCase() && w.length > 1);
}

/** Whether a quoted span reports someone's words, given whether a cue in its own sentence attributes it. */
export function isReportedSpeech(span: QuoteSpan, paragraphs: readonly string[], attributed: boolean): boolean {
  const text = span.text.trim();
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0) return false;
  const beforeText = paragraphs[span.paragraph].slice(Math.max(0, span.open - 40), span.open);
  const afterText = paragraphs[span.endParagraph].slice(span.close, span.close + 3);
  const endsSentence = /[.!?,;\u2026]$/.test(text) || /[.!?]["\u201D\u2019']?$/.test(text);
  // A nickname inside a name: Peter Edward "Ginger" Baker.
  if (words.length <= 3 && /\p{Lu}[\p{L}.]*\s+$/u.test(beforeText) && /^\s+\p{Lu}/u.test(afterText) && !endsSentence) return false;
  const previous = /([\p{L}-]+)\W*$/u.exec(beforeText)?.[1]?.toLowerCase() ?? '';
  const twoBack = /([\p{L}-]+)\s+[\p{L}-]+\W*$/u.exec(beforeText)?.[1]?.toLowerCase() ?? '';
  if (NAMING_MARKERS.has(previous)) return false;
  if (previous === 'as' && /^(known|referred|dubbed|billed|described)$/.test(twoBack) && words.length <= 4) return false;
  const titleLike = isTitleCase(words) && !endsSentence && words.length <= 10;
  if (titleLike && (NAMING_VERBS.has(previous) || !attributed || words.length <= 3)) return false;
  if (attributed || endsSentence) return true;
  return words.length >= 4;
}
