/**
 * Decides what a run of capitalised words names: strips leading titles ("Health Minister", "Gen."), then tells a
 * person from an organisation, a place or an ordinary capitalised word using the lexicons.
 */
import { isCalendarWord, isCommonWord, isProperNoun } from './common-words.js';
import { firstNameGender } from './first-name-gender.js';
import { foldName } from './fold-name.js';
import type { NameRun, RunToken } from './find-name-runs.js';
import { KNOWN_ORG_NAMES, KNOWN_ORGS, ORG_HEADS, SURNAME_LIKE_HEADS } from './organisations.js';
import { DEMONYMS, ENDONYMS, PLACE_NAMES, PLACE_WORDS } from './places.js';
import { EAST_ASIAN_SURNAMES } from './east-asian-surnames.js';
import { ROLE_NOUNS } from './role-nouns.js';
import { TITLE_GENDER, TITLE_WORDS } from './titles.js';

/** What one capitalised word looks like on its own. */
export type TokenClass = 'title' | 'stop' | 'org' | 'known-org' | 'first' | 'weak-first' | 'demonym' | 'place' | 'common' | 'initial' | 'suffix' | 'particle' | 'name';

/** What a run names, after its titles are set apart. */
export interface ClassifiedRun {
  kind: 'person' | 'possible-person' | 'single' | 'organization' | 'place' | 'other';
  /** The name words, titles and leading ordinary words removed. */
  tokens: RunToken[];
  /** The title words before the name, as written ("Gen.", "Health Minister"); shared by runs of the same words: read only. */
  titles: string[];
  gender?: 'male' | 'female';
  /** The gender a title implies ("Mrs.", "King"), which outweighs a given name's. */
  titleGender?: 'male' | 'female';
  /** The class of each word of the whole run, titles included (`classifyToken` of each). */
  runClasses: readonly TokenClass[];
  /** The name words folded for comparison (`foldName`), and joined with spaces; shared by runs of the same words. */
  key: readonly string[];
  keyText: string;
}

const STOP = new Set(
  `the a an in on at of for and but or nor to by with from as this that these those it he she they we i you his her
  their our its my your after before when while if during since though although however meanwhile also both all
  some many most several other others no not one two three four five six seven eight nine ten first last next
  then there here what which who whom whose where why how so yet still even just only such than thus according
  despite under over into upon about around between among against without within via per each every any either
  neither mr mrs ms dr is are was were has have had did does later again earlier god allah`.split(/\s+/),
);

/** Office titles that are never a surname, so a run ending with one names an office, not a person. */
const OFFICE_TITLES: ReadonlySet<string> = new Set(
  'professor president minister senator governor secretary director commissioner ambassador chairman chairwoman spokesperson spokesman spokeswoman premier superintendent councillor congressman congresswoman representative lawmaker'.split(' '),
);

/** Words that make the name after them a storm's or an operation's ("Hurricane Dorian", "Operation Peace Spring"), not a person's. */
const STORM_WORDS: ReadonlySet<string> = new Set(['hurricane', 'typhoon', 'cyclone', 'storm', 'operation']);

const ORG_SUFFIX = /(?:tics|ceuticals|logies|systems|solutions|ware|tech|corp|bahn|presse|sabha)$/;

function lower(word: string): string {
  return word.toLowerCase();
}

const cache = new Map<string, TokenClass>();

/** Classifies one capitalised word of a run (memoised: names repeat within and across articles). */
export function classifyToken(word: string): TokenClass {
  let c = cache.get(word);
  if (c === undefined) {
    if (cache.size > 100_000) cache.clear();
    c = classifyUncached(word);
    cache.set(word, c);
  }
  return c;
}

/** Ship prefixes, which name a vessel when written with stops too: "U.S.S. Grayback", "H.M.S. Beagle", "MV Alan Kurdi". */
const SHIP_PREFIXES = new Set(['uss', 'hms', 'hmas', 'hmcs', 'hmnzs', 'rms', 'ss', 'ins', 'mv']);

function classifyUncached(word: string): TokenClass {
  const w = lower(word);
  if (TITLE_WORDS.has(w)) return 'title';
  if (/^(II|III|IV|VI|VII|VIII|IX|Jr|Sr)$/.test(word)) return 'suffix'; // Elizabeth II, Martin Luther King Jr.
  if (!/[\p{Ll}]/u.test(word) && /\p{L}{2}/u.test(word)) return 'org'; // acronyms and words in capitals: WHO, FSB
  if (/['\u2019](m|re|ll|ve|d|t)$/i.test(word)) return 'stop'; // I’m
  // A possessive left inside a run names an institution or an event: "Sheriff's Office", "Women's Day".
  if (/['\u2019]s$/.test(word)) return 'org';
  // "Iran-backed", "Kremlin-linked" describe; "Hoi-kwan" (a romanised given name) does not end in an English word.
  const hyphenated = /-(\p{Ll}+)$/u.exec(word);
  if (hyphenated && (isCommonWord(hyphenated[1]) || /(?:ed|ing)$/.test(hyphenated[1]) || !/^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(word))) return 'stop';
  if (word.endsWith('.')) return /^\p{L}\.$/u.test(word) ? 'initial' : classifyUncached(word.slice(0, -1));
  if (STOP.has(w)) return 'stop';
  if (/^\p{L}$/u.test(word)) return 'initial';
  if (ORG_SUFFIX.test(w)) return 'org';
  if (/\.\p{Ll}/u.test(word)) return 'org'; // Znak.com
  if (/^\p{Lu}\.\p{Lu}/u.test(word)) {
    const letters = w.replace(/\./g, '');
    if (KNOWN_ORGS.has(letters)) return 'known-org'; // U.N.
    if (SHIP_PREFIXES.has(letters)) return 'org'; // U.S.S. Grayback
    return PLACE_NAMES.has(`${w}.`) || PLACE_NAMES.has(letters) ? 'place' : 'initial'; // U.S.; J.K. (Rowling)
  }
  if (/^\p{Lu}\p{Ll}+\p{Lu}/u.test(word) && !/^(Mc|Mac|Fitz|De|Di|Da|La|Le|Van|Von|Du|Al|El)\p{Lu}/u.test(word)) return 'org'; // FurScience, SpaceX
  if (/^\p{Ll}/u.test(word)) return 'particle';
  if (ORG_HEADS.has(w)) return 'org';
  if (KNOWN_ORGS.has(w)) return 'known-org';
  if (DEMONYMS.has(w) || (w.endsWith('s') && DEMONYMS.has(w.slice(0, -1)))) return 'demonym'; // Ethiopians
  const common = isCommonWord(w);
  if (firstNameGender(word) && !common && !PLACE_WORDS.has(w)) return 'first';
  // A given name that is also an ordinary word ("Martin", "Penny") is a name when the dictionary lists it as one.
  if (firstNameGender(word) && common && isProperNoun(word) && !PLACE_WORDS.has(w) && !DEMONYMS.has(w)) return 'weak-first';
  if (PLACE_NAMES.has(w) || PLACE_WORDS.has(w)) return 'place';
  if (firstNameGender(word)) return 'weak-first';
  if (common) return 'common';
  // A code of letters and digits designates a thing ("V616 Mon", "A380"): names have no digits.
  if (/\d/.test(word)) return 'common';
  return 'name';
}

/**
 * Whether `stem` (a demonym's word without "-er", "-ian", "-an" or "-ite") after `words` makes a known place's name,
 * as written or with the ending the demonym drops: "hong kong", "puerto ric" + "o", "sri lank" + "a", "saudi arab" + "ia".
 */
function demonymOfPlace(words: string[], stem: string): boolean {
  const name = words.length > 0 ? `${words.join(' ')} ${stem}` : stem;
  return PLACE_NAMES.has(name) || PLACE_NAMES.has(`${name}a`) || PLACE_NAMES.has(`${name}o`) || PLACE_NAMES.has(`${name}ia`);
}

/** Whether a lower-case word names a day of the week ("sunday"), never a person's name before other words. */
function isWeekday(w: string): boolean {
  return w.endsWith('day') && isCalendarWord(w);
}

function isPlaceRun(words: string[], classes: TokenClass[]): boolean {
  const from = classes[0] === 'stop' ? 1 : 0;
  if (from >= words.length) return false;
  if (PLACE_NAMES.has(words.slice(from).map(lower).join(' '))) return true;
  return classes.slice(from).every((c) => c === 'place' || c === 'demonym');
}

/** What a run's words name, with where its name starts: the same words always get the same decision. */
interface Decision {
  kind: ClassifiedRun['kind'];
  /** Index of the first name word in the run. */
  from: number;
  /** The title words before the name, joined, as a list of one, or empty. */
  titles: string[];
  gender?: 'male' | 'female';
  titleGender?: 'male' | 'female';
  runClasses: TokenClass[];
  /**
   * Whether the run is one word that names a known organisation ("Bloomberg"), which may still be a person's surname:
   * kept beside `kind` so the many runs that name no one are decided without reading `runClasses` too.
   */
  knownOrgWord: boolean;
  /** `ClassifiedRun.key` and `keyText`, filled in the first time a run of these words is classified in full. */
  key: readonly string[] | undefined;
  keyText: string | undefined;
}

/** The titles of every decision without any: one shared array, read only like every decision's. */
const NO_TITLES: string[] = [];

/** The classes of a one-word run, one shared array per class: read only like every decision's. */
const ONE_WORD_CLASSES = new Map<TokenClass, TokenClass[]>();

/** The shared array holding only `cls`. */
function oneWordClasses(cls: TokenClass): TokenClass[] {
  let classes = ONE_WORD_CLASSES.get(cls);
  if (classes === undefined) ONE_WORD_CLASSES.set(cls, (classes = [cls]));
  return classes;
}

/**
 * A decision object. Every decision has the same fields from the start, the folded key among them: objects of one
 * shape keep the memo's readers monomorphic, and filling the key in later adds no property to the object.
 * Empty titles and one word's classes are shared arrays: most decisions hold them, and their readers (a mention's
 * titles and last word's class are read for every candidate) then find them in the processor's caches instead of
 * reading an array of the decision's own from memory.
 */
function decision(kind: Decision['kind'], from: number, titles: string[], gender: Decision['gender'], titleGender: Decision['titleGender'], runClasses: TokenClass[], knownOrgWord: boolean): Decision {
  const sharedTitles = titles.length === 0 ? NO_TITLES : titles;
  const sharedClasses = runClasses.length === 1 ? oneWordClasses(runClasses[0]) : runClasses;
  return { kind, from, titles: sharedTitles, gender, titleGender, runClasses: sharedClasses, knownOrgWord, key: undefined, keyText: undefined };
}

/** A romanised Korean or Chinese given name of two syllables joined by a hyphen: "Won-soon", "Jae-in", "Ki-moon". */
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}{0,4}-(?!\p{Ll}*(?:ed|ing)$)\p{Ll}{1,5}$/u; // not "Kong-based"

function decide(all: string[]): Decision {
  const allClasses = all.map(classifyToken);
  // After an East Asian surname, a hyphenated given name is one even where its syllables are English words ("Park
  // Won-soon", "Moon Jae-in"), and the surname is a name even where it is a word too ("Park", "Moon").
  for (let i = 1; i < all.length; i++) {
    if (HYPHENATED_GIVEN.test(all[i]) && EAST_ASIAN_SURNAMES.has(lower(all[i - 1]))) {
      allClasses[i - 1] = 'name';
      allClasses[i] = 'first';
    }
  }
  const runClasses = allClasses;
  const knownOrgWord = all.length === 1 && allClasses[0] === 'known-org';
  // Titles: everything up to the last title word that still leaves a name after it; a role noun right before a
  // given name is one too ("Supreme Leader Ali Khamenei", "Railway Manager Aparna Garg"), and before a given name
  // that is also a word when a name follows it ("Podcaster Spike Cohen").
  let k = -1;
  for (let i = 0; i < all.length - 1; i++) {
    const givenNext = allClasses[i + 1] === 'first' || (allClasses[i + 1] === 'weak-first' && (allClasses[i + 2] === 'first' || allClasses[i + 2] === 'name'));
    if (allClasses[i] === 'title' || (givenNext && ROLE_NOUNS.has(lower(all[i])))) k = i;
  }
  // Sentence-initial words and dates before a title are no part of it: "And President", "This Wednesday Minister".
  let titleFrom = 0;
  while (titleFrom <= k && (allClasses[titleFrom] === 'stop' || isCalendarWord(lower(all[titleFrom])))) titleFrom++;
  const titleWords = all.slice(titleFrom, k + 1);
  let from = k + 1;
  let words = all.slice(from);
  let classes = allClasses.slice(from);
  // A nationality that is also a given name, right after a title, is the given name: "Dr Christian Keysers".
  if (k >= 0 && classes[0] === 'demonym' && words.length > 1 && firstNameGender(words[0]) !== undefined) classes[0] = 'weak-first';
  // A place of two or three words before a name: "Hong Kong Carrie Lam".
  for (let j = Math.min(3, words.length - 1); j >= 2; j--) {
    if (PLACE_NAMES.has(words.slice(0, j).map(lower).join(' ')) && ['first', 'weak-first', 'name'].includes(classes[j]) && !classes.slice(j).some((c) => c === 'org' || c === 'known-org')) {
      from += j;
      words = words.slice(j);
      classes = classes.slice(j);
      break;
    }
  }
  // Leading ordinary words ("Thursday", "Iranian") before a name; a weekday is one even where it is a given name too
  // ("on Sunday Presidents Ann Lee and ...").
  let lead = 0;
  while (lead < words.length - 1 && (['stop', 'common', 'demonym', 'place'].includes(classes[lead]) || isWeekday(lower(words[lead])))) lead++;
  if (lead > 0 && ['first', 'weak-first', 'name', 'initial'].includes(classes[lead])) {
    from += lead;
    words = words.slice(lead);
    classes = classes.slice(lead);
  }
  if (all.slice(0, -1).some((w) => STORM_WORDS.has(lower(w)))) return decision('other', from, [], undefined, undefined, runClasses, knownOrgWord);
  // A ship named after a person is no person: "USS Ronald Reagan", "MV Professor Albrecht Penck".
  if (all.length > 1 && SHIP_PREFIXES.has(lower(all[0]).replace(/\./g, ''))) return decision('other', from, [], undefined, undefined, runClasses, knownOrgWord);
  if (KNOWN_ORG_NAMES.has(words.map(lower).join(' '))) return decision('organization', from, [], undefined, undefined, runClasses, knownOrgWord);
  // A given name that is also an organisation head ("Bill") starts a name when only names follow: "Bill Clinton"; a
  // surname that is also a word ("Bill Weld") leaves a name that needs evidence, as any given name that is a word does.
  if (classes[0] === 'org' && words.length > 1 && SURNAME_LIKE_HEADS.has(lower(words[0])) && firstNameGender(words[0]) !== undefined &&
    classes.slice(1).every((c, i) => c === 'first' || c === 'weak-first' || c === 'name' || c === 'initial' || c === 'particle' || c === 'suffix' || (c === 'common' && i === words.length - 2))) classes[0] = 'weak-first';
  // A given name later in the run starts the name: "(Secretary of) State Mike Pompeo".
  // An acronym before a lone given name names a campus or branch: "UC Davis".
  const acronymPlace = words.length === 2 && classes[0] === 'org' && /^\p{Lu}{2,}$/u.test(words[0]);
  const firstAt = acronymPlace ? -1 : classes.findIndex((c, i) => c === 'first' || (c === 'weak-first' && (classes[i + 1] === 'name' || classes[i + 1] === 'first')));
  if (firstAt > 0 && classes.slice(0, firstAt).every((c) => c === 'org' || c === 'place' || c === 'demonym' || c === 'common' || c === 'title')) {
    if (!classes.slice(firstAt).some((c) => c === 'org')) {
      from += firstAt;
      words = words.slice(firstAt);
      classes = classes.slice(firstAt);
    }
  }
  // A plural title heads a list, and each person in it holds the title: "Senators Marco Rubio and Rand Paul".
  const lastTitle = titleWords[titleWords.length - 1];
  if (lastTitle && /s$/.test(lastTitle) && !TITLE_WORDS.has(lower(lastTitle)) && TITLE_WORDS.has(lower(lastTitle.slice(0, -1)))) titleWords[titleWords.length - 1] = lastTitle.slice(0, -1);
  const titles = titleWords.length > 0 ? [titleWords.join(' ')] : [];
  let titleGender: 'male' | 'female' | undefined;
  for (const t of titleWords) titleGender ??= TITLE_GENDER.get(lower(t));
  let gender = titleGender;
  const result = (kind: ClassifiedRun['kind']): Decision => decision(kind, from, titles, gender, titleGender, runClasses, knownOrgWord);
  const n = words.length;
  const last = classes[n - 1];
  const firstClass = classes[0];
  if (classes.every((c) => c === 'title')) return result('other');
  // An office after other words is a title, not a surname: "Regents Professor", "Early Career Professor".
  if (n > 1 && OFFICE_TITLES.has(lower(words[n - 1]))) return result('other');
  // A country's own name after a name names a company's branch there: "Tesco Polska", "Orlen Deutschland".
  if (n > 1 && ENDONYMS.has(lower(words[n - 1]))) return result('organization');
  // Organisations: a head word, a known organisation or an acronym.
  const orgAt = classes.findIndex((c, i) => {
    if (c === 'known-org') return i === 0; // "Reuters", but not "Gerald Ford"
    if (c !== 'org') return false;
    const w = lower(words[i]);
    const surnameLike = i === n - 1 && n === 2 && SURNAME_LIKE_HEADS.has(w) && (firstClass === 'first' || firstClass === 'weak-first');
    return !surnameLike;
  });
  if (orgAt >= 0) return result('organization');
  if (isPlaceRun(words, classes)) return result('place');
  // The people of a place, named from it: "Hong Kongers", "(Many) New Yorkers", "Puerto Ricans"; one of them, when
  // the run is the place's whole name and nothing else: "a Hong Konger", "the Puerto Rican constitution" (but "Mark
  // Cuban" is a person).
  const stem = /^(.+?)(?:er|ian|an|ite)(s?)$/.exec(lower(all[all.length - 1]));
  const place = (i: number): boolean => stem !== null && demonymOfPlace(all.slice(i, -1).map(lower), stem[1]);
  const nameFrom = allClasses[0] === 'stop' ? 1 : 0;
  if (all.length > 1 && stem !== null && (stem[2] === 's' ? place(0) || place(1) : all.length - nameFrom > 1 && place(nameFrom))) return result('other');
  // A nationality or party word after a given name may be the surname ("mayor John Tory", "Bill English"): a name
  // that needs evidence.
  if (n === 2 && (firstClass === 'first' || firstClass === 'weak-first') && last === 'demonym' && !lower(words[1]).endsWith('s')) {
    gender ??= firstNameGender(words[0]);
    return result('possible-person');
  }
  if (classes.some((c) => c === 'stop') || classes.slice(1).some((c) => c === 'demonym')) return result('other');
  gender ??= firstClass === 'first' || firstClass === 'weak-first' ? firstNameGender(words[0]) : undefined;
  if (n === 1) return result(['first', 'name', 'weak-first', 'common'].includes(firstClass) ? 'single' : 'other');
  const hasNameWord = classes.some((c) => c === 'name' || c === 'first' || c === 'known-org');
  // A surname with its particle after a title: "Mayor de Blasio", "Judge van Dyke".
  const particleSurname = firstClass === 'particle' && titleWords.length > 0 && classes[1] === 'name';
  const startsLikeName = firstClass === 'first' || firstClass === 'weak-first' || firstClass === 'name' || firstClass === 'initial' || particleSurname;
  // Initials written with stops make the word after them a surname, even an ordinary word: "C.L. Gammon".
  if (n === 2 && firstClass === 'initial' && last === 'common' && /^(?:\p{Lu}\.){2,}$/u.test(words[0]) && !isCalendarWord(lower(words[1]))) return result('person');
  if (!startsLikeName || last === 'initial') return result('other');
  const lastLikeName = last === 'name' || last === 'first' || last === 'weak-first' || last === 'suffix' || last === 'known-org' || (last === 'common' && isProperNoun(words[n - 1]));
  if (firstClass === 'first' || (firstClass === 'weak-first' && (hasNameWord || lastLikeName))) return result(last === 'common' && firstClass === 'weak-first' ? 'possible-person' : 'person');
  if (hasNameWord && last !== 'common' && last !== 'place' && last !== 'demonym') return result('person');
  // A given name that is also a word before another word ("Josh Bash") names someone only where the text says so.
  return result(hasNameWord || titleWords.length > 0 || (firstClass === 'weak-first' && isProperNoun(words[0])) ? 'possible-person' : 'other');
}

/** A decision as memoised: read only, but for the folded key `classifiedRun` fills in once. */
export type RunDecision = Readonly<Omit<Decision, 'key' | 'keyText'>> & Pick<Decision, 'key' | 'keyText'>;

const decisions = new Map<string, RunDecision>();

/**
 * A copy of `key` that holds its own characters. A run's key is usually a slice of its paragraph, which V8 keeps as a
 * view of the whole paragraph: kept as a memo key it would hold that paragraph in memory, and every lookup that
 * compares with it would read a paragraph of some earlier article, seldom still in the processor's caches.
 */
function ownCopy(key: string): string {
  return [...key].join('');
}

/**
 * What a run's words name, memoised by its words and shared by every run of the same words: read only to callers.
 * Cheaper than `classifyNameRun` for the many runs that turn out not to name a person, which need no more than the
 * kind.
 */
export function decideNameRun(run: NameRun): RunDecision {
  // Tokens never contain a space, so a key of words joined with one keeps different runs apart.
  let d = decisions.get(run.key);
  if (d === undefined) {
    if (decisions.size > 100_000) decisions.clear();
    d = decide(run.tokens.map((t) => t.text));
    decisions.set(ownCopy(run.key), d);
  }
  return d;
}

/** The full classification of `run` from its decision (`decideNameRun(run)`). */
export function classifiedRun(run: NameRun, d: RunDecision): ClassifiedRun {
  const tokens = d.from === 0 ? run.tokens : run.tokens.slice(d.from);
  // Folded once per distinct run of words: the same names come back in every paragraph that mentions them.
  let key = d.key;
  let keyText = d.keyText;
  if (key === undefined || keyText === undefined) {
    key = d.key = tokens.map((t) => foldName(t.text));
    keyText = d.keyText = key.join(' ');
  }
  return { kind: d.kind, tokens, titles: d.titles, gender: d.gender, titleGender: d.titleGender, runClasses: d.runClasses, key, keyText };
}

/** Classifies a capitalised run as a person, organisation, place or none of these (memoised by its words). */
export function classifyNameRun(run: NameRun): ClassifiedRun {
  return classifiedRun(run, decideNameRun(run));
}
