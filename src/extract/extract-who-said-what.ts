/**
 * Who said what: finds the direct quotes in one article, who said each, and the people the article names.
 *
 * In: the article id, its title and the plain text of its body paragraphs in order. Out: quotes, people and
 * problems (unbalanced quotation marks), all plain JSON. Pure and deterministic: rules and lexicons only.
 *
 * Offsets: a quote's `start` and `end` index into `paragraphs[paragraph]` and exclude the quotation marks, so
 * `paragraphs[paragraph].slice(start, end) === text`. A quote that runs over several paragraphs (no closing mark
 * at a paragraph's end, the next paragraph reopening it) is one quote: `paragraph`, `start` and `end` bound its part
 * in the first paragraph (so a `#q-` anchor always has a range to mark), and `text` joins the paragraphs' parts with
 * one space.
 * Mentions in the title have `paragraph: -1`; a title derived from the first paragraph is not read twice.
 */
import type { ExtractProblem, Person, Quote } from '../types.js';
import { attributeSpeakers } from './who/attribute-speakers.js';
import { findQuoteSpans } from './who/find-quote-spans.js';
import { isGovernedByCue } from './who/governing-cue.js';
import { followsInList, isReportedSpeech } from './who/is-reported-speech.js';
import { maskQuotes } from './who/mask-quotes.js';
import { quoteId } from './who/quote-id.js';
import { recognizePeople } from './who/recognize-people.js';
import { splitSentences } from './who/split-sentences.js';

function titleIsLede(title: string, paragraphs: readonly string[]): boolean {
  const head = title.replace(/[\s.…]+$/u, '').trim();
  return head.length > 0 && paragraphs.length > 0 && paragraphs[0].trimStart().startsWith(head);
}

/** Finds direct quotes, their speakers and the people named in one article. */
export function extractWhoSaidWhat(input: { id: string; title: string; paragraphs: string[] }): {
  quotes: Quote[];
  people: Person[];
  problems: ExtractProblem[];
} {
  const { id, title, paragraphs } = input;
  const { spans, problems, marked } = findQuoteSpans(paragraphs);
  const masked = maskQuotes(paragraphs, spans);
  // A packed array from the start (see `maskQuotes`): filled in out of order, `[]` would turn holey in some articles.
  const split: ([number, number][] | undefined)[] = [];
  for (let p = 0; p < masked.length; p++) split.push(undefined);
  const sentences = (p: number): [number, number][] => (split[p] ??= splitSentences(masked[p]));
  const sentenceStart = (p: number, offset: number): number => sentences(p).find(([, end]) => offset < end)?.[0] ?? 0;
  const people = recognizePeople(title, titleIsLede(title, paragraphs), paragraphs, marked);
  const attributions = attributeSpeakers({ masked, people, sentences, spoken: [] }, spans);
  const quotes: Quote[] = [];
  const kept = new Map<number, Quote>();
  let previousKept = false;
  spans.forEach((span, i) => {
    const a = attributions[i];
    const governed = (): boolean => isGovernedByCue(masked[span.paragraph], sentenceStart(span.paragraph, span.open), span.open, span.close);
    // An item of a list is what the item before it is, unless a cue of its own attributes a dropped item's follower.
    const listed = followsInList(spans[i - 1], span, paragraphs) && (previousKept || !a.attributed);
    previousKept = listed ? previousKept : isReportedSpeech(span, paragraphs, a.attributed, governed);
    if (!previousKept) return;
    const qid = quoteId(id, span.text);
    const first = a.continues !== undefined ? kept.get(a.continues) : undefined;
    const quote: Quote = {
      id: qid, text: span.text, speaker: a.speaker, cue: a.cue, paragraph: span.paragraph, start: span.start,
      end: span.endParagraph === span.paragraph ? span.end : paragraphs[span.paragraph].trimEnd().length, utterance: first ? first.utterance : qid,
    };
    kept.set(i, quote);
    quotes.push(quote);
  });
  return { quotes, people: people.people, problems };
}
