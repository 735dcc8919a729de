/**
 * Context that shows a capitalised run names a thing rather than a person: a place, building, vehicle, work,
 * business or fictional character ("the Costa Sur power plant", "newspaper Magyar Nemzet", "Hellboy character Abe
 * Sapien", "the island of Rapa Nui", "Windsor Locks, Connecticut", "Grace Hall, an old hospital", "Faithful Hands is
 * an organisation"). The nouns are written as data for Dateline.
 */
import { firstNameGender } from './first-name-gender.js';
import { PLACE_NAMES } from './places.js';

/**
 * Lower-case nouns for places, buildings and vehicles that a name right before them names: "the Gillespie Field
 * airport". A film, a company or a show may be a person's ("the James Cagney film"), so those are left out.
 */
const NOUNS_AFTER: ReadonlySet<string> = new Set(`
airport airfield airbase base cathedral church mosque temple chapel shrine museum hospital clinic hotel resort
restaurant capsule spacecraft spaceship rocket satellite probe telescope observatory plant factory mine refinery
reactor dam station stadium arena bridge tower building palace castle fort prison jail camp park square street
avenue road highway motorway river lake glacier mountain volcano island peninsula bay beach valley desert forest
reserve area district province region village town city county suburb neighbourhood neighborhood municipality
formation site oilfield ship vessel boat ferry tanker freighter frigate submarine yacht`.split(/\s+/).filter(Boolean));

/** Words between a name and a noun of NOUNS_AFTER (or "field") that still leave the noun naming it: "the Costa Sur power plant". */
const MODIFIERS_AFTER: ReadonlySet<string> = new Set(['power', 'rock', 'nuclear', 'space', 'law', 'news', 'oil', 'gas', 'supply', 'cargo', 'patrol', 'research', 'naval', 'cruise', 'fishing']);

/** Lower-case nouns that introduce the name of a thing right after them: "law firm Sidley Austin". */
const NOUNS_BEFORE: ReadonlySet<string> = new Set(`
newspaper daily tabloid magazine journal firm company business startup start-up carmaker retailer chain brand
show programme program series film movie documentary mockumentary album song band group label channel network
organisation organization charity
station website app platform character characters hotel restaurant village town city island province district
county suburb neighbourhood neighborhood airport ship vessel spacecraft capsule rocket satellite`.split(/\s+/).filter(Boolean));

/** "the island of", "(the) Battle of", "the character of": words for a place, event or role that name what is after "of". */
const PLACE_OF = /\b(?:character|island|islands|city|town|village|province|state|region|district|county|municipality|suburb|outskirts|capital|port|kingdom|republic|observatory|battle|siege)\s+of\s+$/i;

/** A comma and a known place right after a name, ending there: "Windsor Locks, Connecticut." */
const PLACE_AFTER_COMMA = /,\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})(?=[,.;:)]|\s*$)/uy;

/**
 * A noun phrase's head noun, group 1: the last lower-case word, within five words, before "and", a preposition or a
 * clause's end ("a Greek Orthodox church and", "a museum director at").
 */
const HEAD_NOUN = String.raw`(?:[\p{L}-]+\s+){0,4}?(\p{Ll}+)(?=\s+(?:and|in|on|at|near|of|that|which|where|built|with|from|for|since)\b|[,.;:)]|$)`;

/**
 * An appositive after a name's comma, "Hagia Sophia, formerly a Greek Orthodox church and now a museum", and its
 * head noun: "Ada Lowe, a museum director at the Louvre" heads on "director", so a person's job stays a person's.
 */
const APPOSITIVE_HEAD = new RegExp(String.raw`,\s+(?:(?:formerly|once|now|originally|today|still)\s+)?(?:a|an|the)\s+` + HEAD_NOUN, 'uy');

/**
 * What a name "is" or "was", "Faithful Hands is an organisation which helps ...", and its head noun, read as an
 * appositive's ("Ada Lowe is a museum director" heads on "director").
 */
const PREDICATE_HEAD = new RegExp(String.raw` (?:is|was) (?:a|an)\s+` + HEAD_NOUN, 'uy');

/** The lower-case word that ends right before the space before `at`, or ''. */
function wordBefore(text: string, at: number): string {
  if (text.charCodeAt(at - 1) !== 32) return '';
  let from = at - 1;
  while (from > 0) {
    const c = text.charCodeAt(from - 1);
    if (!((c >= 97 && c <= 122) || c === 45)) break;
    from--;
  }
  return text.slice(from, at - 1);
}

/** The first word of the run at `start`..`end`. */
function firstWord(text: string, start: number, end: number): string {
  const space = text.indexOf(' ', start);
  return text.slice(start, space < 0 || space > end ? end : space);
}

/** The lower-case word right after `end` when only one space separates them, or ''. */
function wordAfter(text: string, end: number): string {
  if (text.charCodeAt(end) !== 32) return '';
  let stop = end + 1;
  while (stop < text.length) {
    const c = text.charCodeAt(stop);
    if (!((c >= 97 && c <= 122) || c === 45)) break;
    stop++;
  }
  return text.slice(end + 1, stop);
}

/**
 * Whether a noun for a place, building or vehicle follows the name ending at `end`, right after it or after one
 * modifier: "the Costa Sur power plant", "the Sergeant Aldea supply vessel". Such a name is the thing's even with a
 * title in it, which is then part of the thing's name.
 */
export function headsThingNoun(text: string, end: number): boolean {
  const after = wordAfter(text, end);
  if (after === '') return false;
  if (NOUNS_AFTER.has(after)) return true;
  if (!MODIFIERS_AFTER.has(after)) return false;
  const noun = wordAfter(text, end + 1 + after.length);
  // "field" alone after a name is as often a game's ("a Justin Tucker field goal").
  return NOUNS_AFTER.has(noun) || noun === 'field';
}

/** "from Jakarta to ": a known place a journey starts from, right before the name where it ends. */
const JOURNEY_FROM = /\bfrom\s+(\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,2})\s+to\s$/u;

/**
 * Whether the name at `start`..`end`, after "to", is where a journey from a known place goes: "a journey from Jakarta
 * to Pangkal Pinang". A given name opens a person's name rather ("from Paris to Anne Hidalgo").
 */
function endsJourney(text: string, start: number, end: number): boolean {
  const behind = text.slice(Math.max(0, start - 40), start);
  // "according to" stands before names far more often than a journey: the expression runs only after a "from".
  if (!behind.includes('from ')) return false;
  const from = JOURNEY_FROM.exec(behind)?.[1].toLowerCase();
  return from !== undefined && PLACE_NAMES.has(from) && firstNameGender(firstWord(text, start, end)) === undefined;
}

/** Whether a lower-case noun names a place, building, vehicle, business or work: one of either list. */
function isThingNoun(word: string): boolean {
  return NOUNS_AFTER.has(word) || NOUNS_BEFORE.has(word);
}

/**
 * Whether the noun phrase that `phrase` (APPOSITIVE_HEAD or PREDICATE_HEAD) reads at `end` is headed by a thing noun:
 * what a name is ("Grace Hall, an old hospital", "Faithful Hands is an organisation").
 */
function headedByThing(phrase: RegExp, text: string, end: number): boolean {
  phrase.lastIndex = end;
  const head = phrase.exec(text)?.[1];
  return head !== undefined && isThingNoun(head);
}

/**
 * Whether the text around the run at `start`..`end` of `text` shows it names a thing, not a person; `before` is
 * the word right before the run when only spaces separate them. The run may still be a person's name elsewhere
 * (a building named after someone), so callers weigh this against the evidence of the other mentions.
 */
export function namesAThing(text: string, start: number, end: number, before: string): boolean {
  if (headsThingNoun(text, end)) return true;
  if (before !== '' && NOUNS_BEFORE.has(before)) return true;
  if (before === 'to' && endsJourney(text, start, end)) return true;
  if (before === 'of' && PLACE_OF.test(text.slice(Math.max(0, start - 30), start))) return true;
  // "a site called Bacho Kiro", "a ship named Endurance": the noun before "called" or "named" says what is named.
  if (before === 'called' || before === 'named') {
    const noun = wordBefore(text, start - before.length - 1);
    if (isThingNoun(noun)) return true;
  }
  if ((text.startsWith(' is a', end) || text.startsWith(' was a', end)) && headedByThing(PREDICATE_HEAD, text, end)) return true;
  if (text.charCodeAt(end) === 44) {
    if (headedByThing(APPOSITIVE_HEAD, text, end)) return true;
    PLACE_AFTER_COMMA.lastIndex = end;
    const m = PLACE_AFTER_COMMA.exec(text);
    // The place may end the sentence, its stop read into it: "Kirkwood, Ohio."
    const place = m === null ? '' : m[1].toLowerCase();
    if (m !== null && (PLACE_NAMES.has(place) || (place.endsWith('.') && PLACE_NAMES.has(place.slice(0, -1))))) return true;
  }
  return false;
}
