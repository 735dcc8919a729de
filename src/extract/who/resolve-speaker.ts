/**
 * Turns the words next to a speech verb into a speaker: a named person (directly, through an appositive, a
 * pronoun or a role noun like "the senator"), an organisation, or an unnamed source kept as written.
 */
import type { Speaker } from '../../types.js';
import { MASK } from './mask-quotes.js';
import type { Entity, PeopleIndex } from './recognize-people.js';
import { ROLE_NOUNS } from './role-nouns.js';
import { TITLE_ROLE } from './titles.js';

/** What resolution needs about the article. */
export interface SpeakerContext {
  masked: readonly string[];
  people: PeopleIndex;
  /** Sentences of each paragraph as [start, end) offsets of the masked text. */
  sentences: readonly (readonly [number, number][])[];
  /** Speakers already found, by paragraph and offset, most recent last. */
  spoken: { paragraph: number; offset: number; person: number }[];
}

/** A resolved speaker, with the person's index when it is one. */
export interface ResolvedSpeaker {
  speaker: Speaker;
  person?: number;
}

const SKIPPABLE = /^(also|later|then|previously|further|again|reportedly|once|had|has|have|was|is|would|will|had|earlier|recently|subsequently|simply|repeatedly|publicly|separately|herself|himself|themselves|itself|however)$/i;
const CLAUSE_WORDS = /^(that|which|who|whom|when|while|because|after|before|since|although|though|if|where|whereas|but|so|and then)$/i;
const APPOSITIVE_START = /^\s*(?:a|an|the|his|her|their|its|who|which|whose|\d|\p{Ll})/u;
const PRONOUNS: Record<string, 'male' | 'female' | 'plural' | 'neuter' | 'self'> = {
  he: 'male', she: 'female', they: 'plural', it: 'neuter', we: 'plural', i: 'self',
};

function organisation(text: string): ResolvedSpeaker {
  return { speaker: { name: text.replace(/^the\s+/i, '').trim(), kind: 'organization' } };
}

function unknown(text: string): ResolvedSpeaker {
  return { speaker: { name: text.trim(), kind: 'unknown' } };
}

function outsideQuotes(ctx: SpeakerContext, e: Entity): boolean {
  return ctx.masked[e.paragraph][e.start] !== MASK;
}

function personSpeaker(ctx: SpeakerContext, person: number): ResolvedSpeaker {
  return { speaker: { name: ctx.people.people[person].name, kind: 'person' }, person };
}

function sentenceOf(ctx: SpeakerContext, paragraph: number, offset: number): number {
  const list = ctx.sentences[paragraph];
  for (let i = 0; i < list.length; i++) if (offset < list[i][1]) return i;
  return list.length - 1;
}

/** Resolves "he" or "she" to the person the text most likely means at this point. */
function resolvePronoun(ctx: SpeakerContext, gender: 'male' | 'female', paragraph: number, offset: number): number | undefined {
  const fits = (person: number): boolean => {
    const g = ctx.people.genders[person];
    return g === undefined || g === gender;
  };
  // The last speaker of a fitting gender in this or the previous paragraph is the likeliest referent.
  let lastSpoken: number | undefined;
  for (let i = ctx.spoken.length - 1; i >= 0; i--) {
    const s = ctx.spoken[i];
    if (s.paragraph < paragraph - 1) break;
    if (fits(s.person)) {
      lastSpoken = s.person;
      break;
    }
  }
  for (let p = paragraph; p >= Math.max(0, paragraph - 3); p--) {
    const sentences = ctx.sentences[p];
    const last = p === paragraph ? sentenceOf(ctx, p, offset) : sentences.length - 1;
    for (let s = last; s >= 0; s--) {
      const [from, to] = sentences[s];
      const limit = p === paragraph && s === last ? offset : to;
      const inSentence = ctx.people.entities[p].filter((e) => e.start >= from && e.start < limit && e.kind === 'person' && outsideQuotes(ctx, e));
      if (lastSpoken !== undefined && inSentence.some((e) => e.person === lastSpoken)) return lastSpoken;
      // The subject: the first fitting person not governed by a preposition.
      for (const e of inSentence) {
        const before = ctx.masked[p].slice(Math.max(from, e.start - 6), e.start);
        if (/\b(to|with|by|from|for|of|than|against)\s+$/i.test(before) && inSentence.length > 1) continue;
        if (e.person !== undefined && fits(e.person)) return e.person;
      }
      for (const e of inSentence) if (e.person !== undefined && fits(e.person)) return e.person;
    }
  }
  return lastSpoken;
}

/** Resolves a role noun ("the senator", "the minister") to the most recent person it describes. */
function resolveRole(ctx: SpeakerContext, role: string, paragraph: number, offset: number): number | undefined {
  let best: number | undefined;
  let bestAt = -Infinity;
  ctx.people.people.forEach((person, index) => {
    const words = [...person.titles, ...person.descriptions].join(' ').toLowerCase().split(/[^\p{L}.]+/u);
    const roles = new Set(words.map((w) => TITLE_ROLE.get(w) ?? w.replace(/\.$/, '')));
    if (!roles.has(role)) return;
    for (const m of person.mentions) {
      const at = m.paragraph * 1e6 + m.start;
      if (at < paragraph * 1e6 + offset && at > bestAt) {
        bestAt = at;
        best = index;
      }
    }
  });
  return best;
}

/** Resolves a short phrase (the words just before or after a verb) to a speaker. */
function resolveChunk(ctx: SpeakerContext, paragraph: number, from: number, to: number, fromStart: boolean): ResolvedSpeaker | undefined {
  const text = ctx.masked[paragraph];
  const chunk = text.slice(from, to).replace(/\s+/g, ' ').trim();
  if (!chunk || chunk.includes(MASK)) return undefined;
  const entities = ctx.people.entities[paragraph].filter((e) => e.start >= from && e.end <= to && outsideQuotes(ctx, e));
  const words = chunk.split(' ');
  const pick = fromStart ? entities[0] : entities[entities.length - 1];
  if (pick) {
    const rest = fromStart ? text.slice(from, pick.start) : text.slice(pick.end, to);
    const restWords = rest.replace(/['\u2019]s\b/g, '').trim();
    const atEdge = fromStart ? /^(the\s+)?([\p{Lu}][\p{L}.]*\s+)*$/u.test(rest.trimStart()) : restWords === '' || /^\(.*\)$/.test(restWords);
    if (atEdge) {
      if (pick.kind === 'person' && pick.person !== undefined) return personSpeaker(ctx, pick.person);
      if (pick.kind !== 'place') return organisation(pick.text);
    }
  }
  const head = (fromStart ? words[0] : words[words.length - 1]).toLowerCase();
  const pronoun = PRONOUNS[head];
  if (pronoun === 'male' || pronoun === 'female') {
    const person = resolvePronoun(ctx, pronoun, paragraph, from);
    return person === undefined ? unknown(head) : personSpeaker(ctx, person);
  }
  if (pronoun) return unknown(head);
  if (!fromStart && words.length <= 8) {
    const roleWord = head.replace(/[^\p{L}-]/gu, '');
    if (/^the$/i.test(words[words.length - 2] ?? '') && ROLE_NOUNS.has(roleWord)) {
      const person = resolveRole(ctx, roleWord, paragraph, from);
      if (person !== undefined) return personSpeaker(ctx, person);
    }
    if (/^\p{Ll}/u.test(words[words.length - 1]) || entities.length > 0) return unknown(chunk);
  }
  if (fromStart) {
    const np = /^(?:the|a|an|its|his|her|their|some|one|two|several|many|other)?\s*(?:[\p{Ll}-]+\s+){0,3}?(?:[\p{Ll}-]+)/u.exec(chunk);
    if (np && ROLE_NOUNS.has(np[0].split(' ').pop() ?? '')) return unknown(np[0]);
  }
  return undefined;
}

/** Finds where the subject before a verb starts, walking back over adverbs, appositives and clause words. */
export function resolveSubject(ctx: SpeakerContext, paragraph: number, from: number, verbStart: number): ResolvedSpeaker | undefined {
  const text = ctx.masked[paragraph];
  let end = verbStart;
  // Skip adverbs and auxiliaries between subject and verb.
  for (;;) {
    const m = /([\p{L}]+)\s*$/u.exec(text.slice(from, end));
    if (!m || !SKIPPABLE.test(m[1])) break;
    end = from + m.index;
  }
  const region = text.slice(from, end);
  if (/,\s*$/.test(region)) {
    // An appositive or aside between subject and verb: "Ahmed al-Assadi, a spokesman for ..., told".
    const parts: [number, number][] = [];
    let s = from;
    for (let i = from; i < end; i++) {
      if (text[i] === ',' || text[i] === '\u2014') {
        parts.push([s, i]);
        s = i + 1;
      }
    }
    for (let i = parts.length - 1; i >= Math.max(0, parts.length - 4); i--) {
      const [a, b] = parts[i];
      const seg = text.slice(a, b);
      if (!seg.trim() || seg.includes(MASK)) continue;
      const appositive = APPOSITIVE_START.test(seg) && seg.trim().split(/\s+/).length > 3;
      if (appositive) continue;
      const resolved = resolveChunk(ctx, paragraph, a, b, false);
      if (resolved) return resolved;
      if (!APPOSITIVE_START.test(seg)) break;
    }
  }
  // The noun phrase right before the verb.
  let start = end;
  let words = 0;
  while (start > from) {
    const m = /(\S+)(\s*)$/.exec(text.slice(from, start));
    if (!m) break;
    const word = m[1];
    if (/[,;:()\u2014\u2013"\u201C\u201D\uE000]$/.test(word) || CLAUSE_WORDS.test(word) || words >= 10) break;
    start = from + m.index;
    words++;
    if (/^[,;:(\u2014\u2013"\u201C\u201D]/.test(word)) {
      start += 1;
      break;
    }
  }
  return resolveChunk(ctx, paragraph, start, end, false);
}

/** Resolves the speaker named after a verb or "according to": "said Deputy Minister X", "according to police". */
export function resolveObject(ctx: SpeakerContext, paragraph: number, from: number, to: number): ResolvedSpeaker | undefined {
  const text = ctx.masked[paragraph];
  const m = /^[^,;:.()\u2014\u2013\uE000"\u201C\u201D]*/.exec(text.slice(from, to));
  const end = from + (m ? m[0].length : 0);
  return resolveChunk(ctx, paragraph, from, end, true);
}
