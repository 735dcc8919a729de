/**
 * Attributes each quoted span to its speaker: a cue after the quote ("“…,” the Pentagon said"), before it
 * ("She explained, “…”"), between the parts of a split quote, an earlier quote in the same sentence, or, for a
 * quote standing alone, the speaker of the quote just before it.
 */
import type { Speaker } from '../../types.js';
import { findCues, type Cue } from './find-cue.js';
import type { QuoteSpan } from './find-quote-spans.js';
import { resolveObject, resolveSubject, type ResolvedSpeaker, type SpeakerContext } from './resolve-speaker.js';

/** The attribution of one span. */
export interface Attribution {
  speaker: Speaker;
  cue: string;
  /** Whether a cue in the quote's own sentence names the speaker (not inherited from a neighbour). */
  attributed: boolean;
  /** Index of the span whose utterance this span continues, if any. */
  continues?: number;
}

interface Found {
  resolved: ResolvedSpeaker;
  cue: Cue;
  paragraph: number;
}

const EMPTY: Speaker = { name: '', kind: 'unknown' };

function sentenceRange(ctx: SpeakerContext, paragraph: number, offset: number): [number, number] {
  for (const s of ctx.sentences[paragraph]) if (offset < s[1]) return s;
  return [0, ctx.masked[paragraph].length];
}

/** Tries the cues in the reporter's words after a quote, up to the next quote or the end of the sentence. */
function after(ctx: SpeakerContext, span: QuoteSpan, nextOpen: number): Found | undefined {
  const p = span.endParagraph;
  const [, sentenceEnd] = sentenceRange(ctx, p, Math.max(0, span.close - 1));
  const to = Math.min(sentenceEnd, nextOpen);
  if (span.close >= to) return undefined;
  const text = ctx.masked[p];
  const cues = findCues(text, span.close, to);
  for (const cue of cues) {
    const lead = text.slice(span.close, cue.start);
    let resolved: ResolvedSpeaker | undefined;
    if (cue.kind === 'according-to') resolved = resolveObject(ctx, p, cue.verbEnd, to);
    else if (/^[\s,.!?\u2014\u2013-]*$/.test(lead)) resolved = resolveObject(ctx, p, cue.verbEnd, to); // “…,” said X
    else resolved = resolveSubject(ctx, p, span.close, cue.start);
    if (resolved) return { resolved, cue, paragraph: p };
    if (cue.kind !== 'according-to') break; // the first verb after a quote is its verb, even if unresolved
  }
  return undefined;
}

/** Tries the cues in the reporter's words before a quote, back to the previous quote or the sentence start. */
function before(ctx: SpeakerContext, span: QuoteSpan, previousClose: number): Found | undefined {
  const p = span.paragraph;
  const [sentenceStart] = sentenceRange(ctx, p, span.open);
  const from = Math.max(sentenceStart, previousClose);
  if (from >= span.open) return undefined;
  const text = ctx.masked[p];
  const cues = findCues(text, from, span.open);
  for (let i = cues.length - 1; i >= 0; i--) {
    const cue = cues[i];
    const resolved = cue.kind === 'according-to' ? resolveObject(ctx, p, cue.verbEnd, span.open) : resolveSubject(ctx, p, from, cue.start);
    if (resolved) return { resolved, cue, paragraph: p };
  }
  return undefined;
}

/** Attributes every span, in reading order. */
export function attributeSpeakers(ctx: SpeakerContext, spans: readonly QuoteSpan[]): Attribution[] {
  const out: Attribution[] = [];
  const cueOf: (Found | undefined)[] = [];
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i];
    const prev = i > 0 ? spans[i - 1] : undefined;
    const next = i + 1 < spans.length ? spans[i + 1] : undefined;
    const nextOpen = next && next.paragraph === span.endParagraph ? next.open : Infinity;
    const previousClose = prev && prev.endParagraph === span.paragraph ? prev.close : 0;
    const found = after(ctx, span, nextOpen) ?? before(ctx, span, previousClose);
    cueOf.push(found);
    if (found) {
      const shared = prev && cueOf[i - 1] && cueOf[i - 1]?.cue.start === found.cue.start && cueOf[i - 1]?.paragraph === found.paragraph;
      out.push({ speaker: found.resolved.speaker, cue: found.cue.text, attributed: true, continues: shared ? i - 1 : undefined });
      if (found.resolved.person !== undefined) ctx.spoken.push({ paragraph: span.paragraph, offset: span.open, person: found.resolved.person });
      continue;
    }
    // No cue of its own: a quote in the same sentence or paragraph as the previous one continues it; a
    // paragraph that opens with a quote continues the previous paragraph's speaker.
    if (prev && out[i - 1]) {
      const sameParagraph = prev.endParagraph === span.paragraph;
      const sameSentence = sameParagraph && sentenceRange(ctx, span.paragraph, span.open)[0] <= prev.open;
      const opensParagraph = !sameParagraph && prev.endParagraph === span.paragraph - 1 && ctx.masked[span.paragraph].slice(0, span.open).trim() === '';
      if (sameParagraph || opensParagraph) {
        const inherited = out[i - 1];
        out.push({ speaker: inherited.speaker, cue: sameSentence ? inherited.cue : '', attributed: false, continues: sameParagraph ? i - 1 : undefined });
        continue;
      }
    }
    out.push({ speaker: EMPTY, cue: '', attributed: false });
  }
  return out;
}
