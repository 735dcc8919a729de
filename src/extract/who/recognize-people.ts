/**
 * Recognises the people an article names: classifies capitalised runs, groups full names, spelling variants and
 * short forms of a given name ("Stan" for Stanislav) into one person, resolves surname-only and first-name-only
 * mentions to the person they mean, and keeps titles, appositive descriptions and party tags.
 */
import type { Mention, Person } from '../../types.js';
import { classifiedRun, decideNameRun, type ClassifiedRun, type RunDecision, type TokenClass } from './classify-name-run.js';
import { CHAR_CLASS, codeAt, hasClass, isLeadSurrogate, LETTER, SPACE, UPPER } from './char-class.js';
import { findNameRuns, type NameRun, type RunToken } from './find-name-runs.js';
import { editDistance, foldName } from './fold-name.js';
import { KINSHIP_NOUNS, ROLE_GENDER, ROLE_NOUNS } from './role-nouns.js';
import { firstNameGender } from './first-name-gender.js';
import { fullGivenNames, mayStandFor } from './given-name-short-forms.js';
import { SPEECH_VERBS } from './speech-verbs.js';
import { isCalendarWord, isCommonWord, isProperNoun } from './common-words.js';
import { PERSON_TITLES, TITLE_WORDS } from './titles.js';
import { PLACE_NAMES } from './places.js';
import { headsThingNoun, namesAThing } from './names-a-thing.js';

/**
 * A named thing found in the text that attribution may read: a person (with its index in `people`), an organisation,
 * a mention that turned out to name no one, or a word that names nothing but owns what follows ("Stardom's").
 */
export interface Entity {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  kind: 'person' | 'organization' | 'other';
  person?: number;
}

/** The people of an article with what attribution needs: the entities it reads by paragraph and each person's gender. */
export interface PeopleIndex {
  people: Person[];
  genders: ('male' | 'female' | undefined)[];
  /** Whether each person's gender is only a guess from their given name ("Ma" is listed as female), not a title's. */
  genderGuessed: boolean[];
  /** Entities of each body paragraph in text order; the title's are left out. */
  entities: Entity[][];
  /**
   * The full name of an acronym the article defines ("WHO" → "World Health Organization"), or undefined. The
   * definitions are found on the first call: only an organisation that speaks needs them, and most articles have none.
   */
  acronym: (letters: string) => string | undefined;
}

/** A definition: up to ten capitalised words (small words between them) and the acronym in brackets; sticky. */
const ACRONYM_DEFINED = /((?:[\p{Lu}][\p{L}'\u2019-]*\s+)(?:(?:of|for|on|and|the|de)\s+|[\p{Lu}][\p{L}'\u2019-]*\s+){0,8}[\p{Lu}][\p{L}'\u2019-]*)\s+\((\p{Lu}{2,8})\)/uy;

/** Whether an opening bracket is followed by two capitals, as `/\(\p{Lu}{2}/u` finds, looking only at brackets. */
function hasAcronymInBrackets(text: string): boolean {
  for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
    const a = codeAt(text, at + 1);
    const b = codeAt(text, at + 2);
    // A surrogate pair may be a capital outside the table: let the expression decide.
    if (isLeadSurrogate(a) || isLeadSurrogate(b)) return /\(\p{Lu}{2}/u.test(text);
    if (hasClass(text, at + 1, UPPER) && hasClass(text, at + 2, UPPER)) return true;
  }
  return false;
}

/** Whether a code unit may be part of a definition before its bracket: a letter, apostrophe, hyphen or space. */
function mayBeInDefinition(c: number): boolean {
  // A surrogate may belong to a letter outside the table: keep it, which only makes the search start earlier.
  return (CHAR_CLASS[c] & (LETTER | SPACE)) !== 0 || c === 39 || c === 0x2019 || c === 45 || (c >= 0xd800 && c <= 0xdfff);
}

/**
 * The first definition at or after `from`, or null: what a global ACRONYM_DEFINED would find. A definition holds
 * nothing but letters, apostrophes, hyphens and spaces before its bracket, so only the capitals in the stretch of
 * those that ends at a bracket can start one; the expression is tried there, not at every capital of the paragraph.
 */
function nextDefinition(text: string, from: number): RegExpExecArray | null {
  for (let bracket = text.indexOf('(', from); bracket >= 0; bracket = text.indexOf('(', bracket + 1)) {
    let start = bracket;
    while (start > from && mayBeInDefinition(codeAt(text, start - 1))) start--;
    for (let at = start; at < bracket; at++) {
      if (!hasClass(text, at, UPPER) && !isLeadSurrogate(codeAt(text, at))) continue;
      ACRONYM_DEFINED.lastIndex = at;
      const m = ACRONYM_DEFINED.exec(text);
      if (m) return m;
    }
  }
  return null;
}

/** Finds "World Health Organization (WHO)" definitions in the text. */
function findAcronyms(paragraphs: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const p of paragraphs) {
    if (!hasAcronymInBrackets(p)) continue;
    for (let m = nextDefinition(p, 0); m !== null; m = nextDefinition(p, m.index + m[0].length)) {
      const words = m[1].split(/\s+/);
      const letters = m[2];
      // Keep as many trailing words as the acronym has capitals (small words ride along).
      let kept = 0;
      let capitals = 0;
      for (let i = words.length - 1; i >= 0 && capitals < letters.length; i--, kept++) if (/^\p{Lu}/u.test(words[i])) capitals++;
      const full = words.slice(words.length - kept).join(' ').replace(/^the\s+/i, '');
      if (full[0] === letters[0] && !map.has(letters)) map.set(letters, full);
    }
  }
  return map;
}

interface Candidate {
  paragraph: number;
  run: NameRun;
  cls: ClassifiedRun;
  start: number;
  end: number;
  text: string;
  key: readonly string[];
  /** The key's words joined with spaces. */
  keyText: string;
  evidence: boolean;
  /** The text of the candidate's paragraph (or the title), which `loneEvidence` and `speechAfter` read around it. */
  source: string;
  /** The word right before the run, when only spaces separate them. */
  role: string;
  /** Whether a comma follows the name, and whether an appositive follows that comma. */
  comma: boolean;
  appositive: boolean;
  /** The appositive description as kept, before a party tag stands in for a missing one. */
  ownDescription?: string;
  description?: string;
  roleGender?: 'male' | 'female';
  person?: number;
  /** A fuller form the text gives this mention: "Cherie" in "Cherie and Sean O'Donnell". */
  fullKey?: readonly string[];
  fullText?: string;
  /** An earlier mention this one renames: "Ginger Baker was born Peter Edward Baker". */
  sameAs?: Candidate;
  /** The entity this mention becomes in its body paragraph, filled in once people are known. */
  entity?: Entity;
  /** Whether the words around this mention show it names a thing ("Allen, Texas", "the Gillespie Field airport"). */
  thing: boolean;
  /** A lower-case surname particle written right before a lone word ("de" in "for de Blasio"), or ''. */
  particle: string;
}

const RENAMED = /\b(?:born|n[ée]e|known as|real name|birth name)[,:]?\s+$/;
const SHARED_SURNAME = /^\s+(?:and|&)\s+$/;

/**
 * Whether the text before `at` may end as RENAMED needs: white space, after at most one comma or colon, after a word
 * ending in "n", "e" or "s" ("born", "née", "known as", "real name"). Most mentions follow a word that ends otherwise,
 * and this turns them away without a slice and an expression.
 */
function mayFollowRenaming(text: string, at: number): boolean {
  let i = at - 1;
  if (!hasClass(text, i, SPACE)) return false;
  while (hasClass(text, i, SPACE)) i--;
  if (codeAt(text, i) === 44 || codeAt(text, i) === 58) i--;
  const last = codeAt(text, i);
  return last === 110 || last === 101 || last === 115;
}

/**
 * Whether a lone word and the full name after "and" may share the surname: "Cherie and Sean O'Donnell", "Mark and
 * Patricia McCloskey". The word must be a given name (one that is also a word, "Mark", when the full name opens with
 * a given name too) with nothing but titles before it in its run, and the full name must open with a given name, not
 * a particle: "Hawkins and La Riva" are two surnames.
 */
function sharesSurnameWith(lone: Candidate, full: Candidate): boolean {
  // Only titles may come before the lone word in its run: in "Chad Peace and Mary Hope" the word ends another name.
  if (!lone.cls.runClasses.slice(0, -1).every((k) => k === 'title')) return false;
  const fullFrom = full.cls.runClasses.length - full.cls.tokens.length;
  const fullOpens = full.cls.runClasses[fullFrom];
  if (SURNAME_PARTICLES.has(full.cls.tokens[0].text)) return false;
  const given = lastClassOf(lone.cls);
  return given === 'first' || (given === 'weak-first' && fullOpens === 'first');
}

/** "the Muzychuk sisters ": "the", a family's surname and a plural noun for siblings, right before the given names ("His sisters" is none). */
const SIBLINGS_BEFORE = /(?:^|\s)[Tt]he\s+(\p{Lu}[\p{L}'\u2019-]+)\s+(?:sisters|brothers)\s$/u;

/**
 * Gives lone given names after "the X sisters" or "brothers" the surname X: "the Muzychuk sisters Anna and Mariya"
 * are Anna Muzychuk and Mariya Muzychuk. The next given name after "and" shares it.
 */
function linkSiblings(c: Candidate, next: Candidate | undefined, text: string): void {
  if (c.key.length !== 1 || lastClassOf(c.cls) !== 'first' || c.cls.titles.length > 0) return;
  if (!text.endsWith('sisters ', c.start) && !text.endsWith('brothers ', c.start)) return;
  const m = SIBLINGS_BEFORE.exec(text.slice(Math.max(0, c.start - 40), c.start));
  if (m === null) return;
  const surname = m[1];
  for (const given of next !== undefined && next.paragraph === c.paragraph && next.key.length === 1 && lastClassOf(next.cls) === 'first' && SHARED_SURNAME.test(text.slice(c.end, next.start)) ? [c, next] : [c]) {
    given.fullKey = [given.key[0], foldName(surname)];
    given.fullText = `${given.text} ${surname}`;
  }
}

/** Links "Cherie and Sean O'Donnell" (shared surname) and "X was born Y" / "X, known as Y" (same person). */
function linkMentions(candidates: Candidate[], title: string, paragraphs: readonly string[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (c.fullKey === undefined) linkSiblings(c, candidates[i + 1], c.source);
    const prev = candidates[i - 1];
    if (prev === undefined || prev.paragraph !== c.paragraph) continue;
    const text = c.paragraph < 0 ? title : paragraphs[c.paragraph];
    if (prev.key.length === 1 && c.key.length >= 2 && sharesSurnameWith(prev, c) && SHARED_SURNAME.test(text.slice(prev.end, c.start))) {
      const surname = c.cls.tokens[c.cls.tokens.length - 1].text;
      prev.fullKey = [prev.key[0], foldName(surname)];
      prev.fullText = `${prev.text} ${surname}`;
    } else if (c.start - prev.end < 80 && mayFollowRenaming(text, c.start) && !isCalendarWord(c.key[0]) && RENAMED.test(text.slice(Math.max(0, c.start - 16), c.start)) && !/[.;]/.test(text.slice(prev.end, Math.max(prev.end, c.start - 16)))) {
      c.sameAs = prev;
    }
  }
}

/** A folded full name: its words and the words joined with spaces. */
interface NameKey {
  words: readonly string[];
  text: string;
}

function nameKey(words: string[]): NameKey {
  return { words, text: words.join(' ') };
}

interface Cluster {
  members: Candidate[];
  /** Distinct full keys (two or more words) of the members. */
  keys: NameKey[];
  /** How many keys and members the short-form index already holds. */
  indexedKeys: number;
  indexedMembers: number;
}

const ADVERB = /^(?:also|later|then|previously|further|again|recently|earlier|reportedly|once|had|has|have|was|is|would|will|who|\u2014)$/;
const APPOSITIVE = /,\s+((?:a|an|the|his|her|their)\s[^,.;:()"\u201C\u201D]{2,140}?|\p{Ll}+\s+(?:of|at|for|in)\s[^,.;:()"\u201C\u201D]{2,100}?)(?=,|\.\s|\.$|;)/uy;
const AGE = /,\s+\d{1,3},/y;
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an']);
/** "identified only as Ivan", "the pseudonym Katya", "fourteen-year-old Zoe": what introduces a bare given name. */
const NAME_INTRO = /(?:\b(?:identified|known|referred to)(?: only)? as|\b(?:pseudonym|alias)|-year-old)\s+$/i;
/** Role nouns for institutions, which name no person when something is "called" after them. */
const INSTITUTION_ROLES: ReadonlySet<string> = new Set(['authorities', 'authority', 'government', 'administration', 'ministry', 'agency', 'department', 'police']);
const DOUBLE_SPACE = /\s\s/;
const NOT_BEFORE_NAME: ReadonlySet<string> = new Set(['in', 'at', 'near', 'inside', 'outside', 'across', 'into', 'toward', 'towards', 'the', 'a', 'an', 'on']);

function stickyTest(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

const NEXT_WORD = /[^\p{L}\u2014]*([\p{L}\u2014]+)/uy;

function nextWords(text: string, from: number): string[] {
  const words: string[] = [];
  NEXT_WORD.lastIndex = from;
  for (let m = NEXT_WORD.exec(text); m !== null && words.length < 3; m = NEXT_WORD.exec(text)) words.push(m[1].toLowerCase());
  return words;
}

/** Whether a possessive ending starts at `at`: what `/^['\u2019]s?\b/` finds in the two characters there. */
function isPossessiveAt(text: string, at: number): boolean {
  const c = codeAt(text, at);
  if (c !== 39 && c !== 0x2019) return false;
  const d = codeAt(text, at + 1);
  return (d >= 48 && d <= 57) || (d >= 65 && d <= 90) || (d >= 97 && d <= 122) || d === 95;
}

/** Whether a possessive "'s" starts at `at`, as `/^['\u2019]s\b/` finds in the two characters there. */
function ownsWhatFollows(text: string, at: number): boolean {
  const c = codeAt(text, at);
  return (c === 39 || c === 0x2019) && codeAt(text, at + 1) === 115;
}

/** The word right before `before`, when only spaces separate them. */
function previousWord(text: string, before: number): string {
  let end = before;
  while (end > 0 && text[end - 1] === ' ') end--;
  if (end === before) return '';
  let start = end;
  while (start > 0 && hasClass(text, start - 1, LETTER)) start--;
  return text.slice(start, end);
}

/** Whether a lower-case word is a role noun, or the plural of one ("sons", "daughters"). */
function isRoleWord(word: string): boolean {
  return ROLE_NOUNS.has(word) || (word.endsWith('s') && ROLE_NOUNS.has(word.slice(0, -1)));
}

/** Whether a role noun names several people: "researchers", "witnesses", "women". */
function isPluralRole(word: string): boolean {
  return PLURAL_PEOPLE.has(word) || (word.endsWith('s') && (ROLE_NOUNS.has(word.slice(0, -1)) || (word.endsWith('es') && ROLE_NOUNS.has(word.slice(0, -2)))));
}

// Plural nouns for people whose singular is no role noun: "producer" names companies as often ("gas producer Energean").
const PLURAL_PEOPLE: ReadonlySet<string> = new Set(['men', 'women', 'people', 'children', 'police', 'producers']);

/** The word before `before` when a comma and spaces separate them ("his widow, Denise"), or ''. */
function wordBeforeComma(text: string, before: number): string {
  let end = before;
  while (end > 0 && text[end - 1] === ' ') end--;
  if (end === before || end === 0 || text[end - 1] !== ',') return '';
  let start = end - 1;
  while (start > 0 && hasClass(text, start - 1, LETTER)) start--;
  return text.slice(start, end - 1);
}

const PLACE_POSSESSIVE = /(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?)['\u2019]s\s$/u;

/** Whether a place's possessive stands right before `start`: "London's". */
function placeOwnsName(text: string, start: number): boolean {
  const m = PLACE_POSSESSIVE.exec(text.slice(Math.max(0, start - 30), start));
  return m !== null && PLACE_NAMES.has(m[1].toLowerCase());
}

const EXAMPLES_OF = /\b(\p{Ll}+)\s+(?:such as|including|like)\s+$/u;

/** Whether examples of a plural role lead up to `start`: "musicians such as Billy Idol". */
function examplesOfRole(text: string, start: number): boolean {
  let end = start;
  while (end > 0 && hasClass(text, end - 1, SPACE)) end--;
  // Most names follow none of these words: the expression runs only after one.
  if (!text.endsWith(' as', end) && !text.endsWith('including', end) && !text.endsWith('like', end)) return false;
  const m = EXAMPLES_OF.exec(text.slice(Math.max(0, start - 40), start));
  return m !== null && isPluralRole(m[1]);
}

/** Whether a title or role and a comma stand right before `start`: "The Vice President, Mike Pence". */
function officeBeforeComma(text: string, start: number): boolean {
  const word = wordBeforeComma(text, start).toLowerCase();
  return word !== '' && (TITLE_WORDS.has(word) || isRoleWord(word));
}

function hasSpeechVerbAfter(text: string, end: number): boolean {
  if (codeAt(text, end) === 44) return false; // a comma: an appositive, not a verb
  const words = nextWords(text, end);
  for (const w of words) {
    if (SPEECH_VERBS.has(w)) return true;
    if (!ADVERB.test(w)) return false;
  }
  return false;
}

/** Whether the run's last word is the plural of an ordinary word: "Hornets", "Kings". */
function endsInCommonPlural(cls: ClassifiedRun): boolean {
  const word = cls.tokens[cls.tokens.length - 1].text;
  return word.length > 3 && word.endsWith('s') && isCommonWord(word.toLowerCase());
}

/** Prepositions of place: a name right after one names a place ("in Karol Bagh"), unless another mention shows a person. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'inside', 'outside', 'across', 'toward', 'towards']);

/**
 * The run without the place an office is "of" before the name: "Mayor of Koszalin Piotr Jedlinski" names Piotr
 * Jedlinski. Only a place the lexicons do not know is left in the run, and only a given name can show where the name
 * starts.
 */
function withoutOfficePlace(text: string, run: NameRun, cls: ClassifiedRun): ClassifiedRun {
  const n = cls.tokens.length;
  if (n < 3 || cls.titles.length > 0 || codeAt(text, run.start - 1) !== 32 || !text.endsWith(' of', run.start - 1)) return cls;
  if (!TITLE_WORDS.has(previousWord(text, run.start - 3).toLowerCase())) return cls;
  const from = cls.runClasses.length - n;
  let given = 1;
  while (given < n - 1 && cls.runClasses[from + given] !== 'first') given++;
  if (given === n - 1) return cls;
  const key = cls.key.slice(given);
  // Built with the fields in `classifiedRun`'s order, so every classified run keeps one shape.
  return { kind: cls.kind, tokens: cls.tokens.slice(given), titles: cls.titles, gender: cls.gender, titleGender: cls.titleGender, runClasses: cls.runClasses, key, keyText: key.join(' ') };
}

/**
 * Whether a run's words are names that no lexicon knows followed by one head word: "Tupua Tamasese Meaole Hospital".
 * Those names are the thing's, wherever else they stand ("Tupua Tamasese Meaole's clinic"), unless a mention shows
 * a person; a given name among them ("Nelson Mandela Foundation") may well be the person's.
 */
function namesHeadThing(classes: readonly TokenClass[]): boolean {
  const last = classes.length - 1;
  if (classes[last] !== 'org') return false;
  for (let i = 0; i < last; i++) if (classes[i] !== 'name') return false;
  return true;
}

/** Whether a word of this class may be a name's: a given name or a word no lexicon knows. */
function isNameWord(cls: TokenClass): boolean {
  return cls === 'first' || cls === 'weak-first' || cls === 'name';
}

/** The folded key of a run's words before its last: "tupua tamasese meaole" of "Tupua Tamasese Meaole Hospital". */
function nameBeforeHead(run: NameRun): string {
  let key = foldName(run.tokens[0].text);
  for (let i = 1; i < run.tokens.length - 1; i++) key += ' ' + foldName(run.tokens[i].text);
  return key;
}

/**
 * The folded key of the name words after an organisation's word that end a run, when there are two or more of them:
 * "crew dragon" of "the SpaceX Crew Dragon capsule", a maker's name before its product's. Undefined otherwise.
 */
function productAfterMaker(run: NameRun, classes: readonly TokenClass[]): string | undefined {
  let from = classes.length;
  while (from > 0 && isNameWord(classes[from - 1])) from--;
  if (from === 0 || classes.length - from < 2 || (classes[from - 1] !== 'org' && classes[from - 1] !== 'known-org')) return undefined;
  let key = foldName(run.tokens[from].text);
  for (let i = from + 1; i < run.tokens.length; i++) key += ' ' + foldName(run.tokens[i].text);
  return key;
}

/** A language label before an original-language wording: "((es))Spanish language: " and a zero-width joiner. */
const LANGUAGE_LABEL = /\(\([a-z]{2,3}\)\)[\p{L} ]{0,30}:\s*\u200d$/u;

/**
 * Whether a run opens the original-language wording of a quote or name after its language label ("((es))Spanish
 * language: Si el Senado me ratifica ..."): foreign words, not a person's name.
 */
function opensOriginalWording(text: string, start: number): boolean {
  return codeAt(text, start - 1) === 0x200d && LANGUAGE_LABEL.test(text.slice(Math.max(0, start - 48), start));
}

/**
 * Whether a name that opens a bracket (the caller has seen the bracket) stands right after another capitalised word:
 * another name's gloss, translation or works ("the Supreme Court of Justice (Oberster Gerichtshof)", "artist Jenn
 * Lowe (Star Girl, Moon Boy)"), not a person, unless the word is a title and a given name (`givenName`) opens the
 * bracket, which names the title's holder ("Prime Minister (Boris Johnson)").
 */
function opensBracketAfterName(text: string, start: number, givenName: boolean): boolean {
  if (codeAt(text, start - 2) !== 32) return false;
  const word = previousWord(text, start - 1);
  return word !== '' && hasClass(word, 0, UPPER) && !(givenName && TITLE_WORDS.has(word.toLowerCase()));
}

/**
 * The candidate for a person that `run` may be, or undefined where its context rules that out. The keys of runs
 * whose context shows a thing (a place, building, vehicle, work or business) are added to `things`.
 */
function makeCandidate(paragraph: number, text: string, run: NameRun, classified: ClassifiedRun, things: Set<string>): Candidate | undefined {
  if (classified.tokens.length === 0) return undefined;
  const cls = withoutOfficePlace(text, run, classified);
  const start = cls.tokens[0].start;
  const end = cls.tokens[cls.tokens.length - 1].end;
  const role = previousWord(text, run.start);
  // "in Randolph", "the Mack truck": a place or a thing, unless a title says otherwise.
  const possessive = isPossessiveAt(text, end);
  const givenName = (): boolean => /first$/.test(cls.runClasses[cls.runClasses.length - cls.tokens.length]) && cls.tokens.length > 1; // "the Chuck Jones quote"
  // A sentence's opening "The" stands before the name as "the" would: "The Puerto Rican constitution".
  const before = start === run.start ? role : start === run.tokens[1]?.start && /^the$/i.test(run.tokens[0].text) ? 'the' : '';
  // After "the", a given name leads a name that modifies a noun ("the Chuck Jones quote"), but not a team's plural ("the Charlotte Hornets").
  // "in Trump's" names a person; "the character Tasha Yar's" does not.
  // "the Turpin's offspring": a lone name owned after "the" is a family's, not one person's.
  if (possessive && before === 'the' && cls.tokens.length === 1 && cls.titles.length === 0) return undefined;
  const thing = (!possessive && PLACE_PREPOSITIONS.has(before)) || namesAThing(text, start, end, start === run.start ? role : '') ||
    (start === run.start && codeAt(text, start - 1) === 40 && cls.tokens.length > 1 && opensBracketAfterName(text, start, givenName())) ||
    opensOriginalWording(text, run.start);
  if (thing) things.add(cls.keyText);
  if (cls.titles.length === 0 && !possessive && NOT_BEFORE_NAME.has(before) && !(DETERMINERS.has(before) && givenName() && !endsInCommonPlural(cls))) return undefined;
  // "London's Hyde Park", "Washington's Lafayette Square": a place's park or square, not a person (at the price of a
  // surname that heads organisations after a place: "Korea's Jane Park").
  if (lastClassOf(cls) === 'org' && codeAt(text, run.start - 2) === 115 && placeOwnsName(text, run.start)) return undefined;
  // Only for a mention that is kept: the appositive's expression is the costliest test here.
  const comma = codeAt(text, end) === 44;
  const app = comma ? stickyTest(APPOSITIVE, text, end) : null;
  // Role nouns are all lower case, so a capitalised word before the name is never one.
  const roleBefore = cls.titles.length === 0 && ROLE_NOUNS.has(role);
  let description = app ? app[1].trim() : undefined;
  // Without an article, a role noun may describe one person ("spokeswoman for the ministry"), but a plural one starts
  // a clause about others: "The Lancet Infectious Diseases, researchers in the United Kingdom established".
  const head = description && !/^(a|an|the)\s/.test(description) ? description.split(/\s/)[0].replace(/[^\p{L}]/gu, '') : undefined;
  if (head !== undefined && (!ROLE_NOUNS.has(head) || isPluralRole(head))) description = undefined;
  // "Trump, the Pentagon confirmed", "Anya Jenkins, the producers agreed": a clause about someone else, not a
  // description, which describes one person.
  // "Grace Hall, an old hospital in Leeds": what the name names is a thing, and so is the appositive.
  if (thing) description = undefined;
  if (description && (/^the\s+\p{Lu}/u.test(description) || description.split(/\s+/).some((w) => SPEECH_VERBS.has(w)) || isPluralRole(description.split(/\s+/, 2)[1] ?? ''))) description = undefined;
  // "the Sergeant Aldea supply vessel": a title inside a thing's name is the thing's.
  const titled = cls.titles.length > 0 && !(thing && headsThingNoun(text, end));
  const evidence = titled || roleBefore || description !== undefined || (app === null && comma && stickyTest(AGE, text, end) !== null) || run.partyTag !== undefined;
  let roleGender = roleBefore ? ROLE_GENDER.get(role) : undefined;
  if (description) roleGender ??= ROLE_GENDER.get(description.split(/\s+/)[1] ?? '');
  // A nickname's quotes, an editor's brackets ("[Augustine Triumph] Attah") and a doubled space are no part of the
  // name as written.
  let written = text.slice(start, end);
  if (run.nickname || written.includes('[') || written.includes(']') || DOUBLE_SPACE.test(written)) written = cls.tokens.map((t) => t.text).join(' ');
  // What `loneEvidence` and `speechAfter` read is kept on the candidate: closures per candidate cost more than fields.
  return {
    paragraph, run, cls, start, end, text: written, key: cls.key, keyText: cls.keyText,
    evidence, source: text, role, comma, appositive: app !== null, ownDescription: description,
    description: description ?? (run.partyTag ? run.partyTag : undefined), roleGender,
    person: undefined, fullKey: undefined, fullText: undefined, sameAs: undefined, entity: undefined, thing,
    particle: run.tokens.length === 1 && SURNAME_PARTICLES.has(role) && role === role.toLowerCase() ? role : '',
  };
}

/**
 * Whether the words around a lone word show it names a person: checked only for lone words. A lone word is a name
 * only on stronger evidence than a longer run: a personal title ("Pope", not "Saint"), a role noun or age before it,
 * or a description that names a role; a given name also after a role noun and a comma ("his widow, Denise") or words
 * that introduce a name ("identified as"); any word after a noun for a person and "named" ("a student named Wong").
 * Names have no digits, nor are dates.
 */
function loneEvidence(c: Candidate): boolean {
  const { cls, source, run, start, end, role, ownDescription } = c;
  // The word as classified, not a fuller form `linkMentions` may have given the candidate since.
  const word = cls.key[0];
  const titleWord = cls.titles.length > 0 ? cls.titles[0].slice(cls.titles[0].lastIndexOf(' ') + 1).toLowerCase() : '';
  const given = lastClassOf(cls) === 'first';
  const commaRole = given ? wordBeforeComma(source, run.start) : '';
  return PERSON_TITLES.has(titleWord) || (!isCalendarWord(word) && !/\d/.test(word) && (
    (cls.titles.length === 0 && isRoleWord(role)) ||
    (commaRole === commaRole.toLowerCase() && isRoleWord(commaRole)) ||
    (ownDescription !== undefined && ownDescription.split(/\s+/, 6).some((w) => isRoleWord(w.toLowerCase()))) ||
    (!c.appositive && c.comma && stickyTest(AGE, source, end) !== null) || run.partyTag !== undefined ||
    (given && NAME_INTRO.test(source.slice(Math.max(0, start - 30), start))) || namedAfterRole(source, start, role)));
}

/** Whether a noun for a person and "named" or "called" stand right before the candidate (`role` is the word before it). */
function namedAfterRole(source: string, start: number, role: string): boolean {
  if (role !== 'named' && role !== 'called') return false;
  const noun = previousWord(source, source.lastIndexOf(role, start));
  return isRoleWord(noun) && !INSTITUTION_ROLES.has(noun);
}

/** Whether a speech verb follows the candidate: checked only when the cheaper evidence is missing. */
function speechAfter(c: Candidate): boolean {
  return hasSpeechVerbAfter(c.source, c.end);
}

/** Whether two full names (two or more words) name the same person. */
function sameFullName(a: NameKey, b: NameKey): boolean {
  if (a.text === b.text) return true;
  const shortKey = a.words.length <= b.words.length ? a : b;
  const longKey = shortKey === a ? b : a;
  const short = shortKey.words;
  const long = longKey.words;
  if (short[0] === long[0] && short[short.length - 1] === long[long.length - 1]) {
    let j = 0;
    for (const t of long) if (t === short[j]) j++;
    return j === short.length;
  }
  // A second surname after the first: "Pedro Pierluisi" in "Pedro R. Pierluisi Urrutia".
  if (short[0] === long[0] && long.length > short.length && short[short.length - 1] === long[long.length - 2] && !long[long.length - 1].endsWith('.')) {
    let j = 0;
    for (let i = 0; i < long.length - 1; i++) if (long[i] === short[j]) j++;
    return j === short.length;
  }
  // The long name ends with the short one ("Mahdi al-Muhandis" in "Abu Mahdi al-Muhandis"); words may hold spaces
  // (nicknames), so the words are compared joined, as written.
  if (short.length >= 2 && longKey.text.endsWith(shortKey.text) && long.slice(long.length - short.length).join(' ') === shortKey.text) return true;
  const sl = short[short.length - 1];
  const ll = long[long.length - 1];
  return short.length === long.length && short[0] === long[0] && sl.length >= 5 && editDistance(sl, ll, 2) <= 2;
}

/** Whether two full names differ only in that one's given name is a listed short form of the other's ("Bill", "William"). */
function shortFormPair(a: NameKey, b: NameKey): { short: string; full: string } | undefined {
  if (a.words[a.words.length - 1] !== b.words[b.words.length - 1]) return undefined;
  const [short, full] = fullGivenNames(a.words[0]).includes(b.words[0]) ? [a, b] : fullGivenNames(b.words[0]).includes(a.words[0]) ? [b, a] : [];
  if (short === undefined || full === undefined || !sameFullName(nameKey([full.words[0], ...short.words.slice(1)]), full)) return undefined;
  return { short: short.words[0], full: full.words[0] };
}

/**
 * The one person whose full name this one shortens or spells out ("Stan Štefl", "Stanislav Štefl"). Several such
 * people ("Christopher" and "Christina Lindqvist" for "Chris Lindqvist") leave it to none, as in the people index,
 * and a form of both sexes stands only for a name of its own ("Chris" is not Christina: `mayStandFor`).
 */
function onlyClusterByShortForm(clusters: readonly Cluster[], key: NameKey): number | undefined {
  let found: number | undefined;
  let pair: { short: string; full: string } | undefined;
  for (let i = 0; i < clusters.length; i++) {
    for (const other of clusters[i].keys) {
      const fitting = shortFormPair(other, key);
      if (fitting === undefined) continue;
      if (found !== undefined && found !== i) return undefined;
      [found, pair] = [i, fitting];
    }
  }
  return pair !== undefined && mayStandFor(pair.short, pair.full) ? found : undefined;
}

function bareSurname(token: string): string {
  // Every particle is two or three letters: without a hyphen right after them there is nothing to replace.
  const dash = token.indexOf('-');
  return dash === 2 || dash === 3 ? token.replace(/^(al|el|ad|as|ash|bin|ibn)-/, '') : token;
}

/** Short forms (surnames, given names) and the people each can refer to. */
type ShortForms = Map<string, { index: number; how: 'surname' | 'first' }[]>;

/**
 * Indexes the short forms that can refer to each person: surnames, surnames with particles, given names. Only the
 * keys and members a cluster gained since the last call are added, so indexing again after each new person costs
 * what is new rather than everything again. The index holds the same forms as one built from scratch; only the
 * order within a list may differ, and the nearest-person choice does not depend on it.
 */
function indexShortForms(forms: ShortForms, clusters: readonly Cluster[]): void {
  const add = (form: string, index: number, how: 'surname' | 'first'): void => {
    let list = forms.get(form);
    if (list === undefined) forms.set(form, (list = []));
    if (!list.some((m) => m.index === index && m.how === how)) list.push({ index, how });
  };
  clusters.forEach((cl, index) => {
    for (let i = cl.indexedKeys; i < cl.keys.length; i++) {
      const k = cl.keys[i].words;
      for (let n = 1; n < k.length; n++) add(k.slice(k.length - n).join(' '), index, 'surname');
      add(bareSurname(k[k.length - 1]), index, 'surname');
      // The first of two surnames names the person alone too: "Rosselló" for Ricardo Rosselló Nevares.
      const paternal = k.length >= 3 ? k[k.length - 2] : '';
      if (paternal.length > 2 && !paternal.endsWith('.') && !SURNAME_PARTICLES.has(paternal)) add(paternal, index, 'surname');
      add(k[0], index, 'first');
    }
    for (let i = cl.indexedMembers; i < cl.members.length; i++) {
      const m = cl.members[i];
      if (m.key.length === 1) add(m.key[0], index, 'surname');
    }
    cl.indexedKeys = cl.keys.length;
    cl.indexedMembers = cl.members.length;
  });
}

function evidenceOf(c: Candidate): boolean {
  // The positional tests run only here, for runs that may name a person, not for every candidate.
  return c.evidence || officeBeforeComma(c.source, c.run.start) || examplesOfRole(c.source, c.run.start) ||
    (c.key.length > 1 && speechAfter(c)); // a lone word before "said" is as often a company
}

const SURNAME_PARTICLES = new Set(['van', 'von', 'de', 'da', 'di', 'du', 'del', 'dela', 'der', 'le', 'la', 'al', 'el', 'bin', 'ibn', 'Van', 'Von', 'De', 'Da', 'Di', 'Du', 'Del', 'Der', 'Le', 'La', 'Bin', 'Ibn']);

/** The class of the last word of a classified run. */
function lastClassOf(cls: ClassifiedRun): TokenClass {
  return cls.runClasses[cls.runClasses.length - 1];
}

function position(c: Candidate): number {
  return c.paragraph * 1e6 + c.start;
}

/** "Saint Francis", "St Vincent": one word after these names a church, hospital or place, not a person. */
const SAINT = /^(?:saint|st\.?)$/i;
const SURNAME_HONORIFIC = /^(?:mr|mrs|ms|mx|miss)\.?$/i;

/** What joins the names of a list: ", ", " and ", ", and ", " & ", after an optional bracketed surname. */
const LISTED = /^(?:\s*\[[^\]]{1,40}\])?\s*(?:,\s*(?:(?:and|&)\s+)?|(?:and|&)\s+)$/;

/**
 * Whether the candidate at `i` is listed next to a full name: joined to it by "and" ("with Acker Bilk and Terry
 * Lightfoot"), or by commas with list joints on both sides ("Albert Mazza, Desma Oakes, Aaron Perry"). One comma
 * alone may open an appositive: "Aparna Garg, Mysore Divisional Railway Manager".
 */
function listedWithName(candidates: readonly Candidate[], i: number): boolean {
  const c = candidates[i];
  const joint = (a: Candidate | undefined, b: Candidate | undefined): string | undefined => {
    if (a === undefined || b === undefined || a.paragraph !== b.paragraph) return undefined;
    const between = c.source.slice(a.end, b.start);
    return LISTED.test(between) ? between : undefined;
  };
  const before = joint(candidates[i - 1], c);
  const after = joint(c, candidates[i + 1]);
  const byName = (joined: string | undefined, other: Candidate | undefined): boolean =>
    joined !== undefined && other?.cls.kind === 'person' && (/\band\b|&/.test(joined) || (before !== undefined && after !== undefined));
  return byName(before, candidates[i - 1]) || byName(after, candidates[i + 1]);
}

/** The one cluster so far with a full name whose surname (its last word) `fits`, or undefined when none or several do. */
function onlyClusterWithSurnameThat(clusters: readonly Cluster[], fits: (surname: string) => boolean): number | undefined {
  let found: number | undefined;
  for (let i = 0; i < clusters.length; i++) {
    if (!clusters[i].keys.some((k) => fits(k.words[k.words.length - 1]))) continue;
    if (found !== undefined) return undefined;
    found = i;
  }
  return found;
}

/**
 * The one cluster so far whose full name ends with the lone word `m` ("Day" ... "Doris Day"), or undefined: what a
 * surname renamed before all short mentions are resolved ("Day was born Doris Mary Ann Kappelhoff") stands for.
 */
function onlyClusterWithSurname(clusters: readonly Cluster[], m: Candidate): number | undefined {
  return m.key.length === 1 ? onlyClusterWithSurnameThat(clusters, (surname) => surname === m.key[0]) : undefined;
}

/**
 * Whether two words differ by one edit: one letter changed, added or dropped, or two letters next to each other
 * swapped ("chriac", "chirac"). Written here because `fastest-levenshtein`, which `merge-people.ts` uses, counts a
 * swap as two edits.
 */
function oneEditApart(a: string, b: string): boolean {
  if (a.length === b.length) {
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    if (i === a.length) return false;
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}

/**
 * The one person whose surname (the last word of a full name, five letters or more) a lone word that fits no one
 * misspells by one edit, with the same first letter ("Saree" for Yahya Sarea, "Pierliusi" for Pedro Pierluisi), or
 * undefined: a writer's slip, which a different person's surname seldom is.
 */
function onlySurnameOneEditAway(clusters: readonly Cluster[], word: string): number | undefined {
  if (word.length < 5) return undefined;
  return onlyClusterWithSurnameThat(clusters, (surname) => surname[0] === word[0] && Math.abs(surname.length - word.length) <= 1 && oneEditApart(surname, word));
}

/** Moves the members and keys of cluster `from` into cluster `into` (an earlier one) and renumbers the clusters after it. */
function mergeInto(clusters: Cluster[], into: number, from: number): void {
  const target = clusters[into];
  for (const m of clusters[from].members) {
    m.person = into;
    target.members.push(m);
  }
  for (const k of clusters[from].keys) if (!target.keys.some((t) => t.text === k.text)) target.keys.push(k);
  clusters.splice(from, 1);
  for (let i = from; i < clusters.length; i++) for (const m of clusters[i].members) m.person = i;
}

/** The gender a cluster's titles or role nouns give, else the usual gender of its first member's given name. */
function clusterGender(cluster: Cluster): 'male' | 'female' | undefined {
  for (const m of cluster.members) {
    const gender = m.cls.titleGender ?? m.roleGender;
    if (gender !== undefined) return gender;
  }
  const first = cluster.members[0];
  return first === undefined ? undefined : firstNameGender(first.cls.tokens[0].text);
}

/**
 * Whether a personal title stands before an ordinary word that the dictionary also lists as a name, with no other
 * evidence needed: "President Trump", "Governor Brown" name a person even where the article never gives the full
 * name. A date ("Father Christmas") does not.
 */
function titledSurname(c: Candidate): boolean {
  const title = c.cls.titles[0];
  if (title === undefined) return false;
  const word = c.cls.tokens[0].text;
  return PERSON_TITLES.has(title.slice(title.lastIndexOf(' ') + 1).toLowerCase()) && isProperNoun(word) && !isCalendarWord(c.key[0]);
}

/** Takes the surname particle written before a lone word into the mention: "Blasio" in "for de Blasio" is "de Blasio". */
function takeParticle(c: Candidate): void {
  c.start -= c.particle.length + 1;
  c.text = `${c.particle} ${c.text}`;
  c.key = [c.particle, ...c.key];
  c.keyText = `${c.particle} ${c.keyText}`;
  if (c.entity !== undefined) c.entity.start = c.start;
}

/** Whether a mention is introduced as someone's relative: "his son Hunter Biden", "her father, Reginald Vanderbilt". */
function introducedAsKin(m: Candidate): boolean {
  if (m.cls.titles.length === 0 && KINSHIP_NOUNS.has(m.role)) return true;
  if (KINSHIP_NOUNS.has(wordBeforeComma(m.source, m.run.start))) return true;
  // "his wife and the current chairwoman of the party": the noun after the determiner.
  const description = m.ownDescription;
  return description !== undefined && KINSHIP_NOUNS.has(description.split(/\s+/, 2)[1] ?? '');
}

/**
 * The person a surname that several people share (`pool`, more than one) stands for when written alone. A writer
 * who names relatives or namesakes ("his wife Melania Trump", "his son Hunter Biden", "Mayor Sadiq Khan (no
 * relation)") keeps the bare surname for one of them, the person named first, and writes the others' full names;
 * clusters are numbered in the order their full names first appear, so that is the lowest index. Only a paragraph
 * that names another of them, not introduced as a relative, and not that person before the surname is about the
 * other one ("author Wyatt Cooper ... her union with Cooper"): there the surname is the latest of them. A gendered
 * title ("Mrs. Trump") narrows the choice to the people it fits.
 */
function sharedFormOwner(pool: readonly { index: number }[], c: Candidate, clusters: readonly Cluster[]): number {
  const titleGender = c.cls.titleGender;
  const fits = (index: number): boolean => {
    const gender = titleGender === undefined ? undefined : clusterGender(clusters[index]);
    return gender === undefined || gender === titleGender;
  };
  const anyFits = pool.some((m) => fits(m.index));
  let owner = -1;
  for (const { index } of pool) if ((!anyFits || fits(index)) && (owner < 0 || index < owner)) owner = index;
  let latest = -1;
  let latestStart = -1;
  for (const { index } of pool) {
    if (anyFits && !fits(index)) continue;
    const before = mentionBefore(clusters[index], c);
    if (before === undefined) continue;
    if (index === owner) return owner;
    if (before.start > latestStart && !clusters[index].members.some(introducedAsKin)) {
      latestStart = before.start;
      latest = index;
    }
  }
  return latest >= 0 ? latest : owner;
}

/** The cluster's last mention before `c` in c's paragraph, or undefined. */
function mentionBefore(cluster: Cluster, c: Candidate): Candidate | undefined {
  let last: Candidate | undefined;
  for (const m of cluster.members) if (m.paragraph === c.paragraph && m.start < c.start && (last === undefined || m.start > last.start)) last = m;
  return last;
}

/**
 * Takes out the clusters of full names whose every mention is of a name that some context showed to be a thing
 * (`things`), when no mention shows a person either (a title, a role, a description, a speech verb), and renumbers
 * the rest. Runs before any short mention joins a cluster.
 */
function dropThings(clusters: Cluster[], things: ReadonlySet<string>): void {
  let kept = 0;
  for (const cl of clusters) {
    const thing = cl.members.every((m) => things.has(m.keyText) && !evidenceOf(m));
    for (const m of cl.members) m.person = thing ? undefined : kept;
    if (!thing) clusters[kept++] = cl;
  }
  clusters.length = kept;
}

/** Words before a place's name that make it the place, not a person with that surname: "flew to Jordan". */
const TOWARD_PLACE: ReadonlySet<string> = new Set(['to', 'from', 'into', 'via']);

/**
 * Whether a one-word run that names a place or an office may still be the surname of someone named in full before it
 * ("West said", "Queloz and Mayor"; `surnames` are the surnames read so far): not where a place's name is told by
 * the words around it ("to Jordan", "Washington, D.C.").
 */
function mayBeSurnameWord(run: NameRun, decision: RunDecision, text: string, surnames: ReadonlySet<string>): boolean {
  if (surnames.size === 0 || decision.runClasses.length !== 1 || (decision.runClasses[0] !== 'place' && decision.runClasses[0] !== 'title')) return false;
  if (!surnames.has(run.tokens[0].text)) return false;
  if (codeAt(text, run.end) === 44 && hasClass(text, run.end + 2, UPPER)) return false;
  return !TOWARD_PLACE.has(previousWord(text, run.start));
}

/**
 * The one person whose given name `word` (folded) is a listed short form of: a full name's given name ("Stan" for
 * Stanislav Štefl) or a given name named alone ("Zach" for Zachary). Undefined when none or several fit, whatever
 * their sex ("Sam" with a Samuel and a Samantha), or when the form does not stand for the one name (`mayStandFor`).
 */
function onlyPersonShortened(word: string, forms: ShortForms, lone: ReadonlyMap<string, number>): number | undefined {
  let found: number | undefined;
  let fullName = '';
  for (const full of fullGivenNames(word)) {
    for (const form of forms.get(full) ?? []) {
      if (form.how !== 'first') continue;
      if (found !== undefined && found !== form.index) return undefined;
      [found, fullName] = [form.index, full];
    }
    const alone = lone.get(full);
    if (alone !== undefined) {
      if (found !== undefined && found !== alone) return undefined;
      [found, fullName] = [alone, full];
    }
  }
  return found !== undefined && mayStandFor(word, fullName) ? found : undefined;
}

/**
 * Makes a person of each given name listed next to a person ("his sons Wyatt and Zachary", "Deirdre, Wyatt &
 * Zach"), repeating until the list is used up, and records the new clusters in `lone`.
 */
function joinListedNames(
  candidates: readonly Candidate[], title: string, paragraphs: readonly string[], clusters: Cluster[],
  lone: Map<string, number>, forms: ShortForms, join: (c: Candidate, index: number) => void,
): void {
  const listedWithPerson = (a: Candidate | undefined, b: Candidate | undefined, text: string): boolean =>
    a !== undefined && b !== undefined && a.paragraph === b.paragraph && (a.person ?? b.person) !== undefined && LISTED.test(text.slice(a.end, b.start));
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i];
      if (c.person !== undefined || c.key.length !== 1 || lastClassOf(c.cls) !== 'first' || isCalendarWord(c.key[0]) || lone.has(c.keyText)) continue;
      const text = c.paragraph < 0 ? title : paragraphs[c.paragraph];
      if (!listedWithPerson(candidates[i - 1], c, text) && !listedWithPerson(c, candidates[i + 1], text)) continue;
      const shortened = onlyPersonShortened(c.key[0], forms, lone);
      if (shortened !== undefined) {
        join(c, shortened); // "Zach" listed after "Zachary" was named
        changed = true;
        continue;
      }
      clusters.push({ members: [], keys: [], indexedKeys: 0, indexedMembers: 0 });
      join(c, clusters.length - 1);
      lone.set(c.keyText, clusters.length - 1);
      changed = true;
    }
  }
}

/**
 * Recognises the people named in an article's title and body paragraphs; `marked`, when given, tells which
 * paragraphs may hold a double quotation mark (`findQuoteSpans`), so the others are not searched for nicknames.
 */
export function recognizePeople(title: string, titleIsLede: boolean, paragraphs: readonly string[], marked?: readonly boolean[]): PeopleIndex {
  const candidates: Candidate[] = [];
  const entities: Entity[][] = paragraphs.map(() => []);
  /**
   * One-word names of organisations ("Bloomberg", "Ford"), and places or titles that are the surname of someone named
   * before them ("West" after Kanye West, "Mayor" after Michel Mayor): a person's surname when the article names them.
   */
  const orgWords: { paragraph: number; text: string; run: NameRun; decision: RunDecision; entity: Entity }[] = [];
  /** The surnames (last words, as written) of the full names read so far. */
  const surnamesSoFar = new Set<string>();
  /** Keys of names some mention of which shows a thing rather than a person. */
  const things = new Set<string>();
  /** The first words of organisations' names as written: "Rocky" of "Rocky Linux", which may stand for the whole name. */
  const orgOpeners = new Set<string>();
  // The title (paragraph -1) unless the lede repeats it, then the body paragraphs.
  for (let paragraph = titleIsLede ? 0 : -1; paragraph < paragraphs.length; paragraph++) {
    const text = paragraph < 0 ? title : paragraphs[paragraph];
    for (const run of findNameRuns(text, paragraph < 0 || marked === undefined || marked[paragraph])) {
      // Most runs name no person: only their kind is needed, not a classification of their own.
      const decision = decideNameRun(run);
      const kind = decision.kind;
      if (kind === 'organization' && run.tokens.length >= 2) {
        if (run.tokens.length >= 3 && namesHeadThing(decision.runClasses)) things.add(nameBeforeHead(run));
        if (run.tokens.length >= 3 && headsThingNoun(text, run.end)) {
          const product = productAfterMaker(run, decision.runClasses);
          if (product !== undefined) things.add(product);
        }
        // "the Baylor Scott and White Medical Center": a name after "the" joined by "and" to an organisation's name is
        // part of that name.
        const previous = candidates[candidates.length - 1];
        if (previous?.paragraph === paragraph && previous.role.toLowerCase() === 'the' && previous.start === previous.run.start && text.startsWith(' and ', previous.end) && previous.end + 5 === run.start) things.add(previous.keyText);
        const opener = decision.from;
        if (opener < run.tokens.length - 1 && isNameWord(decision.runClasses[opener])) orgOpeners.add(run.tokens[opener].text);
      }
      if (kind === 'person' || kind === 'possible-person' || kind === 'single') {
        const c = makeCandidate(paragraph, text, run, classifiedRun(run, decision), things);
        if (c) {
          // "Mike McCready of Pearl Jam": what a person is "of" is where they belong, not another person.
          const previous = candidates[candidates.length - 1];
          if (previous?.paragraph === paragraph && previous.cls.kind === 'person' && previous.end + 4 === c.start && text.startsWith(' of ', previous.end)) things.add(c.keyText);
          candidates.push(c);
          if (c.cls.kind !== 'single' && c.cls.tokens.length > 1) surnamesSoFar.add(c.cls.tokens[c.cls.tokens.length - 1].text);
          // Its place among the entities now, so they stay in text order; what it is comes after clustering.
          if (paragraph >= 0) {
            c.entity = { paragraph, start: c.start, end: c.end, text: '', kind: 'other', person: undefined };
            entities[paragraph].push(c.entity);
          }
        }
      } else if (paragraph >= 0 && (kind === 'organization' || decision.knownOrgWord || (kind === 'other' && ownsWhatFollows(text, run.end)) || mayBeSurnameWord(run, decision, text, surnamesSoFar))) {
        // Attribution never reads a place, nor a word that names nothing ("The", "He") unless it owns what follows:
        // nearly half of all runs, so they get no entity at all. A known organisation's word keeps its entity whatever
        // it was decided to be, as it may still turn out to be a person's surname ("Bloomberg"); so do a place's or an
        // office's word that is the surname of someone named before it ("West").
        // A one-word run spans exactly its word, whose text is sliced already.
        const written = run.tokens.length === 1 ? run.tokens[0].text : text.slice(run.start, run.end);
        const entity: Entity = { paragraph, start: run.start, end: run.end, text: written, kind: kind === 'organization' ? 'organization' : 'other', person: undefined };
        entities[paragraph].push(entity);
        if (decision.knownOrgWord || (kind !== 'organization' && mayBeSurnameWord(run, decision, text, surnamesSoFar))) orgWords.push({ paragraph, text, run, decision, entity });
      }
    }
  }
  const clusters: Cluster[] = [];
  const join = (c: Candidate, index: number): void => {
    c.person = index;
    const cl = clusters[index];
    cl.members.push(c);
    if (c.key.length >= 2 && !cl.keys.some((k) => k.text === c.keyText)) cl.keys.push({ words: c.key, text: c.keyText });
    if (c.run.nickname) cl.keys.push(nameKey([foldName(c.run.nickname), c.key[c.key.length - 1]]));
  };
  linkMentions(candidates, title, paragraphs);
  for (const c of candidates) {
    if (c.fullKey) {
      c.key = c.fullKey;
      c.keyText = c.key.join(' ');
      c.text = c.fullText ?? c.text;
    }
  }
  // Full names first, in reading order, so short mentions can look both ways.
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    const full = c.cls.kind === 'person' || (c.cls.kind === 'possible-person' && (evidenceOf(c) || listedWithName(candidates, i))) || c.fullKey !== undefined;
    if (!full || c.key.length < 2 || SURNAME_PARTICLES.has(c.run.tokens[0].text)) continue; // "van Halen", "Van Halen" are surnames
    const renamed = c.sameAs === undefined ? undefined : c.sameAs.person ?? onlyClusterWithSurname(clusters, c.sameAs);
    if (renamed !== undefined) {
      join(c, renamed);
      continue;
    }
    const key = { words: c.key, text: c.keyText };
    const nick = c.run.nickname ? nameKey([foldName(c.run.nickname), c.key[c.key.length - 1]]) : undefined;
    const fits = (cl: Cluster): boolean => cl.keys.some((k) => sameFullName(k, key) || (nick !== undefined && sameFullName(k, nick)));
    // "Stan Štefl" after "Stanislav Štefl": a short form of the given name, when one person alone fits it.
    const same = clusters.findIndex(fits);
    const index = same >= 0 ? same : (onlyClusterByShortForm(clusters, key) ?? -1);
    if (index >= 0) {
      const keys = clusters[index].keys.length;
      join(c, index);
      // A fuller name may join people read apart so far: "Pedro Pierluisi", "Pierluisi Urrutia", then "Pedro R.
      // Pierluisi Urrutia". Only a key new to the person can.
      if (clusters[index].keys.length > keys) for (let other = clusters.length - 1; other > index; other--) if (fits(clusters[other])) mergeInto(clusters, index, other);
    } else {
      clusters.push({ members: [], keys: [], indexedKeys: 0, indexedMembers: 0 });
      join(c, clusters.length - 1);
    }
  }
  if (things.size > 0) dropThings(clusters, things);
  const forms: ShortForms = new Map();
  indexShortForms(forms, clusters);
  /** Clusters made from a lone word, by that word's key. */
  const lone = new Map<string, number>();
  // Short mentions: the person they fit; a surname several people share, the one it stands for.
  for (const c of candidates) {
    if (c.person !== undefined) continue;
    if (c.sameAs?.person !== undefined) {
      join(c, c.sameAs.person); // "Cherie, known as Lucky"
      continue;
    }
    // "St. Louis", "St. John's Church": a saint's name names a place or building, never the person of that name.
    if (c.cls.titles.length > 0 && SAINT.test(c.cls.titles[0])) continue;
    // "of Allen, Texas": a short form in a thing's context names that thing.
    if (c.thing && !evidenceOf(c)) continue;
    if (c.particle !== '' && forms.has(`${c.particle} ${c.keyText}`)) takeParticle(c);
    const matches = forms.get(c.keyText) ?? [];
    const surnames = matches.filter((m) => m.how === 'surname');
    // A given name that opens an organisation's name stands for the organisation: "Rocky" after "Rocky Linux".
    const pool = surnames.length > 0 ? surnames : matches.length === 1 && !(orgOpeners.has(c.text) && !evidenceOf(c)) ? matches : [];
    if (pool.length > 0) {
      join(c, pool.length === 1 ? pool[0].index : sharedFormOwner(pool, c, clusters));
      continue;
    }
    const cls = lastClassOf(c.cls);
    // Not a word that is also an ordinary word ("Peace" is no misspelt "Pence").
    const misspelt = matches.length === 0 && c.key.length === 1 && (cls === 'first' || cls === 'name') ? onlySurnameOneEditAway(clusters, c.key[0]) : undefined;
    if (misspelt !== undefined) {
      join(c, misspelt); // "Chriac" for Jacques Chirac
      continue;
    }
    const shortened = matches.length === 0 && c.key.length === 1 && (cls === 'first' || cls === 'weak-first') ? onlyPersonShortened(c.key[0], forms, lone) : undefined;
    if (shortened !== undefined) {
      join(c, shortened); // "Stan" for Stanislav Štefl
      continue;
    }
    // A given name may also stand alone as the subject of a speech verb ("Sergey said"); a company often does too.
    // "Mr." and its kin stand only before a surname, so even an ordinary word after them is one ("Mr. Trump").
    const standalone = c.key.length === 1 && !SAINT.test(c.cls.titles[0] ?? '') &&
      (((cls === 'first' || cls === 'name' || cls === 'weak-first') && (loneEvidence(c) || (cls === 'first' && !isCalendarWord(c.key[0]) && speechAfter(c)))) ||
        (cls === 'common' && (SURNAME_HONORIFIC.test(c.cls.titles[0] ?? '') || titledSurname(c))));
    if (standalone) {
      clusters.push({ members: [], keys: [], indexedKeys: 0, indexedMembers: 0 });
      join(c, clusters.length - 1);
      lone.set(c.keyText, clusters.length - 1);
      indexShortForms(forms, clusters);
    }
  }
  joinListedNames(candidates, title, paragraphs, clusters, lone, forms, join);
  // "Bloomberg endorsed Biden" in an article that names Michael Bloomberg: the surname of the one person it fits.
  for (const { paragraph, text, run, decision, entity } of orgWords) {
    const surnames = (forms.get(foldName(run.tokens[0].text)) ?? []).filter((form) => form.how === 'surname');
    const c = surnames.length === 1 ? makeCandidate(paragraph, text, run, classifiedRun(run, decision), things) : undefined;
    if (!c) continue;
    c.entity = entity;
    candidates.push(c);
    join(c, surnames[0].index);
  }
  // Mentions of a lone name read before the evidence for it came ("Saree" ... "Saree said").
  for (const c of candidates) {
    const index = c.person === undefined && c.key.length === 1 ? lone.get(c.keyText) : undefined;
    if (index !== undefined) join(c, index);
  }
  // One indexed loop, not `map` over `clusters` and arrays made from it: in an article that names no one they are
  // empty arrays of another elements kind, and the inlined `map` threw this function's optimised code away there
  // ("wrong map"; 18 of the corpus's 283 articles, 515 deoptimisations in 30 rounds, none now).
  const people: Person[] = [];
  const genders: ('male' | 'female' | undefined)[] = [];
  const genderGuessed: boolean[] = [];
  for (let i = 0; i < clusters.length; i++) {
    const person = toPerson(clusters[i]);
    // Titles and role nouns decide; otherwise the given name of the fullest form ("Ginger" is a nickname).
    let strong: 'male' | 'female' | undefined;
    for (const m of clusters[i].members) {
      strong = m.cls.titleGender ?? m.roleGender;
      if (strong !== undefined) break;
    }
    const space = person.name.indexOf(' ');
    const gender = strong ?? firstNameGender(space < 0 ? person.name : person.name.slice(0, space));
    people.push(person);
    genders.push(gender);
    genderGuessed.push(strong === undefined && gender !== undefined);
  }
  for (const c of candidates) {
    if (c.entity === undefined) continue;
    const lastClass = lastClassOf(c.cls);
    c.entity.kind = c.person !== undefined ? 'person' : c.cls.kind === 'possible-person' || lastClass === 'name' ? 'organization' : 'other';
    c.entity.text = c.text;
    c.entity.person = c.person;
  }
  let acronyms: Map<string, string> | undefined;
  const acronym = (letters: string): string | undefined => (acronyms ??= findAcronyms(paragraphs)).get(letters);
  return { people, genders, genderGuessed, entities, acronym };
}

/**
 * The mentions sorted by position. Members join in two passes, each in reading order, so the list is two sorted
 * stretches: an insertion sort does little work on it, without the set-up cost of Array.prototype.sort.
 */
function inReadingOrder(members: readonly Candidate[]): Candidate[] {
  const sorted = members.slice();
  for (let i = 1; i < sorted.length; i++) {
    const m = sorted[i];
    const at = position(m);
    let j = i - 1;
    while (j >= 0 && position(sorted[j]) > at) {
      sorted[j + 1] = sorted[j];
      j--;
    }
    sorted[j + 1] = m;
  }
  return sorted;
}

/** How many characters of `text` are outside ASCII. */
function nonAsciiLetters(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) count++;
  return count;
}

/** The last word of a name with the particles before it: "Van Halen" of "Edward Van Halen", "Di Cicco". */
function surnameOf(tokens: readonly RunToken[]): string {
  let from = tokens.length - 1;
  while (from > 1 && SURNAME_PARTICLES.has(tokens[from - 1].text)) from--;
  return tokens.slice(from).map((t) => t.text).join(' ');
}

function toPerson(cluster: Cluster): Person {
  const members = inReadingOrder(cluster.members);
  let canonical = members[0];
  for (const m of members) {
    const better = m.key.length > canonical.key.length || (m.key.length === canonical.key.length && m.text.length > canonical.text.length && m.key.join() !== canonical.key.join()) ||
      // Of two spellings that fold alike, the one with its letters' marks ("Kaczyński", not "Kaczynski").
      (m.keyText === canonical.keyText && nonAsciiLetters(m.text) > nonAsciiLetters(canonical.text));
    if (better) canonical = m;
  }
  const name = canonical.text;
  const aliases: string[] = [];
  const titles: string[] = [];
  const descriptions: string[] = [];
  const add = (list: string[], value: string | undefined): void => {
    if (value && value !== name && !list.includes(value)) list.push(value);
  };
  for (const m of members) {
    add(aliases, m.text);
    for (const t of m.cls.titles) add(titles, t);
    add(descriptions, m.description);
    if (m.run.nickname) {
      add(aliases, m.run.nickname);
      add(aliases, `${m.run.nickname} ${surnameOf(m.cls.tokens)}`);
    }
  }
  const mentions: Mention[] = members.map((m) => ({ paragraph: m.paragraph, start: m.start, end: m.end, text: m.text }));
  return { name, aliases, titles, descriptions, mentions };
}
