/**
 * Finds the attribution cue in the reporter's words around a quote: a speech verb ("said", "told Reuters",
 * "wrote on Twitter", "said in a statement") or "according to".
 */
import { SPEECH_VERBS } from './speech-verbs.js';

/** A cue found in a stretch of text: the verb's offsets and the whole cue phrase as written. */
export interface Cue {
  /** Offset of the verb (or of "according"). */
  start: number;
  /** Offset just past the verb. */
  verbEnd: number;
  /** The cue phrase as written. */
  text: string;
  /** For "according to": the speaker follows; for "told": the audience follows. */
  kind: 'verb' | 'according-to' | 'told';
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'\u2019\-]*/gu;
const AUDIENCE_WORD = /[\p{L}\p{N}][\p{L}\p{N}'\u2019\-]*/gu;
const MEDIUM =
  /^\s+(?:(?:in|on|via|during|through|at)\s+(?:a|an|the|his|her|their|its|my|our)?\s*(?:[\p{L}-]+\s+){0,2}?(?:statement|interview|tweet|post|press release|press conference|news conference|briefing|email|e-mail|letter|speech|video|message|blog|podcast|broadcast|op-ed|column|Twitter|Facebook|Instagram|YouTube|TikTok|Weibo|X)\b)/u;
const AUDIENCE_STOP = /^(on|in|at|that|during|after|before|last|this|when|while|about|of|from|by|for|with|as|and|but|the|earlier|later|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
const NOT_REPORTING_AFTER = /^\s+(?:that\s+)?(?:for|up|off|out|into)\b/; // "called for", "called off"

/** Extends a "told" cue with its audience: "told Reuters", "told state media". */
function audience(text: string, from: number, limit: number): number {
  AUDIENCE_WORD.lastIndex = from;
  let end = from;
  let count = 0;
  for (let m = AUDIENCE_WORD.exec(text); m !== null && m.index < limit && count < 4; m = AUDIENCE_WORD.exec(text)) {
    const gap = text.slice(end, m.index);
    if (count > 0 && !/^\s+$/.test(gap)) break;
    if (count === 0 && !/^\s+$/.test(gap)) break;
    if (AUDIENCE_STOP.test(m[0]) && !(count === 0 && /^the$/i.test(m[0]))) break;
    end = m.index + m[0].length;
    count++;
  }
  return end;
}

/** Finds the speech cues in `text` between `from` and `to`, in order. */
export function findCues(text: string, from: number, to: number): Cue[] {
  const cues: Cue[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m !== null && m.index < to; m = WORD.exec(text)) {
    const w = m[0].toLowerCase();
    const verbEnd = m.index + m[0].length;
    if (w === 'according' && /^\s+to\b/.test(text.slice(verbEnd))) {
      cues.push({ start: m.index, verbEnd: verbEnd + text.slice(verbEnd).indexOf('to') + 2, text: text.slice(m.index, verbEnd + text.slice(verbEnd).indexOf('to') + 2), kind: 'according-to' });
      continue;
    }
    if (!SPEECH_VERBS.has(w)) continue;
    const rest = text.slice(verbEnd, to);
    if (NOT_REPORTING_AFTER.test(rest)) continue;
    let end = verbEnd;
    const medium = MEDIUM.exec(rest);
    if (w === 'told' || w === 'tells' || w === 'tell' || w === 'telling') {
      end = audience(text, verbEnd, to);
      cues.push({ start: m.index, verbEnd, text: text.slice(m.index, end), kind: 'told' });
      continue;
    }
    if (medium) end = verbEnd + medium[0].length;
    cues.push({ start: m.index, verbEnd, text: text.slice(m.index, end), kind: 'verb' });
  }
  return cues;
}
