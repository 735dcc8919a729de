/**
 * Turns the words next to a speech verb into a speaker: a named person (directly, through an appositive, a
 * pronoun or a role noun like "the senator"), an organisation, or an unnamed source kept as written.
 */
import type { Speaker } from '../../types.js';
import { CHAR_CLASS, codeAt, hasClass, isLeadSurrogate, isTrailSurrogate, LETTER, SPACE, UPPER } from './char-class.js';
import { collapseSpaces } from './collapse-spaces.js';
import { findCues } from './find-cue.js';
import { MASK } from './mask-quotes.js';
import type { Entity, PeopleIndex } from './recognize-people.js';
import { ORG_HEADS } from './organisations.js';
import { PLATFORMS } from './platforms.js';
import { isPostNominals } from './post-nominals.js';
import { ROLE_GENDER, ROLE_NOUNS } from './role-nouns.js';
import { SPEECH_VERBS } from './speech-verbs.js';
import { TITLE_ROLE, TITLE_WORDS } from './titles.js';

/** What resolution needs about the article. */
export interface SpeakerContext {
  masked: readonly string[];
  people: PeopleIndex;
  /** Sentences of a paragraph as [start, end) offsets of the masked text (computed on demand). */
  sentences: (paragraph: number) => readonly [number, number][];
  /** Speakers already found, by paragraph and offset, most recent last. */
  spoken: { paragraph: number; offset: number; person: number }[];
  /** The last speaker found, of any kind, its paragraph and the offset just past its quote's closing mark there. */
  last?: { speaker: Speaker; person?: number; paragraph: number; close: number };
}

/** A resolved speaker, with the person's index when it is one. */
export interface ResolvedSpeaker {
  speaker: Speaker;
  person?: number;
}

const SKIPPABLE = /^(yesterday|today|tonight|who|which|also|later|then|previously|further|again|reportedly|once|had|has|have|was|is|would|will|had|earlier|recently|subsequently|simply|repeatedly|publicly|separately|herself|himself|themselves|itself|however|too|first|last|finally|still|even)$/i;
const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const WEEKDAY = new RegExp(`^(?:${WEEKDAYS})$`);
const CLAUSE_WORDS = /^(that|which|who|whom|when|while|because|after|before|since|although|though|if|where|whereas|but|so|and then)$/i;
const APPOSITIVE_START = /^\s*(?:a|an|the|his|her|their|its|who|which|whose|\d|\p{Ll})/u;
const UNNAMED_SOURCE = /^(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]he|[Ss]ome|[Ss]everal)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)\s+(?:within|of|for|at|from|in|with|close to|familiar with)\s/u;
/** A plural role opening the phrase with no determiner, then what it belongs to: "Members of the House of Commons". */
const GROUP_OF = /^(\p{L}+[^s\P{L}]s)\s+(?:of|from|at|in|within)\s/u;
// A Map, not an object literal: a word such as "constructor" must not find an inherited property.
const PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'plural' | 'neuter' | 'self'> = new Map([
  ['he', 'male'], ['she', 'female'], ['they', 'plural'], ['it', 'neuter'], ['we', 'plural'], ['i', 'self'],
]);

/** Object pronouns, by the possessive of the same person and gender: "him" is "his". */
const OBJECT_TO_OWNER: ReadonlyMap<string, string> = new Map([['him', 'his'], ['her', 'her']]);

/** Possessive pronouns that name a person's gender. */
const PRONOUN_OWNER: ReadonlyMap<string, 'male' | 'female'> = new Map([['his', 'male'], ['her', 'female']]);

function organisation(text: string, ctx: SpeakerContext): ResolvedSpeaker {
  // A name ending in an acronym written with stops gets back the last stop that ended the sentence: "U.N.".
  const name = text.replace(/^the\s+/i, '').trim().replace(/\p{Lu}\.\p{Lu}$/u, '$&.');
  return { speaker: { name: ctx.people.acronym(name) ?? name, kind: 'organization' }, person: undefined };
}

function unknown(text: string): ResolvedSpeaker {
  return { speaker: { name: text.trim(), kind: 'unknown' }, person: undefined };
}

function outsideQuotes(ctx: SpeakerContext, e: Entity): boolean {
  return ctx.masked[e.paragraph][e.start] !== MASK;
}

function personSpeaker(ctx: SpeakerContext, person: number): ResolvedSpeaker {
  return { speaker: { name: ctx.people.people[person].name, kind: 'person' }, person };
}

function sentenceOf(ctx: SpeakerContext, paragraph: number, offset: number): number {
  const list = ctx.sentences(paragraph);
  for (let i = 0; i < list.length; i++) if (offset < list[i][1]) return i;
  return list.length - 1;
}

/** What may come before the subject that opens a sentence: a weekday ("This Thursday the Commission …") and "The". */
const SUBJECT_LEAD = new RegExp(`^(?:(?:This|Last|On)\\s+(?:${WEEKDAYS})\\s+)?(?:[Tt]he\\s+)?`);

/**
 * The organisation that opens the sentence before the one at `offset` (after "The" and a weekday at most), in this
 * paragraph or at the end of the previous one: what "It" at the start of the next sentence stands for. With
 * `speaking`, only when a speech verb follows it in that sentence: "they" stands for an organisation that has just
 * spoken ("The Commission criticized the move. They said …"), not for the people an organisation acted on ("The
 * police arrested two men. They said …").
 */
function organisationOpeningSentenceBefore(ctx: SpeakerContext, paragraph: number, offset: number, speaking = false): ResolvedSpeaker | undefined {
  const index = sentenceOf(ctx, paragraph, offset);
  const p = index > 0 ? paragraph : paragraph - 1;
  if (p < 0) return undefined;
  const list = ctx.sentences(p);
  const sentence = index > 0 ? list[index - 1] : list[list.length - 1];
  return sentence === undefined ? undefined : organisationOpening(ctx, p, sentence, speaking);
}

/** The organisation that opens `sentence` of paragraph `p` (see `organisationOpeningSentenceBefore`), or undefined. */
function organisationOpening(ctx: SpeakerContext, p: number, sentence: readonly [number, number], speaking: boolean): ResolvedSpeaker | undefined {
  const text = ctx.masked[p];
  const start = skipSpace(text, sentence[0]);
  const after = start + SUBJECT_LEAD.exec(text.slice(start, start + 40))![0].length;
  const e = ctx.people.entities[p].find((each) => each.start === start || each.start === after);
  if (e?.kind !== 'organization') return undefined;
  if (speaking && findCues(text, e.end, sentence[1]).every((cue) => cue.kind === 'according-to')) return undefined;
  return organisation(fullOrganisationName(ctx, e), ctx);
}

/** Nouns for a business or undertaking that "the company", "the project" refers back to with an organisation's name. */
const UNDERTAKING_NOUNS: ReadonlySet<string> = new Set(['company', 'firm', 'corporation', 'project']);
/** How many sentences back "the company" may look for the organisation that opened one. */
const UNDERTAKING_SENTENCES = 4;

/**
 * The organisation "the company" or "the project" refers back to: the last that opened one of the few sentences
 * before `offset` ("Hasbro hosted a panel. … Asked about sustainability, the company noted"), over paragraph breaks.
 */
function organisationOpeningRecently(ctx: SpeakerContext, paragraph: number, offset: number): ResolvedSpeaker | undefined {
  let p = paragraph;
  let index = sentenceOf(ctx, paragraph, offset);
  for (let seen = 0; seen < UNDERTAKING_SENTENCES; seen++) {
    while (index === 0) {
      if (--p < 0) return undefined;
      index = ctx.sentences(p).length;
    }
    index--;
    const found = organisationOpening(ctx, p, ctx.sentences(p)[index], false);
    if (found) return found;
  }
  return undefined;
}

/** A transcript's turn label at a paragraph's start, "((Name))" or "Name:", before what the speaker says. */
const TURN_LABEL_OPEN = /^\s*(?:\(\()?$/;
const TURN_LABEL_CLOSE = /^(?:\)\)|:)\s/;

/** How many unlabelled paragraphs an answer in a transcript may run on after its labelled first paragraph. */
const TURN_PARAGRAPHS = 3;

/**
 * The person whose name labels this paragraph as their turn in an interview or transcript ("((Dorsa Derakhshani))
 * Well, I think …", "Zara Kay: I told them …"), when it is labelled with a person's name. An answer labelled in
 * double brackets runs on over the next paragraphs with no label of their own ("((WN))", the interviewer's, names
 * no person).
 */
function turnSpeaker(ctx: SpeakerContext, paragraph: number): number | undefined {
  const own = labelledSpeaker(ctx, paragraph);
  if (own !== undefined || TURN_LABEL_START.test(ctx.masked[paragraph])) return own;
  for (let p = paragraph - 1; p >= Math.max(0, paragraph - TURN_PARAGRAPHS); p--) if (TURN_LABEL_START.test(ctx.masked[p])) return labelledSpeaker(ctx, p);
  return undefined;
}

/** Auxiliaries that open a question before its subject: "could you tell us", "did you say". */
const QUESTION_AUXILIARY = /^(?:can|could|would|will|do|did|does|should|may|might)$/i;

/**
 * In a turn labelled in double brackets with no person's name (the interviewer's, "((WN))"), the person whose
 * labelled answer comes next, within a few paragraphs.
 */
function answeringSpeaker(ctx: SpeakerContext, paragraph: number): number | undefined {
  if (!TURN_LABEL_START.test(ctx.masked[paragraph]) || labelledSpeaker(ctx, paragraph) !== undefined) return undefined;
  const last = Math.min(ctx.masked.length - 1, paragraph + TURN_PARAGRAPHS);
  for (let p = paragraph + 1; p <= last; p++) if (TURN_LABEL_START.test(ctx.masked[p])) return labelledSpeaker(ctx, p);
  return undefined;
}

/** A paragraph that opens with a transcript's turn label in double brackets: "((WN))", "((Jane Doe))". */
const TURN_LABEL_START = /^\s*\(\(/;

/** The person whose name labels this paragraph itself as their turn: "((Zara Kay)) …", "Zara Kay: …". */
function labelledSpeaker(ctx: SpeakerContext, paragraph: number): number | undefined {
  const e = ctx.people.entities[paragraph][0];
  if (e?.kind !== 'person' || e.person === undefined) return undefined;
  const text = ctx.masked[paragraph];
  return TURN_LABEL_OPEN.test(text.slice(0, e.start)) && TURN_LABEL_CLOSE.test(text.slice(e.end, e.end + 3)) ? e.person : undefined;
}

/** The person "he" or "she" (`word`, lower case) most likely means at `offset`, or undefined for another word. */
export function personOfPronoun(ctx: SpeakerContext, word: string, paragraph: number, offset: number): number | undefined {
  const gender = PRONOUNS.get(word);
  return gender === 'male' || gender === 'female' ? resolvePronoun(ctx, gender, paragraph, offset) : undefined;
}

/**
 * Resolves "he" or "she" to the person the text most likely means at this point. When no one of that gender is
 * near, the subject of a sentence in this or the previous paragraph whose gender was only guessed from the given
 * name may be meant: name lists misgender many names ("Ma Ngok said … He noted"). Someone named only after a
 * preposition or with a possessive ("Maria Lopez's husband … He said") is not.
 */
function resolvePronoun(ctx: SpeakerContext, gender: 'male' | 'female', paragraph: number, offset: number): number | undefined {
  // In their own turn of an interview, people say "I": "she" there is someone else.
  const narrator = turnSpeaker(ctx, paragraph);
  const fits = (person: number): boolean => {
    const g = ctx.people.genders[person];
    return person !== narrator && (g === undefined || g === gender);
  };
  const guessed = (person: number): boolean => fits(person) || (person !== narrator && ctx.people.genderGuessed[person]);
  return guessedSubjectOfSentence(ctx, fits, guessed, paragraph, offset) ?? nearestFitting(ctx, fits, paragraph, offset, 3, true) ?? nearestFitting(ctx, guessed, paragraph, offset, 1, false);
}

/**
 * The subject of the pronoun's own sentence when only a guess from the given name gave them another gender, no one
 * fitting is named there, or who spoke a quote earlier in that sentence: "a spokesperson, Morgan Ortagus, indicated …: “…,”
 * he said" means Ortagus, not a man named in an earlier paragraph.
 */
function guessedSubjectOfSentence(ctx: SpeakerContext, fits: (person: number) => boolean, guessed: (person: number) => boolean, paragraph: number, offset: number): number | undefined {
  const index = sentenceOf(ctx, paragraph, offset);
  const from = ctx.sentences(paragraph)[index][0];
  const last = ctx.spoken[ctx.spoken.length - 1];
  // "“A,” he said, “B”": the speaker of a quote earlier in the sentence.
  if (last?.paragraph === paragraph && last.offset >= from) return guessed(last.person) ? last.person : undefined;
  let subject: number | undefined;
  for (const e of ctx.people.entities[paragraph]) {
    if (e.start < from || e.start >= offset || e.kind !== 'person' || e.person === undefined || !outsideQuotes(ctx, e)) continue;
    if (fits(e.person)) return undefined;
    if (subject === undefined && !governedMention(ctx, paragraph, from, e)) subject = e.person;
  }
  return subject !== undefined && guessed(subject) ? subject : undefined;
}

/**
 * The likeliest referent among the people `fits` accepts, looking back `paragraphs` paragraphs before this one; with
 * `governed`, someone named after a preposition or with a possessive when no subject fits.
 */
function nearestFitting(ctx: SpeakerContext, fits: (person: number) => boolean, paragraph: number, offset: number, paragraphs: number, governed: boolean): number | undefined {
  // The last speaker of a fitting gender in this or the previous paragraph is the likeliest referent.
  let lastSpoken: number | undefined;
  for (let i = ctx.spoken.length - 1; i >= 0; i--) {
    const s = ctx.spoken[i];
    if (s.paragraph < paragraph - 1) break;
    if (fits(s.person)) {
      // A quote earlier in the same sentence: "He said Zelensky is “…”; however, “…”, he added" means its speaker.
      if (s.paragraph === paragraph && sentenceOf(ctx, paragraph, s.offset) === sentenceOf(ctx, paragraph, offset)) return s.person;
      lastSpoken = s.person;
      break;
    }
  }
  let fallback: number | undefined;
  let visited = 0;
  for (let p = paragraph; p >= Math.max(0, paragraph - paragraphs); p--) {
    const sentences = ctx.sentences(p);
    const last = p === paragraph ? sentenceOf(ctx, p, offset) : sentences.length - 1;
    for (let s = last; s >= 0; s--) {
      const [from, to] = sentences[s];
      const limit = p === paragraph && s === last ? offset : to;
      const inSentence = ctx.people.entities[p].filter((e) => e.start >= from && e.start < limit && e.kind === 'person' && outsideQuotes(ctx, e));
      // Not when the last speaker is only named after a preposition there: "Flynn was pardoned by Trump. He said".
      if (lastSpoken !== undefined && inSentence.some((e) => e.person === lastSpoken && !governedMention(ctx, p, from, e))) return lastSpoken;
      // "One of the victims decided … She said": someone unnamed, introduced just before, is meant.
      if (visited++ === 1 && !inSentence.some((e) => e.person !== undefined && fits(e.person)) && opensWithUnnamedPerson(ctx.masked[p].slice(from, to))) return undefined;
      // The subject: the first fitting person not governed by a preposition ("Speaking to Martin Smith, he said").
      for (const e of inSentence) {
        if (e.person === undefined || !fits(e.person)) continue;
        if (governedMention(ctx, p, from, e)) {
          fallback ??= e.person;
          continue;
        }
        return e.person;
      }
    }
  }
  return lastSpoken ?? (governed ? fallback : undefined);
}

/**
 * Whether a mention in a sentence starting at `from` is governed by a preposition ("Speaking to Martin Smith", "by
 * President Trump") or is a possessive ("Maria Lopez's husband"): no subject, so no likely referent of "he" or "she".
 */
function governedMention(ctx: SpeakerContext, paragraph: number, from: number, e: Entity): boolean {
  const text = ctx.masked[paragraph];
  const start = startWithTitles(text, from, e.start);
  const before = text.slice(Math.max(from, start - 8), start);
  return (/\b(to|with|by|from|for|of|than|against|about|at)\s+$/i.test(before) && !/according\s+to\s+$/i.test(text.slice(Math.max(from, start - 14), start))) || /^['\u2019]s?\b/.test(text.slice(e.end, e.end + 2));
}

/**
 * Where a mention starts with the title words written right before it, not before `from`: a mention's entity starts
 * at the name, and "with President Trump" is governed by its preposition all the same.
 */
function startWithTitles(text: string, from: number, start: number): number {
  let at = start;
  for (;;) {
    let end = at;
    if (end - 1 < from || !hasClass(text, end - 1, SPACE)) return at;
    end--;
    let wordStart = end;
    while (wordStart > from && (hasClass(text, wordStart - 1, LETTER) || codeAt(text, wordStart - 1) === 46)) wordStart--;
    // Titles before a name are capitalised: most words there are not, and need no slice.
    if (wordStart === end || !hasClass(text, wordStart, UPPER) || !TITLE_WORDS.has(text.slice(wordStart, end).toLowerCase())) return at;
    at = wordStart;
  }
}

const UNNAMED_SUBJECT = /^\s*(?:one\s+of\s+(?:the|his|her|their)\s+|an?\s+|another\s+)((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}]+)/iu;

/** Whether a sentence opens with an indefinite person by role: "One of the victims …", "A witness …". */
function opensWithUnnamedPerson(sentence: string): boolean {
  const m = UNNAMED_SUBJECT.exec(sentence);
  if (!m) return false;
  // The head is one of the first three words: "A witness said", "A local resident", "One of the victims decided".
  return m[1].split(/\s+/).some((w) => ROLE_NOUNS.has(w) || (w.endsWith('s') && ROLE_NOUNS.has(w.slice(0, -1))));
}

/**
 * The unnamed speaker of the quote just before, in this sentence or the one before, that "he" or "she" (`gender`) at
 * `offset` means when no person is named in between: "The head of the internal investigators told the court “…” She
 * also said “…”". Only a description of one person fits: one of a group, or a singular head, with a role noun in it.
 */
function unnamedSpeakerJustBefore(ctx: SpeakerContext, gender: 'male' | 'female', paragraph: number, offset: number): ResolvedSpeaker | undefined {
  const last = ctx.last;
  if (last?.speaker.kind !== 'unknown' || last.paragraph !== paragraph || last.close > offset) return undefined;
  if (sentenceOf(ctx, paragraph, offset) - sentenceOf(ctx, paragraph, last.close - 1) > 1 || !describesOnePerson(last.speaker.name, gender)) return undefined;
  const namedBetween = ctx.people.entities[paragraph].some((e) => e.kind === 'person' && e.start >= last.close && e.start < offset && outsideQuotes(ctx, e));
  return namedBetween ? undefined : { speaker: last.speaker, person: undefined };
}

/** Plurals of people that end in no "s": "the police", "some people". */
const PLURALS_WITHOUT_S: ReadonlySet<string> = new Set(['people', 'men', 'women', 'children', 'police', 'staff', 'crew']);

/**
 * Whether an unnamed source as written describes one person of `gender` or of none: "a spokeswoman", "the head of
 * the investigators", "one of the victims"; not "officials", "the police", "the statement" or "a spokesman" for "she".
 * Its head is the word before a preposition, else its last: a role, or a word for a person's place in the group
 * named after it ("the head of").
 */
function describesOnePerson(description: string, gender: 'male' | 'female'): boolean {
  const words = description.toLowerCase().split(/\s+/).map((w) => w.replace(/['\u2019]s?$/, ''));
  if (words[0] === 'one' && words[1] === 'of') return words.slice(2).some((w) => ROLE_NOUNS.has(w));
  if (!/^(?:a|an|the)$/.test(words[0])) return false;
  const cut = words.findIndex((w, i) => i > 0 && AFTER_HEAD.has(w));
  const head = words[cut > 0 ? cut - 1 : words.length - 1];
  const singular = (!head.endsWith('s') || head.endsWith('ss')) && !PLURALS_WITHOUT_S.has(head) && !ORG_HEADS.has(head);
  const role = ROLE_NOUNS.has(head) || (cut > 0 && words.slice(cut + 1).some((w) => ROLE_NOUNS.has(w)));
  return singular && role && (ROLE_GENDER.get(head) ?? gender) === gender;
}

/** Adjectives before a role noun that say when someone holds the role, not which role it is: "the new governor". */
const TENURE_ADJECTIVES: ReadonlySet<string> = new Set(['new', 'former', 'late', 'current', 'outgoing', 'incoming', 'then', 'acting']);

/** Words in a title that make it another office than its head noun alone: "Vice President" is no president. */
const OTHER_OFFICE: ReadonlySet<string> = new Set(['vice', 'deputy', 'assistant', 'associate']);

/** Prepositions that end the head of a description: "leader of the opposition", "spokesman for the police". */
const AFTER_HEAD = new Set(['of', 'for', 'at', 'in', 'on', 'from', 'with', 'to']);

/**
 * Whether a title or description names the role: its head noun (the last word before a preposition, "Sen." read as
 * "senator") is the role, every modifier the reference uses is among its words ("the health minister" is not the
 * "Civil Aviation Minister"), and no word of it makes it another office ("US Vice President").
 */
function titleNamesRole(title: string, role: string, modifiers: readonly string[]): boolean {
  const words = title.toLowerCase().split(/[^\p{L}.-]+/u).filter(Boolean);
  const cut = words.findIndex((w) => AFTER_HEAD.has(w));
  const head = (cut > 0 ? words.slice(0, cut) : words).map((w) => TITLE_ROLE.get(w) ?? w.replace(/\.$/, ''));
  if (head[head.length - 1] !== role) return false;
  return modifiers.every((m) => words.includes(m)) && !head.some((w) => OTHER_OFFICE.has(w) && !modifiers.includes(w));
}

/**
 * Resolves a role noun ("the senator", "the health minister": the head and the lower-case words before it) to the
 * most recent person whose title or description names that role, or who is introduced by it in lower case
 * ("commissioner Albert Muchanga", "archbishop Monsignor Jorge Ruiz").
 */
function resolveRole(ctx: SpeakerContext, role: string, paragraph: number, offset: number, modifiers: readonly string[] = []): number | undefined {
  let best: number | undefined;
  let bestAt = -Infinity;
  ctx.people.people.forEach((person, index) => {
    const described = [...person.titles, ...person.descriptions].some((t) => titleNamesRole(t, role, modifiers)) ||
      (modifiers.length === 0 && person.mentions.some((m) => roleWordBefore(ctx.masked[m.paragraph] ?? '', m.start) === role));
    if (!described) return;
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

const WORD_AT_END = /(\p{L}+\.?)\s+$/u;

/** The lower-case word before a name at `offset`, over up to two capitalised title words between, or ''. */
function roleWordBefore(text: string, offset: number): string {
  let end = offset;
  for (let skipped = 0; skipped <= 2; skipped++) {
    const m = WORD_AT_END.exec(text.slice(Math.max(0, end - 30), end));
    if (!m) return '';
    if (/^\p{Ll}+$/u.test(m[1])) return m[1];
    if (!TITLE_WORDS.has(m[1].toLowerCase())) return '';
    end -= m[0].length;
  }
  return '';
}

const DETERMINER = /^(the|a|an|its|his|her|their|our|some|one|two|three|several|many|other|another|local|senior|top|both)$/i;
const DOCUMENT = /^(statement|statements|release|report|warning|website|site|post|tweet|tweets|summary|letter|ruling|judgment|judgement|decision|decree|notice|announcement|message|account|story|page|blog|filing|complaint|document|documents|order)$/i;

function isTitleOnly(e: Entity): boolean {
  return e.text.split(/\s+/).every((w) => TITLE_WORDS.has(w.toLowerCase().replace(/s$/, '')) || TITLE_WORDS.has(w.toLowerCase()));
}

const PLATFORM = new RegExp(`^(?:${PLATFORMS.join('|')})$`);

/**
 * Whether `e` is a social platform that only says where a document was posted ("an official government Twitter
 * account", "her final Instagram story post"): the account's owner speaks, not the platform. "Facebook released a
 * statement" is the company's own.
 */
function platformOfDocument(text: string, e: Entity): boolean {
  if (!PLATFORM.test(e.text)) return false;
  for (const word of text.slice(e.end, e.end + 40).trim().split(/\s+/).slice(0, 3)) {
    if (DOCUMENT.test(word)) return true;
    if (!/^\p{Ll}+$/u.test(word) || DETERMINER.test(word)) return false;
  }
  return false;
}

/** Words that join the parts of an organisation's name: "Department of Corrections", "Commission on Presidential Debates". */
const NAME_JOINT = /^\s+(?:of|on|for)\s+(?:the\s+)?\p{Lu}[\p{L}'\u2019-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'\u2019-]*)*/u;

/**
 * Where an organisation's name ends, with the parts a name run leaves out when the words that join them are lower
 * case: "Department" runs on to "Department of Corrections and Rehabilitation" when its last word heads organisations.
 */
function organisationEnd(ctx: SpeakerContext, e: Entity): number {
  const last = e.text.slice(e.text.lastIndexOf(' ') + 1).toLowerCase();
  if (!ORG_HEADS.has(last)) return e.end;
  return e.end + (NAME_JOINT.exec(ctx.masked[e.paragraph].slice(e.end, e.end + 120))?.[0].length ?? 0);
}

/** An organisation's name in full (`organisationEnd`), white space made single spaces. */
function fullOrganisationName(ctx: SpeakerContext, e: Entity): string {
  return e.text + ctx.masked[e.paragraph].slice(e.end, organisationEnd(ctx, e)).replace(/\s+/g, ' ');
}

/** The head noun of an organisation's name, lower case: the word before its first "of", "on", "for" or "and", else its last. */
function organisationHead(name: string): string {
  const words = name.split(' ');
  const joint = words.findIndex((w, i) => i > 0 && /^(?:of|on|for|and)$/.test(w));
  return words[joint > 0 ? joint - 1 : words.length - 1].toLowerCase();
}

/**
 * The organisation a bare head noun refers back to ("the Department", "the commission"): the most recent one named
 * before `offset` in more than one word with that head ("California Department of Corrections").
 */
function organisationByHead(ctx: SpeakerContext, head: string, paragraph: number, offset: number): ResolvedSpeaker | undefined {
  for (let p = paragraph; p >= 0; p--) {
    const list = ctx.people.entities[p];
    for (let i = list.length - 1; i >= 0; i--) {
      const e = list[i];
      if (e.kind !== 'organization' || (p === paragraph && e.start >= offset)) continue;
      const name = fullOrganisationName(ctx, e).replace(/^the\s+/i, '');
      if (name.includes(' ') && organisationHead(name) === head) return organisation(name, ctx);
    }
  }
  return undefined;
}

function speakerOfEntity(ctx: SpeakerContext, e: Entity, paragraph: number, offset: number): ResolvedSpeaker | undefined {
  if (e.kind === 'person' && e.person !== undefined) return personSpeaker(ctx, e.person);
  if (isTitleOnly(e)) {
    // "the Pope", "the Mayor": a title standing for the person who holds it.
    const role = e.text.toLowerCase().replace(/s$/, '');
    const person = /s$/i.test(e.text) ? undefined : resolveRole(ctx, role, paragraph, offset);
    return person === undefined ? unknown(e.text) : personSpeaker(ctx, person);
  }
  if (e.kind !== 'organization') return undefined;
  const head = e.text.replace(/^the\s+/i, '').toLowerCase();
  const named = ORG_HEADS.has(head) ? organisationByHead(ctx, head, paragraph, e.start) : undefined;
  return named ?? organisation(fullOrganisationName(ctx, e), ctx);
}

/** The most recent speaker in this or the previous paragraph, for "the professor added" with no better match. */
function recentSpeaker(ctx: SpeakerContext, paragraph: number): number | undefined {
  const last = ctx.spoken[ctx.spoken.length - 1];
  return last && last.paragraph >= paragraph - 1 ? last.person : undefined;
}

const INSTITUTION_OF = /^[Tt]he\s+(\p{Ll}+\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,3})$/u;

/** "government of American Samoa" for "The government of American Samoa": an institution named by its head and place. */
function institutionOf(phrase: string): string | undefined {
  const m = INSTITUTION_OF.exec(phrase);
  return m && ORG_HEADS.has(m[1].slice(0, m[1].indexOf(' ')).toLowerCase()) ? m[1] : undefined;
}

/** Whether every word between "the" and the head noun is capitalised, a name that owns the head: "the Biden campaign". */
function namedModifiers(words: readonly string[]): boolean {
  return words.length > 2 && words.slice(1, -1).every((w) => /^\p{Lu}[\p{L}.'\u2019-]*$/u.test(w));
}

/** A lower-case past or present participle. */
const PREDICATE_START = /^\p{Ll}{2,}(?:ed|ing)$/u;

/** Resolves a lower-case noun phrase: a role standing for a named person, or an unnamed source as written. */
function resolveCommonPhrase(ctx: SpeakerContext, chunk: string, paragraph: number, offset: number): ResolvedSpeaker | undefined {
  const words = chunk.split(' ');
  const head = words[words.length - 1].toLowerCase().replace(/[^\p{L}-]/gu, '');
  if (!head) return undefined;
  if (PREDICATE_START.test(words[0])) {
    // A phrase opening with a verb form is a predicate, not a speaker ("explained the decision to ban the players"),
    // but "what" starts a clause with a subject of its own: "creating what the scientists [describe as]".
    const what = words.lastIndexOf('what');
    return what > 0 && what < words.length - 1 ? resolveCommonPhrase(ctx, words.slice(what + 1).join(' '), paragraph, offset) : undefined;
  }
  // "the commission", "the department": the organisation named in full before with that head.
  const named = words.length === 2 && /^the$/i.test(words[0]) && ORG_HEADS.has(head) ? organisationByHead(ctx, head, paragraph, offset) : undefined;
  if (named) return named;
  // "Hasbro hosted a panel. … the company noted": the organisation that opened a sentence just before.
  const undertaking = words.length === 2 && /^the$/i.test(words[0]) && UNDERTAKING_NOUNS.has(head) ? organisationOpeningRecently(ctx, paragraph, offset) : undefined;
  if (undertaking) return undertaking;
  // A plural ends in "s" but not in "ss": "the actress" is one person.
  if (/^the$/i.test(words[0]) && ROLE_NOUNS.has(head) && !/[^s]s$/.test(head)) {
    // A possessor ("the city's home minister") says whose role it is, not which. A loop, not `map` then `filter`:
    // once the JIT inlines `map` its array comes out holey, and the inlined `filter`, compiled for packed ones, deoptimises.
    const modifiers: string[] = [];
    for (const w of words.slice(1, -1)) {
      const lower = w.toLowerCase();
      if (!TENURE_ADJECTIVES.has(lower) && !/['\u2019]s?$/.test(lower)) modifiers.push(lower);
    }
    const person = resolveRole(ctx, head, paragraph, offset, modifiers) ?? recentSpeaker(ctx, paragraph);
    if (person !== undefined) return personSpeaker(ctx, person);
  }
  // "the three-judge court": an institution, named by its head noun; "the Biden campaign" keeps the name before it.
  if (/^the$/i.test(words[0]) && ORG_HEADS.has(head) && !ROLE_NOUNS.has(head)) return organisation(namedModifiers(words) ? words.slice(1).join(' ') : head, ctx);
  const nouny = ROLE_NOUNS.has(head) || (DETERMINER.test(words[0]) && words.length <= 6 && /^\p{Ll}/u.test(head) && head.length > 2);
  return nouny ? unknown(chunk) : undefined;
}

/** "went on to", "goes on to" before a speech verb: the subject goes on to report words ("He went on to add"). */
const WENT_ON_TO = /^(?:went|goes|go|going)\s+on\s+to$/;

/**
 * Auxiliaries and irregular past forms that start a verb phrase ("Carl Hope gave a speech declaring"): common verbs
 * of news prose whose past form is seldom a noun or an adjective ("left" and "lost" often are).
 */
const AUXILIARY = /^(?:has|have|had|hasn't|haven't|did|didn't|does|doesn't|is|isn't|was|wasn't|were|weren't|went|will|would|could|should|told|wrote|said|says|gave|took|made|held|sent|brought|began|came|became|saw|knew|thought|felt|heard|kept|stood|spoke|sought|chose|drew|wore)$/;
/** Words that cannot end a noun phrase. */
const NOT_PHRASE_END = /^(?:the|a|an|to|in|of|for|on|at|with|by|from|and|or|that|this|his|her|its|their|our)$/i;
/** Endings of adverbs that sit between a subject and its verb ("The proclamation specifically states"). */
const ADVERB_ENDING = /(?:ally|ously|ively|edly|ently|antly|ately|fully|ingly)$/;

/**
 * Where a verb starts among the lower-case words after the first ("Kurtzer explained the reason to"): an
 * auxiliary, an adverb, or a past form in -ed not led by a determiner ("the elected officials"); -1 when none.
 */
function verbStart(words: readonly string[]): number {
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (!/^\p{Ll}[\p{Ll}']*$/u.test(w)) continue;
    if (AUXILIARY.test(w) || ADVERB_ENDING.test(w) || (/..ed$/.test(w) && !DETERMINER.test(words[i - 1]))) return i;
  }
  return -1;
}

/** The words before the first verb among them (all of them when there is none), joined by spaces. */
function beforeVerb(words: readonly string[]): string {
  const verbAt = verbStart(words);
  return (verbAt > 0 ? words.slice(0, verbAt) : words).join(' ');
}

/** Verbs for issuing a document: "released a statement", "the warning issued by Met Éireann". */
const ISSUING = '(?:issued|released|published|sent|posted|put\\s+out)';
/** How many paragraphs back a document's issuer may be named: "the statement" refers to one of this story. */
const ISSUER_PARAGRAPHS = 3;

/** The expressions `issuerNamedBefore` makes, by document noun: the nouns are the few DOCUMENT words. */
const ISSUED_PATTERNS = new Map<string, RegExp>();

/**
 * Who issued the document `noun` ("statement", "warning") named before `offset`, in this paragraph or the few before:
 * the subject of "X released a statement", or the agent of "the warning issued by X". Undefined when that names no
 * one, or names no document of the kind.
 */
function issuerNamedBefore(ctx: SpeakerContext, noun: string, paragraph: number, offset: number): ResolvedSpeaker | undefined {
  let pattern = ISSUED_PATTERNS.get(noun);
  if (pattern === undefined) {
    pattern = new RegExp(`\\b${ISSUING}\\s+(?:a|an|its|their|his|her)\\s+(?:[\\p{L}-]+\\s+){0,2}?${noun}\\b|\\b${noun}\\s+${ISSUING}\\s+by\\s+`, 'gu');
    ISSUED_PATTERNS.set(noun, pattern);
  }
  for (let p = paragraph; p >= Math.max(0, paragraph - ISSUER_PARAGRAPHS); p--) {
    const text = ctx.masked[p];
    const limit = p === paragraph ? offset : text.length;
    let last: RegExpExecArray | undefined;
    for (const m of text.matchAll(pattern)) if (m.index < limit) last = m;
    if (last === undefined) continue;
    const [start, end] = ctx.sentences(p)[sentenceOf(ctx, p, last.index)];
    const resolved = last[0].endsWith(' ') ? resolveObject(ctx, p, last.index + last[0].length, end) : resolveSubject(ctx, p, start, last.index);
    return resolved?.speaker.kind === 'unknown' ? undefined : resolved;
  }
  return undefined;
}

/** Head nouns of the names of laws and their parts, capitalised: "Clean Air Act", "the Second Amendment". */
const LAW_HEAD = '(?:Act|Constitution|Code|Amendment|Article|Treaty|Convention|Charter|Section|Statute|Regulation|Directive|Decree|Ordinance)';
const CAPITALISED = "\\p{Lu}[\\p{L}'\u2019.-]*";
/**
 * The name of a law as a whole phrase: capitalised words ending in a law's head noun, a number after it ("Republic
 * Act No. 3846") and "of the Penal Code" at most. `lawName` needs more than the head alone, or "the" before it.
 */
const LAW_NAME = new RegExp(
  `^(?:[Tt]he\\s+)?((?:${CAPITALISED}\\s+)*${LAW_HEAD}(?:\\s+(?:No\\.\\s*)?\\d[\\d.]*\\p{L}?)?(?:\\s+(?:of|on)\\s+(?:the\\s+)?(?:${CAPITALISED}\\s+)*${CAPITALISED})?)$`,
  'u',
);

/** The head nouns of LAW_HEAD, to turn away phrases without one before the expression runs. */
const LAW_HEADS: ReadonlySet<string> = new Set(LAW_HEAD.slice(3, -1).split('|'));

/** The name of the law a phrase is ("The Constitution", "Clean Air Act", "Article 2"), without "the", or undefined. */
function lawName(chunk: string, words: readonly string[]): string | undefined {
  if (!words.some((w) => LAW_HEADS.has(w))) return undefined;
  const m = LAW_NAME.exec(chunk);
  return m && (m[1].includes(' ') || m[0] !== m[1]) ? m[1] : undefined;
}

/** Resolves a short phrase (the words just before or after a verb) to a speaker. */
function resolveChunk(ctx: SpeakerContext, paragraph: number, from: number, to: number, fromStart: boolean): ResolvedSpeaker | undefined {
  const text = ctx.masked[paragraph];
  const raw = text.slice(from, to);
  if (raw.includes(MASK)) return undefined; // the reporter's words only: white space never hides a masked character
  let chunk = collapseSpaces(raw).trim();
  if (!chunk) return undefined;
  const inRange = ctx.people.entities[paragraph].filter((e) => e.start >= from && e.start < to && (fromStart || e.end <= to) && outsideQuotes(ctx, e));
  const entities = inRange.filter((e) => e.kind !== 'other');
  let words = chunk.split(' ');
  const possessive = (e: Entity): boolean => /^['\u2019]s?\b/.test(text.slice(e.end, e.end + 2));
  // "The Constitution says", "Republic Act No. 3846 states": a law speaks as a document, under its own name.
  const law = lawName(chunk, words);
  if (law !== undefined && !entities.some((e) => e.kind === 'person')) return organisation(law, ctx);
  // A document speaks for its owner: "an AEW press release", "the WHO's website".
  const lastWord = words[words.length - 1].replace(/[^\p{L}]/gu, '');
  // "Her last Instagram post showed": the subject ends on the platform, the post is the verb after it.
  const postedOn = !fromStart && PLATFORM.test(lastWord) && DOCUMENT.test(/^\s*(\p{L}*)/u.exec(text.slice(to, to + 20))![1]);
  if (DOCUMENT.test(lastWord) || postedOn || (fromStart && words.slice(0, 5).some((w) => DOCUMENT.test(w.replace(/[^\p{L}]/gu, ''))))) {
    const owner =
      entities.find((e) => e.kind === 'person') ??
      entities.find((e) => (!fromStart || e.start - from < 40) && !platformOfDocument(text, e)) ??
      inRange.find((e) => e.kind === 'other' && /^['\u2019]s\b/.test(text.slice(e.end, e.end + 2))); // "Stardom's official statement"
    if (owner) return owner.kind === 'other' ? organisation(owner.text, ctx) : speakerOfEntity(ctx, owner, paragraph, from);
    // "Her final Instagram post": the person the pronoun means, else whoever spoke last.
    const gender = PRONOUN_OWNER.get(words[0].toLowerCase());
    const person = gender === undefined ? undefined : resolvePronoun(ctx, gender, paragraph, from);
    if (person !== undefined) return personSpeaker(ctx, person);
    if (/^(their|his|her|its)$/i.test(words[0]) && ctx.last && ctx.last.paragraph >= paragraph - 1) return { speaker: ctx.last.speaker, person: ctx.last.person };
    // "Part of the judge's statement reads": the person who holds the role, as "the judge" would be.
    const role = /\bthe\s+([\p{Ll}-]+)['\u2019]s?\s/u.exec(chunk)?.[1];
    const holder = role !== undefined && ROLE_NOUNS.has(role) ? resolveRole(ctx, role, paragraph, from) : undefined;
    if (holder !== undefined) return personSpeaker(ctx, holder);
    // "The court's summary", "a statement from the ministry": an institution named by its common noun.
    const institution = /^the\s+([\p{L}-]+)['\u2019]s?\s/iu.exec(chunk) ?? /\b(?:from|by|of)\s+(?:the\s+)?([\p{Ll}-]+)$/u.exec(chunk);
    if (institution && ORG_HEADS.has(institution[1].toLowerCase())) return organisation(institution[1].toLowerCase(), ctx);
    // "The government of American Samoa issued a statement": the institution the subject names.
    const verbAt = verbStart(words);
    const issuer = verbAt > 0 ? institutionOf(words.slice(0, verbAt).join(' ')) : undefined;
    if (issuer) return organisation(issuer, ctx);
    // "“…”, read the warning" after "The warning issued by Met Éireann": whoever issued it, named before.
    const issued = words.length <= 3 && /^the$/i.test(words[0]) && DOCUMENT.test(lastWord) ? issuerNamedBefore(ctx, lastWord.toLowerCase(), paragraph, from) : undefined;
    if (issued) return issued;
    if (/^the$/i.test(words[0]) && words.length === 2 && ctx.last?.speaker.kind === 'organization' && ctx.last.paragraph >= paragraph - 1) return { speaker: ctx.last.speaker, person: undefined };
  }
  if (fromStart) {
    // "said study co-author Karen Alley", "according to a tweet by Secretary of State Mike Pompeo"; but a pronoun that
    // opens the phrase is its subject, whoever is named after it: "It also credited Leonov with …".
    const by = /\bby\s+/.exec(chunk);
    const ordered = PRONOUNS.has(words[0].toLowerCase()) ? [] : [...entities.filter((e) => e.kind === 'person'), ...entities.filter((e) => e.kind !== 'person')];
    // An organisation's name before a role is the role's employer, and its words are no part of the lead: "said
    // Center for Biological Diversity scientist Tierra Curry".
    // The name may start before `from`, with the verb opening a sentence inside it ("Remarked Center for …").
    const at = skipSpace(text, from);
    const employer = ctx.people.entities[paragraph].find((e) => e.kind === 'organization' && e.start <= at && at < e.end);
    const employerEnd = employer ? organisationEnd(ctx, employer) : from;
    for (const e of ordered) {
      if (possessive(e) || platformOfDocument(text, e)) continue;
      const leadFrom = e.kind === 'person' && employerEnd <= e.start ? employerEnd : from;
      const lead = text.slice(leadFrom, e.start).trim().split(/\s+/).filter(Boolean);
      // Title words may come first, even "Mayor of London"; a lower-case "of" means the name belongs to someone else.
      // "said a spokeswoman for Minister Maria Lopez": the spokeswoman speaks, not the minister.
      const near = (lead.length <= 5 && !lead.some((w, i) => /^(by|from|to|with|for)$/i.test(w) || (/^of$/i.test(w) && !/^\p{Lu}/u.test(lead[i - 1] ?? '')))) ||
        (roleBeforeApposition(lead) && /^\s*,/.test(text.slice(e.end, e.end + 3))); // "The mayor of London, Sadiq Khan, gave
      if (near || (by && e.start >= from + by.index)) {
        const r = speakerOfEntity(ctx, e, paragraph, from);
        if (r) return r;
      }
    }
  } else {
    // "a source within the central Interior Ministry": an unnamed source, whatever it belongs to.
    const source = UNNAMED_SOURCE.exec(chunk) ?? GROUP_OF.exec(chunk);
    if (source && ROLE_NOUNS.has(source[1].toLowerCase())) return unknown(beforeVerb(words));
    // "Peter Iseley of worldwide victim group Ending Clergy Abuse": the head is the person before "of"; so is one
    // before "in", "on" or "during" ("Richard Ferrand in relaying the news said") when no one is named after.
    for (const e of entities) {
      const preposition = /^\s+(of|from|at|with|in|on|during)\s/.exec(text.slice(e.end, e.end + 9))?.[1];
      const headed = preposition !== undefined && (/^(of|from|at|with)$/.test(preposition) || !entities.some((o) => o.kind === 'person' && o.start > e.end));
      if (e.kind === 'person' && headed && text.slice(from, e.start).trim().split(/\s+/).filter(Boolean).length <= 4) {
        const r = speakerOfEntity(ctx, e, paragraph, from);
        if (r) return r;
      }
    }
    // The last name before the verb is the subject; an organisation's may run on across "of" up to the verb, over
    // the names inside it: "the Department of Health and Human Services".
    const verbAt = skipSpaceBack(text, from, to);
    // Not over a person's name: "House of Commons Speaker John Bercow commented" is Bercow's.
    const runsOn = (e: Entity): boolean => e.kind === 'organization' && organisationEnd(ctx, e) >= verbAt && !entities.some((o) => o.kind === 'person' && o.start > e.end);
    const last = entities.find(runsOn) ?? entities[entities.length - 1];
    if (last) {
      const end = last.kind === 'organization' ? organisationEnd(ctx, last) : last.end;
      // The stop after an acronym written with stops is part of it: "the U.N. said".
      const acronymStop = text[end] === '.' && /\p{Lu}\.\p{Lu}$/u.test(text.slice(Math.max(from, end - 3), end));
      const rest = text.slice(acronymStop ? end + 1 : end, to).replace(/^['\u2019]s\b/, '').trim();
      if (rest === '' || /^\(.*\)$/.test(rest) || (last.kind === 'person' && isPostNominals(rest))) {
        const r = speakerOfEntity(ctx, last, paragraph, from);
        if (r) return r;
      }
    }
  }
  // "Schwartz went on to", "The president did not": before a verb, only its subject names the speaker, when the
  // subject is a name or a role; an adverb never ends a description ("The proclamation specifically"). After a
  // reporting verb, the phrase it reports is the speaker ("Znak.com reported its source [said]").
  const verbAt = fromStart ? -1 : verbStart(words);
  if (verbAt > 0) {
    const subject = words.slice(0, verbAt);
    const reported = words.slice(verbAt + 1);
    const e = entities[0];
    const roleOnly = subject.length <= 3 && DETERMINER.test(subject[0]) && subject.slice(1).every((w) => /^\p{Ll}/u.test(w));
    // "He went on to add": a pronoun subject of "went on to" stands for whoever it means (not of any verb before "to":
    // "She learned to write" reports nothing).
    const wentOn = subject.length === 1 && PRONOUNS.has(subject[0].toLowerCase()) && WENT_ON_TO.test(words.slice(verbAt).join(' '));
    if ((roleOnly && ROLE_NOUNS.has(subject[subject.length - 1])) || wentOn) words = subject;
    else if (SPEECH_VERBS.has(words[verbAt]) && reported.length > 0 && reported.length <= 4 && verbStart(['', ...reported]) < 0 && !NOT_PHRASE_END.test(reported[reported.length - 1])) words = reported;
    // The name may open the subject after its titles: "President Carl Hope delivered a speech declaring".
    else if (e && startWithTitles(text, from, e.start) === skipSpace(text, from) && e.end - e.start <= subject.join(' ').length) return speakerOfEntity(ctx, e, paragraph, from);
    else if (verbAt === words.length - 1 && ADVERB_ENDING.test(words[verbAt])) words = subject;
    chunk = words.join(' ');
  }
  const head = (fromStart ? words[0] : words[words.length - 1]).toLowerCase();
  // "According to him": an object pronoun that is the whole phrase stands for a person as "he" or "she" does.
  const pronoun = PRONOUNS.get(head) ?? (words.length === 1 ? PRONOUN_OWNER.get(OBJECT_TO_OWNER.get(head) ?? '') : undefined);
  if (pronoun === 'male' || pronoun === 'female') {
    const unnamed = unnamedSpeakerJustBefore(ctx, pronoun, paragraph, from);
    if (unnamed) return unnamed;
    const person = resolvePronoun(ctx, pronoun, paragraph, from);
    return person === undefined ? unknown(head) : personSpeaker(ctx, person);
  }
  // "It also urged": an organisation that spoke in this or the previous paragraph.
  if (pronoun === 'neuter' && ctx.last?.speaker.kind === 'organization' && ctx.last.paragraph >= paragraph - 1) return { speaker: ctx.last.speaker, person: undefined };
  // "NASA interrupted its coverage. It also credited …": the organisation the sentence before opened with.
  const subject = pronoun === 'neuter' ? organisationOpeningSentenceBefore(ctx, paragraph, from) : undefined;
  if (subject) return subject;
  // "The Commission criticized the move. They said …": an organisation that has just spoken is "they" too.
  const speakingOrganisation = head === 'they' ? organisationOpeningSentenceBefore(ctx, paragraph, from, true) : undefined;
  if (speakingOrganisation) return speakingOrganisation;
  // "I" in an interview's answer is whoever the turn's label names.
  const interviewee = pronoun === 'self' ? turnSpeaker(ctx, paragraph) : undefined;
  if (interviewee !== undefined) return personSpeaker(ctx, interviewee);
  // "On your website you state": in the interviewer's turn, "you" is the one who answers; not in a question put to
  // them ("could you tell us more").
  const addressee = head === 'you' && !fromStart && !QUESTION_AUXILIARY.test(words[words.length - 2] ?? '') ? answeringSpeaker(ctx, paragraph) : undefined;
  if (addressee !== undefined) return personSpeaker(ctx, addressee);
  if (pronoun) return unknown(pronoun === 'self' ? 'I' : head); // the pronoun as written, "I" in capitals
  if (fromStart) {
    const np = /^(?:[\p{L}-]+\s+){0,5}?[\p{Ll}-]+(?=\s+(?:of|from|at|in|for|with|on)\b|$)/u.exec(chunk);
    if (!np) return undefined;
    // The phrase ends where a verb starts: "The palace issued the following statement from the king".
    return resolveCommonPhrase(ctx, beforeVerb(np[0].split(' ')), paragraph, from);
  }
  if (words.length > 8) return undefined;
  const firstEntity = entities[0];
  if (firstEntity && firstEntity.start === skipSpace(text, from)) {
    // "Trump administration officials": a name modifying a lower-case head.
    return /^\p{Ll}/u.test(words[words.length - 1]) ? unknown(chunk) : undefined;
  }
  return resolveCommonPhrase(ctx, chunk, paragraph, from);
}

/** Characters that end the noun phrase before a verb when a word ends with them, and when it starts with them. */
const ENDS_PHRASE = new Set([...',;:()\u2014\u2013"\u201C\u201D\uE000'].map((c) => c.charCodeAt(0)));
const STARTS_PHRASE = new Set([...',;:(\u2014\u2013"\u201C\u201D'].map((c) => c.charCodeAt(0)));

/** The offset after the white space that starts at `from`. */
function skipSpace(text: string, from: number): number {
  while (hasClass(text, from, SPACE)) from++;
  return from;
}

/** The offset before the white space that ends at `end`, not going below `from`. */
export function skipSpaceBack(text: string, from: number, end: number): number {
  while (end > from && hasClass(text, end - 1, SPACE)) end--;
  return end;
}

/** Where the letters end in "word ," at the end of `text[from, end)`: before trailing spaces and one comma. */
function wordEndBefore(text: string, from: number, end: number): number {
  let p = skipSpaceBack(text, from, end);
  if (p > from && codeAt(text, p - 1) === 44) p = skipSpaceBack(text, from, p - 1);
  return p;
}

/**
 * The start of the word of letters that ends `text[from, end)`, trailing spaces and one comma aside, or -1: where
 * `/([\p{L}]+)\s*,?\s*$/u` matches that stretch.
 */
function lastWordBefore(text: string, from: number, end: number): number {
  const p = wordEndBefore(text, from, end);
  let q = p;
  for (;;) {
    const c = codeAt(text, q - 1);
    if (isTrailSurrogate(c) && q - 2 >= from && isLeadSurrogate(codeAt(text, q - 2))) {
      if (!ASTRAL_LETTER.test(text.slice(q - 2, q))) break;
      q -= 2;
    } else if (q > from && (CHAR_CLASS[c] & LETTER) !== 0) q--;
    else break;
  }
  return q === p ? -1 : q;
}

const ASTRAL_LETTER = /^\p{L}$/u;

/** Finds where the subject before a verb starts, walking back over adverbs, appositives and clause words. */
export function resolveSubject(ctx: SpeakerContext, paragraph: number, from: number, verbStart: number): ResolvedSpeaker | undefined {
  const text = ctx.masked[paragraph];
  let end = verbStart;
  // Skip adverbs, auxiliaries and a day ("on Sunday") between subject and verb.
  for (let day = false; ;) {
    const word = lastWordBefore(text, from, end);
    const skipped = word < 0 ? '' : text.slice(word, wordEndBefore(text, from, end));
    if (day && /^(?:on|last|this|early|late)$/.test(skipped)) {
      end = word;
      day = false;
      continue;
    }
    // Not a day that ends an aside: "The opinion of the Court, released on Wednesday, read".
    day = WEEKDAY.test(skipped) && skipSpaceBack(text, from, end) === word + skipped.length;
    // "the WHO said": in capitals the organisation, not the pronoun.
    if (!day && (!SKIPPABLE.test(skipped) || skipped === 'WHO')) break;
    end = word;
  }
  // Brackets before the verb belong to the name before them: "… National Crime Agency (NCA) said", "Maria Lopez
  // (pictured) said".
  // Most subjects end in a word: the expression runs only where a closing bracket comes last.
  const bracketed = codeAt(text, skipSpaceBack(text, from, end) - 1) === 41 ? /\s*\([^()\uE000]{1,30}\)\s*$/u.exec(text.slice(Math.max(from, end - 34), end)) : null;
  if (bracketed) end -= bracketed[0].length;
  const beforeSpace = skipSpaceBack(text, from, end);
  if (beforeSpace > from && (codeAt(text, beforeSpace - 1) === 44 || codeAt(text, beforeSpace - 1) === 0x2014)) {
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
      if (!seg.trim()) continue;
      const mask = seg.indexOf(MASK);
      if (mask >= 0) {
        // "Anna Franowska of “Have no fear”, a charity, told": the person "of" an organisation whose name is quoted.
        const of = /\sof\s+["\u201C]?$/.exec(seg.slice(0, mask));
        const named = of ? resolveChunk(ctx, paragraph, a, a + of.index + 3, false) : undefined;
        if (named?.speaker.kind === 'person') return named;
        continue;
      }
      const segWords = seg.trim().split(/\s+/);
      // Two words describe too ("Jane Smith, an economist, said", "Anderson Cooper, of CNN, said") unless a clause
      // opens with them: "while ALDI, in a Facebook post, called it".
      const appositive = (APPOSITIVE_START.test(seg) || TITLE_WORDS.has(segWords[0].toLowerCase())) &&
        (segWords.length > 2 || (segWords.length === 2 && !CLAUSE_WORDS.test(segWords[0]) && !/^(and|or)$/i.test(segWords[0])));
      const resolved = resolveChunk(ctx, paragraph, a, b, false);
      // "herpetologist David Blackburn"; not the client in "a lawyer representing Emily Stone".
      if (resolved?.speaker.kind === 'person' && !(appositive && namesGovernedPerson(ctx, paragraph, a, b))) return resolved;
      if (appositive) continue;
      if (resolved) return resolved;
      if (!APPOSITIVE_START.test(seg)) break;
    }
  }
  // The noun phrase right before the verb.
  let start = end;
  let words = 0;
  while (start > from) {
    const wordEnd = skipSpaceBack(text, from, start);
    if (wordEnd === from) break;
    let wordStart = wordEnd - 1;
    while (wordStart > from && !hasClass(text, wordStart - 1, SPACE)) wordStart--;
    const word = text.slice(wordStart, wordEnd);
    // "WHO" in capitals is the organisation, not the pronoun.
    if (ENDS_PHRASE.has(codeAt(word, word.length - 1)) || (CLAUSE_WORDS.test(word) && word !== 'WHO') || words >= 14) break;
    start = wordStart;
    words++;
    if (STARTS_PHRASE.has(codeAt(word, 0))) {
      start += 1;
      break;
    }
  }
  // "Erwin Chemerinsky, Dean of UC Berkeley School of Law called": an appositive left open before the verb describes
  // the person who opens the clause; the organisation inside it does not speak.
  return personBeforeOpenApposition(ctx, paragraph, from, start, end) ?? resolveChunk(ctx, paragraph, start, end, false);
}

/** Whether a lead before a name ("The new governor of the region,") is a role the name after its comma stands for. */
function roleBeforeApposition(lead: readonly string[]): boolean {
  if (lead.length < 2 || !/^the$/i.test(lead[0]) || !lead[lead.length - 1].endsWith(',')) return false;
  const of = lead.findIndex((w) => /^(?:of|for|at|in)$/.test(w));
  const head = (of > 0 ? lead[of - 1] : lead[lead.length - 1]).replace(/,$/, '').toLowerCase();
  return ROLE_NOUNS.has(head) || TITLE_WORDS.has(head);
}

/** A word that makes the name after it the object of a description: "a lawyer representing X", "the wife of X". */
const GOVERNS_NAME = /(?:^|\s)(?:of|for|to|with|by|from|against|\p{Ll}+ing)\s+$/u;

/** Whether a person named in `text[from, to)` is the object of a preposition or participle there. */
function namesGovernedPerson(ctx: SpeakerContext, paragraph: number, from: number, to: number): boolean {
  const text = ctx.masked[paragraph];
  return ctx.people.entities[paragraph].some((e) => e.kind === 'person' && e.start >= from && e.end <= to && GOVERNS_NAME.test(text.slice(Math.max(from, e.start - 20), e.start)));
}

/** A role that opens an appositive, up to three words before its noun: "Dean of", "the chief technology officer of". */
const OPEN_ROLE = /^\s*(?:(?:the|a|an)\s+)?(?:[\p{L}.-]+\s+){0,3}?([\p{L}.-]+)\s+(?:of|for|at)\s/iu;

/**
 * The person named right before the comma at `start`, when the phrase from `start` to the verb at `end` opens with a
 * title or role ("Dean of …", "the chief executive of …"): an appositive whose closing comma is left out. The name
 * opens the clause or follows words that do not govern it ("In the blog post Chris Wright, the …", but not "a
 * lawyer for Emily Stone, the …").
 */
function personBeforeOpenApposition(ctx: SpeakerContext, paragraph: number, from: number, start: number, end: number): ResolvedSpeaker | undefined {
  const text = ctx.masked[paragraph];
  const comma = skipSpaceBack(text, from, start) - 1;
  if (codeAt(text, comma) !== 44) return undefined;
  const role = OPEN_ROLE.exec(text.slice(start, end))?.[1].toLowerCase();
  if (role === undefined || !(TITLE_WORDS.has(role) || ROLE_NOUNS.has(role))) return undefined;
  const e = ctx.people.entities[paragraph].find((each) => each.kind === 'person' && each.end === comma && each.start >= from);
  if (!e || (e.start !== skipSpace(text, from) && GOVERNS_NAME.test(text.slice(Math.max(from, e.start - 20), e.start)))) return undefined;
  return speakerOfEntity(ctx, e, paragraph, e.start);
}

const INTRO = /^\s*(?:\p{Lu}\p{Ll}*(?:ing|ed)|In|On|At|After|Before|During|Following|Since|Unlike|Like|With|Despite|This|Last|Earlier|Later|However|Meanwhile|Yesterday|Today|Instead|Still|Also)\b[^,;:\uE000]{0,80},/u;

/** Resolves the subject of the sentence a participle hangs from: "Trump issued a statement, saying “…”". */
export function resolveSentenceSubject(ctx: SpeakerContext, paragraph: number, from: number, to: number): ResolvedSpeaker | undefined {
  const text = ctx.masked[paragraph];
  const subjectAt = (start: number): ResolvedSpeaker | undefined => {
    // The subject ends before any quote: "the Department of Defense justified the strike as “defensive”".
    const mask = text.indexOf(MASK, start);
    const m = /^\s*(?:\S+\s+){0,8}\S+/.exec(text.slice(start, mask >= 0 && mask < to ? mask : to));
    if (!m) return undefined;
    // A subject too long for a noun phrase ends where its verb starts: "The Biden campaign recycled a statement it
    // first put out in July:".
    const resolved = resolveChunk(ctx, paragraph, start, Math.min(to, start + m[0].length), true);
    return resolved ?? (m[0].includes(MASK) ? undefined : resolveCommonPhrase(ctx, beforeVerb(m[0].trim().split(/\s+/)), paragraph, start));
  };
  // An introductory phrase ("Following the announcement of Biden's win,") is not the subject.
  const intro = INTRO.exec(text.slice(from, to));
  return (intro ? subjectAt(from + intro[0].length) : undefined) ?? subjectAt(from);
}
/** Resolves the speaker named after a verb or "according to": "said Deputy Minister X", "according to police". */
export function resolveObject(ctx: SpeakerContext, paragraph: number, from: number, to: number): ResolvedSpeaker | undefined {
  const text = ctx.masked[paragraph];
  // A period before a capital inside the sentence ends an abbreviation, not the name: "said Dr. Livermore".
  const m = /^(?:[^,;:.()\u2014\u2013\uE000"\u201C\u201D]|\.(?=\s*\p{Lu}))*/u.exec(text.slice(from, to));
  const end = from + (m ? m[0].length : 0);
  const resolved = resolveChunk(ctx, paragraph, from, end, true);
  if (resolved?.speaker.kind === 'organization') return ownRoleInApposition(ctx, paragraph, end, to) ?? resolved;
  if (resolved && resolved.speaker.kind !== 'unknown') return resolved;
  return namedInApposition(ctx, paragraph, end, to) ?? resolved;
}

/**
 * The person an organisation's role names when the organisation's own name holds a comma: "said University of
 * California, San Diego's chancellor, Pradeep Khosla" speaks for Khosla, not the university.
 */
function ownRoleInApposition(ctx: SpeakerContext, paragraph: number, end: number, to: number): ResolvedSpeaker | undefined {
  const text = ctx.masked[paragraph];
  if (text[end] !== ',') return undefined;
  const owner = /^,\s*(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['\u2019]s\s+(?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+)(?=,)/u.exec(text.slice(end, to));
  return owner && ROLE_NOUNS.has(owner[1]) ? namedInApposition(ctx, paragraph, end + owner[0].length, to) : undefined;
}

/**
 * The person a role names right after its comma, the name ending the clause: "said the city's mayor, Lyda
 * Krewson." or "said one of the organisers, Jo Baker, on Monday".
 */
function namedInApposition(ctx: SpeakerContext, paragraph: number, comma: number, to: number): ResolvedSpeaker | undefined {
  const text = ctx.masked[paragraph];
  if (text[comma] !== ',') return undefined;
  const start = skipSpace(text, comma + 1);
  const e = ctx.people.entities[paragraph].find((each) => each.start === start && each.kind === 'person');
  if (!e || e.end > to || !/^\s*(?:[,.;]|$)/.test(text.slice(e.end, Math.min(to, e.end + 2)))) return undefined;
  return speakerOfEntity(ctx, e, paragraph, start);
}
