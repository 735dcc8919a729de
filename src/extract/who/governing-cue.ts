/**
 * Whether a reporting verb earlier in a quote's sentence governs a short quoted span, even when no speaker could be
 * resolved for it: "called the new tariff “plainly unfair”", "declared that the fire was “deliberate”", "blaming
 * “staff shortages”". The verb and the span must share one clause: a few plain words between them, no punctuation,
 * no other quote and no word that opens another clause. A span right after an "according to" phrase and its comma is
 * governed too: "were, according to the inquest, “entirely avoidable”".
 */
import { findCues } from './find-cue.js';

/** The most words a governed span may stand from its verb: "denounced the council's new parking rules as a". */
const MAX_WORDS_BETWEEN = 7;

/** Punctuation that ends the verb's clause or phrase, and MASK (U+E000): another quote lies between the verb and the span. */
const CLAUSE_BREAK = /[,;:()\[\]\u2014\u2013\uE000]|\s[-\u2012]\s/;

/** Words that open another clause, or join one to the verb's, so that the verb no longer governs the span. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(
  'and or but nor because which who whom whose when while where although though if since after before until unless whether so'.split(' '),
);

/** A form of "be" (and an adverb) ending the text before a verb: a passive, "is called", "I'm usually called". */
const PASSIVE_BEFORE = /(?:\b(?:am|is|are|was|were|be|been|being)|['\u2019](?:m|re|s))\s+(?:\p{L}+ly\s+)?$/u;

/**
 * Verbs of printed words on display: a short span that "reads" is the text of a sign, banner or caption, which the
 * naming markers already take for a name ("held signs which read “…”").
 */
const DISPLAY_VERBS: ReadonlySet<string> = new Set(['read', 'reads']);

/** "to" right before a verb: an infinitive, a habit or intention ("used to call it") rather than words said. */
const INFINITIVE_BEFORE = /\bto\s+$/;

/**
 * Whether the words between a cue and a span keep them in one clause: at most MAX_WORDS_BETWEEN words, no
 * clause-breaking punctuation and no clause-opening word.
 */
function sameClause(between: string): boolean {
  if (CLAUSE_BREAK.test(between)) return false;
  const words = between.split(/\s+/).filter(Boolean);
  return words.length <= MAX_WORDS_BETWEEN && !words.some((w) => CLAUSE_OPENERS.has(w.toLowerCase()));
}

/**
 * Whether the words between "according to" and a span name its source and the comma closing that phrase, so that
 * the span opens what the source says: "were, according to the coroner's report, “consistent with a fall”". Verbs
 * inside the phrase ("according to agreed facts") are part of the source's name.
 */
function closesSourcePhrase(between: string): boolean {
  const phrase = between.trimEnd();
  return phrase.endsWith(',') && sameClause(phrase.slice(0, -1));
}

/**
 * Whether a reporting verb in `masked` (a paragraph with its quotes masked) between `sentenceStart` and a span's
 * opening mark `open` governs the span; `close` is the offset just past its closing mark. A passive verb governs only
 * with an agent after the span ("described as “x” by his teachers"): "is called “y”" with no one calling names a thing.
 */
export function isGovernedByCue(masked: string, sentenceStart: number, open: number, close: number): boolean {
  const cues = findCues(masked, sentenceStart, open);
  const source = cues.findLast((c) => c.kind === 'according-to');
  if (source !== undefined && closesSourcePhrase(masked.slice(source.start + source.text.length, open))) return true;
  const cue = cues[cues.length - 1];
  if (cue === undefined || cue.kind === 'according-to' || DISPLAY_VERBS.has(masked.slice(cue.start, cue.verbEnd).toLowerCase())) return false;
  if (!sameClause(masked.slice(cue.start + cue.text.length, open))) return false;
  const lead = masked.slice(Math.max(sentenceStart, cue.start - 24), cue.start);
  if (INFINITIVE_BEFORE.test(lead)) return false;
  return !PASSIVE_BEFORE.test(lead) || /^\s*by\s/.test(masked.slice(close, close + 8));
}
