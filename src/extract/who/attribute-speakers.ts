/**
 * Attributes each quoted span to its speaker: a cue after the quote ("“…,” the Pentagon said"), before it
 * ("She explained, “…”"), between the parts of a split quote, an earlier quote in the same sentence, or, for a
 * quote standing alone, the speaker of the quote just before it.
 */
import type { Speaker } from '../../types.js';
import { codeAt, hasClass, SPACE } from './char-class.js';
import { findCues, type Cue } from './find-cue.js';
import { MASK } from './mask-quotes.js';
import type { QuoteSpan } from './find-quote-spans.js';
import { personOfPronoun, resolveObject, resolveSentenceSubject, resolveSubject, skipSpaceBack, type ResolvedSpeaker, type SpeakerContext } from './resolve-speaker.js';

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
const CLAUSE_LINK = /^[\s,;\u2014-]*(while|whereas|although|though|but|because|since|after|before|when|and|which|that|so|if)\b/i;
/** A boundary inside the reporter's words after a quote that starts another clause with its own subject: "; X said", ", while X noted". */
const NEW_CLAUSE = /;|,\s*(?:while|whereas|although|though|but)\s/i;
const NAMED_QUOTE = /\b(?:the|a|an|this)\s+(?:famous\s+|well-known\s+|old\s+)?(?:\p{Lu}[\p{L}.'\u2019-]*\s+){1,4}(?=(?:quote|quotation|line|maxim|dictum|saying)\s+(?:that\s+)?$)/u;
/** The last word NAMED_QUOTE needs before a quote, white space aside: a name for a quotation, or "that". */
const QUOTATION_WORDS = ['quote', 'quotation', 'line', 'maxim', 'dictum', 'saying', 'that'];
/** Cue verbs in a finite form: past ("said", "added"), third person ("says"). */
const FINITE_CUE = /^\p{L}+(?:ed|s)\b|^(?:said|told|wrote|spoke)\b/iu;
const PASSIVE = /\b(was|were|been|being|is|are|be)\s+(?:\p{L}+ly\s+)?$/u;
/** What PASSIVE needs right before its closing white space: a form of "be", or an adverb's "ly" after one. */
const PASSIVE_ENDINGS = ['ly', 'was', 'were', 'been', 'being', 'is', 'are', 'be'];

/**
 * Whether `text[from, end)` may end as PASSIVE needs: a form of "be" or a word in "ly", then white space. Most
 * leads before a cue end otherwise, and this turns them away without a slice and an expression tried at every
 * offset.
 */
function mayEndPassive(text: string, from: number, end: number): boolean {
  const wordEnd = skipSpaceBack(text, from, end);
  return wordEnd < end && PASSIVE_ENDINGS.some((w) => text.endsWith(w, wordEnd));
}

function sentenceRange(ctx: SpeakerContext, paragraph: number, offset: number): [number, number] {
  const list = ctx.sentences(paragraph);
  for (let i = 0; i < list.length; i++) if (offset < list[i][1]) return list[i];
  return [0, ctx.masked[paragraph].length];
}

/** The most words a sentence that only attributes the quote before it has: "Macron told the world via Twitter." */
const ATTRIBUTION_WORDS = 10;

/**
 * Where the reporter's words that may attribute a quote end: its sentence's end, or, for a quote that is a sentence
 * of its own ending in its own stop ("“… is on fire!” Macron told the world on Thursday via Twitter."), the end of a
 * short sentence right after it with no quote of its own.
 */
function attributionEnd(ctx: SpeakerContext, span: QuoteSpan): number {
  const p = span.endParagraph;
  const text = ctx.masked[p];
  const [, sentenceEnd] = sentenceRange(ctx, p, Math.max(0, span.close - 1));
  const last = codeAt(span.text, span.text.length - 1);
  if ((last !== 46 && last !== 33 && last !== 63) || sentenceEnd >= text.length || skipSpaceBack(text, span.close, sentenceEnd) !== span.close) return sentenceEnd;
  if (span.paragraph !== p || skipSpaceBack(text, 0, span.open) > sentenceRange(ctx, p, span.open)[0]) return sentenceEnd;
  const [, nextEnd] = sentenceRange(ctx, p, sentenceEnd);
  const next = text.slice(sentenceEnd, nextEnd);
  return next.includes(MASK) || next.trim().split(/\s+/).length > ATTRIBUTION_WORDS ? sentenceEnd : nextEnd;
}

/**
 * "as X put it" right after a quote, over a comma or dash: "traffic “ground to a halt” — as the court's ruling put it —",
 * "“too few trains,” as one planner puts it". The subject of "put" is the phrase between, of up to eight words.
 */
const AS_PUT_IT = /^[\s,\u2014\u2013]*as\s+((?:[^\s,;:\u2014\u2013\uE000]+\s+){1,8}?)(?:once\s+|has\s+|had\s+)?(?:put|puts)\s+it\b/du;
/** "As X put it," right before a quote: "As one planner put it, “…”". */
const AS_PUT_IT_BEFORE = /\b[Aa]s\s+((?:[^\s,;:\u2014\u2013\uE000]+\s+){1,8}?)(?:once\s+|has\s+|had\s+)?(?:put|puts)\s+it,\s*$/du;

/** The speaker of "put it" in a match of AS_PUT_IT or AS_PUT_IT_BEFORE in paragraph `p` from `offset`, as a cue. */
function putItSpeaker(ctx: SpeakerContext, p: number, offset: number, m: RegExpExecArray): Found | undefined {
  const [start, end] = m.indices![1];
  const resolved = resolveSubject(ctx, p, offset + start, offset + end);
  const cueEnd = offset + m.index + m[0].replace(/[,\s]+$/, '').length;
  return resolved ? { resolved, cue: { start: offset + end, verbEnd: cueEnd, text: ctx.masked[p].slice(offset + end, cueEnd), kind: 'verb' }, paragraph: p } : undefined;
}

/** The speaker "as X put it" names right after a quote (see AS_PUT_IT), before `to`. */
function asPutIt(ctx: SpeakerContext, span: QuoteSpan, to: number): Found | undefined {
  const text = ctx.masked[span.endParagraph];
  // Most quotes have no "as" after them: only one that has lets the expression run.
  let at = span.close;
  while (at < to && (hasClass(text, at, SPACE) || text[at] === ',' || text[at] === '\u2014' || text[at] === '\u2013')) at++;
  const m = text.startsWith('as ', at) ? AS_PUT_IT.exec(text.slice(span.close, to)) : null;
  return m ? putItSpeaker(ctx, span.endParagraph, span.close, m) : undefined;
}

/** Tries the cues in the reporter's words after a quote, up to the next quote or the end of the sentence. */
function after(ctx: SpeakerContext, span: QuoteSpan, nextOpen: number): Found | undefined {
  const p = span.endParagraph;
  const text = ctx.masked[p];
  const to = Math.min(attributionEnd(ctx, span), nextOpen);
  if (span.close >= to) return undefined;
  const putIt = asPutIt(ctx, span, to);
  if (putIt) return putIt;
  const cues = findCues(text, span.close, to);
  for (const cue of cues) {
    const lead = text.slice(span.close, cue.start);
    // "…", while X indicated; "“…” condition; TVN24 reported": another clause, with its own subject.
    if (CLAUSE_LINK.test(lead) || NEW_CLAUSE.test(lead) || /\bas\s+$/i.test(lead)) break;
    let resolved: ResolvedSpeaker | undefined;
    if (cue.kind === 'according-to') resolved = resolveObject(ctx, p, cue.verbEnd, to);
    else if (/^[\s,.!?\u2014\u2013-]*$/.test(lead)) {
      // "“…”, recalling their first meeting": a participle's object never speaks; the sentence's subject, named before
      // the quote, does.
      if (/ing$/i.test(text.slice(cue.start, cue.verbEnd))) break;
      resolved = resolveObject(ctx, p, cue.verbEnd, to); // “…,” said X
    }
    else resolved = resolveSubject(ctx, p, span.close, cue.start);
    if (resolved) return { resolved, cue, paragraph: p };
    if (cue.kind !== 'according-to') break; // the first verb after a quote is its verb, even if unresolved
  }
  return undefined;
}

function resolveBefore(ctx: SpeakerContext, p: number, from: number, cue: Cue, open: number, sentenceStart: number): ResolvedSpeaker | undefined {
  if (cue.kind === 'according-to') return resolveObject(ctx, p, cue.verbEnd, open);
  const text = ctx.masked[p];
  if (/^\s+by\b/.test(text.slice(cue.verbEnd, open))) return resolveObject(ctx, p, cue.verbEnd + text.slice(cue.verbEnd).indexOf('by') + 2, open); // was told by X
  if (/ing$/i.test(text.slice(cue.start, cue.verbEnd))) {
    // A participle set off by punctuation ("…, saying") hangs from the sentence's subject; without it
    // ("the government cease referring to") its own subject stands right before it.
    if (/[,.)]\s*$/.test(text.slice(from, cue.start))) return resolveSentenceSubject(ctx, p, sentenceStart, cue.start) ?? resolveSubject(ctx, p, from, cue.start);
    return resolveSubject(ctx, p, from, cue.start) ?? resolveSentenceSubject(ctx, p, sentenceStart, cue.start);
  }
  const subject = resolveSubject(ctx, p, from, cue.start);
  if (subject) return subject;
  const lead = text.slice(from, cue.start);
  // "They released a statement which said": the document speaks for whoever issued it, the subject of the verb before it.
  // Most leads end otherwise: only one ending in "which" or "that" lets the expression run, over its last words.
  const leadEnd = skipSpaceBack(text, from, cue.start);
  const tail = Math.max(from, cue.start - 80);
  const issued = text.endsWith('which', leadEnd) || text.endsWith('that', leadEnd) ? DOCUMENT_THAT_SAYS.exec(text.slice(tail, cue.start)) : null;
  if (issued) return resolveSubject(ctx, p, from, tail + issued.index);
  // "She then approached a director and said": a finite verb joined by "and" shares the sentence's subject (not an
  // infinitive: "she had learned to read and write").
  if (from === sentenceStart && /\band\s+$/.test(lead) && FINITE_CUE.test(cue.text)) return resolveSentenceSubject(ctx, p, sentenceStart, cue.start);
  // "Remarked scientist Tierra Curry, “…”": a verb opening the sentence has its subject after it.
  return from === sentenceStart && lead.trim() === '' ? resolveObject(ctx, p, cue.verbEnd, open) : undefined;
}

/** A verb, then a document and "which" or "that" before a speech verb: "released a statement which [said]". */
const DOCUMENT_THAT_SAYS = /\b\p{Ll}+\s+(?:a|an|the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|release|report|letter|message|notice|announcement|post|tweet)\s+(?:which|that)\s+$/u;

const QUOTED = /\bquot(?:ed|es|ing)\s+/gi;

/** The object of "quoted X as saying" when `cue` is that "saying" (or "writing", "telling"), else undefined. */
function quotedAsSaying(ctx: SpeakerContext, p: number, from: number, cue: Cue): ResolvedSpeaker | undefined {
  const text = ctx.masked[p];
  if (!/ing$/i.test(text.slice(cue.start, cue.verbEnd))) return undefined;
  const asAt = text.lastIndexOf('as', cue.start);
  let objectStart = -1;
  QUOTED.lastIndex = from;
  for (let m = QUOTED.exec(text); m && m.index < asAt; m = QUOTED.exec(text)) objectStart = m.index + m[0].length;
  return objectStart < 0 ? undefined : resolveObject(ctx, p, objectStart, asAt);
}

/** Whether `at` lies between two dashes of `text[from, to)`: an odd number of them before it and one after. */
function insideDashes(text: string, from: number, at: number, to: number): boolean {
  let before = 0;
  for (let i = text.indexOf('\u2014', from); i >= 0 && i < at; i = text.indexOf('\u2014', i + 1)) before++;
  if (before % 2 === 0) return false;
  const next = text.indexOf('\u2014', at);
  return next >= 0 && next < to;
}

/**
 * Quotative "like" right before a quote, after a form of "be" or "go" ("I'm like, “…”", "she was like “…”", "people
 * went like “…”"), up to its colon or comma; its subject is not "it", "that" or "this" ("it was like “a war zone”" is
 * a likeness).
 */
const QUOTATIVE_LIKE = /(?:^|[^\p{L}])(?!(?:it|that|this|there|what|which)\b)(\p{L}+)(?:\s+(?:am|is|are|was|were|be|been|being)|['\u2019](?:m|s|re)|\s+(?:went|go|goes|going))\s+like[,:]?\s*$/iu;

/** A contracted verb opening a cue: the "'m" of "I'm like". */
const CONTRACTION_START = /^['\u2019]\p{L}+\s+/u;

/** The subject of a quotative "like" that ends `text[from, wordEnd)` (see QUOTATIVE_LIKE), as a cue's subject. */
function quotativeLike(ctx: SpeakerContext, p: number, from: number, wordEnd: number): Found | undefined {
  const text = ctx.masked[p];
  // Most quotes have no "like" before them: only one that ends so lets the expression run.
  const end = text.endsWith(',', wordEnd) || text.endsWith(':', wordEnd) ? wordEnd - 1 : wordEnd;
  if (!text.endsWith('like', end)) return undefined;
  const m = QUOTATIVE_LIKE.exec(text.slice(Math.max(from, end - 60), wordEnd));
  if (!m) return undefined;
  const verbStart = wordEnd - m[0].length + m[0].indexOf(m[1]) + m[1].length;
  const resolved = resolveSubject(ctx, p, from, verbStart);
  // The cue as a reader sees it: "was like", "went like", or "like" after a contraction ("I'm like,").
  const cue = text.slice(verbStart, end).trim().replace(CONTRACTION_START, '');
  return resolved ? { resolved, cue: { start: verbStart, verbEnd: wordEnd, text: cue, kind: 'verb' }, paragraph: p } : undefined;
}

/** Tries the cues in the reporter's words before a quote, back to the previous quote or the sentence start. */
function before(ctx: SpeakerContext, span: QuoteSpan, previousClose: number): Found | undefined {
  const p = span.paragraph;
  const [sentenceStart] = sentenceRange(ctx, p, span.open);
  const from = Math.max(sentenceStart, previousClose);
  if (from >= span.open) return undefined;
  const text = ctx.masked[p];
  // "the Chuck Jones quote that “…”": the person the quotation is named for.
  const wordEnd = skipSpaceBack(text, from, span.open);
  // Only a quotation word right before the quote lets the costlier expression match: most quotes have none.
  const named = QUOTATION_WORDS.some((w) => text.endsWith(w, wordEnd)) ? NAMED_QUOTE.exec(text.slice(from, span.open)) : null;
  if (named) {
    const resolved = resolveObject(ctx, p, from + named.index, from + named.index + named[0].length);
    if (resolved?.speaker.kind === 'person') return { resolved, cue: { start: from + named.index, verbEnd: from + named.index, text: '', kind: 'verb' }, paragraph: p };
  }
  const quotative = quotativeLike(ctx, p, from, wordEnd);
  if (quotative) return quotative;
  const putIt = text.endsWith('it,', wordEnd) ? AS_PUT_IT_BEFORE.exec(text.slice(from, span.open)) : null;
  if (putIt) return putItSpeaker(ctx, p, from, putIt);
  const cues = findCues(text, from, span.open);
  for (let i = cues.length - 1; i >= 0; i--) {
    const cue = cues[i];
    // "X commented — which the BBC noted as unusual — “…”": a verb inside an aside set off by dashes is not the quote's.
    if (insideDashes(text, from, cue.start, span.open)) continue;
    if (/\bas\s+$/i.test(text.slice(Math.max(from, cue.start - 4), cue.start))) {
      // "Politico quoted Tim Manning, a former official, as saying": the one quoted; "as reported by": a source, not the speaker.
      const quoted = quotedAsSaying(ctx, p, from, cue);
      if (quoted) return { resolved: quoted, cue, paragraph: p };
      continue;
    }
    if (mayEndPassive(text, from, cue.start) && PASSIVE.test(text.slice(from, cue.start)) && !/^\s+by\b/.test(text.slice(cue.verbEnd))) {
      // "was announced to be a “pandemic” by the WHO": the agent follows the quote.
      const agent = /^[\s,]*by\s+/.exec(ctx.masked[span.endParagraph].slice(span.close));
      const resolved = agent ? resolveObject(ctx, span.endParagraph, span.close + agent[0].length, ctx.masked[span.endParagraph].length) : undefined;
      if (resolved) return { resolved, cue, paragraph: p };
      continue;
    }
    const resolved = resolveBefore(ctx, p, from, cue, span.open, sentenceStart);
    if (resolved) return { resolved, cue, paragraph: p };
  }
  return undefined;
}

/** A quote introduced by a colon with no speech verb ("X proposed: “…”") belongs to the sentence's subject. */
function introducedByColon(ctx: SpeakerContext, span: QuoteSpan, previousClose: number): Found | undefined {
  const p = span.paragraph;
  const text = ctx.masked[p];
  // The colon is the last thing before the quote but white space: walk back to it instead of matching /:\s*$/
  // against everything before the quote.
  let at = span.open;
  while (at > 0 && hasClass(text, at - 1, SPACE)) at--;
  const colon = at - 1;
  if (codeAt(text, colon) !== 58) return undefined;
  const [sentenceStart] = sentenceRange(ctx, p, span.open);
  const from = Math.max(sentenceStart, previousClose);
  const resolved = resolveSentenceSubject(ctx, p, from, colon);
  return resolved ? { resolved, cue: { start: colon, verbEnd: colon, text: '', kind: 'verb' }, paragraph: p } : undefined;
}

/** A dash after a quote, before the name it credits: " — Jane Doe, mayor". A zero-width joiner may follow the dash. */
const CREDIT_DASH = /^\s*[\u2014\u2013]\s*\u200D?/;

/**
 * A quote that opens its paragraph, credited after a dash to the person named right after it, as a pull quote or
 * an epigraph is: "“Women are the change.” — Jane Doe, Divisional Manager".
 */
function creditedByDash(ctx: SpeakerContext, span: QuoteSpan): Found | undefined {
  const p = span.endParagraph;
  const text = ctx.masked[p];
  const dash = CREDIT_DASH.exec(text.slice(span.close, span.close + 8));
  if (!dash || span.paragraph !== p || text.slice(0, span.open).trim() !== '') return undefined;
  const start = span.close + dash[0].length;
  const e = ctx.people.entities[p].find((each) => each.start === start);
  if (e?.kind !== 'person' || e.person === undefined) return undefined;
  const resolved = { speaker: { name: ctx.people.people[e.person].name, kind: 'person' as const }, person: e.person };
  return { resolved, cue: { start: span.close, verbEnd: start, text: '', kind: 'verb' }, paragraph: p };
}

/** For a quote that stands as its own sentence with no cue, the last person named outside quotes before it. */
function lastPersonBefore(ctx: SpeakerContext, span: QuoteSpan): number | undefined {
  const p = span.paragraph;
  const [sentenceStart] = sentenceRange(ctx, p, span.open);
  if (ctx.masked[p].slice(sentenceStart, span.open).trim() !== '') return undefined;
  const person = (q: number, before: number): number | undefined => {
    const text = ctx.masked[q];
    // Not a possessive ("the character Tasha Yar's bridge station") nor a name in brackets ("(Nancy Drew, Jem)").
    const found = ctx.people.entities[q].filter((e) => e.kind === 'person' && e.start < before && text[e.start] !== '\uE000' &&
      !/^['\u2019]s?\b/.test(text.slice(e.end, e.end + 2)) && text.lastIndexOf('(', e.start) <= text.lastIndexOf(')', e.start));
    return found.length > 0 ? found[found.length - 1].person : undefined;
  };
  return person(p, span.open) ?? (p > 0 && sentenceStart === 0 ? person(p - 1, Infinity) : pronounSubjectBefore(ctx, p, sentenceStart));
}

/** "he" or "she" as the subject of a sentence, after an introductory phrase at most: "Unhappy with the role, she left". */
const PRONOUN_SUBJECT = /^\s*(?:[^,;:\uE000]{1,60},\s*)?(he|she)\s+\p{Ll}/iu;

/**
 * The person "he" or "she" means when it is the subject of the sentence before `sentenceStart` in its paragraph:
 * "Unhappy with the role, she left the show in 1988. “I was not happy.”"
 */
function pronounSubjectBefore(ctx: SpeakerContext, p: number, sentenceStart: number): number | undefined {
  const sentences = ctx.sentences(p);
  const index = sentences.findIndex(([start]) => start === sentenceStart);
  if (index < 1) return undefined;
  const [start, end] = sentences[index - 1];
  const m = PRONOUN_SUBJECT.exec(ctx.masked[p].slice(start, end));
  return m ? personOfPronoun(ctx, m[1].toLowerCase(), p, start + m[0].length) : undefined;
}

/** Words that open another clause, with a subject of its own, between a sentence's subject and a quote. */
const OTHER_CLAUSE = /;|\u2014|,\s*(?:while|whereas|although|though|but|who|when|after|because|as)\s|\b(?:that|said|says|which|whom|whose)\s/i;
/** A passive before the quote ("was branded a “…”"): its subject is what the words describe, not who said them. */
const PASSIVE_LEAD = /\b(?:was|were|is|are|been|being|be|get|got)\s+(?:\p{L}+ly\s+)?\p{Ll}+(?:ed|en|wn)\b/u;

/** A sentence that opens with a transcript's turn label ("((WN))", "((Jane Doe))"). */
const OPENS_WITH_TURN_LABEL = /^\s*\(\(/;

/**
 * For a quote with no speech cue, the person named as the subject of its sentence (or "he"/"she" opening it, after an
 * introductory phrase at most) when the quote stays in that subject's clause: "X accused her of “…”", "X declared
 * himself the “…”", "The mayor, X, thanked “…”". Not for a passive, nor when another clause, with its own subject,
 * comes between; not in a transcript's turn, where the words are the turn's own.
 */
function clauseSubject(ctx: SpeakerContext, span: QuoteSpan, previousClose: number): ResolvedSpeaker | undefined {
  const p = span.paragraph;
  const [sentenceStart] = sentenceRange(ctx, p, span.open);
  if (previousClose > sentenceStart) return undefined;
  const text = ctx.masked[p];
  const lead = text.slice(sentenceStart, span.open);
  if (lead.trim() === '' || OPENS_WITH_TURN_LABEL.test(lead) || OTHER_CLAUSE.test(lead) || PASSIVE_LEAD.test(lead)) return undefined;
  // "She endorsed a “…”", and after an introductory phrase: "Then just 19 years old, she saw the part as a “…”".
  const pronoun = PRONOUN_SUBJECT.exec(lead);
  if (pronoun) {
    const person = personOfPronoun(ctx, pronoun[1].toLowerCase(), p, sentenceStart + pronoun[0].length);
    return person === undefined ? undefined : { speaker: { name: ctx.people.people[person].name, kind: 'person' }, person };
  }
  const resolved = resolveSentenceSubject(ctx, p, sentenceStart, span.open);
  if (resolved?.person === undefined) return undefined;
  const named = ctx.people.entities[p].some((e) => e.person === resolved.person && e.start >= sentenceStart && e.start < span.open);
  return named ? resolved : undefined;
}

/** A conjunction opening a subordinate clause at the start of a sentence: "Although", "While", "After". */
const OPENING_SUBORDINATE = /^\s*(?:Although|Though|While|Whereas|When|After|Before|Because|Since|If|Unless|Once|Even\s+though|Even\s+as)\s/;

/**
 * Whether a quote lies in a subordinate clause that opens its sentence, with no comma before it ("Although X called it
 * a “…”"), and the cue after it, `cue`, lies past the comma that ends the clause (", Y said it would pass"): that cue
 * is the main clause's.
 */
function inOpeningClause(ctx: SpeakerContext, span: QuoteSpan, cue: Cue): boolean {
  if (span.paragraph !== span.endParagraph) return false;
  const text = ctx.masked[span.paragraph];
  const [sentenceStart] = sentenceRange(ctx, span.paragraph, span.open);
  const lead = text.slice(sentenceStart, span.open);
  if (lead.includes(',') || !OPENING_SUBORDINATE.test(lead)) return false;
  return text.slice(span.close, cue.start).includes(',') || span.text.endsWith(',');
}

/** Attributes every span, in reading order. */
export function attributeSpeakers(ctx: SpeakerContext, spans: readonly QuoteSpan[]): Attribution[] {
  const out: Attribution[] = [];
  const cueOf: (Found | undefined)[] = [];
  /** The spans whose speaker is their clause's subject, with no cue. */
  const bySubject = new Set<number>();
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i];
    const prev = i > 0 ? spans[i - 1] : undefined;
    const next = i + 1 < spans.length ? spans[i + 1] : undefined;
    const nextOpen = next && next.paragraph === span.endParagraph ? next.open : Infinity;
    const previousClose = prev && prev.endParagraph === span.paragraph ? prev.close : 0;
    // A quote before this one in its sentence that no cue claimed ("justified the strike as “defensive”: “…”", "gave
    // its “deepest sympathies” and said") does not end the search for this one's cue and subject.
    const unclaimed = prev !== undefined && previousClose > 0 && cueOf[i - 1] === undefined && sentenceRange(ctx, span.paragraph, span.open)[0] <= prev.open;
    const from = unclaimed ? 0 : previousClose;
    const following = after(ctx, span, nextOpen);
    // "Pelosi called it a “…”, according to NBC": a source cited after the quote only reports what the subject of the
    // quote's own speech verb said.
    // "Although X called it a “…”, Y said": the cue of an opening subordinate clause wins over the main clause's too.
    const ownClause = following && following.cue.kind !== 'according-to' && inOpeningClause(ctx, span, following.cue) ? before(ctx, span, from) : undefined;
    const found = following?.cue.kind === 'according-to' ? (before(ctx, span, from) ?? following) : (ownClause ?? following ?? before(ctx, span, from) ?? introducedByColon(ctx, span, from) ?? creditedByDash(ctx, span));
    cueOf.push(found);
    if (found) {
      const shared = prev && cueOf[i - 1] && cueOf[i - 1]?.cue.start === found.cue.start && cueOf[i - 1]?.paragraph === found.paragraph;
      out.push({ speaker: found.resolved.speaker, cue: found.cue.text, attributed: true, continues: shared ? i - 1 : undefined });
      if (found.resolved.person !== undefined) ctx.spoken.push({ paragraph: span.paragraph, offset: span.open, person: found.resolved.person });
      ctx.last = { speaker: found.resolved.speaker, person: found.resolved.person, paragraph: span.endParagraph, close: span.close };
      continue;
    }
    // No cue of its own: a quote in the same sentence or paragraph as the previous one continues it; a
    // paragraph that opens with a quote continues the previous paragraph's speaker.
    const sameParagraph = prev !== undefined && prev.endParagraph === span.paragraph;
    const opensParagraph = prev !== undefined && !sameParagraph && prev.endParagraph === span.paragraph - 1 && ctx.masked[span.paragraph].slice(0, span.open).trim() === '';
    // A speaker taken from the clause's subject passes on only within its sentence: the next sentence has its own.
    const sameSentence = prev !== undefined && sameParagraph && sentenceRange(ctx, span.paragraph, span.open)[0] <= prev.open;
    const inherited = prev && (sameParagraph || opensParagraph) && (sameSentence || !bySubject.has(i - 1)) ? out[i - 1] : undefined;
    // An earlier quote with no speaker has none to pass on when a person named before this one may be it.
    const alone = inherited && inherited.speaker.name !== '' ? undefined : lastPersonBefore(ctx, span);
    // A sentence of its own after the previous quote's has its own subject: "She endorsed a “…”" is hers.
    const subject = alone === undefined && !(inherited && inherited.speaker.name !== '' && sameSentence) ? clauseSubject(ctx, span, previousClose) : undefined;
    if (subject) {
      bySubject.add(i);
      out.push({ speaker: subject.speaker, cue: '', attributed: false, continues: undefined });
      continue;
    }
    if (inherited && alone === undefined) {
      // A partial quote sharing a sentence with an attributed one ("called it “A” and “B”") is attributed too.
      out.push({ speaker: inherited.speaker, cue: sameParagraph ? inherited.cue : '', attributed: sameSentence && inherited.attributed, continues: sameParagraph ? i - 1 : undefined });
      continue;
    }
    out.push({ speaker: alone !== undefined ? { name: ctx.people.people[alone].name, kind: 'person' } : EMPTY, cue: '', attributed: false, continues: undefined });
  }
  return out;
}
